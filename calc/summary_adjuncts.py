"""
Summary lines of the renal-function and adjunct results (calc/summary.py has the opioid ones):
warnings first, then the headline dose, then the schedule day by day, in the words of
calc/phrasing.py and from the result's own numbers only.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from calc.phrasing import amount, every, number, times_a_day, warning_lines
from calc.summary import day_range


if TYPE_CHECKING:
    from collections.abc import Sequence

    from calc.adjuncts.clonidine import ClonidineLevel, ClonidineResult
    from calc.adjuncts.common import Regimen, TitrationDay
    from calc.adjuncts.gabapentin import GabapentinResult
    from calc.adjuncts.ketamine import KetamineResult
    from calc.adjuncts.naltrexone import NaltrexoneResult
    from calc.adjuncts.pregabalin import PregabalinResult
    from calc.renal import Clearance, RenalResult
    from calc.weights import DosingWeight


__all__ = [
    "clonidine_summary",
    "gabapentin_summary",
    "ketamine_summary",
    "naltrexone_summary",
    "pregabalin_summary",
    "renal_summary",
]


def weight_phrase(w: DosingWeight) -> str:
    """``72 kg actual weight``; ``61.37 kg ideal body weight``; the actual weight when lower."""
    if w.actual_used and w.basis != "actual":
        return f"{amount(w.kg)} kg actual weight (below the {w.basis} body weight)"
    if w.basis == "actual":
        return f"{amount(w.kg)} kg actual weight"
    return f"{amount(w.kg)} kg {w.basis} body weight"


def renal_summary(result: RenalResult) -> tuple[str, ...]:
    clearance = number(result.creatinine_clearance_reported_ml_min)
    return (
        *warning_lines(result.warnings),
        (
            f"Creatinine clearance {clearance} mL/min, Cockcroft-Gault on "
            f"{weight_phrase(result.weight)} and serum creatinine "
            f"{amount(result.serum_creatinine_mg_dl)} mg/dL."
        ),
        f"Renal impairment: {'yes' if result.renal_impairment else 'no'}.",
    )


def _clearance(c: Clearance) -> str:
    if c.estimate is None:
        return f"Creatinine clearance {number(c.ml_min)} mL/min, as given."
    reported = c.estimate.creatinine_clearance_reported_ml_min
    return (
        f"Creatinine clearance {number(reported)} mL/min, Cockcroft-Gault on "
        f"{weight_phrase(c.estimate.weight)}."
    )


def ketamine_summary(result: KetamineResult) -> tuple[str, ...]:
    volume = ""
    if result.infusion_ml_per_h is not None and result.concentration_mg_per_ml is not None:
        volume = (
            f" = {number(result.infusion_ml_per_h)} mL/h of "
            f"{number(result.concentration_mg_per_ml)} mg/mL"
        )
    lines = [
        *warning_lines(result.warnings),
        (
            f"Ketamine {number(result.rate_mg_per_kg_per_h)} mg/kg/h x "
            f"{weight_phrase(result.weight)} = {number(result.dose_mg_per_h)} mg/h by continuous "
            f"intravenous infusion{volume}; {number(result.amount_mg_per_24h)} mg per 24 hours."
        ),
    ]
    bolus = result.bolus
    if bolus is not None:
        ml = "" if bolus.volume_ml is None else f" ({number(bolus.volume_ml)} mL)"
        lines.append(
            f"Bolus: {number(bolus.mg_per_kg)} mg/kg = {number(bolus.dose_mg)} mg "
            f"intravenously{ml}."
        )
    return tuple(lines)


_TIMES_OF_DAY = ("in the morning", "at bedtime")


def _doses(doses: Sequence[Decimal]) -> str:
    """A day's administrations: ``0.1 mg in the morning and 0.2 mg at bedtime``."""
    if len(doses) == 1:
        return f"{number(doses[0])} mg once a day"
    if len(doses) == len(_TIMES_OF_DAY):
        return " and ".join(
            f"{number(d)} mg {when}" for d, when in zip(doses, _TIMES_OF_DAY, strict=True)
        )
    return " + ".join(f"{number(d)} mg" for d in doses)


