"""
Summary lines: a calculation result in plain prescription language, built from the result's own
numbers (calc/phrasing.py writes them), for the page, the clients and a printed note.

Every function takes a result the core already computed and returns its lines in order: the
warnings first (critical, warning, info), then the headline number, then the regimen as a
prescriber writes it, then schedules day by day (``Day 1-28 (2026-12-01 to 2026-12-28): ...``).
A line appears only where the result holds its numbers: a breakthrough dose has no interval in
the result, so its line gives none. The result classes are unchanged; the API attaches the lines
as ``summary``. The adjunct and renal results are in calc/summary_adjuncts.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from calc.phrasing import (
    amount,
    composition,
    drug_name,
    every,
    label,
    liquid,
    number,
    per_day,
    regimen_text,
    route_phrase,
    warning_lines,
)


if TYPE_CHECKING:
    import datetime as dt
    from decimal import Decimal

    from calc.breakthrough import Breakthrough
    from calc.infusions import InfusionRegimen, TransitionStep
    from calc.kinds.taper_presets import TaperPreset
    from calc.methadone import MethadoneDetail
    from calc.mme import MMELine, MMEResult
    from calc.oih import CutAndMethadone, OIHPlan, Outcome
    from calc.reduction import Reduction
    from calc.rotation import RotationResult
    from calc.taper import TaperResult, TaperStep
    from calc.taper_lines import TaperLine


__all__ = [
    "breakthrough_line",
    "cut_and_methadone_summary",
    "day_range",
    "infusion_line",
    "mme_per_day",
    "mme_summary",
    "oih_summary",
    "rotation_summary",
    "taper_summary",
    "transition_lines",
]


# --- MME --------------------------------------------------------------------------------------


def mme_per_day(total: Decimal | None) -> str:
    """``90 MME/day``; a total the MME table cannot compute is said (`mme.not_computed`), never 0."""
    return "MME/day not computed" if total is None else f"{amount(total)} MME/day"


def _mme_line(line: MMELine) -> str:
    """``Oxycodone ER by mouth: 40 mg/day x 1.5 = 60 MME/day``."""
    name = label(line.drug, line.route, line.release)
    unit = line.daily_dose_unit
    text = (
        f"{name} {route_phrase(line.route)}: {number(line.daily_dose)} {unit} x "
        f"{number(line.conversion_factor)} = {amount(line.mme_per_day)} MME/day"
    )
    return f"{text} (as needed, at the prescribed maximum)" if line.as_needed else text


def mme_summary(result: MMEResult) -> tuple[str, ...]:
    """Warnings, the total with its table, then each line's arithmetic."""
    return (
        *warning_lines(result.warnings),
        f"Total: {amount(result.total_mme_per_day)} MME/day ({result.table.title}).",
        *(_mme_line(line) for line in result.lines),
    )


# --- rotation ---------------------------------------------------------------------------------


def _reduction(result: RotationResult, r: Reduction) -> str:
    target = result.target
    name = label(target.drug, target.route, target.release)
    capped = f", capped at {number(r.reduced_daily_dose)} {r.unit}" if r.capped else ""
    if r.applied_percent:
        reduced = (
            f"reduced by {number(r.applied_percent)}% for incomplete cross-tolerance to "
            f"{number(r.reduced_daily_dose)} {r.unit}{capped}"
        )
    else:
        reduced = f"no reduction applied: {number(r.reduced_daily_dose)} {r.unit}{capped}"
    return (
        f"{name} {route_phrase(target.route)}: equianalgesic "
        f"{number(result.equianalgesic_daily_dose)} {result.unit}; {reduced} (range "
        f"{number(r.low_percent)}% to {number(r.high_percent)}%: {number(r.dose_at_low)} to "
        f"{number(r.dose_at_high)} {r.unit})."
    )


def breakthrough_line(bt: Breakthrough) -> str:
    """
    ``Breakthrough: morphine IR 5 mg by mouth every 4 hours as needed, at most 6 doses a day (10%
    of 67.5 mg/day): one 5 mg tablet.``; a dose below every product is said, never 0.
    """
    name = label(bt.drug, bt.route, bt.release, capital=False)
    why = f"{number(bt.percent)}% of {number(bt.basis_daily_dose)} {bt.basis_unit}"
    if bt.dose is None:
        return (
            f"Breakthrough: none offered; {why} is {number(bt.computed_dose)} {bt.unit}, below "
            f"the smallest {name} {bt.form}."
        )
    if bt.volume_ml is not None:
        units = liquid(bt.volume_ml, bt.concentration_per_ml, bt.unit, bt.form, bt.route)
    else:
        units = composition(bt.units, bt.unit, bt.form)
    made_of = f": {units}" if units else ""
    return (
        f"Breakthrough: {name} {number(bt.dose)} {bt.unit} {route_phrase(bt.route)} "
        f"{every(bt.interval_hours)} as needed, {per_day(bt.max_doses_per_day)} ({why})"
        f"{made_of}."
    )


