"""
Period MME over tables of prescriptions (one row per prescription, a ``patient_id`` column):
the rows of a patient become the body of POST /v1/period-mme, checked by the same schema, and
the batch path computes them; the result is one row per patient (and, on request, one per
prescription) with an error column instead of stopping. Used by ``opioid-calc batch`` (CSV,
Parquet) and by Dask (api/dask_batch.py). No file I/O here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import msgspec

from api.convert import period as pa
from api.schemas import period as s
from api.schemas.common import Problem
from calc import (
    BatchInput,
    CalcError,
    Reference,
    period_batch,
)


__all__ = [
    "INPUT_COLUMNS",
    "PATIENT_COLUMNS",
    "PRESCRIPTION_COLUMNS",
    "Rows",
    "period_rows",
]

Row = dict[str, Any]
Rows = list[Row]

PRESCRIPTION_FIELDS = (
    "drug", "route", "release", "form", "dose", "dose_unit", "doses_per_day",
    "days_of_medication", "strength", "strength_unit", "quantity_dispensed", "days_supply",
    "start_date",
)  # fmt: skip
PATIENT_FIELDS = (
    "table", "therapy_days", "observation_window_days", "therapy_days_without_buprenorphine",
    "observation_window_days_without_buprenorphine", "observation_window_start",
    "observation_window_end",
)  # fmt: skip
INPUT_COLUMNS = ("patient_id", *PRESCRIPTION_FIELDS, *PATIENT_FIELDS)

_GROUP = ("total_mme", "total_days", "therapy_days", "observation_window_days",
          "mme1", "mme2", "mme3", "mme4")  # fmt: skip
_AVERAGE_TYPES = (
    ("window_start", "date"), ("window_end", "date"), ("days_supplied", "int"),
    ("window_days", "int"), ("exposed_days", "int"), ("mme_over_days_supplied", "float"),
    ("mme_over_window", "float"), ("mme_over_exposed_days", "float"),
    ("mean_prescription_daily_mme", "float"), ("peak_daily_mme", "float"), ("peak_date", "date"),
)  # fmt: skip
_AVERAGE = tuple(name for name, _ in _AVERAGE_TYPES)
_WITHOUT = tuple(f"{name}_without_buprenorphine" for name in _GROUP)
_ERROR = ("error", "error_field", "error_detail")
# Output columns and their types: str, int, float, date or bool.
PATIENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("patient_id", "str"),
    *((name, "str") for name in _ERROR),
    *((n, "float" if n.startswith(("total_mme", "mme")) else "int") for n in _GROUP + _WITHOUT),
    *_AVERAGE_TYPES,
    ("warnings", "str"),
    ("calculation_id", "str"),
)  # fmt: skip
PRESCRIPTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("patient_id", "str"), ("prescription", "int"), *((name, "str") for name in _ERROR),
    ("drug", "str"), ("route", "str"), ("release", "str"), ("form", "str"), ("kind", "str"),
    ("daily_amount", "float"), ("daily_amount_unit", "str"), ("days", "int"),
    ("conversion_factor", "float"), ("factor_source", "str"), ("single_day_mme", "float"),
    ("mme", "float"), ("buprenorphine", "bool"), ("start_date", "date"), ("end_date", "date"),
)  # fmt: skip


def _blank(value: Any) -> bool:
    """Empty cells: None, '', whitespace, and the NaN of a numeric column with gaps."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, float) and value != value  # noqa: PLR0124  (NaN)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dt.datetime):
        return value.date()
    to_date = getattr(value, "date", None)  # a pandas Timestamp
    if callable(to_date) and not isinstance(value, dt.date):
        return to_date()
    return value


