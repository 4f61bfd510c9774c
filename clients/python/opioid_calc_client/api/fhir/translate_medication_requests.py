from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fhir_orders_request import FhirOrdersRequest
from ...models.medication_lines_response import MedicationLinesResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: FhirOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/fhir/medication-lines",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MedicationLinesResponse | Problem | None:
    if response.status_code == 200:
        response_200 = MedicationLinesResponse.from_dict(response.json())

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
) -> Response[MedicationLinesResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FhirOrdersRequest,
) -> Response[MedicationLinesResponse | Problem]:
    """FHIR R4 MedicationRequests to medication lines

     A Bundle (or list) of MedicationRequests with RxNorm codes and UCUM doses in; the medication lines
    opioid-calc understood out (each checked like a line of any operation), each with its request id,
    and for each request it could not use, the reason. A dose or frequency range is counted at its
    maximum (as the CDC MME calculator does) and the line's notes say so. Send `lines[].medication` as
    `medications` to any calculation operation (the two-step use).

    Args:
        body (FhirOrdersRequest): FHIR R4 MedicationRequests with RxNorm codes: a `bundle` (its
            Medication entries resolve `medicationReference`; other entries are ignored) or a plain
            list `medication_requests` (give exactly one of the two).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MedicationLinesResponse | Problem]
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
    body: FhirOrdersRequest,
) -> MedicationLinesResponse | Problem | None:
    """FHIR R4 MedicationRequests to medication lines

     A Bundle (or list) of MedicationRequests with RxNorm codes and UCUM doses in; the medication lines
    opioid-calc understood out (each checked like a line of any operation), each with its request id,
    and for each request it could not use, the reason. A dose or frequency range is counted at its
    maximum (as the CDC MME calculator does) and the line's notes say so. Send `lines[].medication` as
    `medications` to any calculation operation (the two-step use).

    Args:
        body (FhirOrdersRequest): FHIR R4 MedicationRequests with RxNorm codes: a `bundle` (its
            Medication entries resolve `medicationReference`; other entries are ignored) or a plain
            list `medication_requests` (give exactly one of the two).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MedicationLinesResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FhirOrdersRequest,
) -> Response[MedicationLinesResponse | Problem]:
    """FHIR R4 MedicationRequests to medication lines

     A Bundle (or list) of MedicationRequests with RxNorm codes and UCUM doses in; the medication lines
    opioid-calc understood out (each checked like a line of any operation), each with its request id,
    and for each request it could not use, the reason. A dose or frequency range is counted at its
    maximum (as the CDC MME calculator does) and the line's notes say so. Send `lines[].medication` as
    `medications` to any calculation operation (the two-step use).

    Args:
        body (FhirOrdersRequest): FHIR R4 MedicationRequests with RxNorm codes: a `bundle` (its
            Medication entries resolve `medicationReference`; other entries are ignored) or a plain
            list `medication_requests` (give exactly one of the two).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MedicationLinesResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FhirOrdersRequest,
) -> MedicationLinesResponse | Problem | None:
    """FHIR R4 MedicationRequests to medication lines

     A Bundle (or list) of MedicationRequests with RxNorm codes and UCUM doses in; the medication lines
    opioid-calc understood out (each checked like a line of any operation), each with its request id,
    and for each request it could not use, the reason. A dose or frequency range is counted at its
    maximum (as the CDC MME calculator does) and the line's notes say so. Send `lines[].medication` as
    `medications` to any calculation operation (the two-step use).

    Args:
        body (FhirOrdersRequest): FHIR R4 MedicationRequests with RxNorm codes: a `bundle` (its
            Medication entries resolve `medicationReference`; other entries are ignored) or a plain
            list `medication_requests` (give exactly one of the two).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MedicationLinesResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
