"""POST /v1/period-mme and POST /v1/batch/period-mme (NDJSON in, NDJSON out, streamed)."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import IO, Annotated, Any, ClassVar, Literal

import msgspec
from litestar import Request, Response, post
from litestar.exceptions import ClientException
from litestar.exceptions.http_exceptions import RequestEntityTooLarge
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import (
    OpenAPIMediaType,
    OpenAPIResponse,
    Operation,
    RequestBody,
    Schema,
)
from litestar.openapi.spec.enums import OpenAPIFormat, OpenAPIType
from litestar.params import JSONBody, QueryParameter
from litestar.response import Stream

from api.area import Area
from api.config import Settings
from api.convert import adapters as a
from api.convert import period as pa
from api.schemas import period as s
from api.schemas.common import Problem
from api.state import reference_of
from calc import (
    BatchInput,
    CalcError,
    calculate_period_mme,
    period_batch,
)
from calc import (
    Reference as Tables,
)


NDJSON = "application/x-ndjson"
_CHUNK_LINES = 512
_OUT_CHUNK = 1 << 16
_SPOOL_BYTES = 8 << 20  # results beyond 8 MiB wait on disk until the body has been read
_STATUS_400 = 400
_STATUS_413 = 413


class PeriodController(Area):
    """Period MME of one patient's prescriptions."""

    tags = ("calculations",)
    problems = (400, 413, 422)

    @post(
        "/period-mme",
        operation_id="calculate_period_mme",
        summary="Period MME of one patient's prescriptions (NIH HEAL definitions)",
        description="Per prescription its factor, MME and single-day MME; total MME, total days "
        "and mme1-mme4 with and without buprenorphine (NIH HEAL MME calculator definitions); for "
        "dated prescriptions the daily MME curve and the Opioid Data Lab's four average-daily-MME "
        "equations. `table` defaults to `nih-heal`. A research measure, not a dose.",
        status_code=200,
        sync_to_thread=False,
    )
    def calculate_period_mme_handler(
        self, data: JSONBody[s.PeriodMMERequest], request: Request[Any, Any, Any]
    ) -> s.PeriodMMEResponse:
        reference = reference_of(request)
        result = calculate_period_mme(
            reference, pa.prescriptions(data.prescriptions), pa.windows(data), data.table
        )
        return pa.response(result, a.calculation_id("calculate_period_mme", data, reference))


@dataclass
class _NdjsonOperation(Operation):
    """
    Documents the NDJSON request body, which Litestar cannot see in a streamed handler: bytes,
    one JSON object per line, ``{"patient_id": ..., "request": <PeriodMMERequest>}`` (OpenAPI
    3.1 has no schema for the items of a line-delimited body; generated clients send bytes).
    """

    def __post_init__(self) -> None:
        body = Schema(
            type=OpenAPIType.STRING,
            format=OpenAPIFormat.BINARY,
            description='Newline-delimited JSON, one line per patient: {"patient_id": '
            'string (1-128 characters), "request": PeriodMMERequest (the body of '
            "POST /v1/period-mme)}.",
        )
        self.request_body = RequestBody(
            content={NDJSON: OpenAPIMediaType(schema=body)}, required=True
        )
        ok = (self.responses or {}).get("200")
        if isinstance(ok, OpenAPIResponse) and ok.content:
            # Each line is a PeriodBatchResult (the component stays documented); the body is
            # bytes to a generated client, which would otherwise parse it as one object.
            ok.content = {
                NDJSON: OpenAPIMediaType(
                    schema=Schema(
                        type=OpenAPIType.STRING,
                        format=OpenAPIFormat.BINARY,
                        description="Newline-delimited JSON: one PeriodBatchResult per line.",
                    )
                )
            }


class _Batch:
    """One batch request: reads lines, computes them in chunks, writes one line per patient."""

    def __init__(self, reference: Tables, settings: Settings, detail: bool) -> None:
        self.reference = reference
        self.max_line = settings.max_body_bytes
        self.max_rows = settings.batch_max_rows
        self.detail = detail
        self.decoder = msgspec.json.Decoder(s.PeriodBatchLine)
        self.encoder = msgspec.json.Encoder()

    def _decode(self, number: int, text: bytes) -> tuple[s.PeriodBatchLine | None, Problem | None]:
        if len(text) > self.max_line:
            return None, Problem(
                title="Batch line too large",
                status=_STATUS_413,
                detail=f"line {number} is larger than {self.max_line} bytes",
                code="batch.line_too_large",
            )
        try:
            return self.decoder.decode(text), None
        except msgspec.ValidationError as exc:
            message, _, where = str(exc).partition(" - at `$.")
            return None, Problem(
                title="Batch line is invalid",
                status=_STATUS_400,
                detail=str(exc),
                type="urn:opioid-calc:problem:request.invalid",
                code="request.invalid",
                field=where.rstrip("`") or None,
                expected=message,
            )
        except (msgspec.DecodeError, RecursionError) as exc:
            return None, Problem(
                title="Batch line is not JSON",
                status=_STATUS_400,
                detail=str(exc),
                type="urn:opioid-calc:problem:request.invalid",
                code="request.invalid",
            )

    def chunk(self, lines: list[tuple[int, bytes]]) -> bytes:
        """Results of a chunk of input lines, in input order, as NDJSON."""
        out: list[s.PeriodBatchResult | None] = [None] * len(lines)
        inputs: list[BatchInput] = []
        given: list[tuple[int, s.PeriodBatchLine]] = []
        for slot, (number, text) in enumerate(lines):
            parsed, problem = self._decode(number, text)
            if parsed is not None:
                try:
                    inputs.append(pa.batch_input(parsed.patient_id, parsed.request))
                    given.append((slot, parsed))
                    continue
                except CalcError as exc:
                    problem = pa.calc_problem(exc)
            patient = None
            if parsed is not None:
                patient = parsed.patient_id
            elif len(text) <= self.max_line:
                patient = _patient_id(text)
            out[slot] = s.PeriodBatchResult(
                patient_id=patient, line=number, result=None, error=problem
            )
        for (slot, parsed), row in zip(
            given, period_batch(self.reference, inputs, self.detail), strict=True
        ):
            number = lines[slot][0]
            if row.error is not None:
                out[slot] = s.PeriodBatchResult(
                    patient_id=row.patient_id,
                    line=number,
                    result=None,
                    error=pa.calc_problem(row.error),
                )
            else:
                summary = pa.batch_summary(row, parsed.request, self.reference)
                out[slot] = s.PeriodBatchResult(
                    patient_id=row.patient_id, line=number, result=summary, error=None
                )
        return b"".join(self.encoder.encode(r) + b"\n" for r in out)


