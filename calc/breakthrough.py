"""
Breakthrough (rescue) dose: a percent of the daily dose as an immediate-release oral product.

The target drug's own immediate-release product is used when the target is oral and not
methadone; otherwise (methadone, patches, parenteral targets) the first drug of the renal-opioids
table's ``breakthrough_order`` (oral morphine) that has an immediate-release product and is not
to be avoided for this patient's kidneys, dosed on the oral morphine equivalent of the reduced
dose (total x reduced / equianalgesic) divided by that drug's equianalgesic factor.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from calc.alerts import SafetyContext
from calc.errors import OutOfRangeError
from calc.models import Target
from calc.reference import Product, Reference
from calc.regimen import UnitCount
from calc.results import Alert, TraceStep
from calc.rounding import dose_down, percent_of, round_to_doses
from calc.targets import TargetDose


__all__ = ["Breakthrough", "breakthrough"]

_FALLBACK = ("morphine",)


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


def _product(
    reference: Reference, target: Target, context: SafetyContext | None
) -> tuple[Product | None, bool, list[Alert]]:
    """The IR product, whether it is the target drug's own, and a note when one was skipped."""
    if target.route == "oral" and target.drug != "methadone":
        own = reference.products.find(target.drug, "oral", "immediate")
        if own is not None:
            return own, True, []
    renal = reference.renal_opioids
    order = renal.breakthrough_order if renal is not None else _FALLBACK
    skipped: list[str] = []
    for drug in order:
        avoided = (
            renal is not None
            and context is not None
            and context.renal_impaired
            and renal.avoided(drug) is not None
        )
        if avoided:
            skipped.append(drug)
            continue
        product = reference.products.find(drug, "oral", "immediate")
        if product is not None:
            notes = []
            if skipped:
                notes.append(
                    Alert(
                        "breakthrough.renal_alternative",
                        "warning",
                        f"Breakthrough uses {drug}, not {', '.join(skipped)} (to be avoided at this "
                        "creatinine clearance); start low and extend the interval.",
                        renal.breakthrough_order_source if renal else "PRODUCT",
                    )
                )
            return product, False, notes
    return None, False, []


def breakthrough(
    reference: Reference,
    target: Target,
    dose: TargetDose,
    reduced_daily_dose: Decimal,
    total: Decimal,
    requested: Decimal | None,
    context: SafetyContext | None = None,
) -> tuple[Breakthrough | None, list[Alert], list[TraceStep]]:
    pct, pct_source = _percent(reference, requested)
    product, own, alerts = _product(reference, target, context)
    if product is None:
        alert = Alert(
            "breakthrough.no_product",
            "warning",
            "No immediate-release product is loaded for a breakthrough dose.",
            "PRODUCT",
        )
        return None, [alert], []
    factor_note = ""
    if own:
        basis, basis_unit = reduced_daily_dose, dose.unit
        computed = dose_down(percent_of(basis, pct))
    else:
        basis = dose_down(total * reduced_daily_dose / dose.equianalgesic)
        basis_unit = "mg/day oral morphine equivalent"
        factor = Decimal(1)
        if product.drug != "morphine":
            row = reference.equianalgesic_table(None).lookup(product.drug, "oral", "to")
            assert row.factor is not None  # noqa: S101  (equianalgesic rows are single factors)
            factor = row.factor
            factor_note = f" / {factor!s} ({product.drug} oral)"
        computed = dose_down(percent_of(basis, pct) / factor)
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
            f"breakthrough: {pct!s}% of {basis!s} {basis_unit}{factor_note}",
            computed,
            product.unit,
            source,
        )
    ]
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
