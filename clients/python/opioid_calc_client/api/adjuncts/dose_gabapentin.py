from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gabapentin_request import GabapentinRequest
from ...models.gabapentin_response import GabapentinResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: GabapentinRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/adjuncts/gabapentin",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GabapentinResponse | Problem | None:
    if response.status_code == 200:
        response_200 = GabapentinResponse.from_dict(response.json())

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
) -> Response[GabapentinResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GabapentinRequest,
) -> Response[GabapentinResponse | Problem]:
    """Gabapentin: renal-band cap (Neurontin Table 1), divided doses, titration

     Target within 300-1800 mg/day (SRC-000; UNCONFIRMED as a guideline range, a target outside is a
    422), capped by the Neurontin label's creatinine-clearance band, divided by the band's frequency and
    rounded down to 100/300/400/600/800 mg units; titration 300 mg on day 1 then +300 mg/day (label),
    converted through Table 1 below 60 mL/min (day 1 never above the row's first column); post-
    hemodialysis supplement.

    Args:
        body (GabapentinRequest): Gabapentin. `patient` needs `creatinine_clearance_ml_min`, or
            serum creatinine with age, sex, weight (and height for the ideal basis) for a Cockcroft-
            Gault estimate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GabapentinResponse | Problem]
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
    body: GabapentinRequest,
) -> GabapentinResponse | Problem | None:
    """Gabapentin: renal-band cap (Neurontin Table 1), divided doses, titration

     Target within 300-1800 mg/day (SRC-000; UNCONFIRMED as a guideline range, a target outside is a
    422), capped by the Neurontin label's creatinine-clearance band, divided by the band's frequency and
    rounded down to 100/300/400/600/800 mg units; titration 300 mg on day 1 then +300 mg/day (label),
    converted through Table 1 below 60 mL/min (day 1 never above the row's first column); post-
    hemodialysis supplement.

    Args:
        body (GabapentinRequest): Gabapentin. `patient` needs `creatinine_clearance_ml_min`, or
            serum creatinine with age, sex, weight (and height for the ideal basis) for a Cockcroft-
            Gault estimate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GabapentinResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GabapentinRequest,
) -> Response[GabapentinResponse | Problem]:
    """Gabapentin: renal-band cap (Neurontin Table 1), divided doses, titration

     Target within 300-1800 mg/day (SRC-000; UNCONFIRMED as a guideline range, a target outside is a
    422), capped by the Neurontin label's creatinine-clearance band, divided by the band's frequency and
    rounded down to 100/300/400/600/800 mg units; titration 300 mg on day 1 then +300 mg/day (label),
    converted through Table 1 below 60 mL/min (day 1 never above the row's first column); post-
    hemodialysis supplement.

    Args:
        body (GabapentinRequest): Gabapentin. `patient` needs `creatinine_clearance_ml_min`, or
            serum creatinine with age, sex, weight (and height for the ideal basis) for a Cockcroft-
            Gault estimate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GabapentinResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GabapentinRequest,
) -> GabapentinResponse | Problem | None:
    """Gabapentin: renal-band cap (Neurontin Table 1), divided doses, titration

     Target within 300-1800 mg/day (SRC-000; UNCONFIRMED as a guideline range, a target outside is a
    422), capped by the Neurontin label's creatinine-clearance band, divided by the band's frequency and
    rounded down to 100/300/400/600/800 mg units; titration 300 mg on day 1 then +300 mg/day (label),
    converted through Table 1 below 60 mL/min (day 1 never above the row's first column); post-
    hemodialysis supplement.

    Args:
        body (GabapentinRequest): Gabapentin. `patient` needs `creatinine_clearance_ml_min`, or
            serum creatinine with age, sex, weight (and height for the ideal basis) for a Cockcroft-
            Gault estimate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GabapentinResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
