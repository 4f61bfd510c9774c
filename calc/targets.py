"""
What a rotation target needs before reduction and rounding: the equianalgesic daily dose, its
unit, the default reduction, an optional cap and the product that doses it.

Three kinds of target: a plain factor from the equianalgesic table (here), a label patch band
(fentanyl, buprenorphine; calc/patches.py) and methadone (calc/methadone.py).
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from calc.errors import UnknownEntryError
from calc.kinds.factors import chosen_factor
from calc.kinds.products import Product
from calc.models import Target
from calc.reference import Reference
from calc.results import Alert, TableRef, TraceStep


__all__ = ["TargetDose", "default_percent", "factor_target"]


@attrs.frozen
class TargetDose:
    """The target's equianalgesic daily dose (exact) and how to reduce and dose it."""

    equianalgesic: Decimal
    unit: str
    release: str | None
    default_percent: Decimal
    default_percent_source: str
    product: Product | None
    cap: Decimal | None = None
    cap_source: str | None = None
    alerts: tuple[Alert, ...] = ()
    trace: tuple[TraceStep, ...] = ()
    tables: tuple[TableRef, ...] = ()
    # A scheme's own reduction range (methadone): its ends are shown and a request outside them
    # is refused; None: the generic cross-tolerance range (thresholds).
    percent_range: tuple[Decimal, Decimal] | None = None
    # The lowest the reduced dose may go (a label's lowest starting strength), with its source.
    floor: Decimal | None = None
    floor_source: str | None = None
    # Every product that may dose the target, in the table's order (``product`` is the first).
    products: tuple[Product, ...] = ()
    # An as-needed target (ad lib methadone): the shortest interval, the most doses a day and
    # the largest single dose; None for a scheduled one.
    as_needed: tuple[Decimal, int, Decimal] | None = None


def default_percent(reference: Reference) -> tuple[Decimal, str]:
    t = reference.thresholds
    return t["cross_tolerance_default_percent"], t.source("cross_tolerance_default_percent")


def factor_target(
    reference: Reference,
    table_id: str | None,
    total: Decimal,
    target: Target,
    choice: str | None = None,
) -> TargetDose:
    """Equianalgesic daily dose = total oral morphine mg/day / the target's factor."""
    table = reference.equianalgesic_table(table_id)
    row = table.lookup(target.drug, target.route, "to")
    if row.unit == "mcg/h":
        msg = f"{target.drug} {target.route} is a patch; no label conversion table is loaded for it"
        raise UnknownEntryError(
            "rotation.target_not_supported", "to.drug", "a supported target", target.drug, msg
        )
    assert row.factor is not None  # noqa: S101  (equianalgesic rows are single factors)
    factor, factor_source = row.factor, row.source
    if choice is not None:
        factor, factor_source = chosen_factor(row, choice, to=True, field="factor_choices")
    equi = total / factor
    unit = f"{row.unit}/day"
    products = reference.products.find_all(target.drug, target.route, target.release)
    product = products[0] if products else None
    percent, percent_source = default_percent(reference)
    return TargetDose(
        equi,  # equianalgesic
        unit,  # unit
        product.release if product else target.release,  # release
        percent,  # default_percent
        percent_source,  # default_percent_source
        product,  # product
        products=products,
        trace=(
            TraceStep(
                f"/ {factor!s} ({table.ref.id}: oral morphine mg per {row.unit} {target.drug})",
                equi,
                unit,
                factor_source,
            ),
        ),
    )