def _level(level: ClonidineLevel) -> str:
    return (
        f"{day_range(level.day_from, level.day_to).lower()}: {_doses(level.doses_mg)} "
        f"({number(level.daily_mg)} mg/day)."
    )


def clonidine_summary(result: ClonidineResult) -> tuple[str, ...]:
    regimen = f"{times_a_day_int(result.doses_per_day)} ({every(result.interval_hours)})"
    lines = [
        *warning_lines(result.warnings),
        f"Clonidine {number(result.dose_mg)} mg by mouth {regimen}: {number(result.daily_mg)} mg/day.",
        (
            f"Hold if systolic below {number(result.hold_systolic_below_mmhg)} mmHg or diastolic "
            f"below {number(result.hold_diastolic_below_mmhg)} mmHg."
        ),
    ]
    lines.extend(f"Titration {_level(level)}" for level in result.titration)
    lines.extend(f"To stop, {_level(level)}" for level in result.taper)
    lines.append(f"To stop, {day_range(result.stop_day, None).lower()}: none.")
    return tuple(lines)


def times_a_day_int(count: int) -> str:
    return times_a_day(Decimal(count))


def regimen_phrase(drug: str, r: Regimen) -> str:
    """``Gabapentin 300 mg by mouth three times a day (900 mg/day)``; units when several."""
    if r.dose_mg is None or r.daily_mg is None:
        return f"{drug}: below the smallest strength, none offered"
    units = f"; each dose {' + '.join(f'{number(u)} mg' for u in r.units)}"
    return (
        f"{drug} {number(r.dose_mg)} mg by mouth {times_a_day_int(r.doses_per_day)} "
        f"({number(r.daily_mg)} mg/day{units if len(r.units) > 1 else ''})"
    )


def _titration(drug: str, days: Sequence[TitrationDay]) -> list[str]:
    lines = []
    for i, day in enumerate(days):
        last = days[i + 1].day - 1 if i + 1 < len(days) else None
        lines.append(f"{day_range(day.day, last)}: {regimen_phrase(drug, day.regimen)}.")
    return lines


def gabapentin_summary(result: GabapentinResult) -> tuple[str, ...]:
    lines = [
        *warning_lines(result.warnings),
        (
            f"Gabapentin target {number(result.daily_target_mg)} mg/day (asked "
            f"{number(result.target_mg_per_day)} mg/day; cap {number(result.cap_mg_per_day)} "
            "mg/day at this clearance)."
        ),
        _clearance(result.clearance),
        f"Maintenance: {regimen_phrase('Gabapentin', result.maintenance)}.",
        *_titration("Gabapentin", result.titration),
    ]
    if result.hemodialysis_supplement_mg is not None:
        lines.append(
            f"After each hemodialysis session: {number(result.hemodialysis_supplement_mg)} mg."
        )
    return tuple(lines)


def pregabalin_summary(result: PregabalinResult) -> tuple[str, ...]:
    lines = [
        *warning_lines(result.warnings),
        (
            f"Pregabalin target {number(result.daily_target_mg)} mg/day (asked "
            f"{number(result.target_mg_per_day)} mg/day; start {number(result.start_mg_per_day)} "
            "mg/day)."
        ),
        _clearance(result.clearance),
        f"Maintenance: {regimen_phrase('Pregabalin', result.maintenance)}.",
        *_titration("Pregabalin", result.titration),
    ]
    low, high = result.hemodialysis_supplement_min_mg, result.hemodialysis_supplement_max_mg
    if low is not None and high is not None:
        lines.append(f"After each hemodialysis session: {number(low)} to {number(high)} mg.")
    return tuple(lines)


def naltrexone_summary(result: NaltrexoneResult) -> tuple[str, ...]:
    steps = result.titration
    lines = [
        *warning_lines(result.warnings),
        (
            f"Low-dose naltrexone: target {number(result.target_mg_per_day)} mg once a day by mouth; "
            f"start {number(result.start_mg)} mg, then {number(result.step_mg)} mg more every "
            f"{result.step_interval_days} days."
        ),
    ]
    for i, step in enumerate(steps):
        last = steps[i + 1].day_from - 1 if i + 1 < len(steps) else None
        lines.append(
            f"{day_range(step.day_from, last)}: naltrexone {number(step.daily_mg)} mg by mouth "
            "once a day."
        )
    return tuple(lines)
