"""
Struct <-> calc conversion for period MME, shared by the single call, the NDJSON batch, the
command line and Dask: one path from numbers in to reported numbers out, so every surface gives
the same digits for the same prescriptions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Protocol

from api import adapters as a
from api.problems import render_value
from api.schemas import period as s
from api.schemas.common import Problem
from calc.errors import CalcError, OutOfRangeError
from calc.period import PeriodResult, PeriodWindows, Prescription
from calc.period import engine as e
from calc.period.alerts import ALERTS
from calc.period.batch import BatchInput, BatchPatient, RawRx
from calc.reference import Reference
from calc.summary_period import period_summary


__all__ = [
    "MAX_WINDOW_DAYS",
    "batch_input",
    "batch_summary",
    "calc_problem",
    "prescriptions",
    "raw",
    "response",
    "windows",
]

# The longest observation window accepted (about ten years): bounds the daily curve's length.
MAX_WINDOW_DAYS = 3660
_STATUS_422 = 422


def prescription(p: s.PeriodPrescription) -> Prescription:
    return Prescription(
        p.drug,
        p.route,
        p.release,
        p.form,
        a.opt_dec(p.dose),
        p.dose_unit,
        a.opt_dec(p.doses_per_day),
        p.days_of_medication,
        a.opt_dec(p.strength),
        p.strength_unit,
        a.opt_dec(p.quantity_dispensed),
        p.days_supply,
        p.start_date,
    )


def prescriptions(ps: Iterable[s.PeriodPrescription]) -> tuple[Prescription, ...]:
    return tuple(prescription(p) for p in ps)


def raw(p: s.PeriodPrescription) -> RawRx:
    """The batch's tuple for one prescription: the same conversions as ``prescription``."""
    dose, per_day = p.dose, p.doses_per_day
    strength, quantity = p.strength, p.quantity_dispensed
    return (
        p.drug,
        p.route,
        p.form,
        None if dose is None else Decimal(str(dose)),
        p.dose_unit,
        None if per_day is None else Decimal(str(per_day)),
        p.days_of_medication,
        None if strength is None else Decimal(str(strength)),
        p.strength_unit,
        None if quantity is None else Decimal(str(quantity)),
        p.days_supply,
        p.start_date,
    )


def check_window(start: dt.date | None, end: dt.date | None) -> None:
    """An observation window of at most ``MAX_WINDOW_DAYS`` days (the curve has one per day)."""
    if start is not None and end is not None and (end - start).days + 1 > MAX_WINDOW_DAYS:
        msg = f"observation_window spans more than {MAX_WINDOW_DAYS} days"
        raise OutOfRangeError(
            "period.window_too_long",
            "observation_window.end_date",
            f"at most {MAX_WINDOW_DAYS} days after observation_window.start_date",
            end,
            msg,
        )


def windows(r: s.PeriodMMERequest) -> PeriodWindows:
    w = r.observation_window
    start, end = (None, None) if w is None else (w.start_date, w.end_date)
    check_window(start, end)
    return PeriodWindows(
        r.therapy_days,
        r.observation_window_days,
        r.therapy_days_without_buprenorphine,
        r.observation_window_days_without_buprenorphine,
        start,
        end,
    )


def batch_input(patient_id: str, r: s.PeriodMMERequest) -> BatchInput:
    w = windows(r)
    return BatchInput(
        patient_id,
        r.table,
        [raw(p) for p in r.prescriptions],
        (
            w.therapy_days,
            w.observation_window_days,
            w.therapy_days_without_buprenorphine,
            w.observation_window_days_without_buprenorphine,
            None if w.window_start is None else w.window_start.toordinal(),
            None if w.window_end is None else w.window_end.toordinal(),
        ),
    )


class _Group(Protocol):
    """A group's numbers: ``calc.period.Definitions`` or the batch's ``engine.Group``."""

    @property
    def total_mme(self) -> Decimal: ...
    @property
    def total_days(self) -> int: ...
    @property
    def therapy_days(self) -> int: ...
    @property
    def observation_window_days(self) -> int: ...
    @property
    def mme1(self) -> Decimal | None: ...
    @property
    def mme2(self) -> Decimal | None: ...
    @property
    def mme3(self) -> Decimal | None: ...
    @property
    def mme4(self) -> Decimal: ...


def definitions(g: _Group) -> s.Definitions:
    return s.Definitions(
        total_mme=a.num(g.total_mme),
        total_days=g.total_days,
        therapy_days=g.therapy_days,
        observation_window_days=g.observation_window_days,
        mme1=a.opt_num(g.mme1),
        mme2=a.opt_num(g.mme2),
        mme3=a.opt_num(g.mme3),
        mme4=a.num(g.mme4),
    )


