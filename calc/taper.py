"""
Taper schedules: dated steps, each a real regimen, never higher than the step before.

Each regimen line is tapered on its own product.  A step may cut at most ``percent`` of its basis
(the original dose, or the dose of the step before) for every interval since the last change; the
new dose is the LOWEST achievable dose within that allowance ("rounded down as far as allowed").
When the strengths cannot make a cut within the allowance the dose is held and the interval
lengthens; at the smallest strength this holds until stopping is within the allowance, then the
line stops.  A floor, when given, is never crossed.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.alerts import context_alerts
from calc.errors import OutOfRangeError, UnknownEntryError
from calc.mme import convert_lines
from calc.models import Medication, Patient
from calc.reference import Product, Reference, TaperPreset
from calc.regimen import PracticalRegimen, build_regimen
from calc.results import Alert, TableRef, TraceStep
from calc.rounding import as_percent, percent_of
from calc.units import HOURS_PER_DAY, PATCH_UNIT, daily_amount


__all__ = ["TaperLine", "TaperOptions", "TaperResult", "TaperStep", "plan_taper"]


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
class TaperLine:
    """One regimen line at a step: its daily dose and the regimen, or ``None`` once stopped."""

    drug: str
    route: str
    daily_dose: Decimal
    unit: str
    regimen: PracticalRegimen | None
    cut: Decimal
    allowance: Decimal


@attrs.frozen
class TaperStep:
    number: int
    date: dt.date
    day: int
    intervals_since_previous: int
    lines: tuple[TaperLine, ...]
    total_mme_per_day: Decimal
    percent_of_original: Decimal


@attrs.frozen
class TaperResult:
    preset: TaperPreset
    percent: Decimal
    interval_days: Decimal
    basis: str
    original_mme_per_day: Decimal
    steps: tuple[TaperStep, ...]
    ends_at: str
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    tables: tuple[TableRef, ...]


@attrs.define
class _Line:
    """Mutable working state of one line while the schedule is built."""

    med: Medication
    product: Product
    totals: tuple[Decimal, ...]
    original: Decimal
    floor: Decimal
    current: Decimal
    base: Decimal
    since_change: int = 0
    phase_switched: bool = False


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
    if not low <= requested <= high:
        msg = f"{field} for preset {preset.name!r} must be {low}-{high}; got {requested}"
        raise OutOfRangeError("taper.out_of_range", field, f"{low}-{high}", requested, msg)
    return requested


def _totals(product: Product) -> tuple[Decimal, ...]:
    """Every achievable daily total (the rate for patches), with 0 (stopped), ascending."""
    if product.unit == PATCH_UNIT:
        return (Decimal(0), *product.doses)
    totals = {
        dose * HOURS_PER_DAY / interval
        for dose in product.doses
        for interval in product.intervals_hours
    }
    return (Decimal(0), *sorted(totals))


def _line(reference: Reference, med: Medication, index: int, floor_percent: Decimal) -> _Line:
    field = f"medications[{index}]"
    product = reference.products.find(med.drug, med.route, med.release)
    if product is None:
        msg = (
            f"no product table covers {med.drug} {med.route} {med.release or ''}; "
            "a taper needs real strengths"
        )
        raise UnknownEntryError(
            "taper.no_product", f"{field}.drug", "a drug with a product table", med.drug, msg
        )
    original = daily_amount(med, product.unit, field)
    totals = _totals(product)
    floor_target = percent_of(original, floor_percent)
    floor = totals[bisect_left(totals, floor_target)] if floor_target <= totals[-1] else totals[-1]
    return _Line(med, product, totals, original, min(floor, original), original, original)


def _step_line(line: _Line, preset: TaperPreset, percent: Decimal, basis: str) -> TaperLine | None:
    """Advance one interval; the new line state if the dose changed, else ``None``."""
    if line.current <= line.floor:
        return None
    line.since_change += 1
    allowance = percent_of(line.base, percent) * line.since_change
    lowest = max(line.current - allowance, line.floor)
    new = line.totals[bisect_left(line.totals, lowest)]
    if new >= line.current:
        return None
    cut = line.current - new
    line.current = new
    line.since_change = 0
    if basis == "current" or (
        basis == "original-then-current"
        and preset.switch_at_percent is not None
        and new <= percent_of(line.original, preset.switch_at_percent)
    ):
        line.base = new
    return _snapshot(line, cut, allowance)


def _snapshot(line: _Line, cut: Decimal = Decimal(0), allowance: Decimal = Decimal(0)) -> TaperLine:
    """The line at its current dose: the real regimen, or ``None`` once stopped."""
    regimen = build_regimen(line.product, line.current) if line.current > 0 else None
    unit = line.product.unit if line.product.unit == PATCH_UNIT else f"{line.product.unit}/day"
    return TaperLine(line.med.drug, line.med.route, line.current, unit, regimen, cut, allowance)


def _mme(reference: Reference, table_id: str | None, lines: Sequence[TaperLine]) -> Decimal:
    meds = [
        Medication(
            line.drug,
            line.route,
            line.daily_dose,
            line.unit.removesuffix("/day"),
            doses_per_day=Decimal(1),
        )
        for line in lines
        if line.daily_dose > 0
    ]
    if not meds:
        return Decimal(0)
    return convert_lines(reference.mme_table(table_id), meds, "medications")[1]


def plan_taper(
    reference: Reference,
    medications: Sequence[Medication],
    options: TaperOptions,
    patient: Patient | None = None,
) -> TaperResult:
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
    basis = preset.basis
    if options.basis is not None and options.basis != basis:
        if preset.name != "custom" or options.basis not in {"original", "current"}:
            msg = (
                "basis may be chosen only for the custom preset (original or current); "
                f"got {options.basis!r}"
            )
            raise OutOfRangeError(
                "taper.basis_fixed",
                "basis",
                "original or current (custom preset)",
                options.basis,
                msg,
            )
        basis = options.basis
    floor_percent = options.floor_percent if options.floor_percent is not None else Decimal(0)
    lines = [_line(reference, med, i, floor_percent) for i, med in enumerate(medications)]
    original_mme = convert_lines(
        reference.mme_table(options.mme_table), medications, "medications"
    )[1]
    limit = int(reference.thresholds["taper_max_intervals"])
    steps: list[TaperStep] = []
    last_interval = 0
    for i in range(1, limit + 1):
        changed = [_step_line(line, preset, percent, basis) for line in lines]
        if not any(changed):
            if all(line.current <= line.floor for line in lines):
                break
            continue
        now = tuple(
            c if c is not None else _snapshot(line) for c, line in zip(changed, lines, strict=True)
        )
        mme = _mme(reference, options.mme_table, now)
        day = int((i - 1) * interval)
        steps.append(
            TaperStep(
                number=len(steps) + 1,
                date=options.start + dt.timedelta(days=day),
                day=day,
                intervals_since_previous=i - last_interval,
                lines=now,
                total_mme_per_day=mme,
                percent_of_original=as_percent(mme, original_mme) if original_mme else Decimal(0),
            )
        )
        last_interval = i
    finished = all(line.current <= line.floor for line in lines)
    ends_at = (
        "zero"
        if all(line.current == 0 for line in lines)
        else ("floor" if finished else "incomplete")
    )
    alerts = _alerts(preset, steps, ends_at, limit)
    alerts += context_alerts(reference, patient, tuple(m.drug for m in medications))
    trace = [
        TraceStep(
            f"preset {preset.name}: up to {percent}% of the {basis} dose every {interval} days",
            None,
            "",
            preset.source,
        ),
        TraceStep("original total", original_mme, "MME/day", "CDC22"),
    ]
    return TaperResult(
        preset=preset,
        percent=percent,
        interval_days=interval,
        basis=basis,
        original_mme_per_day=original_mme,
        steps=tuple(steps),
        ends_at=ends_at,
        warnings=tuple(alerts),
        trace=tuple(trace),
        tables=(
            reference.tapers.ref,
            reference.products.ref,
            reference.mme_table(options.mme_table).ref,
        ),
    )


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