def infusion_line(x: InfusionRegimen) -> str:
    """
    ``Hydromorphone 0.5 mg/h by continuous intravenous infusion: 5 mL/h of 0.1 mg/mL (12
    mg/day)``, with a syringe driver's 24-hour volume when the result has one.
    """
    syringe = (
        "" if x.syringe_24h_ml is None else f"; {number(x.syringe_24h_ml)} mL in the syringe a day"
    )
    way = {"intravenous": "intravenous", "subcutaneous": "subcutaneous"}.get(x.route, x.route)
    return (
        f"{drug_name(x.drug)} {number(x.rate)} {x.rate_unit} by continuous {way} infusion: "
        f"{number(x.ml_per_hour)} mL/h of {number(x.concentration_per_ml)} "
        f"{x.concentration_unit} ({number(x.daily_total)} {x.daily_unit}{syringe})."
    )


def transition_lines(steps: tuple[TransitionStep, ...]) -> list[str]:
    """``Hour 0: apply the patch.``, one line per step of a switch, in order."""
    return [f"Hour {number(step.hour)}: {step.action}." for step in steps]


def _methadone(detail: MethadoneDetail) -> list[str]:
    smoothed = "; smoothed at a tier edge" if detail.smoothed else ""
    above = "; above the scheme's last band (its top ratio)" if detail.above_scheme else ""
    lines = [
        (
            f"Methadone: ratio {number(detail.ratio)}:1 ({detail.scheme.title}){smoothed}{above}; "
            f"cap {number(detail.cap)} mg/day; {detail.strategy.replace('_', ' ')}."
        )
    ]
    for day in detail.schedule:
        previous = [
            f"{drug} {number(dose)} {unit}" for drug, _route, dose, unit in day.previous_lines
        ]
        methadone = (
            regimen_text(day.methadone)
            if day.methadone is not None
            else f"methadone {number(day.methadone_daily_target)} mg/day (no practical dose)"
        )
        lines.append(
            f"Day {day.day}: previous regimen at {number(day.previous_percent)}% "
            f"({', '.join(previous)}); {methadone}."
        )
    return lines


def rotation_summary(result: RotationResult) -> tuple[str, ...]:
    """
    Warnings; the totals; the target's equianalgesic dose and reduction; the regimen (or the
    infusion); the switch's steps by the hour; the methadone details and switch schedule;
    breakthrough; the new regimen's MME.
    """
    lines = [
        *warning_lines(result.warnings),
        (
            f"Current regimen: {mme_per_day(result.total_mme_per_day)}; conversion basis "
            f"{amount(result.oral_morphine_equivalent_per_day)} mg/day oral morphine equivalent."
        ),
        _reduction(result, result.reduction),
    ]
    if result.practical_regimen is not None:
        lines.append(f"{regimen_text(result.practical_regimen)}.")
    elif result.infusion is not None:
        lines.append(infusion_line(result.infusion))
    else:
        target = result.target
        lines.append(
            f"No practical regimen: the {target.drug} strengths cannot make "
            f"{number(result.reduction.reduced_daily_dose)} {result.reduction.unit}."
        )
    lines.extend(transition_lines(result.transition))
    if result.methadone is not None:
        lines.extend(_methadone(result.methadone))
    if result.breakthrough is not None:
        lines.append(breakthrough_line(result.breakthrough))
    if result.resulting_mme_per_day is not None:
        lines.append(f"New regimen: {amount(result.resulting_mme_per_day)} MME/day.")
    return tuple(lines)


# --- taper ------------------------------------------------------------------------------------


def day_range(first: int, last: int | None, start: dt.date | None = None) -> str:
    """
    ``Day 1-28``, ``Day 29``, ``Day 57 on``; with ``start`` (the date of ``first``) and a last
    day, the dates too: ``Day 1-28 (2026-12-01 to 2026-12-28)``.
    """
    if last is None:
        text = f"Day {first} on"
        return f"{text} (from {start.isoformat()})" if start else text
    if last == first:
        return f"Day {first} ({start.isoformat()})" if start else f"Day {first}"
    text = f"Day {first}-{last}"
    if start is None:
        return text
    end = start.fromordinal(start.toordinal() + last - first)
    return f"{text} ({start.isoformat()} to {end.isoformat()})"


