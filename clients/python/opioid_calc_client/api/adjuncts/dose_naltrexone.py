from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.naltrexone_request import NaltrexoneRequest
from ...models.naltrexone_response import NaltrexoneResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: NaltrexoneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/adjuncts/naltrexone",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NaltrexoneResponse | Problem | None:
    if response.status_code == 200:
        response_200 = NaltrexoneResponse.from_dict(response.json())

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
) -> Response[NaltrexoneResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NaltrexoneRequest,
) -> Response[NaltrexoneResponse | Problem]:
    """Low-dose naltrexone: titration and full-agonist conflict

     Target within 1-4.5 mg/day (SRC-000; a target outside is a 422); titration start 1-1.5 mg, +0.5-1 mg
    every 7-14 days (secondary; defaults the most cautious ends); `naltrexone.full_agonist_conflict`
    when `medications` holds a full opioid agonist.

    Args:
        body (NaltrexoneRequest): Low-dose naltrexone; `medications` (as for /v1/mme) is checked
            for full agonists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NaltrexoneResponse | Problem]
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
    body: NaltrexoneRequest,
) -> NaltrexoneResponse | Problem | None:
    """Low-dose naltrexone: titration and full-agonist conflict

     Target within 1-4.5 mg/day (SRC-000; a target outside is a 422); titration start 1-1.5 mg, +0.5-1 mg
    every 7-14 days (secondary; defaults the most cautious ends); `naltrexone.full_agonist_conflict`
    when `medications` holds a full opioid agonist.

    Args:
        body (NaltrexoneRequest): Low-dose naltrexone; `medications` (as for /v1/mme) is checked
            for full agonists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NaltrexoneResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NaltrexoneRequest,
) -> Response[NaltrexoneResponse | Problem]:
    """Low-dose naltrexone: titration and full-agonist conflict

     Target within 1-4.5 mg/day (SRC-000; a target outside is a 422); titration start 1-1.5 mg, +0.5-1 mg
    every 7-14 days (secondary; defaults the most cautious ends); `naltrexone.full_agonist_conflict`
    when `medications` holds a full opioid agonist.

    Args:
        body (NaltrexoneRequest): Low-dose naltrexone; `medications` (as for /v1/mme) is checked
            for full agonists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NaltrexoneResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NaltrexoneRequest,
) -> NaltrexoneResponse | Problem | None:
    """Low-dose naltrexone: titration and full-agonist conflict

     Target within 1-4.5 mg/day (SRC-000; a target outside is a 422); titration start 1-1.5 mg, +0.5-1 mg
    every 7-14 days (secondary; defaults the most cautious ends); `naltrexone.full_agonist_conflict`
    when `medications` holds a full opioid agonist.

    Args:
        body (NaltrexoneRequest): Low-dose naltrexone; `medications` (as for /v1/mme) is checked
            for full agonists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NaltrexoneResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
