"""
Pregabalin: a target within the label table's overall range, capped by the renal band, divided
into the band's allowed number of doses, each rounded down to whole mg (strengths are not in the
reference); the hemodialysis supplement as the confirmed range only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from calc.adjuncts.common import Regimen, advice_alerts, unique_refs
from calc.dosing_tables import adjunct_table, number
from calc.errors import OutOfRangeError
from calc.renal import Clearance, clearance_for_dosing
from calc.results import Alert, TableRef, TraceStep
from calc.rounding import dose_down, down_to_step


if TYPE_CHECKING:
    from decimal import Decimal

    from calc.dosing_tables import AdjunctTable, RenalDoseBand
    from calc.models import Patient
    from calc.reference import Reference


__all__ = ["PregabalinOrder", "PregabalinResult", "dose_pregabalin"]


@attrs.frozen
class PregabalinOrder:
    """
    What is asked for.

    Attributes:
        target_mg_per_day: refused outside the label table's overall range.
        doses_per_day: one the band allows; ``None`` takes the band's first.
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
        daily_target_mg: the target, capped by the band maximum.
        maintenance: ``daily_target_mg`` divided into doses, each rounded down to whole mg.
        hemodialysis_supplement_min_mg / max_mg: the confirmed range (when asked).
    """

    target_mg_per_day: Decimal
    clearance: Clearance
    band: RenalDoseBand
    daily_target_mg: Decimal
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
    low = min(b.daily_min for b in table.renal.bands)
    high = max(b.daily_max for b in table.renal.bands)
    if low <= target <= high:
        return target
    expected = f"{number(low)}-{number(high)} mg/day (Lyrica label renal table, {table.ref.id})"
    msg = f"target_mg_per_day: expected {expected}, got {number(target)} mg/day"
    raise OutOfRangeError(
        code="pregabalin.target_out_of_range",
        field="target_mg_per_day",
        expected=expected,
        received=target,
        detail=msg,
    )


def _doses_per_day(band: RenalDoseBand, requested: int | None) -> int:
    if requested is None:
        return band.doses_per_day[0]
    if requested not in band.doses_per_day:
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
    return requested


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
                f"({number(band.daily_min)}-{number(band.daily_max)} mg/day).",
                band.source,
            )
        )
    return alerts


def dose_pregabalin(
    reference: Reference, patient: Patient, order: PregabalinOrder
) -> PregabalinResult:
    """Pregabalin never above its renal band maximum, in the band's divided doses."""
    table = adjunct_table(reference, "pregabalin")
    assert table.renal is not None  # noqa: S101  (the loader requires the renal table)
    target = _target(table, order.target_mg_per_day)
    clearance = clearance_for_dosing(
        reference, patient, order.weight_basis, "pregabalin.renal_function_required"
    )
    band = table.renal.band_for(clearance.ml_min, "patient.creatinine_clearance_ml_min")
    per_day = _doses_per_day(band, order.doses_per_day)
    daily = min(target, band.daily_max)
    step = table.values["per_dose_step_mg"]
    dose = down_to_step(dose_down(daily / per_day), step)
    maintenance = Regimen(per_day, dose, dose * per_day)
    row = (
        f"label renal row for CrCl {number(dose_down(clearance.ml_min))} mL/min: {band.label}, "
        f"{number(band.daily_min)}-{number(band.daily_max)} mg/day"
    )
    trace = [
        *clearance.trace,
        TraceStep(row, band.daily_max, "mg/day", band.source),
        TraceStep("daily target after the band maximum", daily, "mg/day", band.source),
        TraceStep(
            f"{per_day} dose(s) of {number(dose)} mg, each rounded down to {number(step)} mg",
            maintenance.daily_mg,
            "mg/day",
            table.values.source("per_dose_step_mg"),
        ),
    ]
    warnings = [*advice_alerts(table), *clearance.warnings, *_band_alerts(band, target)]
    low = high = hd_source = None
    if order.hemodialysis:
        hd = table.hemodialysis
        assert hd is not None  # noqa: S101  (the loader requires it for pregabalin)
        low, high = hd.supplement_min, hd.supplement_max
        assert low is not None  # noqa: S101  (the loader requires min and max without columns)
        assert high is not None  # noqa: S101
        hd_source = hd.source
        warnings.append(
            Alert(
                "pregabalin.hemodialysis_supplement",
                "warning",
                f"After each {number(hd.session_hours)} h hemodialysis session give a single "
                f"supplementary dose of {number(low)}-{number(high)} "
                "mg, chosen by the daily regimen; the label's larger top value is UNCONFIRMED "
                "and not offered.",
                hd.source,
            )
        )
    return PregabalinResult(
        target_mg_per_day=target,
        clearance=clearance,
        band=band,
        daily_target_mg=daily,
        maintenance=maintenance,
        hemodialysis_supplement_min_mg=low,
        hemodialysis_supplement_max_mg=high,
        hemodialysis_supplement_source=hd_source,
        warnings=tuple(warnings),
        trace=tuple(trace),
        table=table.ref,
        tables=unique_refs(table.ref, *clearance.tables),
    )
