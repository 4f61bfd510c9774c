"""
Practical regimens: a computed daily dose turned into what real products can give.

The daily total of a practical regimen never exceeds the dose it was built for: each
administration is rounded DOWN to a sum of real units, and the interval that gives the largest
daily total is chosen (ties: the longer interval, fewer administrations).  An as-needed regimen
keeps its shortest interval and is cut by its maximum per day.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from decimal import Decimal

import attrs

from calc.kinds.products import Product, UnitCount
from calc.models import Medication
from calc.phrasing import write_regimen
from calc.rounding import round_to_doses
from calc.units import HOURS_PER_DAY, PATCH_UNIT


__all__ = [
    "PracticalRegimen",
    "UnitCount",
    "best_as_needed",
    "best_regimen",
    "build_as_needed",
    "build_regimen",
    "regimen_line",
    "regimen_of",
]


@attrs.frozen
class PracticalRegimen:
    """
    A regimen built from real strengths.

    ``daily_total`` is in ``unit`` per day, or the rate itself for patches (``mcg/h``).  For an
    as-needed regimen ``interval_hours`` is the shortest interval between doses,
    ``doses_per_day`` the maximum per day and ``daily_total`` that maximum's amount.
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
    as_needed: bool = False
    volume_ml: Decimal | None = None
    concentration_per_ml: Decimal | None = None
    tolerant_only: bool = False

    @functools.cached_property
    def text(self) -> str:
        """The regimen as a prescription line (calc/phrasing.py), written once per regimen."""
        return write_regimen(self)


def regimen_of(
    product: Product, dose: Decimal, interval: Decimal, as_needed_count: Decimal | None = None
) -> PracticalRegimen:
    """The regimen of ``dose`` every ``interval`` hours (as needed, at most ``as_needed_count``)."""
    if as_needed_count is not None:
        return _regimen(product, dose, interval, as_needed_count)
    # A scheduled regimen of the product's own dose and interval objects is built once per
    # product (a taper's steps and the rotations come back to the same few); one of other, equal
    # numbers is built anew, so a result never differs from building it.
    kept: PracticalRegimen | None = product.regimens.get((dose, interval))
    if (
        kept is not None
        and kept.dose_per_administration is dose
        and kept.interval_hours is interval
    ):
        return kept
    regimen = _regimen(product, dose, interval, None)
    if _own(product.doses, dose) and any(i is interval for i in product.intervals_hours):
        product.regimens[dose, interval] = regimen
    return regimen


def _own(doses: tuple[Decimal, ...], dose: Decimal) -> bool:
    """Whether ``dose`` is the very object of one of the product's doses."""
    at = bisect_left(doses, dose)
    return at < len(doses) and doses[at] is dose


def _regimen(
    product: Product, dose: Decimal, interval: Decimal, as_needed_count: Decimal | None
) -> PracticalRegimen:
    per_day = HOURS_PER_DAY / interval if as_needed_count is None else as_needed_count
    total = dose if product.unit == PATCH_UNIT else dose * per_day
    liquid = product.concentration_per_ml is not None
    return PracticalRegimen(
        product.drug,  # drug
        product.route,  # route
        product.release,  # release
        product.form,  # form
        product.unit,  # unit
        dose,  # dose_per_administration
        () if liquid else product.unit_counts.get(dose, ()),  # units
        interval,  # interval_hours
        per_day,  # doses_per_day
        total,  # daily_total
        product.source,  # source
        product.intervals_source,  # intervals_source
        as_needed_count is not None,  # as_needed
        product.volume_ml(dose),  # volume_ml
        product.concentration_per_ml,  # concentration_per_ml
        product.tolerant_only,  # tolerant_only
    )


def build_regimen(product: Product, daily_target: Decimal) -> PracticalRegimen | None:
    """
    The practical regimen closest to ``daily_target`` from below; ``None`` when even the
    smallest strength at the longest interval exceeds it.

    For patches ``daily_target`` is the rate (mcg/h) and the patch is changed at its interval.
    """
    best = _best_dose(product, daily_target)
    if best is None:
        return None
    dose, interval, _ = best
    return regimen_of(product, dose, interval)


