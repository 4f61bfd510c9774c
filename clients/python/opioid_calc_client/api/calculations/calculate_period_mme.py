from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_mme_request import PeriodMMERequest
from ...models.period_mme_response import PeriodMMEResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: PeriodMMERequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/period-mme",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodMMEResponse | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodMMEResponse.from_dict(response.json())

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
) -> Response[PeriodMMEResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PeriodMMERequest,
) -> Response[PeriodMMEResponse | Problem]:
    """Period MME of one patient's prescriptions (NIH HEAL definitions)

     Per prescription its factor, MME and single-day MME; total MME, total days and mme1-mme4 with and
    without buprenorphine (NIH HEAL MME calculator definitions); for dated prescriptions the daily MME
    curve and the Opioid Data Lab's four average-daily-MME equations. `table` defaults to `nih-heal`. A
    research measure, not a dose.

    Args:
        body (PeriodMMERequest): One patient's prescriptions over a period. `therapy_days` and
            `observation_window_days` are the denominators of mme2 and mme3 (each with its own
            optional value without buprenorphine); with dated prescriptions they may be left out
            (counted from the dates and from `observation_window`). `table` defaults to `nih-heal`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodMMEResponse | Problem]
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
    body: PeriodMMERequest,
) -> PeriodMMEResponse | Problem | None:
    """Period MME of one patient's prescriptions (NIH HEAL definitions)

     Per prescription its factor, MME and single-day MME; total MME, total days and mme1-mme4 with and
    without buprenorphine (NIH HEAL MME calculator definitions); for dated prescriptions the daily MME
    curve and the Opioid Data Lab's four average-daily-MME equations. `table` defaults to `nih-heal`. A
    research measure, not a dose.

    Args:
        body (PeriodMMERequest): One patient's prescriptions over a period. `therapy_days` and
            `observation_window_days` are the denominators of mme2 and mme3 (each with its own
            optional value without buprenorphine); with dated prescriptions they may be left out
            (counted from the dates and from `observation_window`). `table` defaults to `nih-heal`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodMMEResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PeriodMMERequest,
) -> Response[PeriodMMEResponse | Problem]:
    """Period MME of one patient's prescriptions (NIH HEAL definitions)

     Per prescription its factor, MME and single-day MME; total MME, total days and mme1-mme4 with and
    without buprenorphine (NIH HEAL MME calculator definitions); for dated prescriptions the daily MME
    curve and the Opioid Data Lab's four average-daily-MME equations. `table` defaults to `nih-heal`. A
    research measure, not a dose.

    Args:
        body (PeriodMMERequest): One patient's prescriptions over a period. `therapy_days` and
            `observation_window_days` are the denominators of mme2 and mme3 (each with its own
            optional value without buprenorphine); with dated prescriptions they may be left out
            (counted from the dates and from `observation_window`). `table` defaults to `nih-heal`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodMMEResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PeriodMMERequest,
) -> PeriodMMEResponse | Problem | None:
    """Period MME of one patient's prescriptions (NIH HEAL definitions)

     Per prescription its factor, MME and single-day MME; total MME, total days and mme1-mme4 with and
    without buprenorphine (NIH HEAL MME calculator definitions); for dated prescriptions the daily MME
    curve and the Opioid Data Lab's four average-daily-MME equations. `table` defaults to `nih-heal`. A
    research measure, not a dose.

    Args:
        body (PeriodMMERequest): One patient's prescriptions over a period. `therapy_days` and
            `observation_window_days` are the denominators of mme2 and mme3 (each with its own
            optional value without buprenorphine); with dated prescriptions they may be left out
            (counted from the dates and from `observation_window`). `table` defaults to `nih-heal`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodMMEResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
