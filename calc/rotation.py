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

from calc.alerts import safety_context
from calc.breakthrough import Breakthrough, breakthrough
from calc.infusions import (
    InfusionRegimen,
    TransitionStep,
    build_infusion,
    infusion_target,
    kornick,
    same_route_target,
)
from calc.kinds.factors import FactorTable
from calc.memo import last_result, remember
from calc.methadone import MethadoneDetail, methadone_by_route, methadone_target
from calc.methadone_switch import with_schedule
from calc.mme import Converted, MMELine, convert_lines, regimen_mme
from calc.models import Medication, Patient, Target
from calc.patches import patch_target
from calc.plausibility import check_schedule
from calc.reduction import Reduction, applied_percent, cross_tolerance_alerts, reduce
from calc.reference import Reference
from calc.regimen import PracticalRegimen, best_as_needed, best_regimen, regimen_line
from calc.results import Alert, TableRef, TraceStep, ordered
from calc.rotation_alerts import regimen_alerts, renal_target, source_alerts, target_alerts
from calc.rounding import dose_down
from calc.targets import TargetDose, factor_target


__all__ = ["RotationOptions", "RotationResult", "conversion_basis", "plan_rotation"]


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
    infusion_concentration_per_ml: Decimal | None = None
    # (drug, route, source key): a factor chosen by its source (the row's own or an alternative).
    factor_choices: tuple[tuple[str, str, str], ...] = ()


# The options of a request that gives none (frozen: one instance serves every call).
_DEFAULTS = RotationOptions()


@attrs.frozen
class RotationResult:
    total_mme_per_day: Decimal | None
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
    infusion: InfusionRegimen | None = None
    transition: tuple[TransitionStep, ...] = ()


def _target_dose(
    reference: Reference,
    target: Target,
    total: Decimal,
    patient: Patient | None,
    options: RotationOptions,
    medications: Sequence[Medication],
) -> tuple[TargetDose, MethadoneDetail | None, tuple[TransitionStep, ...]]:
    switch = kornick(reference, medications, target, patient)
    if switch is not None:
        return switch[0], None, switch[1]
    same = same_route_target(reference, medications, target)
    if same is None and target.drug == "methadone":
        same = methadone_by_route(reference, medications, target)
    if same is not None:
        return same, None, ()
    dose, methadone = _converted_target(reference, target, total, patient, options, medications)
    return dose, methadone, ()


def _converted_target(
    reference: Reference,
    target: Target,
    total: Decimal,
    patient: Patient | None,
    options: RotationOptions,
    medications: Sequence[Medication],
) -> tuple[TargetDose, MethadoneDetail | None]:
    choice = {(d, r): k for d, r, k in options.factor_choices}.get((target.drug, target.route))
    if target.infusion:
        return infusion_target(reference, options.table_id, total, target, choice), None
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
    if target.route == "transdermal" and reference.patch_table(target.drug) is not None:
        return patch_target(reference, target, total, patient, medications), None
    return factor_target(reference, options.table_id, total, target, choice), None


def _tolerant(reference: Reference, total: Decimal, patient: Patient | None) -> bool:
    """Opioid-tolerant as the labels define it, for offering concentrates (never when unsure)."""
    t = reference.thresholds
    days = patient.days_on_current_opioids if patient is not None else None
    recent = days is not None and days < t["opioid_tolerance_days"]
    return total >= t["opioid_tolerant_mme_per_day"] and not recent


