"""
Breakthrough (rescue) dose: a percent of the daily dose as an immediate-release oral product.

The target drug's own immediate-release product is used when the target is oral and not
methadone; otherwise (methadone, patches, parenteral targets) oral morphine immediate release, on
the morphine equivalent of the reduced dose (total x reduced / equianalgesic).
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from calc.errors import OutOfRangeError
from calc.models import Target
from calc.reference import Product, Reference
from calc.regimen import UnitCount
from calc.results import Alert, TraceStep
from calc.rounding import dose_down, percent_of, round_to_doses
from calc.targets import TargetDose


__all__ = ["Breakthrough", "breakthrough"]


@attrs.frozen
class Breakthrough:
    """``dose`` is an achievable immediate-release dose, or ``None`` when below every strength."""

    percent: Decimal
    percent_source: str
    drug: str
    route: str
    release: str
    form: str
    basis_daily_dose: Decimal
    basis_unit: str
    computed_dose: Decimal
    dose: Decimal | None
    unit: str
    units: tuple[UnitCount, ...]
    source: str


def _percent(reference: Reference, requested: Decimal | None) -> tuple[Decimal, str]:
    t = reference.thresholds
    if requested is None:
        return t["breakthrough_default_percent"], t.source("breakthrough_default_percent")
    low, high = t["breakthrough_min_percent"], t["breakthrough_max_percent"]
    if not low <= requested <= high:
        msg = f"breakthrough_percent must be {low}-{high} (NCCN); got {requested}"
        raise OutOfRangeError(
            "breakthrough.out_of_range",
            "breakthrough_percent",
            f"{low}-{high}",
            requested,
            msg,
        )
    return requested, "request"


def _product(reference: Reference, target: Target) -> tuple[Product | None, bool]:
    """The IR product, and whether it is the target drug's own."""
    if target.route == "oral" and target.drug != "methadone":
        own = reference.products.find(target.drug, "oral", "immediate")
        if own is not None:
            return own, True
    return reference.products.find("morphine", "oral", "immediate"), False


def breakthrough(
    reference: Reference,
    target: Target,
    dose: TargetDose,
    reduced_daily_dose: Decimal,
    total: Decimal,
    requested: Decimal | None,
) -> tuple[Breakthrough | None, list[Alert], list[TraceStep]]:
    pct, pct_source = _percent(reference, requested)
    product, own = _product(reference, target)
    if product is None:
        alert = Alert(
            "breakthrough.no_product",
            "warning",
            "No immediate-release product is loaded for a breakthrough dose.",
            "PRODUCT",
        )
        return None, [alert], []
    if own:
        basis, basis_unit = reduced_daily_dose, dose.unit
    else:
        basis = dose_down(total * reduced_daily_dose / dose.equianalgesic)
        basis_unit = "mg/day oral morphine equivalent"
    computed = dose_down(percent_of(basis, pct))
    achieved = round_to_doses(computed, product.doses)
    units: tuple[UnitCount, ...] = () if achieved is None else product.unit_counts[achieved]
    result = Breakthrough(
        pct,  # percent
        pct_source,  # percent_source
        product.drug,  # drug
        product.route,  # route
        product.release,  # release
        product.form,  # form
        basis,  # basis_daily_dose
        basis_unit,  # basis_unit
        computed,  # computed_dose
        achieved,  # dose
        product.unit,  # unit
        units,  # units
        product.source,  # source
    )
    source = (
        pct_source
        if pct_source != "request"
        else reference.thresholds.source("breakthrough_min_percent")
    )
    trace = [
        TraceStep(
            f"breakthrough: {pct!s}% of {basis!s} {basis_unit}", computed, product.unit, source
        )
    ]
    alerts = []
    if achieved is None:
        alerts.append(
            Alert(
                "breakthrough.below_smallest_strength",
                "warning",
                f"The breakthrough dose ({computed} {product.unit}) is below the smallest "
                f"{product.drug} immediate-release {product.form} ({product.smallest} {product.unit}); "
                "none is offered.",
                product.source,
            )
        )
    return result, alerts, trace