def _patient_id(text: bytes) -> str | None:
    """The patient id of a line the schema refuses, when it has one (for the error row)."""
    try:
        found = msgspec.json.decode(text)
    except (msgspec.DecodeError, RecursionError):
        return None
    value = found.get("patient_id") if isinstance(found, dict) else None
    return value if isinstance(value, str) else None


async def _consume(batch: _Batch, body: AsyncIterator[bytes], out: IO[bytes]) -> int:
    """
    Reads the NDJSON body as it arrives and writes each chunk of results to ``out``; returns
    the number of lines. The reply is sent once the body is read: a client that sends its whole
    body before it reads (most do) would otherwise block on a full socket while the server
    blocks on sending.
    """
    buffer, number, skipping = b"", 0, False
    pending: list[tuple[int, bytes]] = []
    async for piece in body:
        buffer += piece
        *complete, buffer = buffer.split(b"\n")
        for text in complete:
            if skipping:  # the rest of a line already reported as too large
                skipping = False
                continue
            if not text.strip():
                continue
            number += 1
            if number > batch.max_rows:
                raise RequestEntityTooLarge(detail=f"more than {batch.max_rows} lines (patients)")
            pending.append((number, text))
            if len(pending) >= _CHUNK_LINES:
                out.write(batch.chunk(pending))
                pending = []
        if len(buffer) > batch.max_line and not skipping:
            number += 1
            pending.append((number, buffer))  # reported as too large
            skipping = True
        if skipping:
            buffer = b""
    if buffer.strip() and not skipping:
        number += 1
        pending.append((number, buffer))
    out.write(batch.chunk(pending))
    return number


def _read(spool: IO[bytes]) -> Iterator[bytes]:
    with spool:
        spool.seek(0)
        while piece := spool.read(_OUT_CHUNK):
            yield piece


class BatchController(Area):
    """
    Period MME of many patients, NDJSON in and out. Registered through ``batch_controller``,
    which gives it the deployment's batch limits (its body limit is this controller's own).
    """

    path = "/batch"
    tags = ("calculations",)
    problems = (400, 413)
    settings: ClassVar[Settings]

    @post(
        "/period-mme",
        operation_id="calculate_period_mme_batch",
        summary="Period MME of many patients: NDJSON in, NDJSON out, streamed",
        description="One input line per patient (`patient_id` and the body of "
        "POST /v1/period-mme); one output line per input line, in order: `result` (the numbers "
        "a single call gives, without trace and curve; `?detail=prescriptions` adds each "
        "prescription) or `error` (the problem a single call would return). A bad line does "
        "not stop the batch. The body is read as it arrives and computed in chunks; the "
        "reply is sent once the body is read. Limits: OPIOID_CALC_BATCH_MAX_BYTES for the "
        "body and OPIOID_CALC_BATCH_MAX_ROWS lines (413), OPIOID_CALC_MAX_BODY_BYTES per line "
        "(that line's error).",
        status_code=200,
        operation_class=_NdjsonOperation,
        responses={
            200: ResponseSpec(
                data_container=s.PeriodBatchResult,
                media_type=NDJSON,
                description="One JSON object per line, one line per input line.",
                generate_examples=False,
            ),
        },
    )
    async def calculate_period_mme_batch_handler(
        self,
        request: Request[Any, Any, Any],
        detail: Annotated[
            Literal["prescriptions"] | None,
            QueryParameter(description="`prescriptions`: add each prescription to the result."),
        ] = None,
    ) -> Response[bytes] | Stream:
        batch = _Batch(reference_of(request), self.settings, detail == "prescriptions")
        spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115  (closed by _read)
        try:
            lines = await _consume(batch, request.stream(), spool)
        except BaseException:
            spool.close()
            raise
        if not lines:
            spool.close()
            raise ClientException(detail="the batch is empty: send one NDJSON line per patient")
        if spool.tell() <= _SPOOL_BYTES:  # still in memory: one body with its Content-Length
            with spool:
                spool.seek(0)
                return Response(spool.read(), media_type=NDJSON)
        return Stream(_read(spool), media_type=NDJSON)


def batch_controller(settings: Settings) -> type[BatchController]:
    """The batch controller with this deployment's limits (OPIOID_CALC_BATCH_MAX_*)."""

    class Configured(BatchController):
        __doc__ = BatchController.__doc__
        request_max_body_size = settings.batch_max_bytes

    Configured.settings = settings
    return Configured


__all__ = ["BatchController", "PeriodController", "batch_controller"]
