"""
Period MME of one patient's prescriptions, with every number explained: per prescription its
factor, MME and single-day MME; the NIH HEAL definitions with and without buprenorphine; for
dated prescriptions the daily curve and the Opioid Data Lab equations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from calc.period import engine as e
from calc.period.alerts import ALERTS
from calc.period.model import (
    AverageDailyMME,
    DailyMME,
    Definitions,
    PeriodResult,
    PeriodWindows,
    Prescription,
    PrescriptionMME,
)
from calc.reference import Reference
from calc.results import TraceStep


__all__ = ["DEFAULT_TABLE", "calculate_period_mme", "normalise", "windows_of"]

# The NIH HEAL calculator's own factors (tables/mme-nih-heal.toml) unless the caller picks one.
DEFAULT_TABLE = "nih-heal"
_DEFINITIONS = (
    ("mme1", "total MME / total days of medication"),
    ("mme2", "total MME / therapy days"),
    ("mme3", "total MME / observation window days"),
)


def _ordinal(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal()


def normalise(prescriptions: Sequence[Prescription], field: str = "prescriptions") -> list[e.Rx]:
    return [
        e.rx(
            field,
            i,
            p.drug,
            p.route,
            p.form,
            p.dose,
            p.dose_unit,
            p.doses_per_day,
            p.days_of_medication,
            p.strength,
            p.strength_unit,
            p.quantity_dispensed,
            p.days_supply,
            p.start_date,
        )
        for i, p in enumerate(prescriptions)
    ]


def windows_of(w: PeriodWindows) -> e.Windows:
    return (
        w.therapy_days,
        w.observation_window_days,
        w.therapy_days_without_buprenorphine,
        w.observation_window_days_without_buprenorphine,
        _ordinal(w.window_start),
        _ordinal(w.window_end),
    )


def calculate_period_mme(
    reference: Reference,
    prescriptions: Sequence[Prescription],
    windows: PeriodWindows,
    table_id: str | None = None,
) -> PeriodResult:
    """NIH HEAL period MME (and, for dated prescriptions, the Opioid Data Lab equations)."""
    table = reference.mme_table(table_id or DEFAULT_TABLE)
    rxs = normalise(prescriptions)
    lines: list[tuple[e.Conversion, e.Line]] = []
    numbers = e.patient(e.Converter(table), rxs, windows_of(windows), lines)
    trace: list[TraceStep] = []
    converted = tuple(
        _prescription(i, p, x, conv, n, table.ref.id, trace)
        for i, (p, x, (conv, n)) in enumerate(zip(prescriptions, rxs, lines, strict=True))
    )
    with_bup = _definitions(numbers.with_buprenorphine, "with buprenorphine", trace)
    without = _definitions(numbers.without_buprenorphine, "without buprenorphine", trace)
    average = None if numbers.dated is None else _average(numbers.dated, trace)
    daily = tuple(
        DailyMME(dt.date.fromordinal(day), value)
        for first, last, value in numbers.runs
        for day in range(first, last + 1)
    )
    return PeriodResult(
        converted,
        with_bup,
        without,
        average,
        daily,
        tuple(ALERTS[k] for k in numbers.warnings),
        tuple(trace),
        table.ref,
    )


def _prescription(
    i: int,
    p: Prescription,
    x: e.Rx,
    conv: e.Conversion,
    n: e.Line,
    table_id: str,
    trace: list[TraceStep],
) -> PrescriptionMME:
    at = f"prescriptions[{i}]"
    _, _, _, unit, amount, times, days, dispensing, _ = x
    if conv.patch:
        how = f"patch {amount!s} mcg/h" + ("" if dispensing else f" x {times!s} worn at once")
    elif dispensing:
        how = f"{amount!s} {unit} x {times!s} units / {days} days supplied"
    else:
        how = f"{amount!s} {unit} x {times!s} doses per day"
    trace.append(
        TraceStep(
            f"{at}: {p.drug} {p.route} {how} = {n.daily_amount.normalize():f} "
            f"{conv.unit_label} x {n.factor!s} ({table_id}) = single-day MME",
            n.single_day_mme,
            "MME/day",
            n.factor_source,
        )
    )
    trace.append(
        TraceStep(f"{at}: MME of the prescription over {days} days", n.mme, "MME", "NIHHEAL25")
    )
    start = p.start_date
    return PrescriptionMME(
        p.drug,
        p.route,
        p.release,
        p.form,
        "dispensing" if dispensing else "dose",
        n.daily_amount,
        conv.unit_label,
        days,
        n.factor,
        n.factor_source,
        n.single_day_mme,
        n.mme,
        conv.buprenorphine,
        start,
        None if start is None else start + dt.timedelta(days=days - 1),
    )


def _definitions(g: e.Group, label: str, trace: list[TraceStep]) -> Definitions:
    total, total_days, therapy, window, mme1, mme2, mme3, mme4 = g
    trace.append(TraceStep(f"{label}: total MME", total, "MME", "NIHHEAL25"))
    trace.append(TraceStep(f"{label}: total days of medication", Decimal(total_days), "days",
                           "NIHHEAL25"))  # fmt: skip
    trace.append(TraceStep(f"{label}: therapy days", Decimal(therapy), "days", "NIHHEAL25"))
    trace.append(
        TraceStep(f"{label}: observation window days", Decimal(window), "days", "NIHHEAL25")
    )
    for (name, what), value in zip(_DEFINITIONS, (mme1, mme2, mme3), strict=True):
        undefined = " (undefined: no days)" if value is None else ""
        trace.append(
            TraceStep(
                f"{label}: {name} = {what}{undefined}",
                value,
                "" if value is None else "MME/day",
                "NIHHEAL25",
            )
        )
    trace.append(TraceStep(f"{label}: mme4 = sum of single-day MME", mme4, "MME/day", "NIHHEAL25"))
    return Definitions(total, total_days, therapy, window, mme1, mme2, mme3, mme4)


def _average(d: e.Dated, trace: list[TraceStep]) -> AverageDailyMME:
    lo, hi, count, total, supplied, window_days, exposed, eq1, eq2, eq3, eq4, peak, peak_day = d
    first, last = dt.date.fromordinal(lo), dt.date.fromordinal(hi)
    steps = (
        (f"observation window {first.isoformat()} to {last.isoformat()}", Decimal(hi - lo + 1)),
        ("days supplied, summed", Decimal(supplied)),
        ("days from the first dispensing to the window's end", Decimal(window_days)),
        ("days exposed, overlaps counted once", Decimal(exposed)),
    )
    trace.extend(TraceStep(step, value, "days", "ODL-MME") for step, value in steps)
    equations = (
        ("equation 1: total MME / days supplied", eq1),
        ("equation 2: total MME / days from the first dispensing to the window's end", eq2),
        ("equation 3: total MME / days exposed", eq3),
        (f"equation 4: mean of the {count} prescriptions' MME / days", eq4),
        (f"peak of the daily curve, first on {dt.date.fromordinal(peak_day).isoformat()}", peak),
    )
    trace.extend(TraceStep(step, value, "MME/day", "ODL-MME") for step, value in equations)
    return AverageDailyMME(
        first,
        last,
        count,
        total,
        supplied,
        window_days,
        exposed,
        eq1,
        eq2,
        eq3,
        eq4,
        peak,
        dt.date.fromordinal(peak_day),
    )
