"""
Pregabalin (Lyrica label): the start is the first column of the label's renal table for the
patient's creatinine-clearance band (the band's lowest daily dose), never the band maximum; the
titration follows the label's steps (the first after a week, later ones after two, each at most
doubling the daily dose) up to the target capped by the band maximum; each dose is rounded down
to what the capsules make; the hemodialysis supplement as the confirmed range only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from calc.adjuncts.common import (
    Regimen,
    TitrationDay,
    advice_alerts,
    best_regimen,
    build_regimen,
    unique_refs,
)
from calc.errors import CITED_RANGE, EXPECTED_GOT, OutOfRangeError, in_range
from calc.reference import adjunct_table
from calc.renal import Clearance, clearance_for_dosing
from calc.results import Alert, TableRef, TraceStep, number
from calc.rounding import dose_down


if TYPE_CHECKING:
    from decimal import Decimal

    from calc.kinds.adjunct import AdjunctTable, RenalDoseBand, Strengths
    from calc.models import Patient
    from calc.reference import Reference


__all__ = ["PregabalinOrder", "PregabalinResult", "dose_pregabalin"]


@attrs.frozen
class PregabalinOrder:
    """
    What is asked for.

    Attributes:
        target_mg_per_day: refused outside the label table's overall range.
        doses_per_day: one the band allows; ``None`` lets each step take the band frequency whose
            capsules come closest to the step from below.
        hemodialysis: the patient is on hemodialysis (adds the supplement range).
        weight_basis: for a Cockcroft-Gault estimate; ``None`` takes the table default.
    """

    target_mg_per_day: Decimal
    doses_per_day: int | None = None
    hemodialysis: bool = False
    weight_basis: str | None = None


@attrs.frozen
class PregabalinResult:
    """
    A pregabalin plan.

    Attributes:
        start_mg_per_day: day 1, the band's first label column (or the target when lower).
        daily_target_mg: the target, capped by the band maximum.
        titration: the levels from day 1 to the maintenance regimen (the last level).
        maintenance: the last level's regimen, each dose rounded down to capsules.
        hemodialysis_supplement_min_mg / max_mg: the confirmed range (when asked).
    """

    target_mg_per_day: Decimal
    clearance: Clearance
    band: RenalDoseBand
    start_mg_per_day: Decimal
    daily_target_mg: Decimal
    titration: tuple[TitrationDay, ...]
    maintenance: Regimen
    hemodialysis_supplement_min_mg: Decimal | None
    hemodialysis_supplement_max_mg: Decimal | None
    hemodialysis_supplement_source: str | None
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    table: TableRef
    tables: tuple[TableRef, ...]


def _target(table: AdjunctTable, target: Decimal) -> Decimal:
    assert table.renal is not None  # noqa: S101  (the loader requires the renal table)
    return in_range(
        target,
        min(b.daily_min for b in table.renal.bands),
        max(b.daily_max for b in table.renal.bands),
        code="pregabalin.target_out_of_range",
        field="target_mg_per_day",
        expected=CITED_RANGE,
        detail=EXPECTED_GOT,
        unit="mg/day",
        why=f"Lyrica label renal table, {table.ref.id}",
        shown=number,
    )


def _doses_per_day(band: RenalDoseBand, requested: int | None) -> int | None:
    if requested is None or requested in band.doses_per_day:
        return requested
    allowed = list(band.doses_per_day)
    expected = f"one of {allowed} for creatinine clearance {band.label} (label)"
    msg = f"doses_per_day: expected {expected}, got {requested}"
    raise OutOfRangeError(
        code="pregabalin.frequency_not_allowed",
        field="doses_per_day",
        expected=expected,
        received=requested,
        detail=msg,
    )


def _levels(table: AdjunctTable, start: Decimal, daily: Decimal) -> list[tuple[int, Decimal]]:
    """
    ``(first day, mg/day)`` from ``start`` to ``daily``: the first increase after
    ``titration_first_step_days``, later ones after ``titration_later_step_days``, each at most
    ``titration_max_step_ratio`` times the previous level (label: 150 -> 300 within 1 week ->
    600 after 2 to 4 weeks).
    """
    v = table.values
    first, later = int(v["titration_first_step_days"]), int(v["titration_later_step_days"])
    ratio = v["titration_max_step_ratio"]
    levels = [(1, start)]
    while levels[-1][1] < daily:
        day, level = levels[-1]
        levels.append((day + (first if len(levels) == 1 else later), min(level * ratio, daily)))
    return levels


def _regimen(daily: Decimal, band: RenalDoseBand, per_day: int | None, caps: Strengths) -> Regimen:
    if per_day is None:
        return best_regimen(daily, band.doses_per_day, caps)
    return build_regimen(daily, per_day, caps)


def _step_trace(table: AdjunctTable, t: TitrationDay) -> TraceStep:
    v = table.values
    doses = t.regimen.doses_per_day
    made = (
        f"{doses} dose(s) of {number(t.regimen.dose_mg)} mg (capsules, rounded down)"
        if t.regimen.dose_mg is not None
        else f"below the smallest capsule in {doses} dose(s)"
    )
    rule = (
        "start"
        if t.day == 1
        else f"increase (after {number(v['titration_first_step_days'])} days, then every "
        f"{number(v['titration_later_step_days'])}, at most x{number(v['titration_max_step_ratio'])})"
    )
    return TraceStep(
        f"day {t.day}, {rule}: {made}",
        t.target_mg_per_day,
        "mg/day",
        v.source("titration_first_step_days"),
    )


def _band_alerts(band: RenalDoseBand, target: Decimal) -> list[Alert]:
    alerts: list[Alert] = []
    if target > band.daily_max:
        alerts.append(
            Alert(
                "pregabalin.renal_cap_applied",
                "warning",
                f"Target {number(target)} mg/day is above {number(band.daily_max)} mg/day, the "
                f"label's maximum for creatinine clearance {band.label}; the maximum is used.",
                band.source,
            )
        )
    if target < band.daily_min:
        alerts.append(
            Alert(
                "pregabalin.below_label_range",
                "info",
                f"Target {number(target)} mg/day is below the label's range for this clearance "
                f"({number(band.daily_min)}-{number(band.daily_max)} mg/day); it is also the "
                "start.",
                band.source,
            )
        )
    return alerts


def _strength_alerts(titration: list[TitrationDay], caps: Strengths) -> list[Alert]:
    short = [t for t in titration if t.regimen.dose_mg is None]
    if not short:
        return []
    days = ", ".join(
        f"day {t.day} ({number(t.target_mg_per_day)} mg/day in {t.regimen.doses_per_day} doses)"
        for t in short
    )
    return [
        Alert(
            "pregabalin.below_smallest_strength",
            "critical",
            f"{days}: each dose is below the smallest capsule ({number(caps.smallest)} mg); no "
            "regimen is offered for it and the dose is not rounded up. Choose fewer doses a day.",
            caps.source,
        )
    ]


def _hemodialysis(table: AdjunctTable) -> tuple[Decimal, Decimal, str, Alert]:
    hd = table.hemodialysis
    assert hd is not None  # noqa: S101  (the loader requires it for pregabalin)
    low, high = hd.supplement_min, hd.supplement_max
    assert low is not None  # noqa: S101  (the loader requires min and max without columns)
    assert high is not None  # noqa: S101
    alert = Alert(
        "pregabalin.hemodialysis_supplement",
        "warning",
        f"After each {number(hd.session_hours)} h hemodialysis session give a single "
        f"supplementary dose of {number(low)}-{number(high)} mg, chosen by the daily regimen; the "
        "label's larger top value is UNCONFIRMED and not offered.",
        hd.source,
    )
    return low, high, hd.source, alert


def dose_pregabalin(
    reference: Reference, patient: Patient, order: PregabalinOrder
) -> PregabalinResult:
    """Pregabalin from the label's start for the clearance band, titrated, never above the band."""
    table = adjunct_table(reference, "pregabalin")
    assert table.renal is not None  # noqa: S101  (the loader requires the renal table)
    assert table.strengths is not None  # noqa: S101  (the loader requires the capsules)
    caps = table.strengths
    v = table.values
    target = _target(table, order.target_mg_per_day)
    clearance = clearance_for_dosing(
        reference, patient, order.weight_basis, "pregabalin.renal_function_required"
    )
    band = table.renal.band_for(clearance.ml_min, "patient.creatinine_clearance_ml_min")
    per_day = _doses_per_day(band, order.doses_per_day)
    daily = min(target, band.daily_max)
    start = min(band.daily_min, daily)
    titration = [
        TitrationDay(day, level, _regimen(level, band, per_day, caps))
        for day, level in _levels(table, start, daily)
    ]
    maintenance = titration[-1].regimen
    row = (
        f"label renal row for CrCl {number(dose_down(clearance.ml_min))} mL/min: {band.label}, "
        f"{number(band.daily_min)}-{number(band.daily_max)} mg/day"
    )
    trace = [
        *clearance.trace,
        TraceStep(row, band.daily_max, "mg/day", band.source),
        TraceStep(
            f"start: the row's first column (label start {number(v['label_start_mg_per_day'])} "
            "mg/day adjusted to clearance), or the target when lower",
            start,
            "mg/day",
            band.source,
        ),
        TraceStep("daily target after the band maximum", daily, "mg/day", band.source),
        *(_step_trace(table, t) for t in titration),
    ]
    warnings = [*advice_alerts(table), *clearance.warnings, *_band_alerts(band, target)]
    warnings += _strength_alerts(titration, caps)
    low = high = hd_source = None
    if order.hemodialysis:
        low, high, hd_source, hd_alert = _hemodialysis(table)
        warnings.append(hd_alert)
    return PregabalinResult(
        target_mg_per_day=target,
        clearance=clearance,
        band=band,
        start_mg_per_day=start,
        daily_target_mg=daily,
        titration=tuple(titration),
        maintenance=maintenance,
        hemodialysis_supplement_min_mg=low,
        hemodialysis_supplement_max_mg=high,
        hemodialysis_supplement_source=hd_source,
        warnings=tuple(warnings),
        trace=tuple(trace),
        table=table.ref,
        tables=unique_refs(table.ref, *clearance.tables),
    )
