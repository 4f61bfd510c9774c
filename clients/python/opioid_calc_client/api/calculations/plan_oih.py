from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.oih_plan_response import OIHPlanResponse
from ...models.oih_request import OIHRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: OIHRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/oih-plans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OIHPlanResponse | Problem | None:
    if response.status_code == 200:
        response_200 = OIHPlanResponse.from_dict(response.json())

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
) -> Response[OIHPlanResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OIHRequest,
) -> Response[OIHPlanResponse | Problem]:
    """Candidate strategies for opioid-induced hyperalgesia, side by side

     Taper (CDC 2022 long-term for a year or more on opioids or an unknown time; oih-rapid on request);
    cut the current opioid by 40-50% and add low-dose methadone; rotation to methadone; rotation to
    buprenorphine; ketamine (needs a weight), clonidine and gabapentin (needs renal function). Each is a
    full calculation with its own warnings, or the refusal that rules it out for this patient.

    Args:
        body (OIHRequest): The current regimen and patient; every candidate strategy is computed
            side by side.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OIHPlanResponse | Problem]
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
    body: OIHRequest,
) -> OIHPlanResponse | Problem | None:
    """Candidate strategies for opioid-induced hyperalgesia, side by side

     Taper (CDC 2022 long-term for a year or more on opioids or an unknown time; oih-rapid on request);
    cut the current opioid by 40-50% and add low-dose methadone; rotation to methadone; rotation to
    buprenorphine; ketamine (needs a weight), clonidine and gabapentin (needs renal function). Each is a
    full calculation with its own warnings, or the refusal that rules it out for this patient.

    Args:
        body (OIHRequest): The current regimen and patient; every candidate strategy is computed
            side by side.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OIHPlanResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OIHRequest,
) -> Response[OIHPlanResponse | Problem]:
    """Candidate strategies for opioid-induced hyperalgesia, side by side

     Taper (CDC 2022 long-term for a year or more on opioids or an unknown time; oih-rapid on request);
    cut the current opioid by 40-50% and add low-dose methadone; rotation to methadone; rotation to
    buprenorphine; ketamine (needs a weight), clonidine and gabapentin (needs renal function). Each is a
    full calculation with its own warnings, or the refusal that rules it out for this patient.

    Args:
        body (OIHRequest): The current regimen and patient; every candidate strategy is computed
            side by side.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OIHPlanResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OIHRequest,
) -> OIHPlanResponse | Problem | None:
    """Candidate strategies for opioid-induced hyperalgesia, side by side

     Taper (CDC 2022 long-term for a year or more on opioids or an unknown time; oih-rapid on request);
    cut the current opioid by 40-50% and add low-dose methadone; rotation to methadone; rotation to
    buprenorphine; ketamine (needs a weight), clonidine and gabapentin (needs renal function). Each is a
    full calculation with its own warnings, or the refusal that rules it out for this patient.

    Args:
        body (OIHRequest): The current regimen and patient; every candidate strategy is computed
            side by side.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OIHPlanResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
