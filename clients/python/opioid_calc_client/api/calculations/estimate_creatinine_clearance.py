from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.renal_function_request import RenalFunctionRequest
from ...models.renal_function_response import RenalFunctionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RenalFunctionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/renal-function",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RenalFunctionResponse | None:
    if response.status_code == 200:
        response_200 = RenalFunctionResponse.from_dict(response.json())

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
) -> Response[Problem | RenalFunctionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RenalFunctionRequest,
) -> Response[Problem | RenalFunctionResponse]:
    """Cockcroft-Gault creatinine clearance with the weight basis stated

     CrCl (mL/min) = (140 - age) x weight / (72 x serum creatinine mg/dL), x 0.85 if female. The weight
    basis (actual, ideal or adjusted; default ideal, or actual when lower) is stated in the result;
    constants and limits come from the `cockcroft-gault` and `body-weight` tables. Missing or out-of-
    range patient data is a 422 naming the field.

    Args:
        body (RenalFunctionRequest): Cockcroft-Gault creatinine clearance. `patient` needs
            `age_years`, `sex`, `weight_kg` and serum creatinine (`serum_creatinine_mg_dl` or
            `serum_creatinine_umol_l`), and `height_cm` for the ideal or adjusted weight basis (the
            default basis is ideal).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenalFunctionResponse]
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
    body: RenalFunctionRequest,
) -> Problem | RenalFunctionResponse | None:
    """Cockcroft-Gault creatinine clearance with the weight basis stated

     CrCl (mL/min) = (140 - age) x weight / (72 x serum creatinine mg/dL), x 0.85 if female. The weight
    basis (actual, ideal or adjusted; default ideal, or actual when lower) is stated in the result;
    constants and limits come from the `cockcroft-gault` and `body-weight` tables. Missing or out-of-
    range patient data is a 422 naming the field.

    Args:
        body (RenalFunctionRequest): Cockcroft-Gault creatinine clearance. `patient` needs
            `age_years`, `sex`, `weight_kg` and serum creatinine (`serum_creatinine_mg_dl` or
            `serum_creatinine_umol_l`), and `height_cm` for the ideal or adjusted weight basis (the
            default basis is ideal).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenalFunctionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RenalFunctionRequest,
) -> Response[Problem | RenalFunctionResponse]:
    """Cockcroft-Gault creatinine clearance with the weight basis stated

     CrCl (mL/min) = (140 - age) x weight / (72 x serum creatinine mg/dL), x 0.85 if female. The weight
    basis (actual, ideal or adjusted; default ideal, or actual when lower) is stated in the result;
    constants and limits come from the `cockcroft-gault` and `body-weight` tables. Missing or out-of-
    range patient data is a 422 naming the field.

    Args:
        body (RenalFunctionRequest): Cockcroft-Gault creatinine clearance. `patient` needs
            `age_years`, `sex`, `weight_kg` and serum creatinine (`serum_creatinine_mg_dl` or
            `serum_creatinine_umol_l`), and `height_cm` for the ideal or adjusted weight basis (the
            default basis is ideal).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenalFunctionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RenalFunctionRequest,
) -> Problem | RenalFunctionResponse | None:
    """Cockcroft-Gault creatinine clearance with the weight basis stated

     CrCl (mL/min) = (140 - age) x weight / (72 x serum creatinine mg/dL), x 0.85 if female. The weight
    basis (actual, ideal or adjusted; default ideal, or actual when lower) is stated in the result;
    constants and limits come from the `cockcroft-gault` and `body-weight` tables. Missing or out-of-
    range patient data is a 422 naming the field.

    Args:
        body (RenalFunctionRequest): Cockcroft-Gault creatinine clearance. `patient` needs
            `age_years`, `sex`, `weight_kg` and serum creatinine (`serum_creatinine_mg_dl` or
            `serum_creatinine_umol_l`), and `height_cm` for the ideal or adjusted weight basis (the
            default basis is ideal).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenalFunctionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
