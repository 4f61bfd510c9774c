from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cds_request import CdsRequest
from ...models.cds_response import CdsResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    service_id: str,
    *,
    body: CdsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cds-services/{service_id}".format(
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CdsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = CdsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CdsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CdsRequest,
) -> Response[CdsResponse | Problem]:
    """Call a CDS service (order-select, order-sign, patient-view)

     A CDS Hooks 2.0 request; the response has `cards`. Without the prefetch of the active opioid orders
    the card says what is missing (never an error).

    Args:
        service_id (str): A service id from GET /cds-services.
        body (CdsRequest): A CDS Hooks service call. `context` is checked against the hook's
            context.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdsResponse | Problem]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CdsRequest,
) -> CdsResponse | Problem | None:
    """Call a CDS service (order-select, order-sign, patient-view)

     A CDS Hooks 2.0 request; the response has `cards`. Without the prefetch of the active opioid orders
    the card says what is missing (never an error).

    Args:
        service_id (str): A service id from GET /cds-services.
        body (CdsRequest): A CDS Hooks service call. `context` is checked against the hook's
            context.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdsResponse | Problem
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CdsRequest,
) -> Response[CdsResponse | Problem]:
    """Call a CDS service (order-select, order-sign, patient-view)

     A CDS Hooks 2.0 request; the response has `cards`. Without the prefetch of the active opioid orders
    the card says what is missing (never an error).

    Args:
        service_id (str): A service id from GET /cds-services.
        body (CdsRequest): A CDS Hooks service call. `context` is checked against the hook's
            context.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdsResponse | Problem]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CdsRequest,
) -> CdsResponse | Problem | None:
    """Call a CDS service (order-select, order-sign, patient-view)

     A CDS Hooks 2.0 request; the response has `cards`. Without the prefetch of the active opioid orders
    the card says what is missing (never an error).

    Args:
        service_id (str): A service id from GET /cds-services.
        body (CdsRequest): A CDS Hooks service call. `context` is checked against the hook's
            context.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdsResponse | Problem
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
