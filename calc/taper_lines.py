"""
One regimen line while a taper is built: its real options, its current regimen and the rule of a
step.

A step may cut at most ``percent`` of the line's basis for every interval since its last change;
the new regimen is the one with the LOWEST daily total within that allowance, preferring the same
interval (the same shortest interval and a lower maximum per day for an as-needed line), and no
single dose ever goes up from one step to the next.  When no real regimen fits the allowance the
line holds and the allowance grows with the intervals waited; once the allowance reaches the whole
dose, the line stops.  A floor, when given, is never crossed.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from decimal import Decimal
from typing import NamedTuple

import attrs

from calc.kinds.products import Product
from calc.models import Medication
from calc.plausibility import interval_of
from calc.regimen import PracticalRegimen, regimen_of
from calc.rounding import percent_of
from calc.units import HOURS_PER_DAY, PATCH_UNIT, convert_amount, daily_amount


__all__ = [
    "LineState",
    "Option",
    "TaperLine",
    "can_go_lower",
    "snapshot",
    "start_line",
    "step_line",
]


@attrs.frozen
class TaperLine:
    """
    One regimen line at a step: its daily dose (an as-needed line's maximum) and the regimen, or
    ``None`` once stopped; ``interval_changed`` when the cut needed a different interval.
    """

    drug: str
    route: str
    daily_dose: Decimal
    unit: str
    regimen: PracticalRegimen | None
    cut: Decimal
    allowance: Decimal
    as_needed: bool = False
    interval_changed: bool = False


class Option(NamedTuple):
    """A real regimen of the line's product: its daily total, dose, interval and PRN count."""

    total: Decimal
    dose: Decimal
    interval: Decimal
    prn_count: int | None


@attrs.define
class LineState:
    """Mutable working state of one line while the schedule is built."""

    med: Medication
    product: Product
    options: tuple[Option, ...]
    totals: tuple[Decimal, ...]
    original: Decimal
    floor: Decimal
    current: Decimal
    dose: Decimal
    interval: Decimal
    count: int | None
    base: Decimal
    regimen: PracticalRegimen | None
    since_change: int = 0


def _with_units_for(product: Product, dose: Decimal) -> Product:
    """
    The product allowed enough units per dose to make ``dose`` when its usual limit cannot (a
    high-dose patient's own dose, such as oxycodone ER 360 mg: four 80 mg tablets and a 40).
    """
    if dose in product.compositions or dose <= 0:
        return product
    more = product.max_units_per_dose + math.ceil(dose / max(product.strengths))
    return attrs.evolve(product, max_units_per_dose=more)


def _options(product: Product, dose: Decimal, interval: Decimal, count: int | None) -> list[Option]:
    doses = [d for d in product.doses if d <= dose]
    if product.unit == PATCH_UNIT:
        return [Option(d, d, interval, None) for d in doses]
    if count is not None:
        return [Option(d * k, d, interval, k) for d in doses for k in range(1, count + 1)]
    return [
        Option(d * HOURS_PER_DAY / i, d, i, None) for d in doses for i in product.intervals_hours
    ]


def _sorted_options(
    product: Product, dose: Decimal, interval: Decimal, count: int | None
) -> tuple[tuple[Option, ...], tuple[Decimal, ...]]:
    """
    The line's options in order, with their totals.  A scheduled line's depend only on how many
    of the product's doses reach its dose, so they are sorted once per product and that number.
    """
    if product.unit == PATCH_UNIT or count is not None:
        options = tuple(sorted(_options(product, dose, interval, count)))
        return options, tuple(o.total for o in options)
    used = bisect_right(product.doses, dose)
    kept: tuple[tuple[Option, ...], tuple[Decimal, ...]] | None = product.scheduled_options.get(
        used
    )
    if kept is None:
        options = tuple(sorted(_options(product, dose, interval, count)))
        kept = product.scheduled_options[used] = (options, tuple(o.total for o in options))
    return kept


def start_line(product: Product, med: Medication, index: int, floor_percent: Decimal) -> LineState:
    """The line as prescribed, with every real regimen it may step down to."""
    field = f"medications[{index}]"
    original = daily_amount(med, product.unit, field)
    dose = (
        med.dose
        if product.unit == PATCH_UNIT
        else convert_amount(med.dose, med.dose_unit, product.unit)
    )
    product = _with_units_for(product, dose)
    implied = interval_of(med)
    if product.unit == PATCH_UNIT:
        interval = product.intervals_hours[-1] if implied is None else implied[0]
        count = None
    elif med.as_needed:
        assert med.max_doses_per_day is not None  # noqa: S101  (checked by check_regimen)
        interval = med.interval_hours or min(product.intervals_hours)
        count = max(1, int(med.max_doses_per_day))
    else:
        assert implied is not None  # noqa: S101  (a scheduled line has a frequency)
        interval, count = implied[0], None
    options, totals = _sorted_options(product, dose, interval, count)
    floor_target = percent_of(original, floor_percent)
    floor = Decimal(0)
    if floor_target > 0:
        at = bisect_left(totals, floor_target)
        floor = totals[at] if at < len(totals) else original
    as_prescribed = PracticalRegimen(
        product.drug,
        product.route,
        product.release,
        product.form,
        product.unit,
        dose,
        product.unit_counts.get(dose, ()),
        interval,
        original if product.unit == PATCH_UNIT else original / dose,
        original,
        product.source,
        product.intervals_source,
        med.as_needed,
    )
    return LineState(
        med,
        product,
        options,
        totals,
        original,
        min(floor, original),
        original,
        dose,
        interval,
        count,
        original,
        as_prescribed,
    )


def _allowed(line: LineState, option: Option) -> bool:
    """No single dose above the current one; an as-needed line never more doses a day."""
    if option.dose > line.dose:
        return False
    return line.count is None or option.prn_count is None or option.prn_count <= line.count


def can_go_lower(line: LineState) -> bool:
    """Whether any real regimen (or stopping) lies between the floor and the current dose."""
    if line.current <= line.floor:
        return False
    if line.floor == 0:
        return True
    start = bisect_left(line.totals, line.floor)
    return any(_allowed(line, o) for o in line.options[start:] if o.total < line.current)


def _choose(line: LineState, lowest: Decimal) -> Option | None:
    """
    The lowest real regimen at or above ``lowest`` and below the current dose, on the same
    interval if one exists; stopping when ``lowest`` reaches zero; ``None`` to hold.
    """
    if lowest <= 0:
        return Option(Decimal(0), Decimal(0), line.interval, None)
    other: Option | None = None
    for option in line.options[bisect_left(line.totals, lowest) :]:
        if option.total >= line.current:
            break
        if not _allowed(line, option):
            continue
        if option.interval == line.interval:
            return option
        if other is None:
            other = option
    return other


def step_line(line: LineState, percent: Decimal, rebase_at: Decimal | None) -> TaperLine | None:
    """
    Advance one interval; the line at its new regimen if it changed, else ``None``.

    ``rebase_at``: once the dose falls to or below this percent of the original, later cuts take
    the current dose as their basis (CDC 2022's switch from the original to the remaining dose);
    100 means always the current dose, ``None`` always the original.
    """
    if not can_go_lower(line):
        return None
    line.since_change += 1
    allowance = percent_of(line.base, percent) * line.since_change
    chosen = _choose(line, max(line.current - allowance, line.floor))
    if chosen is None:
        return None
    cut = line.current - chosen.total
    changed = chosen.total > 0 and chosen.interval != line.interval
    line.current = chosen.total
    line.since_change = 0
    if chosen.total > 0:
        line.dose, line.interval = chosen.dose, chosen.interval
        line.count = chosen.prn_count if chosen.prn_count is not None else line.count
        line.regimen = regimen_of(
            line.product,
            chosen.dose,
            chosen.interval,
            None if chosen.prn_count is None else Decimal(chosen.prn_count),
        )
    else:
        line.regimen = None
    if rebase_at is not None and chosen.total <= percent_of(line.original, rebase_at):
        line.base = chosen.total
    return snapshot(line, cut, allowance, changed)


def snapshot(
    line: LineState,
    cut: Decimal = Decimal(0),
    allowance: Decimal = Decimal(0),
    interval_changed: bool = False,
) -> TaperLine:
    """The line at its current regimen (as prescribed until its first cut)."""
    unit = line.product.unit if line.product.unit == PATCH_UNIT else f"{line.product.unit}/day"
    return TaperLine(
        line.med.drug,
        line.med.route,
        line.current,
        unit,
        line.regimen,
        cut,
        allowance,
        line.med.as_needed,
        interval_changed,
    )
