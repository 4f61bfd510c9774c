"""
Patches as rotation targets: the label's own conversion tables, for opioid-tolerant patients only.

Fentanyl (Duragesic label): tolerance is the label's own per-drug definition (at least 60 mg oral
morphine, 30 mg oral oxycodone, 8 mg oral hydromorphone, 25 mg oral oxymorphone, 60 mg oral
hydrocodone a day or 25 mcg/h transdermal fentanyl, for a week or longer), not the rotation
factors; a single line of a drug with its own label column is converted by that column; other
regimens go through the oral morphine column on their oral morphine equivalent. A drug the label
covers neither way is refused as not covered by the label.

Buprenorphine (Butrans): its bands over prior oral morphine equivalent.

What differs between the labels is data in each patch table: whether the label defines opioid
tolerance (tolerance rows or per-drug columns), what a regimen above the last band gets
(``above_table``) and the advice every result carries.

The label bands already build in the reduction: by default no cross-tolerance reduction is
stacked on them, and a requested one never goes below the label's lowest starting strength.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from calc.errors import ClinicalRefusalError
from calc.kinds.bands import Band
from calc.kinds.patch_label import PatchTable
from calc.models import Medication, Patient, Target
from calc.reference import Reference
from calc.results import Alert, TraceStep
from calc.rounding import metric
from calc.targets import TargetDose
from calc.units import daily_amount


__all__ = ["patch_target"]


def _threshold(table: PatchTable, med: Medication) -> tuple[Decimal, str] | None:
    """The label's tolerance threshold for this line's drug and route, with its unit."""
    row = table.tolerance.get((med.drug, med.route))
    if row is not None:
        return row.daily_min, row.unit
    column = table.columns.get((med.drug, med.route))
    if column is not None:
        return column.bands.bands[0].low, column.unit
    return None


def _label_definition(table: PatchTable) -> str:
    parts = [
        f"{row.daily_min} {row.unit}{'' if row.unit == 'mcg/h' else '/day'} {drug} {route}"
        for (drug, route), row in sorted(table.tolerance.items())
    ]
    return "; ".join(parts)


def _tolerance(
    reference: Reference,
    table: PatchTable,
    medications: Sequence[Medication],
    patient: Patient | None,
) -> list[Alert]:
    """The label's opioid-tolerance rule: refused when the regimen does not meet it."""
    t = reference.thresholds
    days = t["opioid_tolerance_days"]
    fraction = Decimal(0)
    for i, med in enumerate(medications):
        threshold = _threshold(table, med)
        if threshold is None:
            msg = (
                f"from[{i}]: the {table.drug} patch label does not cover {med.drug} {med.route} "
                "(neither its tolerance definition nor its conversion table): not covered by the "
                "label; convert through another opioid or ask a specialist"
            )
            covered = sorted({f"{d} {r}" for d, r in (*table.tolerance, *table.columns)})
            raise ClinicalRefusalError(
                f"{table.drug}_patch.source_not_in_label",
                f"from[{i}].drug",
                f"an opioid the label covers: {', '.join(covered)}",
                med.drug,
                msg,
            )
        amount, unit = threshold
        fraction += daily_amount(med, unit, f"from[{i}]", basis=True) / amount
    expected = f"opioid-tolerant by the label: at least {_label_definition(table)}, for {days} days"
    if fraction < 1:
        msg = (
            f"a {table.drug} patch is only for opioid-tolerant patients ({expected}); the regimen is "
            f"{metric(fraction * 100)}% of the label's threshold"
        )
        raise ClinicalRefusalError(
            f"{table.drug}_patch.opioid_naive", "from", expected, metric(fraction * 100), msg
        )
    on = patient.days_on_current_opioids if patient else None
    if on is not None and on < days:
        msg = f"a {table.drug} patch needs opioid tolerance for at least {days} days; got {on} days"
        raise ClinicalRefusalError(
            f"{table.drug}_patch.opioid_naive",
            "patient.days_on_current_opioids",
            f">= {days}",
            on,
            msg,
        )
    if on is None:
        return [
            Alert(
                f"{table.drug}_patch.confirm_tolerance",
                "warning",
                f"Confirm opioid tolerance for at least {days} days (label); days on the current "
                "regimen were not given.",
                t.source("opioid_tolerance_days"),
            )
        ]
    return []


def _label_band(
    table: PatchTable, medications: Sequence[Medication], total: Decimal
) -> tuple[Band | None, str]:
    """The label band: the drug's own column for a single line, else the oral morphine column."""
    if len(medications) == 1:
        med = medications[0]
        column = table.columns.get((med.drug, med.route))
        if column is not None:
            amount = daily_amount(med, column.unit, "from[0]", basis=True)
            band = column.bands.find(amount)
            if band is not None:
                how = f"{med.drug} {med.route} column, {band.low}-{band.high} {column.unit}/day"
                return band, how
    if table.bands.is_below(total):
        # Tolerant by the label's per-drug definition (checked before), yet below its oral
        # morphine column: the label's lowest starting strength, never more.
        lowest = table.bands.bands[0]
        return lowest, (
            f"tolerant by the label's definition, {metric(total)} mg/day oral morphine equivalent "
            f"below its column: the lowest starting band"
        )
    band = table.bands.find(total)
    if band is None:
        return None, ""
    return band, f"oral morphine column, {band.low}-{band.high} mg/day oral morphine equivalent"


def patch_target(
    reference: Reference,
    target: Target,
    total: Decimal,
    patient: Patient | None,
    medications: Sequence[Medication],
) -> TargetDose:
    """A label-band patch target: fentanyl (Duragesic) or buprenorphine (Butrans)."""
    table = reference.patch_table(target.drug)
    assert table is not None  # noqa: S101  (rotation dispatches here only when there is one)
    alerts: list[Alert] = []
    if table.checks_tolerance:
        alerts += _tolerance(reference, table, medications, patient)
        band, how = _label_band(table, medications, total)
    else:
        band = table.bands.find(total)
        how = f"{band.low}-{band.high} mg/day oral morphine equivalent" if band else ""
    if band is None and table.above_table == "top-band":
        band = table.bands.top
        how = "above the label's table: its top band"
        alerts.append(
            Alert(
                f"{table.drug}_patch.above_label_table",
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
            f"{table.drug}_patch.above_label_bands", "from", expected, total, msg
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
    lowest = table.bands.bands[0]
    alerts.append(
        Alert(
            "patch.label_bands_conservative",
            "info",
            "The label's conversion bands already build in the reduction for incomplete "
            "cross-tolerance: no further reduction is applied by default, and a requested one "
            f"never goes below the label's lowest starting strength ({lowest.value} mcg/h).",
            band.source,
        )
    )
    alerts += [Alert(a.code, a.severity, a.message, a.source) for a in table.advice]
    products = reference.products.find_all(target.drug, "transdermal", "extended")
    return TargetDose(
        equianalgesic=band.value,
        unit="mcg/h",
        release="extended",
        default_percent=Decimal(0),
        default_percent_source=band.source,
        product=products[0] if products else None,
        cap=table.max_rate,
        cap_source=table.max_rate_source,
        alerts=tuple(alerts),
        trace=(
            TraceStep(f"{table.ref.id}: {how} -> patch rate", band.value, "mcg/h", band.source),
        ),
        tables=(table.ref,),
        floor=lowest.value,
        floor_source=lowest.source,
        products=products,
    )
