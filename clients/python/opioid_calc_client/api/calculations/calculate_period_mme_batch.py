from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calculate_period_mme_batch_detail_type_1 import (
    CalculatePeriodMmeBatchDetailType1,
)
from ...models.calculate_period_mme_batch_detail_type_2_type_1 import (
    CalculatePeriodMmeBatchDetailType2Type1,
)
from ...models.calculate_period_mme_batch_detail_type_3_type_1 import (
    CalculatePeriodMmeBatchDetailType3Type1,
)
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    detail: CalculatePeriodMmeBatchDetailType1
    | CalculatePeriodMmeBatchDetailType2Type1
    | CalculatePeriodMmeBatchDetailType3Type1
    | None
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_detail: None | str | Unset
    if isinstance(detail, Unset):
        json_detail = UNSET
    elif isinstance(detail, str):
        json_detail = detail
    elif isinstance(detail, str):
        json_detail = detail
    elif isinstance(detail, str):
        json_detail = detail
    else:
        json_detail = detail
    params["detail"] = json_detail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/batch/period-mme",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/x-ndjson"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    detail: CalculatePeriodMmeBatchDetailType1
    | CalculatePeriodMmeBatchDetailType2Type1
    | CalculatePeriodMmeBatchDetailType3Type1
    | None
    | Unset = UNSET,
) -> Response[File | Problem]:
    """Period MME of many patients: NDJSON in, NDJSON out, streamed

     One input line per patient (`patient_id` and the body of POST /v1/period-mme); one output line per
    input line, in order: `result` (the numbers a single call gives, without trace and curve;
    `?detail=prescriptions` adds each prescription) or `error` (the problem a single call would return).
    A bad line does not stop the batch. The body is read as it arrives and computed in chunks; the reply
    is sent once the body is read. Limits: OPIOID_CALC_BATCH_MAX_BYTES for the body and
    OPIOID_CALC_BATCH_MAX_ROWS lines (413), OPIOID_CALC_MAX_BODY_BYTES per line (that line's error).

    Args:
        detail (CalculatePeriodMmeBatchDetailType1 | CalculatePeriodMmeBatchDetailType2Type1 |
            CalculatePeriodMmeBatchDetailType3Type1 | None | Unset): `prescriptions`: add each
            prescription to the result.
        body (File): Newline-delimited JSON, one line per patient: {"patient_id": string (1-128
            characters), "request": PeriodMMERequest (the body of POST /v1/period-mme)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        detail=detail,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    detail: CalculatePeriodMmeBatchDetailType1
    | CalculatePeriodMmeBatchDetailType2Type1
    | CalculatePeriodMmeBatchDetailType3Type1
    | None
    | Unset = UNSET,
) -> File | Problem | None:
    """Period MME of many patients: NDJSON in, NDJSON out, streamed

     One input line per patient (`patient_id` and the body of POST /v1/period-mme); one output line per
    input line, in order: `result` (the numbers a single call gives, without trace and curve;
    `?detail=prescriptions` adds each prescription) or `error` (the problem a single call would return).
    A bad line does not stop the batch. The body is read as it arrives and computed in chunks; the reply
    is sent once the body is read. Limits: OPIOID_CALC_BATCH_MAX_BYTES for the body and
    OPIOID_CALC_BATCH_MAX_ROWS lines (413), OPIOID_CALC_MAX_BODY_BYTES per line (that line's error).

    Args:
        detail (CalculatePeriodMmeBatchDetailType1 | CalculatePeriodMmeBatchDetailType2Type1 |
            CalculatePeriodMmeBatchDetailType3Type1 | None | Unset): `prescriptions`: add each
            prescription to the result.
        body (File): Newline-delimited JSON, one line per patient: {"patient_id": string (1-128
            characters), "request": PeriodMMERequest (the body of POST /v1/period-mme)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        detail=detail,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    detail: CalculatePeriodMmeBatchDetailType1
    | CalculatePeriodMmeBatchDetailType2Type1
    | CalculatePeriodMmeBatchDetailType3Type1
    | None
    | Unset = UNSET,
) -> Response[File | Problem]:
    """Period MME of many patients: NDJSON in, NDJSON out, streamed

     One input line per patient (`patient_id` and the body of POST /v1/period-mme); one output line per
    input line, in order: `result` (the numbers a single call gives, without trace and curve;
    `?detail=prescriptions` adds each prescription) or `error` (the problem a single call would return).
    A bad line does not stop the batch. The body is read as it arrives and computed in chunks; the reply
    is sent once the body is read. Limits: OPIOID_CALC_BATCH_MAX_BYTES for the body and
    OPIOID_CALC_BATCH_MAX_ROWS lines (413), OPIOID_CALC_MAX_BODY_BYTES per line (that line's error).

    Args:
        detail (CalculatePeriodMmeBatchDetailType1 | CalculatePeriodMmeBatchDetailType2Type1 |
            CalculatePeriodMmeBatchDetailType3Type1 | None | Unset): `prescriptions`: add each
            prescription to the result.
        body (File): Newline-delimited JSON, one line per patient: {"patient_id": string (1-128
            characters), "request": PeriodMMERequest (the body of POST /v1/period-mme)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        detail=detail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    detail: CalculatePeriodMmeBatchDetailType1
    | CalculatePeriodMmeBatchDetailType2Type1
    | CalculatePeriodMmeBatchDetailType3Type1
    | None
    | Unset = UNSET,
) -> File | Problem | None:
    """Period MME of many patients: NDJSON in, NDJSON out, streamed

     One input line per patient (`patient_id` and the body of POST /v1/period-mme); one output line per
    input line, in order: `result` (the numbers a single call gives, without trace and curve;
    `?detail=prescriptions` adds each prescription) or `error` (the problem a single call would return).
    A bad line does not stop the batch. The body is read as it arrives and computed in chunks; the reply
    is sent once the body is read. Limits: OPIOID_CALC_BATCH_MAX_BYTES for the body and
    OPIOID_CALC_BATCH_MAX_ROWS lines (413), OPIOID_CALC_MAX_BODY_BYTES per line (that line's error).

    Args:
        detail (CalculatePeriodMmeBatchDetailType1 | CalculatePeriodMmeBatchDetailType2Type1 |
            CalculatePeriodMmeBatchDetailType3Type1 | None | Unset): `prescriptions`: add each
            prescription to the result.
        body (File): Newline-delimited JSON, one line per patient: {"patient_id": string (1-128
            characters), "request": PeriodMMERequest (the body of POST /v1/period-mme)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            detail=detail,
        )
    ).parsed
