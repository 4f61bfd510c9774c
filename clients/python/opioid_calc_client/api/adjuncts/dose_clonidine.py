from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clonidine_request import ClonidineRequest
from ...models.clonidine_response import ClonidineResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ClonidineRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/adjuncts/clonidine",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClonidineResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ClonidineResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClonidineResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClonidineRequest,
) -> Response[ClonidineResponse | Problem]:
    """Clonidine twice daily: regimen, titration, hold parameters, taper on stopping

     Dose per administration within 0.1-0.3 mg (SRC-000; UNCONFIRMED as a guideline range, a dose outside
    is a 422), rounded down to a tablet (0.1, 0.2, 0.3 mg); with renal impairment or age 65 or over,
    0.05 mg (half a scored 0.1 mg tablet) is accepted as the label's lower initial dose, with a warning;
    hold if BP < 90/60 mmHg (VA-WD); taper on stopping; renal caution.

    Args:
        body (ClonidineRequest): Oral clonidine twice daily.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClonidineResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ClonidineRequest,
) -> ClonidineResponse | Problem | None:
    """Clonidine twice daily: regimen, titration, hold parameters, taper on stopping

     Dose per administration within 0.1-0.3 mg (SRC-000; UNCONFIRMED as a guideline range, a dose outside
    is a 422), rounded down to a tablet (0.1, 0.2, 0.3 mg); with renal impairment or age 65 or over,
    0.05 mg (half a scored 0.1 mg tablet) is accepted as the label's lower initial dose, with a warning;
    hold if BP < 90/60 mmHg (VA-WD); taper on stopping; renal caution.

    Args:
        body (ClonidineRequest): Oral clonidine twice daily.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClonidineResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClonidineRequest,
) -> Response[ClonidineResponse | Problem]:
    """Clonidine twice daily: regimen, titration, hold parameters, taper on stopping

     Dose per administration within 0.1-0.3 mg (SRC-000; UNCONFIRMED as a guideline range, a dose outside
    is a 422), rounded down to a tablet (0.1, 0.2, 0.3 mg); with renal impairment or age 65 or over,
    0.05 mg (half a scored 0.1 mg tablet) is accepted as the label's lower initial dose, with a warning;
    hold if BP < 90/60 mmHg (VA-WD); taper on stopping; renal caution.

    Args:
        body (ClonidineRequest): Oral clonidine twice daily.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClonidineResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClonidineRequest,
) -> ClonidineResponse | Problem | None:
    """Clonidine twice daily: regimen, titration, hold parameters, taper on stopping

     Dose per administration within 0.1-0.3 mg (SRC-000; UNCONFIRMED as a guideline range, a dose outside
    is a 422), rounded down to a tablet (0.1, 0.2, 0.3 mg); with renal impairment or age 65 or over,
    0.05 mg (half a scored 0.1 mg tablet) is accepted as the label's lower initial dose, with a warning;
    hold if BP < 90/60 mmHg (VA-WD); taper on stopping; renal caution.

    Args:
        body (ClonidineRequest): Oral clonidine twice daily.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClonidineResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