def _best_dose(product: Product, daily_target: Decimal) -> tuple[Decimal, Decimal, Decimal] | None:
    """
    ``build_regimen``'s dose, interval and daily total (the regimen's ``daily_total``) without
    building the regimen: ``best_regimen`` compares products on their totals and builds one.
    """
    if product.unit == PATCH_UNIT:
        dose = round_to_doses(daily_target, product.doses)
        return None if dose is None else (dose, product.intervals_hours[-1], dose)
    # The intervals are compared on their daily totals; only the chosen one becomes a regimen.
    best: tuple[Decimal, Decimal] | None = None
    best_total = Decimal(0)
    for interval in product.intervals_longest_first:
        dose = round_to_doses(daily_target * interval / HOURS_PER_DAY, product.doses)
        if dose is None:
            continue
        total = dose * (HOURS_PER_DAY / interval)
        if best is None or total > best_total:
            best, best_total = (dose, interval), total
    return None if best is None else (*best, best_total)


def build_as_needed(
    product: Product,
    daily_max_target: Decimal,
    interval: Decimal,
    max_count: int,
    max_dose: Decimal,
) -> PracticalRegimen | None:
    """
    An as-needed regimen whose maximum per day is closest to ``daily_max_target`` from below:
    a dose (at most ``max_dose``) times a count (at most ``max_count``), the shortest interval
    kept.  Ties keep more doses of a smaller size (the patient's pattern of use).
    """
    best: tuple[Decimal, int] | None = None
    best_total = Decimal(0)
    for count in range(max_count, 0, -1):
        dose = round_to_doses(min(daily_max_target / count, max_dose), product.doses)
        if dose is None:
            continue
        total = dose * count
        if best is None or total > best_total:
            best, best_total = (dose, count), total
    if best is None:
        return None
    return regimen_of(product, best[0], interval, Decimal(best[1]))


def best_regimen(
    products: tuple[Product, ...], daily_target: Decimal, share: Decimal, tolerant: bool
) -> PracticalRegimen | None:
    """
    The regimen of the first product (in the table's order: tablets before liquids) that reaches
    ``share`` percent of ``daily_target``; if none does, the one closest to it (ties: the first).
    Concentrates restricted to opioid-tolerant patients are used only when ``tolerant``.
    """
    # Products are compared on their daily totals; only the chosen one becomes a regimen.
    best: tuple[Product, Decimal, Decimal] | None = None
    best_total = Decimal(0)
    for product in products:
        if product.tolerant_only and not tolerant:
            continue
        found = _best_dose(product, daily_target)
        if found is None:
            continue
        dose, interval, total = found
        if total * 100 >= daily_target * share:
            return regimen_of(product, dose, interval)
        if best is None or total > best_total:
            best, best_total = (product, dose, interval), total
    return None if best is None else regimen_of(*best)


def best_as_needed(
    products: tuple[Product, ...], daily_max: Decimal, interval: Decimal, count: int, most: Decimal
) -> PracticalRegimen | None:
    """The largest as-needed regimen any product makes within the limits (ties: the first)."""
    best: PracticalRegimen | None = None
    for product in products:
        if product.tolerant_only:
            continue
        regimen = build_as_needed(product, daily_max, interval, count, most)
        if regimen is not None and (best is None or regimen.daily_total > best.daily_total):
            best = regimen
    return best


def regimen_line(regimen: PracticalRegimen) -> Medication:
    """A practical regimen as a regimen line (for its MME on the MME table)."""
    if regimen.unit == "mcg/h":
        return Medication(regimen.drug, regimen.route, regimen.dose_per_administration, "mcg/h")
    return Medication(
        regimen.drug,
        regimen.route,
        regimen.dose_per_administration,
        regimen.unit,
        regimen.release,
        doses_per_day=regimen.doses_per_day,
    )
