"""
Gabapentin: a target within the product range, capped by the Neurontin label's renal band,
divided by the band's frequency and rounded down to real strengths; a titration schedule and the
post-hemodialysis supplement.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import TYPE_CHECKING

import attrs

from calc.adjuncts.common import (
    Regimen,
    TitrationDay,
    advice_alerts,
    build_regimen,
    refuse_outside,
    unique_refs,
)
from calc.reference import adjunct_table
from calc.renal import Clearance, clearance_for_dosing
from calc.results import Alert, TableRef, TraceStep, number, ordered
from calc.rounding import dose_down


if TYPE_CHECKING:
    from collections.abc import Sequence

    from calc.kinds.adjunct import AdjunctTable, RenalDoseBand
    from calc.models import Patient
    from calc.reference import Reference


__all__ = ["GabapentinOrder", "GabapentinResult", "TitrationDay", "dose_gabapentin"]


@attrs.frozen
class GabapentinOrder:
    """
    What is asked for.

    Attributes:
        target_mg_per_day: refused outside the table's product range.
        hemodialysis: the patient is on hemodialysis (adds the post-session supplement).
        weight_basis: for a Cockcroft-Gault estimate; ``None`` takes the table default.
    """

    target_mg_per_day: Decimal
    hemodialysis: bool = False
    weight_basis: str | None = None


@attrs.frozen
class GabapentinResult:
    """
    A gabapentin plan.

    Attributes:
        band_scale: 1, or CrCl / 15 below 15 mL/min (label footnote).
        band_max_mg_per_day: the band's maximum, scaled.
        cap_mg_per_day: the lower of the band maximum and the product maximum.
        daily_target_mg: the target after the cap.
        maintenance: the practical regimen (never above ``daily_target_mg``).
        hemodialysis_supplement_mg: after each session, rounded down to strengths (when asked).
    """

    target_mg_per_day: Decimal
    clearance: Clearance
    band: RenalDoseBand
    band_scale: Decimal
    band_max_mg_per_day: Decimal
    cap_mg_per_day: Decimal
    daily_target_mg: Decimal
    maintenance: Regimen
    titration: tuple[TitrationDay, ...]
    hemodialysis_supplement_label_mg: Decimal | None
    hemodialysis_supplement_mg: Decimal | None
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    table: TableRef
    tables: tuple[TableRef, ...]


def _normal_schedule(
    table: AdjunctTable, daily_target: Decimal, band_per_day: int
) -> list[TitrationDay]:
    """
    Label PHN initiation (normal renal function): 300 mg on day 1, +300 mg/day; day d gives
    min(d, band) doses, and the day the target is reached gives the band's doses (the
    maintenance regimen).
    """
    assert table.strengths is not None  # noqa: S101  (the loader requires strengths)
    v = table.values
    start, step = v["titration_start_mg_per_day"], v["titration_step_mg_per_day"]
    days: list[TitrationDay] = []
    day = 1
    while True:
        total = min(start + step * (day - 1), daily_target)
        per_day = band_per_day if total >= daily_target else min(day, band_per_day)
        regimen = build_regimen(total, per_day, table.strengths)
        days.append(TitrationDay(day, total, regimen))
        if total >= daily_target:
            return days
        day += 1


def _renal_schedule(
    table: AdjunctTable, band: RenalDoseBand, scale: Decimal, daily_target: Decimal
) -> list[TitrationDay]:
    """
    Below the top row: the label's initiation is for normal renal function, and Table 1 converts
    each normal-function column to the patient's row. Day 1 is the lowest of the label's day-1
    dose, the row's first column (scaled) and the target; the row's k-th column starts on the day
    the normal schedule reaches the top row's k-th column, held until the next; the last level
    is the target.
    """
    assert table.renal is not None  # noqa: S101  (the loader requires the renal table)
    assert table.strengths is not None  # noqa: S101
    v = table.values
    start, step = v["titration_start_mg_per_day"], v["titration_step_mg_per_day"]
    top = table.renal.bands[-1]
    per_day = band.doses_per_day[0]
    normal = [c * top.doses_per_day[0] for c in top.column_doses]
    row = [c * per_day * scale for c in band.column_doses]
    levels = [(1, min(start, row[0], daily_target))]
    for normal_total, row_total in zip(normal, row, strict=True):
        level = min(row_total, daily_target)
        if level > levels[-1][1]:
            day = int(((normal_total - start) / step).to_integral_value(ROUND_CEILING)) + 1
            levels.append((day, level))
    return [
        TitrationDay(
            day,
            level,
            build_regimen(
                level, per_day if level >= daily_target else min(day, per_day), table.strengths
            ),
        )
        for day, level in levels
    ]


def _supplement(
    table: AdjunctTable, band: RenalDoseBand, scale: Decimal, daily: Decimal
) -> tuple[Decimal, Decimal]:
    """The label column's supplement for the highest column not above ``daily`` (else the first)."""
    assert table.hemodialysis is not None  # noqa: S101  (the loader requires it for gabapentin)
    assert table.strengths is not None  # noqa: S101
    per_day = band.doses_per_day[0]
    fits = [i for i, c in enumerate(band.column_doses) if c * per_day * scale <= daily]
    label = table.hemodialysis.column_supplements[max(fits, default=0)]
    practical = table.strengths.floor_or_refuse(
        label, "gabapentin.supplement_below_strength", "hemodialysis"
    )
    return label, practical