def _offer(
    reference: Reference,
    target: Target,
    dose: TargetDose,
    reduction: Reduction,
    options: RotationOptions,
    tolerant: bool,
) -> tuple[PracticalRegimen | None, InfusionRegimen | None, list[Alert], list[TraceStep]]:
    """What the patient is given: a rate for an infusion target, else a real regimen."""
    reduced = reduction.reduced_daily_dose
    if target.infusion:
        infusion, alerts = build_infusion(
            reference,
            target.drug,
            target.route,
            reduced,
            reduction.unit,
            options.infusion_concentration_per_ml,
        )
        steps = []
        if infusion is not None:
            steps.append(
                TraceStep(
                    f"rounded down to {infusion.ml_per_hour!s} mL/h of "
                    f"{infusion.concentration_per_ml!s} {infusion.concentration_unit}",
                    infusion.rate,
                    infusion.rate_unit,
                    infusion.source,
                )
            )
        return None, infusion, alerts, steps
    products = dose.products or ((dose.product,) if dose.product else ())
    if dose.as_needed is not None:
        interval, count, most = dose.as_needed
        regimen = best_as_needed(products, reduced, interval, count, most)
    else:
        share = reference.thresholds["regimen_shortfall_percent"]
        regimen = best_regimen(products, reduced, share, tolerant)
    steps = []
    if regimen is not None:
        steps.append(
            TraceStep(
                f"rounded down to {regimen.dose_per_administration!s} {regimen.unit} every "
                f"{regimen.interval_hours!s} h",
                regimen.daily_total,
                reduction.unit,
                regimen.source,
            )
        )
    return regimen, None, regimen_alerts(reference, dose, reduction, regimen, target), steps


def conversion_basis(
    table: FactorTable,
    medications: Sequence[Medication],
    factor_choices: tuple[tuple[str, str, str], ...] = (),
) -> Converted:
    """
    The regimen converted to oral morphine on the equianalgesic ``table`` (as-needed lines at
    their average use), traced for a rotation; one OIH plan's rotations and its oral morphine
    equivalent convert the same regimen once (the last result is kept for the very same tuple).
    """
    found: Converted | None = last_result("conversion_basis", table, medications, factor_choices)
    if found is None:
        choices = {(d, r): k for d, r, k in factor_choices}
        found = convert_lines(table, medications, "from", basis=True, choices=choices)
        remember("conversion_basis", found, table, medications, factor_choices)
    return found


def plan_rotation(
    reference: Reference,
    medications: Sequence[Medication],
    target: Target,
    options: RotationOptions | None = None,
    patient: Patient | None = None,
) -> RotationResult:
    options = options or _DEFAULTS
    notes = check_schedule(reference.plausibility, medications, "from")
    # Only the totals, lines and alerts of the MME are reported: no trace is built for it.
    mme = regimen_mme(reference, options.mme_table_id, medications, "from", traced=False)
    drugs = [*[m.drug for m in medications], target.drug]
    context = safety_context(reference, patient, drugs, mme.compared)
    renal = renal_target(reference, target, context, options.allow_renal_avoid)
    table = reference.equianalgesic_table(options.table_id)
    converted = conversion_basis(table, medications, options.factor_choices)
    total = converted.total
    trace = list(converted.trace)
    trace.append(
        TraceStep(
            f"total_mme_per_day on {mme.table.id} (risk and thresholds), not the conversion "
            f"basis: the CDC MME table is not for conversion; the basis above is the "
            f"{table.ref.id} total",
            mme.total,
            "MME/day" if mme.total is not None else "",
            "CDC22",
        )
    )
    dose, methadone, transition = _target_dose(
        reference, target, total, patient, options, medications
    )
    trace.extend(dose.trace)
    same_drug = all(m.drug == target.drug for m in medications)
    percent, percent_source, why = applied_percent(
        reference, options.reduction_percent, dose, context, same_drug
    )
    reduction = reduce(reference, dose, percent, percent_source)
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
    regimen, infusion, offer_alerts, offer_trace = _offer(
        reference, target, dose, reduction, options, tolerant
    )
    trace.extend(offer_trace)
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
        # Only the total of the regimen's one line is read (regimen_mme's total when the table
        # covers it): its conversion alone, without the alerts and advice regimen_mme adds.
        after = convert_lines(
            reference.mme_table(options.mme_table_id, "mme_table"),
            [regimen_line(regimen)],
            "to",
            strict=False,
            traced=False,
        )
        resulting = None if after.excluded else after.total
    alerts = [*context.alerts, *renal, *mme.alerts, *notes, *source_alerts(medications)]
    alerts += [*dose.alerts, *switch_alerts, *offer_alerts, *bt_alerts]
    alerts += target_alerts(target, dose, reduction)
    alerts += cross_tolerance_alerts(reference, context, percent)
    resolved = (
        target if target.release == dose.release else attrs.evolve(target, release=dose.release)
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
        infusion,  # infusion
        transition,  # transition
    )
