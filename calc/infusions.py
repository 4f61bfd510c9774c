"""
Continuous infusions as rotation targets, the fentanyl infusion <-> patch switch, and rotations
that do not change the drug.

- An infusion target (intravenous or subcutaneous) is converted through the equianalgesic
  table's continuous-infusion row (``target_factor``), never a single-dose bolus factor, and is
  given as a rate (mg/h or mcg/h) rounded down to the pump's step at the chosen concentration,
  as mL/h, and for subcutaneous use as the 24-hour syringe-driver total.
- Fentanyl infusion -> patch and patch -> infusion are 1:1 in mcg/h with the cited overlap
  (Kornick 2001: patch applied, infusion halved at 6 h and stopped at 12 h; Kornick 2003: the
  infusion started at the same hourly rate when the patches come off).
- The same drug by the same route (only the release changes, or a patch for a patch) is not
  converted at all: cross-tolerance is between different opioids, so no reduction [MLP].
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.errors import ClinicalRefusalError
from calc.kinds.factors import chosen_factor
from calc.kinds.products import InfusionProduct
from calc.models import Medication, Patient, Target
from calc.reference import Reference
from calc.results import Alert, TraceStep
from calc.rounding import down_to_step, metric
from calc.targets import TargetDose, default_percent
from calc.units import HOURS_PER_DAY, convert_amount, daily_amount, is_infusion, is_rate


__all__ = [
    "InfusionRegimen",
    "TransitionStep",
    "build_infusion",
    "infusion_target",
    "kornick",
    "same_route_target",
]


@attrs.frozen
class InfusionRegimen:
    """
    A continuous infusion: the rate (rounded down to the pump's step at the concentration), its
    volume per hour, the 24-hour amount and, subcutaneously, the syringe driver's 24-hour volume.
    """

    drug: str
    route: str
    rate: Decimal
    rate_unit: str
    concentration_per_ml: Decimal
    concentration_unit: str
    ml_per_hour: Decimal
    daily_total: Decimal
    daily_unit: str
    syringe_24h_ml: Decimal | None
    rate_step_ml_per_h: Decimal
    source: str


@attrs.frozen
class TransitionStep:
    """When (hours from the start) to do what, during a switch."""

    hour: Decimal
    action: str
    source: str


def infusion_target(
    reference: Reference,
    table_id: str | None,
    total: Decimal,
    target: Target,
    choice: str | None = None,
) -> TargetDose:
    """Equianalgesic rate = total oral morphine mg/day / the continuous row's target factor."""
    table = reference.equianalgesic_table(table_id)
    row = table.rate(target.drug, target.route, "to")
    factor, factor_source = row.target_factor, row.target_source
    if choice is not None:
        factor, factor_source = chosen_factor(row, choice, to=True, field="factor_choices")
    rate = total / factor
    percent, percent_source = default_percent(reference)
    step = TraceStep(
        f"/ {factor!s} ({table.ref.id}: oral morphine mg/day per {row.unit} of a "
        f"{target.drug} {target.route} infusion, the continuous relationship, not a bolus factor)",
        rate,
        row.unit,
        factor_source,
    )
    return TargetDose(rate, row.unit, None, percent, percent_source, None, trace=(step,))


def build_infusion(
    reference: Reference,
    drug: str,
    route: str,
    rate: Decimal,
    rate_unit: str,
    concentration: Decimal | None,
) -> tuple[InfusionRegimen | None, list[Alert]]:
    """The rate rounded down to the pump step at the concentration (the catalog's or given)."""
    product: InfusionProduct | None = reference.products.infusions.get((drug, route))
    if product is None and concentration is None:
        return None, [
            Alert(
                "infusion.no_solution",
                "warning",
                f"No usual {drug} infusion solution is loaded; give infusion_concentration_per_ml "
                "for the mL/h; only the rate is given.",
                "PRODUCT",
            )
        ]
    amount_unit = rate_unit.removesuffix("/h")
    if concentration is not None:
        conc = concentration  # in the rate's amount unit per mL (mg/mL for mg/h)
    else:
        assert product is not None  # noqa: S101  (returned above when both are missing)
        conc = convert_amount(product.concentration_per_ml, product.unit, amount_unit)
    step_ml = (
        product.rate_step_ml_per_h
        if product is not None
        else reference.thresholds["infusion_rate_step_ml_per_h"]
    )
    ml_per_hour = down_to_step(rate / conc, step_ml)
    source = product.source if product is not None else "PRODUCT"
    if ml_per_hour <= 0:
        return None, [
            Alert(
                "infusion.rate_below_pump_step",
                "critical",
                f"The reduced rate ({metric(rate)} {rate_unit}) is below one pump step "
                f"({step_ml} mL/h at {conc} {amount_unit}/mL); use a more dilute solution.",
                source,
            )
        ]
    actual = ml_per_hour * conc
    daily = actual * HOURS_PER_DAY
    return (
        InfusionRegimen(
            drug,
            route,
            actual,
            rate_unit,
            conc,
            f"{amount_unit}/mL",
            ml_per_hour,
            daily,
            f"{amount_unit}/day",
            daily / conc if route == "subcutaneous" else None,
            step_ml,
            source,
        ),
        [],
    )


def _infusions_of(medications: Sequence[Medication]) -> bool:
    return all(is_infusion(m) and m.drug == "fentanyl" for m in medications)


def _patches_of(medications: Sequence[Medication]) -> bool:
    return all(m.drug == "fentanyl" and m.route == "transdermal" for m in medications)


def kornick(
    reference: Reference,
    medications: Sequence[Medication],
    target: Target,
    patient: Patient | None,
) -> tuple[TargetDose, tuple[TransitionStep, ...]] | None:
    """The fentanyl infusion <-> patch switch, 1:1 in mcg/h, or ``None`` when it does not apply."""
    if target.drug != "fentanyl":
        return None
    to_patch = target.route == "transdermal" and _infusions_of(medications)
    to_infusion = target.infusion and _patches_of(medications)
    if not (to_patch or to_infusion):
        return None
    rate = sum(
        (daily_amount(m, "mcg/h", f"from[{i}]") for i, m in enumerate(medications)), Decimal(0)
    )
    source = "KORNICK01" if to_patch else "KORNICK03"
    steps: tuple[TransitionStep, ...]
    if to_patch:
        _tolerant_for_patch(reference, rate, patient)
        products = reference.products.find_all("fentanyl", "transdermal", "extended")
        t = reference.thresholds
        steps = (
            TransitionStep(Decimal(0), "apply the patch(es); keep the infusion running", source),
            TransitionStep(t["fentanyl_infusion_halve_hours"], "halve the infusion rate", source),
            TransitionStep(t["fentanyl_infusion_stop_hours"], "stop the infusion", source),
        )
        how = "patch at the infusion's hourly rate (1:1 mcg/h)"
    else:
        products = ()
        steps = (
            TransitionStep(
                Decimal(0),
                "remove every patch and start the infusion at the same hourly rate",
                source,
            ),
        )
        how = "infusion at the patches' hourly rate (1:1 mcg/h)"
    trace = TraceStep(f"fentanyl {how}; no reduction (the same drug)", rate, "mcg/h", source)
    dose = TargetDose(
        rate,
        "mcg/h",
        "extended" if to_patch else None,
        Decimal(0),
        source,
        products[0] if products else None,
        trace=(trace,),
        products=products,
    )
    return dose, steps


def _tolerant_for_patch(reference: Reference, rate: Decimal, patient: Patient | None) -> None:
    """The label's tolerance for a patch, met by an infusion of at least its mcg/h (1:1)."""
    row = reference.fentanyl_patch.tolerance.get(("fentanyl", "transdermal"))
    days = reference.thresholds["opioid_tolerance_days"]
    if row is not None and rate < row.daily_min:
        expected = f"at least {row.daily_min} mcg/h (the label's tolerance, 1:1 from an infusion)"
        msg = f"a fentanyl patch is only for opioid-tolerant patients: {expected}; got {rate} mcg/h"
        raise ClinicalRefusalError("fentanyl_patch.opioid_naive", "from", expected, rate, msg)
    on = patient.days_on_current_opioids if patient else None
    if on is not None and on < days:
        msg = f"a fentanyl patch needs opioid tolerance for at least {days} days; got {on} days"
        raise ClinicalRefusalError(
            "fentanyl_patch.opioid_naive", "patient.days_on_current_opioids", f">= {days}", on, msg
        )


def same_route_target(
    reference: Reference, medications: Sequence[Medication], target: Target
) -> TargetDose | None:
    """
    The same drug by the same route and kind of line (only the release differs, or a patch for a
    patch): the daily amount (or rate) unchanged, no reduction [MLP]; ``None`` otherwise.
    """
    if not all(m.drug == target.drug and m.route == target.route for m in medications):
        return None
    if any(is_infusion(m) != target.infusion for m in medications):
        return None
    products = (
        ()
        if target.infusion
        else reference.products.find_all(target.drug, target.route, target.release)
    )
    # The route and the kind of line fix whether every line is a rate (a patch, an infusion).
    if is_rate(medications[0].dose_unit):
        unit = per_day = medications[0].dose_unit
    else:
        unit = products[0].unit if products else medications[0].dose_unit
        per_day = f"{unit}/day"
    amount = sum(
        (daily_amount(m, unit, f"from[{i}]") for i, m in enumerate(medications)), Decimal(0)
    )
    trace = TraceStep(
        f"the same drug by the same route: {target.drug} {target.route}, no conversion and no "
        "cross-tolerance reduction",
        amount,
        per_day,
        "MLP",
    )
    return TargetDose(
        amount,
        per_day,
        products[0].release if products else target.release,
        Decimal(0),
        "MLP",
        products[0] if products else None,
        trace=(trace,),
        products=products,
    )