def _band_alerts(band: RenalDoseBand, target: Decimal, cap: Decimal, scale: Decimal) -> list[Alert]:
    alerts: list[Alert] = []
    if band.proportional_below is not None and scale != 1:
        alerts.append(
            Alert(
                "gabapentin.clearance_scaled",
                "warning",
                f"Creatinine clearance below {number(band.proportional_below)} mL/min: the label "
                "reduces the daily dose in proportion to clearance "
                f"(x {number(dose_down(scale))}).",
                band.source,
            )
        )
    if target > cap:
        alerts.append(
            Alert(
                "gabapentin.renal_cap_applied",
                "warning",
                f"Target {number(target)} mg/day is above {number(dose_down(cap))} mg/day, the "
                "label's maximum for this creatinine clearance; the maximum is used.",
                band.source,
            )
        )
    if target < band.daily_min * scale:
        alerts.append(
            Alert(
                "gabapentin.below_label_range",
                "info",
                f"Target {number(target)} mg/day is below the label's range for this clearance "
                f"({number(band.daily_min)}-{number(band.daily_max)} mg/day before any scaling).",
                band.source,
            )
        )
    return alerts


def _titration_alerts(
    table: AdjunctTable, band: RenalDoseBand, titration: list[TitrationDay], *, renal: bool
) -> list[Alert]:
    assert table.strengths is not None  # noqa: S101  (the loader requires strengths)
    alerts: list[Alert] = []
    if renal:
        levels = ", ".join(
            f"{number(dose_down(t.target_mg_per_day))} mg/day from day {t.day}" for t in titration
        )
        alerts.append(
            Alert(
                "gabapentin.renal_titration",
                "info",
                "The label's initiation (300 mg on day 1, then 300 mg/day more each day) is for "
                "normal renal function; for creatinine clearance "
                f"{band.label} it is converted through Table 1: {levels}.",
                band.source,
            )
        )
    short = [t.day for t in titration[:-1] if t.regimen.dose_mg is None]
    if short:
        alerts.append(
            Alert(
                "gabapentin.titration_below_smallest_strength",
                "critical",
                f"Titration day(s) {', '.join(str(d) for d in short)}: the dose is below the "
                f"smallest strength ({number(table.strengths.smallest)} mg); no regimen is "
                "offered for those days, and the dose is not rounded up.",
                table.strengths.source,
            )
        )
    return alerts


def _regimen_trace(
    table: AdjunctTable, daily: Decimal, maintenance: Regimen
) -> tuple[list[TraceStep], list[Alert]]:
    assert table.strengths is not None  # noqa: S101  (the loader requires strengths)
    strengths = table.strengths
    if maintenance.dose_mg is None:
        alert = Alert(
            "gabapentin.below_smallest_strength",
            "critical",
            f"{number(dose_down(daily))} mg/day in {maintenance.doses_per_day} dose(s) is below "
            f"the smallest strength ({number(strengths.smallest)} mg): no regimen is offered from "
            "the listed strengths, and the dose is not rounded up.",
            strengths.source,
        )
        return [], [alert]
    step = TraceStep(
        f"{maintenance.doses_per_day} dose(s) of {number(maintenance.dose_mg)} mg, each rounded "
        "down to what the strengths make",
        maintenance.daily_mg,
        "mg/day",
        strengths.source,
    )
    return [step], []


