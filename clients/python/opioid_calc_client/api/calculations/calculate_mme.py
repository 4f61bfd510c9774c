from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mme_request import MMERequest
from ...models.mme_response import MMEResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: MMERequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/mme",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MMEResponse | Problem | None:
    if response.status_code == 200:
        response_200 = MMEResponse.from_dict(response.json())

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
) -> Response[MMEResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MMERequest,
) -> Response[MMEResponse | Problem]:
    """MME/day of a regimen

     Per-line daily dose, factor and MME/day, the total, the 50 and 90 MME/day flags, warnings and a
    trace. `table` selects the MME table (GET /v1/tables).

    Args:
        body (MMERequest): A regimen; `table` selects the MME table (default `cdc-2022`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MMEResponse | Problem]
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
    body: MMERequest,
) -> MMEResponse | Problem | None:
    """MME/day of a regimen

     Per-line daily dose, factor and MME/day, the total, the 50 and 90 MME/day flags, warnings and a
    trace. `table` selects the MME table (GET /v1/tables).

    Args:
        body (MMERequest): A regimen; `table` selects the MME table (default `cdc-2022`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MMEResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MMERequest,
) -> Response[MMEResponse | Problem]:
    """MME/day of a regimen

     Per-line daily dose, factor and MME/day, the total, the 50 and 90 MME/day flags, warnings and a
    trace. `table` selects the MME table (GET /v1/tables).

    Args:
        body (MMERequest): A regimen; `table` selects the MME table (default `cdc-2022`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MMEResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MMERequest,
) -> MMEResponse | Problem | None:
    """MME/day of a regimen

     Per-line daily dose, factor and MME/day, the total, the 50 and 90 MME/day flags, warnings and a
    trace. `table` selects the MME table (GET /v1/tables).

    Args:
        body (MMERequest): A regimen; `table` selects the MME table (default `cdc-2022`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MMEResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
