"""
Clonidine: a dose per administration within the table's range, twice daily, from real tablets;
a weekly titration to it, hold parameters, and a taper for stopping.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING

import attrs

from calc.adjuncts.common import advice_alerts, refuse_outside, unique_refs
from calc.errors import CalcError, OutOfRangeError
from calc.reference import adjunct_table
from calc.renal import estimate_creatinine_clearance
from calc.results import Alert, TableRef, TraceStep, number, ordered
from calc.rounding import dose_down, down_to_step
from calc.units import HOURS_PER_DAY


if TYPE_CHECKING:
    from collections.abc import Sequence

    from calc.kinds.adjunct import AdjunctTable, Strengths
    from calc.models import Patient
    from calc.reference import Reference


__all__ = ["ClonidineLevel", "ClonidineResult", "dose_clonidine"]


@attrs.frozen
class ClonidineLevel:
    """
    Days ``day_from``-``day_to`` (``None``: continuing) at the given administrations.

    ``doses_mg`` lists the day's administrations in order (morning, bedtime); the larger one is
    at bedtime, as the label advises.
    """

    day_from: int
    day_to: int | None
    doses_mg: tuple[Decimal, ...]
    daily_mg: Decimal


@attrs.frozen
class ClonidineResult:
    """
    A clonidine plan.

    Attributes:
        dose_mg: per administration, rounded down to one tablet.
        titration: weekly levels from the label's start to ``daily_mg``; the last continues.
        taper: levels for stopping, day 1 = first day of the taper; stop on ``stop_day``.
    """

    requested_dose_mg: Decimal
    dose_mg: Decimal
    doses_per_day: int
    interval_hours: Decimal
    daily_mg: Decimal
    titration: tuple[ClonidineLevel, ...]
    taper: tuple[ClonidineLevel, ...]
    stop_day: int
    hold_systolic_below_mmhg: Decimal
    hold_diastolic_below_mmhg: Decimal
    hold_source: str
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    table: TableRef
    tables: tuple[TableRef, ...]


def _split(
    daily: Decimal, strengths: Strengths, per_day: int, half: Decimal | None = None
) -> tuple[Decimal, ...]:
    """
    A day's total as ``per_day`` tablets, the largest last (bedtime); one if it is a tablet.
    ``half``: half of the smallest (scored) tablet, allowed as a dose from a lower start.
    """
    early = down_to_step(daily / per_day, half or strengths.smallest)
    rest = daily - early * (per_day - 1)
    doses = (daily,) if early == 0 else (*([early] * (per_day - 1)), rest)
    for dose in doses:
        if dose != half and strengths.floor(dose) != dose:
            expected = f"doses of one tablet ({', '.join(number(x) for x in strengths.values)} mg)"
            msg = f"a day's {number(daily)} mg cannot be split into tablets: {number(dose)} mg"
            raise OutOfRangeError(
                code="clonidine.split_not_achievable",
                field="dose_mg",
                expected=expected,
                received=dose,
                detail=msg,
            )
    return doses


def _titration(
    table: AdjunctTable, strengths: Strengths, daily: Decimal, half: Decimal | None
) -> list[ClonidineLevel]:
    v = table.values
    per_day = int(v["doses_per_day"])
    start = v["start_dose_mg"] * per_day
    step, every = v["titration_step_mg_per_day"], int(v["titration_interval_days"])
    levels: list[ClonidineLevel] = []
    level = min(start, daily)
    while level < daily:
        first = len(levels) * every + 1
        levels.append(
            ClonidineLevel(first, first + every - 1, _split(level, strengths, per_day), level)
        )
        level += step
    first = len(levels) * every + 1
    levels.append(ClonidineLevel(first, None, _split(daily, strengths, per_day, half), daily))
    return levels


def _taper(
    table: AdjunctTable, strengths: Strengths, daily: Decimal, half: Decimal | None
) -> tuple[list[ClonidineLevel], int]:
    """
    One smallest dose (a tablet, or ``half`` a tablet from a lower start) less per level, each
    level ceil(taper_days_max / levels) days.
    """
    unit = half or strengths.smallest
    per_day = int(table.values["doses_per_day"])
    count = int((daily / unit).to_integral_value(rounding=ROUND_FLOOR)) - 1
    days = table.values["taper_days_max"]
    length = int((days / max(count, 1)).to_integral_value(rounding=ROUND_CEILING))
    levels = []
    for i in range(count):
        level = daily - unit * (i + 1)
        first = i * length + 1
        levels.append(
            ClonidineLevel(
                first, first + length - 1, _split(level, strengths, per_day, half), level
            )
        )
    return levels, count * length + 1


def _pressure_alerts(
    table: AdjunctTable, systolic: Decimal | None, diastolic: Decimal | None
) -> list[Alert]:
    v = table.values
    low_sys, low_dia = v["hold_systolic_below_mmhg"], v["hold_diastolic_below_mmhg"]
    below = []
    if systolic is not None and systolic < low_sys:
        below.append(f"systolic {number(systolic)} < {number(low_sys)} mmHg")
    if diastolic is not None and diastolic < low_dia:
        below.append(f"diastolic {number(diastolic)} < {number(low_dia)} mmHg")
    if not below:
        return []
    message = f"Hold clonidine: {' and '.join(below)} (hold parameters, VA withdrawal guidance)."
    source = v.source("hold_systolic_below_mmhg")
    return [Alert("clonidine.hold_low_blood_pressure", "critical", message, source)]


def _clearance(reference: Reference, patient: Patient | None) -> Decimal | None:
    """The given creatinine clearance, else a Cockcroft-Gault estimate when one can be made."""
    if patient is None or patient.creatinine_clearance_ml_min is not None:
        return None if patient is None else patient.creatinine_clearance_ml_min
    try:
        return estimate_creatinine_clearance(reference, patient).creatinine_clearance_ml_min
    except CalcError:
        return None


def _lower_start_reasons(
    reference: Reference, patient: Patient | None, crcl: Decimal | None
) -> list[str]:
    """Why the label's lower initial dose applies: renal impairment, older age (may be none)."""
    thresholds = reference.thresholds
    reasons = []
    if crcl is not None and crcl < thresholds["renal_impairment_crcl"]:
        reasons.append(
            f"creatinine clearance {number(dose_down(crcl))} mL/min (renal impairment below "
            f"{number(thresholds['renal_impairment_crcl'])})"
        )
    if patient is not None and patient.age_years is not None:
        older = thresholds["older_adult_age"]
        if patient.age_years >= older:
            reasons.append(f"age {number(patient.age_years)} (elderly: {number(older)} or over)")
    return reasons


