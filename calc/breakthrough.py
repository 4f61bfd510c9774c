"""
Breakthrough (rescue) dose: a percent of the daily dose, as needed, with its route, interval and
maximum per day.

- An oral target (not methadone): the target drug's own immediate-release products.
- A parenteral target (bolus or infusion): the same drug's injection on the same route; a
  parenteral target never gets an oral rescue by default.
- Methadone and patch targets: the first drug of the renal-opioids table's ``breakthrough_order``
  (oral morphine) that has an immediate-release product and is not to be avoided for this
  patient's kidneys, dosed on the oral morphine equivalent of the reduced dose (total x reduced /
  equianalgesic) divided by that drug's equianalgesic factor.

Of a drug's products (tablets listed before liquids) the first that makes at least
``regimen_shortfall_percent`` of the computed dose is used, else the one closest to it, so a dose
just under a tablet strength (14.99 mg) is made from the oral solution rather than refused.  The
interval is the product's shortest labelled interval; at most ``breakthrough_max_doses_per_day``.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from calc.alerts import SafetyContext
from calc.errors import in_range
from calc.kinds.products import Product
from calc.models import Target
from calc.reference import Reference
from calc.regimen import UnitCount
from calc.results import Alert, TraceStep
from calc.rounding import dose_down, percent_of, round_to_doses
from calc.targets import TargetDose
from calc.units import HOURS_PER_DAY


__all__ = ["Breakthrough", "breakthrough"]

_FALLBACK = ("morphine",)
_PARENTERAL = frozenset({"intravenous", "subcutaneous", "intramuscular"})


@attrs.frozen
class Breakthrough:
    """
    ``dose`` is an achievable dose, or ``None`` when below every product; taken as needed, at
    least ``interval_hours`` apart, at most ``max_doses_per_day`` a day.
    """

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
    interval_hours: Decimal
    max_doses_per_day: Decimal
    limits_source: str
    volume_ml: Decimal | None = None
    concentration_per_ml: Decimal | None = None


def _percent(reference: Reference, requested: Decimal | None) -> tuple[Decimal, str]:
    t = reference.thresholds
    if requested is None:
        return t["breakthrough_default_percent"], t.source("breakthrough_default_percent")
    low, high = t["breakthrough_min_percent"], t["breakthrough_max_percent"]
    percent = in_range(
        requested,
        low,
        high,
        code="breakthrough.out_of_range",
        field="breakthrough_percent",
        detail="{field} must be {expected} (NCCN); got {value}",
    )
    return percent, "request"


def _products(
    reference: Reference, target: Target, context: SafetyContext | None
) -> tuple[tuple[Product, ...], bool, list[Alert]]:
    """The rescue products, whether they are the target's own drug, and a note on a skip."""
    if target.route in _PARENTERAL:
        return reference.products.find_all(target.drug, target.route, "immediate"), True, []
    if target.route == "oral" and target.drug != "methadone":
        own = reference.products.find_all(target.drug, "oral", "immediate")
        if own:
            return own, True, []
    renal = reference.renal_opioids
    order = renal.breakthrough_order if renal is not None else _FALLBACK
    skipped: list[str] = []
    impaired = renal is not None and context is not None and context.renal_impaired
    for drug in order:
        if impaired and renal is not None and renal.avoided(drug) is not None:
            skipped.append(drug)
            continue
        products = reference.products.find_all(drug, "oral", "immediate")
        if products:
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
            return products, False, notes
    return (), False, []


def _pick(
    products: tuple[Product, ...], computed: Decimal, share: Decimal, tolerant: bool
) -> tuple[Product, Decimal | None]:
    """The product and its dose: the first making ``share``% of ``computed``, else the closest."""
    usable = [p for p in products if tolerant or not p.tolerant_only] or [products[0]]
    best: tuple[Product, Decimal | None] = (usable[0], None)
    for product in usable:
        dose = round_to_doses(computed, product.doses)
        if dose is None:
            continue
        if dose * 100 >= computed * share:
            return product, dose
        if best[1] is None or dose > best[1]:
            best = (product, dose)
    return best


def breakthrough(
    reference: Reference,
    target: Target,
    dose: TargetDose,
    reduced_daily_dose: Decimal,
    total: Decimal,
    requested: Decimal | None,
    context: SafetyContext | None = None,
    tolerant: bool = False,
) -> tuple[Breakthrough | None, list[Alert], list[TraceStep]]:
    t = reference.thresholds
    pct, pct_source = _percent(reference, requested)
    products, own, alerts = _products(reference, target, context)
    if not products:
        alert = Alert(
            "breakthrough.no_product",
            "warning",
            f"No {'parenteral' if target.route in _PARENTERAL else 'immediate-release'} product "
            "is loaded for a breakthrough dose; none is offered.",
            "PRODUCT",
        )
        return None, [alert], []
    factor_note = ""
    if own:
        basis, basis_unit = reduced_daily_dose, dose.unit
        if target.infusion:  # a rate: the rescue is a share of its 24-hour amount
            basis, basis_unit = basis * HOURS_PER_DAY, f"{dose.unit.removesuffix('/h')}/day"
        computed = dose_down(percent_of(basis, pct))
    else:
        basis = dose_down(total * reduced_daily_dose / dose.equianalgesic)
        basis_unit = "mg/day oral morphine equivalent"
        factor = Decimal(1)
        drug = products[0].drug
        if drug != "morphine":
            row = reference.equianalgesic_table(None).lookup(drug, "oral", "to")
            assert row.factor is not None  # noqa: S101  (equianalgesic rows are single factors)
            factor = row.factor
            factor_note = f" / {factor!s} ({drug} oral)"
        computed = dose_down(percent_of(basis, pct) / factor)
    product, achieved = _pick(products, computed, t["regimen_shortfall_percent"], tolerant)
    interval = min(product.intervals_hours)
    most = min(t["breakthrough_max_doses_per_day"], HOURS_PER_DAY / interval)
    liquid = product.concentration_per_ml is not None
    units: tuple[UnitCount, ...] = ()
    if achieved is not None and not liquid:
        units = product.unit_counts[achieved]
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
        interval,  # interval_hours
        most,  # max_doses_per_day
        t.source("breakthrough_max_doses_per_day"),  # limits_source
        None if achieved is None else product.volume_ml(achieved),  # volume_ml
        product.concentration_per_ml,  # concentration_per_ml
    )
    source = pct_source if pct_source != "request" else t.source("breakthrough_min_percent")
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
                f"The breakthrough dose ({computed} {product.unit}) is below the smallest dose any "
                f"{product.drug} {product.route} product makes ({product.smallest} {product.unit}); "
                "none is offered.",
                product.source,
            )
        )
    elif product.tolerant_only:
        alerts.append(_concentrate(product))
    return result, alerts, trace


def _concentrate(product: Product) -> Alert:
    return Alert(
        "breakthrough.concentrate",
        "warning",
        f"The breakthrough dose is measured from the {product.drug} {product.form} "
        f"({product.concentration_per_ml} {product.unit}/mL): for opioid-tolerant patients only "
        "(its label); check the volume twice.",
        product.source,
    )
