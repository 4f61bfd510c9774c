"""
Taper schedules: dated steps, each a real regimen, never higher than the step before.

Each regimen line is tapered on its own product (calc/taper_lines.py holds the rule of a step).
An as-needed line stays as-needed: its maximum per day is what is cut.  The result carries the
safety context of the regimen as prescribed (step 0), and each step names the MME thresholds its
total is at or above.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.alerts import safety_context
from calc.errors import ClinicalRefusalError, OutOfRangeError, UnknownEntryError, in_range
from calc.kinds.taper_presets import TaperPreset
from calc.mme import RegimenMME, regimen_mme
from calc.models import Medication, Patient
from calc.plausibility import check_schedule
from calc.reference import Reference
from calc.results import Alert, TableRef, TraceStep, number, ordered
from calc.rounding import as_percent, metric
from calc.taper_lines import LineState, TaperLine, can_go_lower, snapshot, start_line, step_line
from calc.taper_steps import step_totals
from calc.units import is_infusion
from calc.vocabulary import TAPER_BASES


__all__ = ["TaperLine", "TaperOptions", "TaperResult", "TaperStep", "plan_taper"]

_THRESHOLDS = (
    ("mme.at_or_above_50", "mme_caution"),
    ("mme.at_or_above_90", "mme_high"),
    ("mme.very_high", "mme_very_high"),
)


@attrs.frozen
class TaperOptions:
    """Preset (default ``cdc-2022-long-term``) and the caller's choices within its ranges."""

    start: dt.date
    preset: str = "cdc-2022-long-term"
    percent: Decimal | None = None
    interval_days: Decimal | None = None
    basis: str | None = None
    floor_percent: Decimal | None = None
    mme_table: str | None = None


@attrs.frozen
class TaperStep:
    number: int
    date: dt.date
    day: int
    intervals_since_previous: int
    lines: tuple[TaperLine, ...]
    total_mme_per_day: Decimal | None
    percent_of_original: Decimal
    thresholds_reached: tuple[str, ...] = ()


@attrs.frozen
class TaperResult:
    preset: TaperPreset
    percent: Decimal
    interval_days: Decimal
    basis: str
    original_mme_per_day: Decimal | None
    steps: tuple[TaperStep, ...]
    ends_at: str
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    tables: tuple[TableRef, ...]


def _choose(
    preset: TaperPreset,
    requested: Decimal | None,
    low: Decimal,
    high: Decimal,
    field: str,
    default: Decimal,
) -> Decimal:
    if requested is None:
        return default
    return in_range(
        requested,
        low,
        high,
        code="taper.out_of_range",
        field=field,
        detail="{field} for preset {why} must be {expected}; got {value}",
        why=repr(preset.name),
    )


def _line(reference: Reference, med: Medication, index: int, floor_percent: Decimal) -> LineState:
    if is_infusion(med):
        msg = (
            f"medications[{index}]: a {med.drug} {med.route} infusion is not tapered by an "
            "outpatient schedule of real strengths; rotate it to an oral or transdermal regimen "
            "first (POST /v1/rotations), then taper that"
        )
        raise ClinicalRefusalError(
            "taper.infusion",
            f"medications[{index}].route",
            "an oral or transdermal line",
            med.route,
            msg,
        )
    product = reference.products.find(med.drug, med.route, med.release)
    if product is None:
        field = f"medications[{index}]"
        msg = (
            f"no product table covers {med.drug} {med.route} {med.release or ''}; "
            "a taper needs real strengths"
        )
        raise UnknownEntryError(
            "taper.no_product", f"{field}.drug", "a drug with a product table", med.drug, msg
        )
    return start_line(product, med, index, floor_percent)


def _mme(reference: Reference, table_id: str | None, lines: Sequence[TaperLine]) -> RegimenMME:
    meds = [
        Medication(
            line.drug,
            line.route,
            line.daily_dose,
            line.unit.removesuffix("/day"),
            doses_per_day=None if line.unit == "mcg/h" else Decimal(1),
        )
        for line in lines
        if line.daily_dose > 0
    ]
    # A step reports only its totals: no trace of its lines.
    return regimen_mme(reference, table_id, meds, "medications", traced=False)


