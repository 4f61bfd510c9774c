from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rotation_request import RotationRequest
from ...models.rotation_response import RotationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RotationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/rotations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RotationResponse | None:
    if response.status_code == 200:
        response_200 = RotationResponse.from_dict(response.json())

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
) -> Response[Problem | RotationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RotationRequest,
) -> Response[Problem | RotationResponse]:
    """Rotate a regimen to another opioid

     Total oral morphine equivalent (equianalgesic table), the target's equianalgesic dose, the 25%/50%
    cross-tolerance range and the applied reduction, a practical regimen from real strengths that never
    exceeds the reduced dose, a breakthrough dose, and warnings. Methadone uses a dose-dependent scheme
    with a cap; patches use label bands.

    Args:
        body (RotationRequest): A regimen and a target. `table` selects the equianalgesic table of
            the conversion (default equianalgesic-us); `mme_table` the MME table of
            `total_mme_per_day` and its thresholds (default cdc-2022).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RotationResponse]
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
    body: RotationRequest,
) -> Problem | RotationResponse | None:
    """Rotate a regimen to another opioid

     Total oral morphine equivalent (equianalgesic table), the target's equianalgesic dose, the 25%/50%
    cross-tolerance range and the applied reduction, a practical regimen from real strengths that never
    exceeds the reduced dose, a breakthrough dose, and warnings. Methadone uses a dose-dependent scheme
    with a cap; patches use label bands.

    Args:
        body (RotationRequest): A regimen and a target. `table` selects the equianalgesic table of
            the conversion (default equianalgesic-us); `mme_table` the MME table of
            `total_mme_per_day` and its thresholds (default cdc-2022).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RotationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RotationRequest,
) -> Response[Problem | RotationResponse]:
    """Rotate a regimen to another opioid

     Total oral morphine equivalent (equianalgesic table), the target's equianalgesic dose, the 25%/50%
    cross-tolerance range and the applied reduction, a practical regimen from real strengths that never
    exceeds the reduced dose, a breakthrough dose, and warnings. Methadone uses a dose-dependent scheme
    with a cap; patches use label bands.

    Args:
        body (RotationRequest): A regimen and a target. `table` selects the equianalgesic table of
            the conversion (default equianalgesic-us); `mme_table` the MME table of
            `total_mme_per_day` and its thresholds (default cdc-2022).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RotationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RotationRequest,
) -> Problem | RotationResponse | None:
    """Rotate a regimen to another opioid

     Total oral morphine equivalent (equianalgesic table), the target's equianalgesic dose, the 25%/50%
    cross-tolerance range and the applied reduction, a practical regimen from real strengths that never
    exceeds the reduced dose, a breakthrough dose, and warnings. Methadone uses a dose-dependent scheme
    with a cap; patches use label bands.

    Args:
        body (RotationRequest): A regimen and a target. `table` selects the equianalgesic table of
            the conversion (default equianalgesic-us); `mme_table` the MME table of
            `total_mme_per_day` and its thresholds (default cdc-2022).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RotationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