def _below_range(table: AdjunctTable, older: Decimal, dose_mg: Decimal) -> OutOfRangeError:
    v = table.values
    expected = (
        f"{number(v['dose_min_mg'])}-{number(v['dose_max_mg'])} mg ({v.source('dose_min_mg')}); "
        f"{number(v['lower_start_dose_mg'])} mg only as a lower start with renal impairment or "
        f"age {number(older)} or over ({v.source('lower_start_dose_mg')})"
    )
    msg = f"dose_mg: expected {expected}, got {number(dose_mg)} mg"
    return OutOfRangeError("clonidine.dose_out_of_range", "dose_mg", expected, dose_mg, msg)


def _dose(
    table: AdjunctTable, older: Decimal, dose_mg: Decimal, reasons: list[str]
) -> tuple[Decimal, Decimal, Decimal | None]:
    """
    ``(requested, offered, half)``: within the range, rounded down to a tablet; from the lower
    start up to the range, half a scored tablet when the label's lower start applies.
    """
    assert table.strengths is not None  # noqa: S101  (the loader requires strengths)
    v = table.values
    half = v["lower_start_dose_mg"]
    if dose_mg < v["dose_min_mg"]:
        if reasons and dose_mg >= half:
            return dose_mg, half, half
        raise _below_range(table, older, dose_mg)
    requested = refuse_outside(
        dose_mg,
        table,
        ("dose_min_mg", "dose_max_mg"),
        code="clonidine.dose_out_of_range",
        field="dose_mg",
    )
    offered = table.strengths.floor_or_refuse(requested, "clonidine.dose_below_strength", "dose_mg")
    return requested, offered, None


