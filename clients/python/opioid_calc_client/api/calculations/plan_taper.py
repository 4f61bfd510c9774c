from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.taper_request import TaperRequest
from ...models.taper_response import TaperResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TaperRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tapers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TaperResponse | None:
    if response.status_code == 200:
        response_200 = TaperResponse.from_dict(response.json())

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
) -> Response[Problem | TaperResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaperRequest,
) -> Response[Problem | TaperResponse]:
    """A dated taper schedule

     Presets oih-rapid, cdc-2022-long-term, cdc-2022-weeks, acute-short, acute-weeks, or custom. Each
    step is a real regimen from available strengths, never higher than the step before, and no step cuts
    more than the percent allowed for the time since the last cut.

    Args:
        body (TaperRequest): A regimen and a preset (or `custom` with `percent`, `interval_days`
            and `basis`). Presets allow `percent` and `interval_days` only within their own ranges
            (GET /v1/tables/taper-presets).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaperResponse]
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
    body: TaperRequest,
) -> Problem | TaperResponse | None:
    """A dated taper schedule

     Presets oih-rapid, cdc-2022-long-term, cdc-2022-weeks, acute-short, acute-weeks, or custom. Each
    step is a real regimen from available strengths, never higher than the step before, and no step cuts
    more than the percent allowed for the time since the last cut.

    Args:
        body (TaperRequest): A regimen and a preset (or `custom` with `percent`, `interval_days`
            and `basis`). Presets allow `percent` and `interval_days` only within their own ranges
            (GET /v1/tables/taper-presets).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaperResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaperRequest,
) -> Response[Problem | TaperResponse]:
    """A dated taper schedule

     Presets oih-rapid, cdc-2022-long-term, cdc-2022-weeks, acute-short, acute-weeks, or custom. Each
    step is a real regimen from available strengths, never higher than the step before, and no step cuts
    more than the percent allowed for the time since the last cut.

    Args:
        body (TaperRequest): A regimen and a preset (or `custom` with `percent`, `interval_days`
            and `basis`). Presets allow `percent` and `interval_days` only within their own ranges
            (GET /v1/tables/taper-presets).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaperResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaperRequest,
) -> Problem | TaperResponse | None:
    """A dated taper schedule

     Presets oih-rapid, cdc-2022-long-term, cdc-2022-weeks, acute-short, acute-weeks, or custom. Each
    step is a real regimen from available strengths, never higher than the step before, and no step cuts
    more than the percent allowed for the time since the last cut.

    Args:
        body (TaperRequest): A regimen and a preset (or `custom` with `percent`, `interval_days`
            and `basis`). Presets allow `percent` and `interval_days` only within their own ranges
            (GET /v1/tables/taper-presets).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaperResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
