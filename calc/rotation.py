"""
Rotation from a regimen to a target drug, route and release.

total oral morphine (equianalgesic table, not the CDC MME table) -> the target's equianalgesic
daily dose -> incomplete cross-tolerance reduction (25% and 50% ends always shown, the applied
percent used) -> a cap where one applies -> a practical regimen from real strengths that never
exceeds the reduced dose -> a breakthrough dose -> warnings and a trace.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.alerts import context_alerts
from calc.breakthrough import Breakthrough, breakthrough
from calc.errors import OutOfRangeError
from calc.methadone import MethadoneDetail, methadone_target, with_schedule
from calc.mme import MMELine, convert_lines
from calc.models import Medication, Patient, Target
from calc.reference import Reference
from calc.regimen import PracticalRegimen, build_regimen
from calc.results import Alert, TableRef, TraceStep
from calc.rounding import dose_down, percent_of
from calc.targets import TargetDose, factor_target, patch_target


__all__ = ["Reduction", "RotationOptions", "RotationResult", "plan_rotation"]


@attrs.frozen
class RotationOptions:
    """Caller choices; ``None`` means the product default."""

    reduction_percent: Decimal | None = None
    breakthrough_percent: Decimal | None = None
    table_id: str | None = None
    methadone_scheme: str | None = None
    methadone_strategy: str = "stop_and_go"
    methadone_max_daily_mg: Decimal | None = None


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
    lines: tuple[MMELine, ...]
    target: Target
    equianalgesic_daily_dose: Decimal
    unit: str
    reduction: Reduction
    practical_regimen: PracticalRegimen | None
    breakthrough: Breakthrough | None
    methadone: MethadoneDetail | None
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    tables: tuple[TableRef, ...]


def _applied_percent(
    reference: Reference, requested: Decimal | None, dose: TargetDose
) -> tuple[Decimal, str]:
    if requested is None:
        return dose.default_percent, dose.default_percent_source
    top = reference.thresholds["cross_tolerance_max_percent"]
    if not Decimal(0) <= requested <= top:
        msg = f"cross_tolerance_reduction_percent must be 0-{top}; got {requested}"
        raise OutOfRangeError(
            "rotation.reduction_out_of_range",
            "cross_tolerance_reduction_percent",
            f"0-{top}",
            requested,
            msg,
        )
    return requested, "request"


def _reduce(
    reference: Reference, dose: TargetDose, percent: Decimal, percent_source: str
) -> Reduction:
    t = reference.thresholds
    low, high = t["cross_tolerance_low_percent"], t["cross_tolerance_high_percent"]
    equi, cap = dose.equianalgesic, dose.cap
    applied, at_low, at_high = [dose_down(equi - percent_of(equi, p)) for p in (percent, low, high)]
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
        t.source("cross_tolerance_low_percent"),  # source
    )


def _target_dose(
    reference: Reference,
    target: Target,
    total: Decimal,
    patient: Patient | None,
    options: RotationOptions,
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
        return patch_target(reference, target, total, patient), None
    return factor_target(reference, options.table_id, total, target), None


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
    return alerts


def _regimen_alerts(
    dose: TargetDose, reduction: Reduction, regimen: PracticalRegimen | None, target: Target
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
    return []


def plan_rotation(
    reference: Reference,
    medications: Sequence[Medication],
    target: Target,
    options: RotationOptions | None = None,
    patient: Patient | None = None,
) -> RotationResult:
    options = options or RotationOptions()
    table = reference.equianalgesic_table(options.table_id)
    lines, total, trace = convert_lines(table, medications, "from")
    dose, methadone = _target_dose(reference, target, total, patient, options)
    trace.extend(dose.trace)
    percent, percent_source = _applied_percent(reference, options.reduction_percent, dose)
    reduction = _reduce(reference, dose, percent, percent_source)
    trace.append(
        TraceStep(
            f"- {percent!s}% incomplete cross-tolerance"
            + (f", capped at {dose.cap!s}" if reduction.capped else ""),
            reduction.reduced_daily_dose,
            reduction.unit,
            percent_source if percent_source != "request" else reduction.source,
        )
    )
    regimen = build_regimen(dose.product, reduction.reduced_daily_dose) if dose.product else None
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
            reference, methadone, lines, dose, reduction.reduced_daily_dose
        )
    bt, bt_alerts, bt_trace = breakthrough(
        reference, target, dose, reduction.reduced_daily_dose, total, options.breakthrough_percent
    )
    trace.extend(bt_trace)
    alerts = _source_alerts(medications) + list(dose.alerts) + switch_alerts + bt_alerts
    alerts += _regimen_alerts(dose, reduction, regimen, target)
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
    alerts += _cross_tolerance_alerts(reference, patient, percent)
    drugs = (*[m.drug for m in medications], target.drug)
    alerts += context_alerts(reference, patient, drugs)
    resolved = (
        target
        if target.release == dose.release
        else Target(drug=target.drug, route=target.route, release=dose.release)
    )
    return RotationResult(
        total,  # total_mme_per_day
        lines,  # lines
        resolved,  # target
        dose_down(dose.equianalgesic),  # equianalgesic_daily_dose
        dose.unit,  # unit
        reduction,  # reduction
        regimen,  # practical_regimen
        bt,  # breakthrough
        methadone,  # methadone
        tuple(alerts),  # warnings
        tuple(trace),  # trace
        (table.ref, *dose.tables, reference.products.ref, reference.thresholds.ref),  # tables
    )


def _cross_tolerance_alerts(
    reference: Reference, patient: Patient | None, percent: Decimal
) -> list[Alert]:
    t = reference.thresholds
    high = t["cross_tolerance_high_percent"]
    if patient is None or percent >= high:
        return []
    older = patient.age_years is not None and patient.age_years >= t["older_adult_age"]
    if not (older or patient.frail):
        return []
    return [
        Alert(
            "cross_tolerance.consider_50_percent",
            "warning",
            f"Older or frail patient: consider the {high}% end of the cross-tolerance range "
            f"(applied: {percent}%).",
            t.source("cross_tolerance_high_percent"),
        )
    ]
