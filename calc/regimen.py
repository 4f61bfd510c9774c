"""
Practical regimens: a computed daily dose turned into what real products can give.

The daily total of a practical regimen never exceeds the dose it was built for: each
administration is rounded DOWN to a sum of real units, and the interval that gives the largest
daily total is chosen (ties: the longer interval, fewer administrations).
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from calc.reference import Product, UnitCount
from calc.rounding import round_to_doses
from calc.units import HOURS_PER_DAY, PATCH_UNIT


__all__ = ["PracticalRegimen", "UnitCount", "build_regimen"]


@attrs.frozen
class PracticalRegimen:
    """
    A regimen built from real strengths.

    ``daily_total`` is in ``unit`` per day, or the rate itself for patches (``mcg/h``).
    """

    drug: str
    route: str
    release: str
    form: str
    unit: str
    dose_per_administration: Decimal
    units: tuple[UnitCount, ...]
    interval_hours: Decimal
    doses_per_day: Decimal
    daily_total: Decimal
    source: str
    intervals_source: str


def _regimen(product: Product, dose: Decimal, interval: Decimal) -> PracticalRegimen:
    per_day = HOURS_PER_DAY / interval
    total = dose if product.unit == PATCH_UNIT else dose * per_day
    return PracticalRegimen(
        product.drug,  # drug
        product.route,  # route
        product.release,  # release
        product.form,  # form
        product.unit,  # unit
        dose,  # dose_per_administration
        product.unit_counts[dose],  # units
        interval,  # interval_hours
        per_day,  # doses_per_day
        total,  # daily_total
        product.source,  # source
        product.intervals_source,  # intervals_source
    )


def build_regimen(product: Product, daily_target: Decimal) -> PracticalRegimen | None:
    """
    The practical regimen closest to ``daily_target`` from below; ``None`` when even the
    smallest strength at the longest interval would exceed it.

    For patches ``daily_target`` is the rate (mcg/h) and the patch is changed at its interval.
    """
    if product.unit == PATCH_UNIT:
        dose = round_to_doses(daily_target, product.doses)
        return None if dose is None else _regimen(product, dose, product.intervals_hours[-1])
    # The intervals are compared on their daily totals; only the chosen one becomes a regimen.
    best: tuple[Decimal, Decimal] | None = None
    best_total = Decimal(0)
    for interval in sorted(product.intervals_hours, reverse=True):
        dose = round_to_doses(daily_target * interval / HOURS_PER_DAY, product.doses)
        if dose is None:
            continue
        total = dose * (HOURS_PER_DAY / interval)
        if best is None or total > best_total:
            best, best_total = (dose, interval), total
    return None if best is None else _regimen(product, *best)