def _basis(preset: TaperPreset, requested: str | None) -> str:
    if requested is None or requested == preset.basis:
        return preset.basis
    if preset.name != "custom" or requested not in TAPER_BASES:
        msg = f"basis may be chosen only for the custom preset (original or current); got {requested!r}"
        raise OutOfRangeError(
            "taper.basis_fixed", "basis", "original or current (custom preset)", requested, msg
        )
    return requested


def _date(start: dt.date, day: int) -> dt.date:
    try:
        return start + dt.timedelta(days=day)
    except OverflowError as exc:
        msg = f"start_date {start.isoformat()}: the schedule would run past the last date a calendar holds"
        raise OutOfRangeError(
            "taper.date_out_of_range", "start_date", "an earlier start_date", start, msg
        ) from exc


def plan_taper(
    reference: Reference,
    medications: Sequence[Medication],
    options: TaperOptions,
    patient: Patient | None = None,
) -> TaperResult:
    notes = check_schedule(reference.plausibility, medications, "medications")
    presets = reference.tapers.presets
    preset = presets.get(options.preset)
    if preset is None:
        names = sorted(presets)
        msg = f"taper preset must be one of {names}; got {options.preset!r}"
        raise UnknownEntryError(
            "taper.unknown_preset", "preset", f"one of {names}", options.preset, msg
        )
    percent = _choose(
        preset, options.percent, preset.percent_min, preset.percent_max, "percent", preset.percent
    )
    interval = _choose(
        preset,
        options.interval_days,
        preset.interval_days_min,
        preset.interval_days_max,
        "interval_days",
        preset.interval_days,
    )
    basis = _basis(preset, options.basis)
    rebase_at = (
        Decimal(100)
        if basis == "current"
        else preset.switch_at_percent
        if basis == "original-then-current"
        else None
    )
    floor_percent = options.floor_percent if options.floor_percent is not None else Decimal(0)
    lines = [_line(reference, med, i, floor_percent) for i, med in enumerate(medications)]
    original = regimen_mme(reference, options.mme_table, medications, "medications")
    original_mme = original.compared
    step_total = step_totals(
        reference.mme_table(options.mme_table, "mme_table"), reference.products, lines
    )
    thresholds = reference.thresholds
    limits = [(code, thresholds[name]) for code, name in _THRESHOLDS]
    limit = int(thresholds["taper_max_intervals"])
    steps: list[TaperStep] = []
    last_interval = 0
    for i in range(1, limit + 1):
        changed = [step_line(line, percent, rebase_at) for line in lines]
        if not any(changed):
            if not any(can_go_lower(line) for line in lines):
                break
            continue
        now = tuple(
            c if c is not None else snapshot(line) for c, line in zip(changed, lines, strict=True)
        )
        # Most steps are totalled from their lines' kept MME; a line the table does not simply
        # cover and compare makes the step converted in full.
        kept = step_total(now)
        if kept is None:
            mme = _mme(reference, options.mme_table, now)
            total, compared = mme.total, mme.compared
        else:
            total = compared = kept
        day = int((i - 1) * interval)
        steps.append(
            TaperStep(
                len(steps) + 1,  # number
                _date(options.start, day),  # date
                day,  # day
                i - last_interval,  # intervals_since_previous
                now,  # lines
                total,  # total_mme_per_day
                as_percent(compared, original_mme) if original_mme else Decimal(0),
                tuple(code for code, at in limits if compared >= at),  # thresholds_reached
            )
        )
        last_interval = i
    stopped = all(line.current == 0 for line in lines)
    ends_at = (
        "zero"
        if stopped
        else ("floor" if not any(can_go_lower(x) for x in lines) else "incomplete")
    )
    drugs = [m.drug for m in medications]
    context = safety_context(reference, patient, drugs, original_mme)
    alerts = [*context.alerts, *original.alerts, *notes, *_alerts(preset, steps, ends_at, limit)]
    alerts += _large_steps(steps, percent, interval, thresholds["taper_large_step_multiple"])
    trace = [
        TraceStep(
            f"preset {preset.name}: up to {percent}% of the {basis} dose every {interval} days",
            None,
            "",
            preset.source,
        ),
        *original.converted.trace,
        TraceStep(
            "original total" if original.total is not None else "original total: not given",
            original.total,
            "MME/day" if original.total is not None else "",
            original.table.source,
        ),
    ]
    return TaperResult(
        preset=preset,
        percent=percent,
        interval_days=interval,
        basis=basis,
        original_mme_per_day=original.total,
        steps=tuple(steps),
        ends_at=ends_at,
        warnings=ordered(alerts),
        trace=tuple(trace),
        tables=(reference.tapers.ref, reference.products.ref, original.table),
    )


