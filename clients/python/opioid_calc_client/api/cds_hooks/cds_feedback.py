from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feedback_received import FeedbackReceived
from ...models.feedback_request import FeedbackRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    service_id: str,
    *,
    body: FeedbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cds-services/{service_id}/feedback".format(
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedbackReceived | Problem | None:
    if response.status_code == 200:
        response_200 = FeedbackReceived.from_dict(response.json())

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
) -> Response[FeedbackReceived | Problem]:
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
    body: FeedbackRequest,
) -> Response[FeedbackReceived | Problem]:
    """Feedback on cards (accepted or overridden)

     CDS Hooks 2.0 feedback: logged (card, outcome, accepted suggestions, override reason code; never a
    comment or patient data), not stored.

    Args:
        service_id (str): A service id from GET /cds-services.
        body (FeedbackRequest): Feedback on cards (CDS Hooks 2.0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackReceived | Problem]
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
    body: FeedbackRequest,
) -> FeedbackReceived | Problem | None:
    """Feedback on cards (accepted or overridden)

     CDS Hooks 2.0 feedback: logged (card, outcome, accepted suggestions, override reason code; never a
    comment or patient data), not stored.

    Args:
        service_id (str): A service id from GET /cds-services.
        body (FeedbackRequest): Feedback on cards (CDS Hooks 2.0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackReceived | Problem
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
    body: FeedbackRequest,
) -> Response[FeedbackReceived | Problem]:
    """Feedback on cards (accepted or overridden)

     CDS Hooks 2.0 feedback: logged (card, outcome, accepted suggestions, override reason code; never a
    comment or patient data), not stored.

    Args:
        service_id (str): A service id from GET /cds-services.
        body (FeedbackRequest): Feedback on cards (CDS Hooks 2.0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackReceived | Problem]
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
    body: FeedbackRequest,
) -> FeedbackReceived | Problem | None:
    """Feedback on cards (accepted or overridden)

     CDS Hooks 2.0 feedback: logged (card, outcome, accepted suggestions, override reason code; never a
    comment or patient data), not stored.

    Args:
        service_id (str): A service id from GET /cds-services.
        body (FeedbackRequest): Feedback on cards (CDS Hooks 2.0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackReceived | Problem
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