def _hemodialysis(
    table: AdjunctTable, band: RenalDoseBand, scale: Decimal, maintenance: Regimen
) -> tuple[Decimal, Decimal, TraceStep, Alert]:
    hd = table.hemodialysis
    assert hd is not None  # noqa: S101  (the loader requires it for gabapentin)
    label, practical = _supplement(table, band, scale, maintenance.daily_mg or Decimal(0))
    step = TraceStep("post-hemodialysis supplement (label column)", label, "mg", hd.source)
    alert = Alert(
        "gabapentin.hemodialysis_supplement",
        "warning",
        f"After each {number(hd.session_hours)} h of hemodialysis give {number(practical)} mg "
        f"(label column {number(label)} mg, rounded down to strengths) on top of the "
        "maintenance dose.",
        hd.source,
    )
    return label, practical, step, alert


def dose_gabapentin(
    reference: Reference,
    patient: Patient,
    order: GabapentinOrder,
    *,
    context: Sequence[Alert] | None = None,
) -> GabapentinResult:
    """
    Gabapentin never above its renal band or the product maximum, from real strengths.

    ``context``: the safety context of a regimen (an OIH plan's) that comes before the result's
    own warnings, all ordered as every result orders them.
    """
    table = adjunct_table(reference, "gabapentin")
    assert table.renal is not None  # noqa: S101  (the loader requires the renal table)
    assert table.strengths is not None  # noqa: S101
    v = table.values
    target = refuse_outside(
        order.target_mg_per_day,
        table,
        ("daily_min_mg", "daily_max_mg"),
        code="gabapentin.target_out_of_range",
        field="target_mg_per_day",
    )
    clearance = clearance_for_dosing(
        reference, patient, order.weight_basis, "gabapentin.renal_function_required"
    )
    band = table.renal.band_for(clearance.ml_min, "patient.creatinine_clearance_ml_min")
    scale = band.scale(clearance.ml_min)
    band_max = band.daily_max * scale
    cap = min(v["daily_max_mg"], band_max)
    daily = min(target, cap)
    per_day = band.doses_per_day[0]
    maintenance = build_regimen(daily, per_day, table.strengths)
    renal = band is not table.renal.bands[-1]
    titration = (
        _renal_schedule(table, band, scale, daily)
        if renal
        else _normal_schedule(table, daily, per_day)
    )
    row = (
        f"Neurontin Table 1 row for CrCl {number(dose_down(clearance.ml_min))} mL/min: "
        f"{band.label}, {number(band.daily_min)}-{number(band.daily_max)} mg/day in "
        f"{per_day} dose(s)"
    )
    trace = [
        *clearance.trace,
        TraceStep(row, band.daily_max, "mg/day", band.source),
        TraceStep("band maximum x clearance scale", band_max, "mg/day", band.source),
        TraceStep(
            f"cap: lower of the band maximum and {number(v['daily_max_mg'])} mg/day",
            cap,
            "mg/day",
            v.source("daily_max_mg"),
        ),
        TraceStep("daily target after the cap", daily, "mg/day", "PRODUCT"),
        TraceStep(
            "titration day 1: the lowest of the label's day-1 dose, the row's first column and "
            "the target"
            if renal
            else "titration day 1: the label's day-1 dose, or the target when lower",
            titration[0].target_mg_per_day,
            "mg/day",
            v.source("titration_start_mg_per_day"),
        ),
    ]
    warnings = [*advice_alerts(table), *clearance.warnings]
    warnings += _band_alerts(band, target, cap, scale)
    warnings += _titration_alerts(table, band, titration, renal=renal)
    regimen_steps, regimen_alerts = _regimen_trace(table, daily, maintenance)
    trace += regimen_steps
    warnings += regimen_alerts
    label_supplement = supplement = None
    if order.hemodialysis:
        label_supplement, supplement, hd_step, hd_alert = _hemodialysis(
            table, band, scale, maintenance
        )
        trace.append(hd_step)
        warnings.append(hd_alert)
    return GabapentinResult(
        target_mg_per_day=target,
        clearance=clearance,
        band=band,
        band_scale=scale,
        band_max_mg_per_day=band_max,
        cap_mg_per_day=cap,
        daily_target_mg=daily,
        maintenance=maintenance,
        titration=tuple(titration),
        hemodialysis_supplement_label_mg=label_supplement,
        hemodialysis_supplement_mg=supplement,
        warnings=tuple(warnings) if context is None else ordered((*context, *warnings)),
        trace=tuple(trace),
        table=table.ref,
        tables=unique_refs(table.ref, *clearance.tables),
    )