def group_rows(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """The rows of each patient, patients in the order they first appear."""
    patients: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        pid = row.get("patient_id")
        key = "" if _blank(pid) else str(_cell(pid))
        patients.setdefault(key, []).append(row)
    return patients


def _problem(code: str, field: str | None, detail: str) -> Problem:
    return Problem(title="Row refused", status=400, detail=detail, code=code, field=field)


def _request(pid: str, rows: list[Mapping[str, Any]], table: str | None) -> s.PeriodMMERequest:
    """The rows of one patient as the body of POST /v1/period-mme (the same schema checks)."""
    if not pid:
        raise _Refused(_problem("request.invalid", "patient_id", "patient_id is empty"))
    body: dict[str, Any] = {"prescriptions": []}
    for i, row in enumerate(rows):
        rx = {k: _cell(row[k]) for k in PRESCRIPTION_FIELDS if k in row and not _blank(row[k])}
        body["prescriptions"].append(rx)
        for name in PATIENT_FIELDS:
            if name in row and not _blank(row[name]):
                value = _cell(row[name])
                if name in body and body[name] != value:
                    msg = (
                        f"row {i + 1} of the patient gives {name} {value!r}, another {body[name]!r}"
                    )
                    raise _Refused(_problem("batch.patient_value_conflict", name, msg))
                body[name] = value
    if table is not None:
        body.setdefault("table", table)
    start, end = (
        body.pop("observation_window_start", None),
        body.pop("observation_window_end", None),
    )
    if start is not None or end is not None:
        body["observation_window"] = {"start_date": start, "end_date": end}
    try:
        return msgspec.convert(body, s.PeriodMMERequest, strict=False)
    except msgspec.ValidationError as exc:
        message, _, where = str(exc).partition(" - at `$.")
        raise _Refused(
            Problem(
                title="Row is invalid",
                status=400,
                detail=str(exc),
                code="request.invalid",
                field=where.rstrip("`") or None,
                expected=message,
            )
        ) from exc


class _Refused(Exception):  # noqa: N818  (a refusal, not an error of the code)
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.detail)
        self.problem = problem


def _error_row(pid: str, problem: Problem) -> Row:
    row: Row = dict.fromkeys(name for name, _ in PATIENT_COLUMNS)
    row.update(patient_id=pid, error=problem.code, error_field=problem.field)
    row["error_detail"] = problem.detail
    return row


def _patient_row(pid: str, summary: s.PeriodBatchSummary) -> Row:
    row: Row = {"patient_id": pid, "error": None, "error_field": None, "error_detail": None}
    for name, suffix, group in (
        (_GROUP, "", summary.with_buprenorphine),
        (_GROUP, "_without_buprenorphine", summary.without_buprenorphine),
    ):
        for field in name:
            row[field + suffix] = getattr(group, field)
    average = summary.average_daily_mme
    for field in _AVERAGE:
        row[field] = None if average is None else getattr(average, field)
    row["warnings"] = ";".join(summary.warnings)
    row["calculation_id"] = summary.calculation_id
    return row


def _prescription_rows(
    pid: str, summary: s.PeriodBatchSummary | None, count: int, patient: Row
) -> Rows:
    rows: Rows = []
    lines = [] if summary is None or summary.prescriptions is None else summary.prescriptions
    for i in range(count):
        row: Row = dict.fromkeys(name for name, _ in PRESCRIPTION_COLUMNS)
        row.update(patient_id=pid, prescription=i + 1)
        row.update({k: patient[k] for k in _ERROR})
        if i < len(lines):
            row.update(msgspec.structs.asdict(lines[i]))
        rows.append(row)
    return rows


def period_rows(
    reference: Reference,
    rows: Iterable[Mapping[str, Any]],
    table: str | None = None,
    prescriptions: bool = False,
    progress: Callable[[int], object] | None = None,
    chunk: int = 2048,
) -> tuple[Rows, Rows]:
    """One row per patient (and per prescription when asked), in the order patients appear;
    ``progress(n)`` is told each time n more patients are done."""
    items = list(group_rows(rows).items())
    out: Rows = []
    per_rx: Rows = []
    for lo in range(0, len(items), chunk):
        part = items[lo : lo + chunk]
        done, summaries = _chunk(reference, part, table, prescriptions)
        for slot, (pid, group) in enumerate(part):
            out.append(done[slot])
            if prescriptions:
                per_rx += _prescription_rows(pid, summaries.get(slot), len(group), done[slot])
        if progress is not None:
            progress(len(part))
    return out, per_rx


def _chunk(
    reference: Reference,
    part: list[tuple[str, list[Mapping[str, Any]]]],
    table: str | None,
    detail: bool,
) -> tuple[dict[int, Row], dict[int, s.PeriodBatchSummary]]:
    done: dict[int, Row] = {}
    inputs: list[BatchInput] = []
    slots: list[tuple[int, s.PeriodMMERequest]] = []
    for slot, (pid, group) in enumerate(part):
        try:
            request = _request(pid, group, table)
            inputs.append(pa.batch_input(pid, request))
            slots.append((slot, request))
        except _Refused as refused:
            done[slot] = _error_row(pid, refused.problem)
        except CalcError as exc:
            done[slot] = _error_row(pid, pa.calc_problem(exc))
    summaries: dict[int, s.PeriodBatchSummary] = {}
    results = period_batch(reference, inputs, detail=detail)
    for (slot, request), result in zip(slots, results, strict=True):
        if result.error is not None:
            done[slot] = _error_row(result.patient_id, pa.calc_problem(result.error))
            continue
        summaries[slot] = pa.batch_summary(result, request, reference)
        done[slot] = _patient_row(result.patient_id, summaries[slot])
    return done, summaries
