"""
Rotation from a regimen to a target drug, route and release.

oral morphine equivalent (equianalgesic table, not the CDC MME table) -> the target's
equianalgesic daily dose -> incomplete cross-tolerance reduction (25% and 50% ends always shown,
the applied percent used; 50% by default for older or frail patients) -> a cap where one applies
-> a practical regimen from real strengths that never exceeds the reduced dose -> a breakthrough
dose -> the safety context, warnings and a trace.

Two totals, two names: ``total_mme_per_day`` is the regimen's total on the selected MME table
(risk and thresholds; CDC 2022 by default); ``oral_morphine_equivalent_per_day`` is the
conversion basis from the equianalgesic table.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.alerts import SafetyContext, safety_context
from calc.breakthrough import Breakthrough, breakthrough
from calc.errors import ClinicalRefusalError, OutOfRangeError
from calc.methadone import MethadoneDetail, methadone_target, with_schedule
from calc.mme import MMELine, convert_lines, regimen_mme
from calc.models import Medication, Patient, Target
from calc.patches import patch_target
from calc.plausibility import check_regimen
from calc.reference import Product, Reference
from calc.regimen import PracticalRegimen, best_regimen, build_as_needed
from calc.results import Alert, TableRef, TraceStep, ordered
from calc.rounding import dose_down, metric, percent_of
from calc.targets import TargetDose, factor_target


__all__ = ["Reduction", "RotationOptions", "RotationResult", "plan_rotation", "regimen_line"]


@attrs.frozen
class RotationOptions:
    """Caller choices; ``None`` means the product default."""

    reduction_percent: Decimal | None = None
    breakthrough_percent: Decimal | None = None
    table_id: str | None = None
    methadone_scheme: str | None = None
    methadone_strategy: str = "stop_and_go"
    methadone_max_daily_mg: Decimal | None = None
    mme_table_id: str | None = None
    allow_renal_avoid: bool = False


@attrs.frozen
class Reduction:
    """The cross-tolerance range: both ends, and the applied percent with its dose."""

    applied_percent: Decimal
    applied_percent_source: str
    low_percent: Decimal
    high_percent: Decimal
    dose_at_low: Decimal
    dose_at_high: Decimal
    reduced_daily_dose: Decimal
    unit: str
    capped: bool
    source: str


@attrs.frozen
class RotationResult:
    total_mme_per_day: Decimal
    mme_lines: tuple[MMELine, ...]
    oral_morphine_equivalent_per_day: Decimal
    lines: tuple[MMELine, ...]
    target: Target
    equianalgesic_daily_dose: Decimal
    unit: str
    reduction: Reduction
    practical_regimen: PracticalRegimen | None
    breakthrough: Breakthrough | None
    methadone: MethadoneDetail | None
    resulting_mme_per_day: Decimal | None
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    tables: tuple[TableRef, ...]


def _applied_percent(
    reference: Reference, requested: Decimal | None, dose: TargetDose, context: SafetyContext
) -> tuple[Decimal, str, str]:
    """The percent, its source and why (a note for the trace)."""
    t = reference.thresholds
    if requested is None:
        high = t["cross_tolerance_high_percent"]
        if dose.percent_range is not None:
            high = min(max(high, dose.percent_range[0]), dose.percent_range[1])
        if context.older_or_frail and dose.default_percent < high:
            return high, t.source("older_adult_age"), " (older or frail patient: the 50% end)"
        return dose.default_percent, dose.default_percent_source, ""
    if dose.percent_range is not None:
        low, top = dose.percent_range
        if not low <= requested <= top:
            msg = (
                f"cross_tolerance_reduction_percent for this methadone scheme must be {low}-{top} "
                f"(the scheme's own reduction; less would give more methadone than its source "
                f"allows); got {requested}"
            )
            raise OutOfRangeError(
                "methadone.reduction_outside_scheme",
                "cross_tolerance_reduction_percent",
                f"{low}-{top}",
                requested,
                msg,
            )
        return requested, "request", ""
    top = t["cross_tolerance_max_percent"]
    if not Decimal(0) <= requested <= top:
        msg = f"cross_tolerance_reduction_percent must be 0-{top}; got {requested}"
        raise OutOfRangeError(
            "rotation.reduction_out_of_range",
            "cross_tolerance_reduction_percent",
            f"0-{top}",
            requested,
            msg,
        )
    return requested, "request", ""


def _reduce(
    reference: Reference, dose: TargetDose, percent: Decimal, percent_source: str
) -> Reduction:
    t = reference.thresholds
    low, high = t["cross_tolerance_low_percent"], t["cross_tolerance_high_percent"]
    range_source = t.source("cross_tolerance_low_percent")
    if dose.percent_range is not None:
        (low, high), range_source = dose.percent_range, dose.default_percent_source
    equi, cap = dose.equianalgesic, dose.cap
    applied, at_low, at_high = [dose_down(equi - percent_of(equi, p)) for p in (percent, low, high)]
    if dose.floor is not None:
        applied, at_low, at_high = [max(v, dose.floor) for v in (applied, at_low, at_high)]
    capped = cap is not None and applied > cap
    if cap is not None:
        applied, at_low, at_high = [min(v, cap) for v in (applied, at_low, at_high)]
    return Reduction(
        percent,  # applied_percent
        percent_source,  # applied_percent_source
        low,  # low_percent
        high,  # high_percent
        at_low,  # dose_at_low
        at_high,  # dose_at_high
        applied,  # reduced_daily_dose
        dose.unit,  # unit
        capped,  # capped
        range_source,  # source
    )


def _target_dose(
    reference: Reference,
    target: Target,
    total: Decimal,
    patient: Patient | None,
    options: RotationOptions,
    medications: Sequence[Medication],
) -> tuple[TargetDose, MethadoneDetail | None]:
    if target.drug == "methadone":
        return methadone_target(
            reference,
            target,
            total,
            patient,
            options.methadone_scheme,
            options.methadone_strategy,
            options.methadone_max_daily_mg,
        )
    if target.route == "transdermal" and target.drug in {"fentanyl", "buprenorphine"}:
        return patch_target(reference, target, total, patient, medications), None
    return factor_target(reference, options.table_id, total, target), None


def _as_needed_regimen(
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


def _tolerant(reference: Reference, total: Decimal, patient: Patient | None) -> bool:
    """Opioid-tolerant as the labels define it, for offering concentrates (never when unsure)."""
    t = reference.thresholds
    days = patient.days_on_current_opioids if patient is not None else None
    recent = days is not None and days < t["opioid_tolerance_days"]
    return total >= t["opioid_tolerant_mme_per_day"] and not recent


def _source_alerts(medications: Sequence[Medication]) -> list[Alert]:
    alerts = []
    if any(m.drug == "methadone" for m in medications):
        alerts.append(
            Alert(
                "methadone.source_unpredictable",
                "critical",
                "Conversion FROM methadone is unpredictable (long, variable half-life; the ratio "
                "depends on dose); the table's single-dose factor is used: specialist advice.",
                "MSD23",
            )
        )
    if any(m.drug == "fentanyl" and m.route == "transdermal" for m in medications):
        alerts.append(
            Alert(
                "fentanyl_patch.residual",
                "warning",
                "Fentanyl keeps releasing for 12-36 h after patch removal; start the new opioid "
                "accordingly.",
                "GRPH-MME",
            )
        )
    at_maximum = [
        f"{m.drug} {m.route}"
        for m in medications
        if m.as_needed and m.average_doses_per_day is None
    ]
    if at_maximum:
        alerts.append(
            Alert(
                "rotation.as_needed_at_maximum",
                "warning",
                f"As-needed line(s) {', '.join(at_maximum)} are converted at their prescribed "
                "maximum per day; if the patient takes fewer doses, give average_doses_per_day, "
                "or the new regimen may exceed what the patient actually takes.",
                "PRODUCT",
            )
        )
    return alerts


def _regimen_alerts(
    reference: Reference,
    dose: TargetDose,
    reduction: Reduction,
    regimen: PracticalRegimen | None,
    target: Target,
) -> list[Alert]:
    if dose.product is None:
        return [
            Alert(
                "regimen.no_product",
                "warning",
                f"No product table covers {target.drug} {target.route}"
                f"{' ' + target.release if target.release else ''}; only the daily dose is given.",
                "PRODUCT",
            )
        ]
    if regimen is None:
        p = dose.product
        return [
            Alert(
                "regimen.below_smallest_strength",
                "critical",
                f"The reduced dose ({reduction.reduced_daily_dose} {reduction.unit}) is below what "
                f"the smallest {p.drug} {p.release} {p.form} ({p.smallest} {p.unit}) gives at its "
                "longest interval; no practical regimen is offered.",
                p.source,
            )
        ]
    t = reference.thresholds
    share = t["regimen_shortfall_percent"]
    alerts = []
    if regimen.tolerant_only:
        alerts.append(
            Alert(
                "regimen.concentrate",
                "warning",
                f"The regimen is measured from the {regimen.drug} {regimen.form} "
                f"({regimen.concentration_per_ml} {regimen.unit}/mL): for opioid-tolerant patients "
                "only (its label); check the volume twice.",
                regimen.source,
            )
        )
    if regimen.daily_total < percent_of(reduction.reduced_daily_dose, share):
        delivered = metric(regimen.daily_total * 100 / reduction.reduced_daily_dose)
        alerts.append(
            Alert(
                "regimen.shortfall",
                "warning",
                f"The practical regimen gives {regimen.daily_total} {reduction.unit}, {delivered}% "
                f"of the reduced target {reduction.reduced_daily_dose} {reduction.unit} (below "
                f"{share}%): the strengths cannot make the target; consider another product or "
                "more units per dose, and titrate to effect.",
                t.source("regimen_shortfall_percent"),
            )
        )
    return alerts


def _renal_target(
    reference: Reference, target: Target, context: SafetyContext, allow: bool
) -> list[Alert]:
    """A target the renal guidance says to avoid for this patient: refused, or overridden."""
    table = reference.renal_opioids
    advice = table.avoided(target.drug) if table is not None else None
    if advice is None or not context.renal_impaired or table is None:
        return []
    safer = table.named("safest")
    crcl = metric(context.clearance_ml_min) if context.clearance_ml_min is not None else None
    if not allow:
        expected = f"a drug not avoided in renal impairment (safest: {', '.join(safer)})"
        msg = (
            f"{target.drug} is to be avoided at a creatinine clearance of {crcl} mL/min "
            f"(below {reference.thresholds['renal_impairment_crcl']}); the safest in renal "
            f"impairment are {', '.join(safer)}; or set allow_renal_avoid to override"
        )
        raise ClinicalRefusalError("renal.target_avoid", "to.drug", expected, target.drug, msg)
    return [
        Alert(
            "renal.target_avoid_overridden",
            "critical",
            f"{target.drug} is to be avoided at a creatinine clearance of {crcl} mL/min; the caller "
            f"overrode the refusal (allow_renal_avoid). Safer: {', '.join(safer)}.",
            advice.source,
        )
    ]


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


def plan_rotation(
    reference: Reference,
    medications: Sequence[Medication],
    target: Target,
    options: RotationOptions | None = None,
    patient: Patient | None = None,
) -> RotationResult:
    options = options or RotationOptions()
    notes = check_regimen(reference.plausibility, medications, "from")
    mme = regimen_mme(reference, options.mme_table_id, medications, "from")
    drugs = [*[m.drug for m in medications], target.drug]
    context = safety_context(reference, patient, drugs, mme.total)
    renal = _renal_target(reference, target, context, options.allow_renal_avoid)
    table = reference.equianalgesic_table(options.table_id)
    converted = convert_lines(table, medications, "from", basis=True)
    total = converted.total
    trace = list(converted.trace)
    trace.append(
        TraceStep(
            f"total_mme_per_day on {mme.table.id} (risk and thresholds), not the conversion "
            f"basis: the CDC MME table is not for conversion; the basis above is the "
            f"{table.ref.id} total",
            mme.total,
            "MME/day",
            "CDC22",
        )
    )
    dose, methadone = _target_dose(reference, target, total, patient, options, medications)
    trace.extend(dose.trace)
    percent, percent_source, why = _applied_percent(
        reference, options.reduction_percent, dose, context
    )
    reduction = _reduce(reference, dose, percent, percent_source)
    trace.append(
        TraceStep(
            f"- {percent!s}% incomplete cross-tolerance{why}"
            + (f", capped at {dose.cap!s}" if reduction.capped else ""),
            reduction.reduced_daily_dose,
            reduction.unit,
            percent_source if percent_source != "request" else reduction.source,
        )
    )
    tolerant = _tolerant(reference, total, patient)
    products = dose.products or ((dose.product,) if dose.product else ())
    share = reference.thresholds["regimen_shortfall_percent"]
    if dose.as_needed is not None:
        interval, count, most = dose.as_needed
        regimen = _as_needed_regimen(products, reduction.reduced_daily_dose, interval, count, most)
    else:
        regimen = best_regimen(products, reduction.reduced_daily_dose, share, tolerant)
    if regimen is not None:
        trace.append(
            TraceStep(
                f"rounded down to {regimen.dose_per_administration!s} {regimen.unit} every "
                f"{regimen.interval_hours!s} h",
                regimen.daily_total,
                reduction.unit,
                regimen.source,
            )
        )
    switch_alerts: list[Alert] = []
    if methadone is not None and methadone.strategy == "three_day_switch":
        methadone, switch_alerts = with_schedule(
            reference, methadone, converted.lines, dose, reduction.reduced_daily_dose
        )
    bt, bt_alerts, bt_trace = breakthrough(
        reference,
        target,
        dose,
        reduction.reduced_daily_dose,
        total,
        options.breakthrough_percent,
        context,
        tolerant,
    )
    trace.extend(bt_trace)
    resulting = None
    if regimen is not None:
        after = regimen_mme(reference, options.mme_table_id, [regimen_line(regimen)], "to")
        resulting = None if after.converted.excluded else after.total
    alerts = [*context.alerts, *renal, *mme.alerts, *notes, *_source_alerts(medications)]
    alerts += [*dose.alerts, *switch_alerts, *bt_alerts]
    alerts += _regimen_alerts(reference, dose, reduction, regimen, target)
    if reduction.capped:
        alerts.append(
            Alert(
                f"{target.drug}.capped",
                "warning",
                f"The reduced dose was capped at {dose.cap} {reduction.unit}.",
                dose.cap_source or "PRODUCT",
            )
        )
    if target.drug == "buprenorphine":
        alerts.append(
            Alert(
                "buprenorphine.induction",
                "warning",
                "Buprenorphine after a full agonist can precipitate withdrawal: wait 8-12 h after "
                "short-acting and 12-24 h after extended-release opioids (longer after methadone), "
                "or use low-dose initiation.",
                "CDC22",
            )
        )
    alerts += _cross_tolerance_alerts(reference, context, percent)
    resolved = (
        target
        if target.release == dose.release
        else Target(drug=target.drug, route=target.route, release=dose.release)
    )
    return RotationResult(
        mme.total,  # total_mme_per_day
        mme.converted.lines,  # mme_lines
        total,  # oral_morphine_equivalent_per_day
        converted.lines,  # lines
        resolved,  # target
        dose_down(dose.equianalgesic),  # equianalgesic_daily_dose
        dose.unit,  # unit
        reduction,  # reduction
        regimen,  # practical_regimen
        bt,  # breakthrough
        methadone,  # methadone
        resulting,  # resulting_mme_per_day
        ordered(alerts),  # warnings
        tuple(trace),  # trace
        (  # tables
            table.ref,
            mme.table,
            *dose.tables,
            reference.products.ref,
            reference.thresholds.ref,
        ),
    )


def _cross_tolerance_alerts(
    reference: Reference, context: SafetyContext, percent: Decimal
) -> list[Alert]:
    t = reference.thresholds
    high = t["cross_tolerance_high_percent"]
    if not context.older_or_frail or percent >= high:
        return []
    return [
        Alert(
            "cross_tolerance.consider_50_percent",
            "warning",
            f"Older or frail patient: consider the {high}% end of the cross-tolerance range "
            f"(applied: {percent}%, as requested).",
            t.source("cross_tolerance_high_percent"),
        )
    ]
