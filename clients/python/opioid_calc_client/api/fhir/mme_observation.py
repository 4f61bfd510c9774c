from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.observation_request import ObservationRequest
from ...models.observation_response import ObservationResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ObservationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/fhir/mme-observation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ObservationResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ObservationResponse.from_dict(response.json())

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
) -> Response[ObservationResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ObservationRequest,
) -> Response[ObservationResponse | Problem]:
    """MME/day of FHIR MedicationRequests as a FHIR Observation

     The MME/day of the MedicationRequests as a FHIR R4 Observation (valueQuantity in UCUM mg/d; the MME
    table as the method; one component per line; the requests used in derivedFrom), for EHRs that store
    it, with the safety warnings and the requests not used.

    Args:
        body (ObservationRequest): MedicationRequests, plus what the Observation records: the
            table, subject and time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObservationResponse | Problem]
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
    body: ObservationRequest,
) -> ObservationResponse | Problem | None:
    """MME/day of FHIR MedicationRequests as a FHIR Observation

     The MME/day of the MedicationRequests as a FHIR R4 Observation (valueQuantity in UCUM mg/d; the MME
    table as the method; one component per line; the requests used in derivedFrom), for EHRs that store
    it, with the safety warnings and the requests not used.

    Args:
        body (ObservationRequest): MedicationRequests, plus what the Observation records: the
            table, subject and time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObservationResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ObservationRequest,
) -> Response[ObservationResponse | Problem]:
    """MME/day of FHIR MedicationRequests as a FHIR Observation

     The MME/day of the MedicationRequests as a FHIR R4 Observation (valueQuantity in UCUM mg/d; the MME
    table as the method; one component per line; the requests used in derivedFrom), for EHRs that store
    it, with the safety warnings and the requests not used.

    Args:
        body (ObservationRequest): MedicationRequests, plus what the Observation records: the
            table, subject and time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObservationResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ObservationRequest,
) -> ObservationResponse | Problem | None:
    """MME/day of FHIR MedicationRequests as a FHIR Observation

     The MME/day of the MedicationRequests as a FHIR R4 Observation (valueQuantity in UCUM mg/d; the MME
    table as the method; one component per line; the requests used in derivedFrom), for EHRs that store
    it, with the safety warnings and the requests not used.

    Args:
        body (ObservationRequest): MedicationRequests, plus what the Observation records: the
            table, subject and time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObservationResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