def _taper_line(line: TaperLine) -> str:
    if line.regimen is not None:
        return regimen_text(line.regimen)
    if line.daily_dose:
        # Still dosed but no product regimen (a line the catalogue cannot build): its amount.
        return f"{drug_name(line.drug)} {number(line.daily_dose)} {line.unit}"
    return f"{drug_name(line.drug)} stopped"


def _basis(preset: TaperPreset, basis: str) -> str:
    if basis == "original-then-current" and preset.switch_at_percent is not None:
        return (
            f"the original dose until {number(preset.switch_at_percent)}% of it, then of the "
            "current dose"
        )
    return f"the {basis} dose"


def _step(step: TaperStep, following: TaperStep | None) -> str:
    # ``day`` counts from 0; a step lasts until the day before the next one (the last: on).
    when = day_range(step.day + 1, None if following is None else following.day, step.date)
    stopped = all(line.regimen is None and not line.daily_dose for line in step.lines)
    regimen = "all stopped" if stopped else "; ".join(_taper_line(x) for x in step.lines)
    return (
        f"{when}: {regimen} ({mme_per_day(step.total_mme_per_day)}, "
        f"{amount(step.percent_of_original)}% of the original)."
    )


_ENDS = {
    "zero": "every line is stopped",
    "floor": "it holds at the floor",
    "incomplete": "it is incomplete (see the warnings)",
}


def taper_summary(result: TaperResult) -> tuple[str, ...]:
    """Warnings; the plan; each step from its day to the day before the next (the last: on)."""
    steps = result.steps
    plan = (
        f"Taper {result.preset.name}: every {number(result.interval_days)} days, cut up to "
        f"{number(result.percent)}% of {_basis(result.preset, result.basis)}; from "
        f"{mme_per_day(result.original_mme_per_day)}; {_ENDS.get(result.ends_at, result.ends_at)}."
    )
    return (
        *warning_lines(result.warnings),
        plan,
        *(
            _step(step, steps[i + 1] if i + 1 < len(steps) else None)
            for i, step in enumerate(steps)
        ),
    )


# --- OIH plan ---------------------------------------------------------------------------------


def cut_and_methadone_summary(result: CutAndMethadone) -> tuple[str, ...]:
    """Warnings; each line after the cut; the low-dose methadone."""
    lines = [*warning_lines(result.warnings)]
    for line in result.lines:
        if line.regimen is not None:
            now = regimen_text(line.regimen)
        else:
            now = f"{drug_name(line.drug)}: no practical dose"
        lines.append(
            f"Cut by {number(result.cut_percent)}%: {now} (was {number(line.original_daily_dose)} "
            f"{line.unit}, target {number(line.reduced_daily_dose)} {line.unit})."
        )
    target = f"{number(result.methadone_target_mg_per_day)} mg/day"
    if result.methadone is not None:
        lines.append(f"Add methadone {target}: {regimen_text(result.methadone)}.")
    else:
        lines.append(f"Add methadone {target}: no practical dose.")
    return tuple(lines)


_STRATEGIES: tuple[tuple[str, str], ...] = (
    ("taper", "Taper"),
    ("cut_and_methadone", "Cut the current opioid and add low-dose methadone"),
    ("methadone_rotation", "Rotate to methadone"),
    ("buprenorphine_rotation", "Rotate to buprenorphine"),
    ("ketamine", "Ketamine infusion"),
    ("clonidine", "Clonidine"),
    ("gabapentin", "Gabapentin"),
)


def _strategy(name: str, outcome: Outcome[Any]) -> str:
    if outcome.refusal is not None:
        return f"{name}: not for this patient: {outcome.refusal.detail}"
    if outcome.resulting_mme_per_day is None:
        return f"{name}: available."
    return f"{name}: available; leads to {amount(outcome.resulting_mme_per_day)} MME/day."


def oih_summary(plan: OIHPlan) -> tuple[str, ...]:
    """Warnings; the current totals; one line per strategy (its own result has its summary)."""
    return (
        *warning_lines(plan.warnings),
        (
            f"Current regimen: {mme_per_day(plan.total_mme_per_day)}; oral morphine equivalent "
            f"{amount(plan.oral_morphine_equivalent_per_day)} mg/day."
        ),
        *(_strategy(title, getattr(plan, field)) for field, title in _STRATEGIES),
    )