def average(d: e.Dated) -> s.AverageDailyMME:
    return s.AverageDailyMME(
        window_start=dt.date.fromordinal(d.window_start),
        window_end=dt.date.fromordinal(d.window_end),
        prescriptions=d.prescriptions,
        total_mme=a.num(d.total_mme),
        days_supplied=d.days_supplied,
        window_days=d.window_days,
        exposed_days=d.exposed_days,
        mme_over_days_supplied=a.num(d.equation_1),
        mme_over_window=a.num(d.equation_2),
        mme_over_exposed_days=a.num(d.equation_3),
        mean_prescription_daily_mme=a.num(d.equation_4),
        peak_daily_mme=a.num(d.peak_daily_mme),
        peak_date=dt.date.fromordinal(d.peak_day),
    )


def _line(
    p: s.PeriodPrescription | Prescription, conv: e.Conversion, n: e.Line, days: int
) -> s.PeriodLine:
    start = p.start_date
    return s.PeriodLine(
        drug=p.drug,
        route=p.route,
        release=p.release,
        form=p.form,
        kind="dose" if p.strength is None else "dispensing",
        daily_amount=a.num(n.daily_amount),
        daily_amount_unit=conv.unit_label,
        days=days,
        conversion_factor=float(n.factor),
        factor_source=n.factor_source,
        single_day_mme=a.num(n.single_day_mme),
        mme=a.num(n.mme),
        buprenorphine=conv.buprenorphine,
        start_date=start,
        end_date=None if start is None else start + dt.timedelta(days=days - 1),
    )


def response(result: PeriodResult, calculation_id: str) -> s.PeriodMMEResponse:
    dated = result.average_daily_mme
    return s.PeriodMMEResponse(
        summary=list(period_summary(result)),
        prescriptions=[
            s.PeriodLine(
                drug=p.drug,
                route=p.route,
                release=p.release,
                form=p.form,
                kind=p.kind,  # type: ignore[arg-type]
                daily_amount=a.num(p.daily_amount),
                daily_amount_unit=p.daily_amount_unit,
                days=p.days,
                conversion_factor=float(p.conversion_factor),
                factor_source=p.factor_source,
                single_day_mme=a.num(p.single_day_mme),
                mme=a.num(p.mme),
                buprenorphine=p.buprenorphine,
                start_date=p.start_date,
                end_date=p.end_date,
            )
            for p in result.prescriptions
        ],
        with_buprenorphine=definitions(result.with_buprenorphine),
        without_buprenorphine=definitions(result.without_buprenorphine),
        average_daily_mme=None
        if dated is None
        else s.AverageDailyMME(
            window_start=dated.window_start,
            window_end=dated.window_end,
            prescriptions=dated.prescriptions,
            total_mme=a.num(dated.total_mme),
            days_supplied=dated.days_supplied,
            window_days=dated.window_days,
            exposed_days=dated.exposed_days,
            mme_over_days_supplied=a.num(dated.mme_over_days_supplied),
            mme_over_window=a.num(dated.mme_over_window),
            mme_over_exposed_days=a.num(dated.mme_over_exposed_days),
            mean_prescription_daily_mme=a.num(dated.mean_prescription_daily_mme),
            peak_daily_mme=a.num(dated.peak_daily_mme),
            peak_date=dated.peak_date,
        ),
        daily_mme=[s.DailyMME(date=d.date, mme=a.num(d.mme)) for d in result.daily_mme],
        warnings=a.warnings(result.warnings),
        trace=a.trace(result.trace),
        table=a.table_ref(result.table),
        calculation_id=calculation_id,
    )


def warning_codes(keys: Sequence[str]) -> list[str]:
    return [ALERTS[k].code for k in keys]


def batch_summary(
    row: BatchPatient, request: s.PeriodMMERequest, reference: Reference
) -> s.PeriodBatchSummary:
    """A patient's numbers as the batch reports them (``row.numbers`` must be set)."""
    given = request.prescriptions
    n = row.numbers
    assert n is not None  # noqa: S101  (callers pass rows without an error)
    lines = None
    if row.lines is not None:
        lines = [
            _line(p, conv, numbers, numbers_days)
            for p, (conv, numbers), numbers_days in zip(
                given, row.lines, [_days(p) for p in given], strict=True
            )
        ]
    return s.PeriodBatchSummary(
        with_buprenorphine=definitions(n.with_buprenorphine),
        without_buprenorphine=definitions(n.without_buprenorphine),
        average_daily_mme=None if n.dated is None else average(n.dated),
        warnings=warning_codes(n.warnings),
        calculation_id=a.calculation_id("calculate_period_mme", request, reference),
        prescriptions=lines,
    )


def _days(p: s.PeriodPrescription) -> int:
    days = p.days_supply if p.days_of_medication is None else p.days_of_medication
    return 0 if days is None else days


def calc_problem(exc: CalcError) -> Problem:
    """The body a single call returns for this refusal (api/problems.py, 422)."""
    return Problem(
        title="Request refused by a clinical or reference rule",
        status=_STATUS_422,
        detail=exc.detail,
        type=f"urn:opioid-calc:problem:{exc.code}",
        code=exc.code,
        field=exc.field,
        expected=exc.expected,
        received=render_value(exc.received),
    )