def dose_clonidine(
    reference: Reference,
    dose_mg: Decimal,
    *,
    patient: Patient | None = None,
    systolic_mmhg: Decimal | None = None,
    diastolic_mmhg: Decimal | None = None,
    context: Sequence[Alert] | None = None,
) -> ClonidineResult:
    """
    Clonidine never above the table's maximum per dose, from one tablet per administration.

    ``context``: the safety context of a regimen (an OIH plan's) that comes before the result's
    own warnings, all ordered as every result orders them.
    """
    table = adjunct_table(reference, "clonidine")
    assert table.strengths is not None  # noqa: S101  (the loader requires strengths)
    strengths = table.strengths
    v = table.values
    crcl = _clearance(reference, patient)
    reasons = _lower_start_reasons(reference, patient, crcl)
    older = reference.thresholds["older_adult_age"]
    requested, dose, half = _dose(table, older, dose_mg, reasons)
    per_day = int(v["doses_per_day"])
    daily = dose * per_day
    taper, stop_day = _taper(table, strengths, daily, half)
    made = (
        "lower start: half of a scored tablet"
        if half is not None
        else "dose per administration, rounded down to a tablet"
    )
    trace = [
        TraceStep(made, dose, "mg", strengths.source),
        TraceStep(f"x {per_day} per day", daily, "mg/day", v.source("doses_per_day")),
    ]
    warnings = advice_alerts(table)
    if half is not None:
        warnings.append(
            Alert(
                "clonidine.lower_start",
                "warning",
                f"{number(requested)} mg is below the {number(v['dose_min_mg'])}-"
                f"{number(v['dose_max_mg'])} mg range; it is accepted as a lower start "
                f"({number(half)} mg, half of a scored {number(strengths.smallest)} mg tablet) "
                f"because of {' and '.join(reasons)}: the clonidine label says such patients may "
                "benefit from a lower initial dose and should be carefully monitored.",
                v.source("lower_start_dose_mg"),
            )
        )
    if dose < requested:
        warnings.append(
            Alert(
                "clonidine.rounded_down",
                "info",
                f"{number(requested)} mg is not a tablet strength; {number(dose)} mg is offered.",
                strengths.source,
            )
        )
    warnings += _pressure_alerts(table, systolic_mmhg, diastolic_mmhg)
    if crcl is not None and crcl < reference.thresholds["renal_impairment_crcl"]:
        warnings.append(
            Alert(
                "clonidine.renal_impairment",
                "warning",
                "Renal impairment: the label advises a lower initial dose and careful monitoring; "
                "no supplement is needed after hemodialysis.",
                "CATAPRES-LABEL",
            )
        )
    warnings.append(
        Alert(
            "clonidine.taper_on_stopping",
            "warning",
            f"Do not stop abruptly: reduce over {number(v['taper_days_min'])}-"
            f"{number(v['taper_days_max'])} days or longer (attributed to the label, UNCONFIRMED); "
            f"the taper plan stops on day {stop_day}. Check blood pressure while tapering.",
            v.source("taper_days_max"),
        )
    )
    return ClonidineResult(
        requested_dose_mg=requested,
        dose_mg=dose,
        doses_per_day=per_day,
        interval_hours=HOURS_PER_DAY / per_day,
        daily_mg=daily,
        titration=tuple(_titration(table, strengths, daily, half)),
        taper=tuple(taper),
        stop_day=stop_day,
        hold_systolic_below_mmhg=v["hold_systolic_below_mmhg"],
        hold_diastolic_below_mmhg=v["hold_diastolic_below_mmhg"],
        hold_source=v.source("hold_systolic_below_mmhg"),
        warnings=tuple(warnings) if context is None else ordered((*context, *warnings)),
        trace=tuple(trace),
        table=table.ref,
        tables=unique_refs(table.ref, reference.thresholds.ref),
    )
