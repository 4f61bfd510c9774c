from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pregabalin_request import PregabalinRequest
from ...models.pregabalin_response import PregabalinResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: PregabalinRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/adjuncts/pregabalin",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PregabalinResponse | Problem | None:
    if response.status_code == 200:
        response_200 = PregabalinResponse.from_dict(response.json())

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
) -> Response[PregabalinResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PregabalinRequest,
) -> Response[PregabalinResponse | Problem]:
    """Pregabalin: label start and titration per renal band, divided doses

     Target within 25-600 mg/day (the Lyrica label renal table's range; a target outside is a 422),
    capped by the creatinine-clearance band. Starts at the band's first label column (150 mg/day at CrCl
    >= 60, 75 at 30-60, 25 below 30), never the band maximum; increases no sooner than 7 days, then
    every 14 days, each at most doubling; each dose rounded down to capsules; hemodialysis supplement
    range.

    Args:
        body (PregabalinRequest): Pregabalin; renal context as for gabapentin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PregabalinResponse | Problem]
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
    body: PregabalinRequest,
) -> PregabalinResponse | Problem | None:
    """Pregabalin: label start and titration per renal band, divided doses

     Target within 25-600 mg/day (the Lyrica label renal table's range; a target outside is a 422),
    capped by the creatinine-clearance band. Starts at the band's first label column (150 mg/day at CrCl
    >= 60, 75 at 30-60, 25 below 30), never the band maximum; increases no sooner than 7 days, then
    every 14 days, each at most doubling; each dose rounded down to capsules; hemodialysis supplement
    range.

    Args:
        body (PregabalinRequest): Pregabalin; renal context as for gabapentin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PregabalinResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PregabalinRequest,
) -> Response[PregabalinResponse | Problem]:
    """Pregabalin: label start and titration per renal band, divided doses

     Target within 25-600 mg/day (the Lyrica label renal table's range; a target outside is a 422),
    capped by the creatinine-clearance band. Starts at the band's first label column (150 mg/day at CrCl
    >= 60, 75 at 30-60, 25 below 30), never the band maximum; increases no sooner than 7 days, then
    every 14 days, each at most doubling; each dose rounded down to capsules; hemodialysis supplement
    range.

    Args:
        body (PregabalinRequest): Pregabalin; renal context as for gabapentin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PregabalinResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PregabalinRequest,
) -> PregabalinResponse | Problem | None:
    """Pregabalin: label start and titration per renal band, divided doses

     Target within 25-600 mg/day (the Lyrica label renal table's range; a target outside is a 422),
    capped by the creatinine-clearance band. Starts at the band's first label column (150 mg/day at CrCl
    >= 60, 75 at 30-60, 25 below 30), never the band maximum; increases no sooner than 7 days, then
    every 14 days, each at most doubling; each dose rounded down to capsules; hemodialysis supplement
    range.

    Args:
        body (PregabalinRequest): Pregabalin; renal context as for gabapentin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PregabalinResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
