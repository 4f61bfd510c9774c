"""
What a rotation target needs before reduction and rounding: the equianalgesic daily dose, its
unit, the default reduction, an optional cap and the product that doses it.

Three kinds of target: a plain factor from the equianalgesic table, a label patch band
(fentanyl, buprenorphine) and methadone (calc/methadone.py).
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from calc.errors import ClinicalRefusalError, UnknownEntryError
from calc.models import Patient, Target
from calc.reference import PatchTable, Product, Reference
from calc.results import Alert, TableRef, TraceStep
from calc.rounding import metric


__all__ = ["TargetDose", "factor_target", "patch_target"]


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


def _default_percent(reference: Reference) -> tuple[Decimal, str]:
    t = reference.thresholds
    return t["cross_tolerance_default_percent"], t.source("cross_tolerance_default_percent")


def factor_target(
    reference: Reference, table_id: str | None, total: Decimal, target: Target
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
    equi = total / row.factor
    unit = f"{row.unit}/day"
    product = reference.products.find(target.drug, target.route, target.release)
    percent, percent_source = _default_percent(reference)
    return TargetDose(
        equi,  # equianalgesic
        unit,  # unit
        product.release if product else target.release,  # release
        percent,  # default_percent
        percent_source,  # default_percent_source
        product,  # product
        trace=(
            TraceStep(
                f"/ {row.factor!s} ({table.ref.id}: oral morphine mg per {row.unit} {target.drug})",
                equi,
                unit,
                row.source,
            ),
        ),
    )


def _tolerance(
    reference: Reference, table: PatchTable, total: Decimal, patient: Patient | None
) -> list[Alert]:
    threshold = table.bands.bands[0].low
    days = reference.thresholds["opioid_tolerance_days"]
    days_source = reference.thresholds.source("opioid_tolerance_days")
    expected = f"at least {threshold} mg/day oral morphine equivalent for at least {days} days"
    if table.bands.is_below(total):
        msg = (
            f"a fentanyl patch is only for opioid-tolerant patients ({expected}); the regimen is "
            f"{metric(total)} mg/day"
        )
        raise ClinicalRefusalError("fentanyl_patch.opioid_naive", "from", expected, total, msg)
    on = patient.days_on_current_opioids if patient else None
    if on is not None and on < days:
        msg = f"a fentanyl patch needs opioid tolerance for at least {days} days; got {on} days"
        raise ClinicalRefusalError(
            "fentanyl_patch.opioid_naive",
            "patient.days_on_current_opioids",
            f">= {days}",
            on,
            msg,
        )
    if on is None:
        return [
            Alert(
                "fentanyl_patch.confirm_tolerance",
                "warning",
                f"Confirm opioid tolerance: {expected} (label); days on the current regimen "
                "were not given.",
                days_source,
            )
        ]
    return []


def patch_target(
    reference: Reference, target: Target, total: Decimal, patient: Patient | None
) -> TargetDose:
    """A label-band patch target: fentanyl (Duragesic) or buprenorphine (Butrans)."""
    table = reference.fentanyl_patch if target.drug == "fentanyl" else reference.buprenorphine_patch
    alerts: list[Alert] = []
    if target.drug == "fentanyl":
        alerts += _tolerance(reference, table, total, patient)
    band = table.bands.find(total)
    if band is None and target.drug == "fentanyl":
        band = table.bands.top
        alerts.append(
            Alert(
                "fentanyl_patch.above_label_table",
                "critical",
                f"The label's conversion table ends below {band.high} mg/day oral morphine; the "
                f"top band ({band.value} mcg/h) is used, which under-converts: specialist titration.",
                band.source,
            )
        )
    if band is None:
        top = table.bands.top
        expected = f"prior oral morphine equivalent up to {top.high} mg/day"
        msg = f"the {table.ref.title} covers {expected}; the regimen is {metric(total)} mg/day"
        raise ClinicalRefusalError(
            "buprenorphine_patch.above_label_bands", "from", expected, total, msg
        )
    if band.advice:
        alerts.append(
            Alert(
                f"{target.drug}_patch.band_advice",
                "warning",
                f"Label advice for this band: {band.advice}.",
                band.source,
            )
        )
    alerts.append(
        Alert(
            "patch.label_bands_conservative",
            "info",
            "Label conversion bands are deliberately conservative; the cross-tolerance reduction is "
            "applied on top of them. Pass cross_tolerance_reduction_percent 0 for the label dose.",
            band.source,
        )
    )
    alerts += _patch_alerts(target.drug)
    product = reference.products.find(target.drug, "transdermal", "extended")
    percent, percent_source = _default_percent(reference)
    return TargetDose(
        equianalgesic=band.value,
        unit="mcg/h",
        release="extended",
        default_percent=percent,
        default_percent_source=percent_source,
        product=product,
        cap=table.max_rate,
        cap_source=table.max_rate_source,
        alerts=tuple(alerts),
        trace=(
            TraceStep(
                f"{table.ref.id}: band {band.low}-{band.high} mg/day oral morphine -> patch rate",
                band.value,
                "mcg/h",
                band.source,
            ),
        ),
        tables=(table.ref,),
    )


def _patch_alerts(drug: str) -> list[Alert]:
    if drug == "fentanyl":
        return [
            Alert(
                "fentanyl_patch.transition",
                "info",
                "Stop other around-the-clock opioids; with a 12-hourly modified-release opioid give "
                "the last dose when applying the patch; monitor closely for the first 24-72 h; "
                "avoid heat on the patch.",
                "DURAGESIC",
            )
        ]
    return []