def _large_steps(
    steps: Sequence[TaperStep], percent: Decimal, interval: Decimal, multiple: Decimal
) -> list[Alert]:
    """
    Steps that remove more than ``multiple`` times the preset's pace at once (in percent of the
    original total): the strengths could make no smaller step, so the dose was held and then cut
    in one go.  The pace is kept on average; the size of the single step is what the warning says.
    """
    before = Decimal(100)
    large: list[str] = []
    for step in steps:
        cut = before - step.percent_of_original
        if cut > percent * multiple:
            large.append(f"step {step.number} ({step.date.isoformat()}): {number(metric(cut))}%")
        before = step.percent_of_original
    if not large:
        return []
    return [
        Alert(
            "taper.large_step",
            "warning",
            f"Some steps remove more of the original daily dose at once than the preset's pace of "
            f"{number(percent)}% every {number(interval)} days: {'; '.join(large)}. The available "
            "strengths make no smaller step, so the dose is held and then cut in one go. Consider "
            "an oral solution, doses that differ across the day, or the larger step with closer "
            "follow-up.",
            "HHS19",
        )
    ]


def _alerts(
    preset: TaperPreset, steps: Sequence[TaperStep], ends_at: str, limit: int
) -> list[Alert]:
    alerts = [
        Alert(
            "taper.pause_and_hold",
            "info",
            "Pause or slow the taper if withdrawal or pain becomes significant; slow down at lower "
            "doses; do not reverse without reassessment; follow up at least monthly (CDC 2022).",
            "CDC22",
        ),
        Alert(
            "naloxone.offer",
            "warning",
            "Tolerance falls as the dose falls: a return to the previous dose risks overdose; offer "
            "naloxone (CDC 2022).",
            "CDC22",
        ),
    ]
    if preset.unconfirmed:
        alerts.append(
            Alert(
                f"taper.{preset.name}.unconfirmed",
                "warning",
                f"The {preset.name} rate comes from the OIH source document, not a guideline "
                "(clinical.md: UNCONFIRMED); use with specialist oversight.",
                preset.source,
            )
        )
    if any(s.intervals_since_previous > 1 for s in steps):
        alerts.append(
            Alert(
                "taper.interval_lengthened",
                "info",
                "Where the available strengths could not make a cut within the allowed percent, "
                "the dose is held and the interval lengthened (steps with intervals_since_previous "
                "above 1).",
                "HHS19",
            )
        )
    if any(line.interval_changed for s in steps for line in s.lines):
        alerts.append(
            Alert(
                "taper.dosing_interval_changed",
                "info",
                "At some steps the cut needed a different dosing interval (lines with "
                "interval_changed); elsewhere the interval is kept and the dose lowered.",
                "PRODUCT",
            )
        )
    if ends_at == "incomplete":
        alerts.append(
            Alert(
                "taper.incomplete",
                "critical",
                f"The schedule did not reach its end within {limit} intervals; continue with review.",
                "PRODUCT",
            )
        )
    return alerts
