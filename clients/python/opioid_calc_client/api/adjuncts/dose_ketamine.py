from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ketamine_request import KetamineRequest
from ...models.ketamine_response import KetamineResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: KetamineRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/adjuncts/ketamine",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KetamineResponse | Problem | None:
    if response.status_code == 200:
        response_200 = KetamineResponse.from_dict(response.json())

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
) -> Response[KetamineResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: KetamineRequest,
) -> Response[KetamineResponse | Problem]:
    """Low-dose IV ketamine infusion: mg/h, mL/h, 24 h amount, optional bolus

     Rate within 0.1-0.5 mg/kg/h (secondary only, SRC-000; a rate outside is a 422); dosing weight
    actual, ideal or adjusted, never above the actual weight; optional bolus at most 0.35 mg/kg (ASRA
    2018, UNCONFIRMED); contraindication and monitoring warnings.

    Args:
        body (KetamineRequest): A low-dose IV ketamine infusion. `patient.weight_kg` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KetamineResponse | Problem]
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
    body: KetamineRequest,
) -> KetamineResponse | Problem | None:
    """Low-dose IV ketamine infusion: mg/h, mL/h, 24 h amount, optional bolus

     Rate within 0.1-0.5 mg/kg/h (secondary only, SRC-000; a rate outside is a 422); dosing weight
    actual, ideal or adjusted, never above the actual weight; optional bolus at most 0.35 mg/kg (ASRA
    2018, UNCONFIRMED); contraindication and monitoring warnings.

    Args:
        body (KetamineRequest): A low-dose IV ketamine infusion. `patient.weight_kg` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KetamineResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: KetamineRequest,
) -> Response[KetamineResponse | Problem]:
    """Low-dose IV ketamine infusion: mg/h, mL/h, 24 h amount, optional bolus

     Rate within 0.1-0.5 mg/kg/h (secondary only, SRC-000; a rate outside is a 422); dosing weight
    actual, ideal or adjusted, never above the actual weight; optional bolus at most 0.35 mg/kg (ASRA
    2018, UNCONFIRMED); contraindication and monitoring warnings.

    Args:
        body (KetamineRequest): A low-dose IV ketamine infusion. `patient.weight_kg` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KetamineResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: KetamineRequest,
) -> KetamineResponse | Problem | None:
    """Low-dose IV ketamine infusion: mg/h, mL/h, 24 h amount, optional bolus

     Rate within 0.1-0.5 mg/kg/h (secondary only, SRC-000; a rate outside is a 422); dosing weight
    actual, ideal or adjusted, never above the actual weight; optional bolus at most 0.35 mg/kg (ASRA
    2018, UNCONFIRMED); contraindication and monitoring warnings.

    Args:
        body (KetamineRequest): A low-dose IV ketamine infusion. `patient.weight_kg` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KetamineResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
