"""
OIH plan: the candidate strategies for opioid-induced hyperalgesia, computed side by side.

Each strategy is a full calculation with its own warnings and sources, or, where a clinical rule
refuses it for this patient, the refusal (never an error for the whole plan).  Every strategy
carries the regimen's safety context (MME thresholds on the selected MME table, naloxone,
benzodiazepine, renal, hepatic, age), and reports the MME/day it leads to:

- taper: the CDC 2022 long-term preset when the patient has taken opioids for a year or more or
  the duration is unknown (CDC 2022: about 10% a month), shorter-use presets for shorter use; the
  source document's 10-25% every 2-3 days (``oih-rapid``) is the named alternative;
- cut and add low-dose methadone: cut each line by 40-50% (SRC-004; UNCONFIRMED as a guideline
  rule, so warned) and add methadone at no more than 15 mg/day [SALP13]; an as-needed line stays
  as-needed and its maximum is what is cut;
- rotation to methadone, and to buprenorphine (the transdermal band, else sublingual with the
  induction warning);
- adjuncts at the start of their ranges: ketamine (when a weight is given), clonidine and
  gabapentin capped by renal function (refused, with the reason, when clearance is unknown).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.adjuncts import (
    ClonidineResult,
    GabapentinOrder,
    GabapentinResult,
    KetamineOrder,
    KetamineResult,
    dose_clonidine,
    dose_gabapentin,
    dose_ketamine,
)
from calc.alerts import SafetyContext, safety_context
from calc.errors import CalcError, OutOfRangeError
from calc.kinds.factors import FactorTable
from calc.mme import convert_lines, regimen_mme
from calc.models import Medication, Patient, Target
from calc.oih_cut import CutAndMethadone, CutLine, cut_and_methadone, cut_mme
from calc.oih_types import OIHOptions, Outcome, Refusal, attempt
from calc.plausibility import check_schedule
from calc.reference import Reference, adjunct_table
from calc.results import Alert, ordered
from calc.rotation import RotationOptions, RotationResult, conversion_basis, plan_rotation
from calc.taper import TaperOptions, TaperResult, plan_taper


__all__ = [
    "CutAndMethadone",
    "CutLine",
    "OIHOptions",
    "OIHPlan",
    "Outcome",
    "Refusal",
    "choose_taper_preset",
    "plan_oih",
]


# The rotation targets, the same for every plan (a Target is frozen and checked when built).
_METHADONE = Target("methadone", "oral")
_BUPRENORPHINE_PATCH = Target("buprenorphine", "transdermal", "extended")
_BUPRENORPHINE_SUBLINGUAL = Target("buprenorphine", "sublingual")


@attrs.frozen
class OIHPlan:
    total_mme_per_day: Decimal | None
    oral_morphine_equivalent_per_day: Decimal
    taper: Outcome[TaperResult]
    cut_and_methadone: Outcome[CutAndMethadone]
    methadone_rotation: Outcome[RotationResult]
    buprenorphine_rotation: Outcome[RotationResult]
    ketamine: Outcome[KetamineResult]
    clonidine: Outcome[ClonidineResult]
    gabapentin: Outcome[GabapentinResult]
    warnings: tuple[Alert, ...]


def _buprenorphine(
    reference: Reference,
    medications: Sequence[Medication],
    patient: Patient | None,
    options: RotationOptions,
) -> RotationResult:
    try:
        return plan_rotation(reference, medications, _BUPRENORPHINE_PATCH, options, patient)
    except CalcError:
        return plan_rotation(reference, medications, _BUPRENORPHINE_SUBLINGUAL, options, patient)


def _ketamine(
    reference: Reference, patient: Patient | None, context: SafetyContext
) -> KetamineResult:
    """The low end of the infusion range; the ideal-weight basis needs sex and height."""
    if patient is None or patient.weight_kg is None:
        msg = "a ketamine infusion is dosed by weight; give patient.weight_kg"
        raise OutOfRangeError(
            "oih.ketamine_needs_weight", "patient.weight_kg", "a weight in kg", None, msg
        )
    rate = adjunct_table(reference, "ketamine").values["rate_min_mg_per_kg_per_h"]
    fallback = patient.sex is None or patient.height_cm is None
    return dose_ketamine(
        reference,
        patient,
        KetamineOrder(
            rate_mg_per_kg_per_h=rate,
            weight_basis="actual" if fallback else None,
            basis_chosen_by_plan=fallback,
        ),
        context=context.alerts,
    )


def _clonidine(
    reference: Reference, patient: Patient | None, context: SafetyContext
) -> ClonidineResult:
    dose = adjunct_table(reference, "clonidine").values["dose_min_mg"]
    return dose_clonidine(reference, dose, patient=patient, context=context.alerts)


def _gabapentin(
    reference: Reference, patient: Patient | None, context: SafetyContext
) -> GabapentinResult:
    target = adjunct_table(reference, "gabapentin").values["daily_min_mg"]
    return dose_gabapentin(
        reference,
        patient or Patient(),
        GabapentinOrder(target_mg_per_day=target),
        context=context.alerts,
    )


def choose_taper_preset(reference: Reference, patient: Patient | None) -> tuple[str, Alert]:
    """
    The taper preset for the patient's time on opioids (CDC 2022): a year or more, or unknown,
    the long-term preset; weeks to months the weeks preset; under a month the acute presets.
    """
    t = reference.thresholds
    days = patient.days_on_current_opioids if patient is not None else None
    if days is None or days >= t["long_term_opioid_days"]:
        name = "cdc-2022-long-term"
        why = (
            "the time on opioids is unknown"
            if days is None
            else f"opioids for {days} days (at least {t['long_term_opioid_days']})"
        )
    elif days >= t["weeks_opioid_days"]:
        name, why = "cdc-2022-weeks", f"opioids for {days} days (weeks to months)"
    elif days >= t["opioid_tolerance_days"]:
        name, why = "acute-weeks", f"opioids for {days} days (at least a week, under a month)"
    else:
        name, why = "acute-short", f"opioids for {days} days (under a week)"
    note = Alert(
        "oih.taper_preset_chosen",
        "info",
        f"The taper strategy uses {name} because {why} (CDC 2022: about 10% a month for long-term "
        "use); the OIH source document's faster 10-25% every 2-3 days is available as "
        "taper_preset oih-rapid, with specialist oversight.",
        t.source("long_term_opioid_days"),
    )
    return name, note


def _basis(table: FactorTable, medications: Sequence[Medication]) -> Decimal:
    """The oral morphine equivalent: the rotations' conversion basis, converted once for all."""
    try:
        return conversion_basis(table, medications).total
    except CalcError:
        # The same refusal, naming the plan's own field.
        return convert_lines(table, medications, "medications", basis=True).total


def plan_oih(
    reference: Reference,
    medications: Sequence[Medication],
    options: OIHOptions,
    patient: Patient | None = None,
) -> OIHPlan:
    """Every candidate strategy for this regimen and patient, side by side."""
    notes = check_schedule(reference.plausibility, medications, "medications")
    mme = regimen_mme(reference, options.mme_table_id, medications, "medications")
    context = safety_context(reference, patient, [m.drug for m in medications], mme.compared)
    basis = _basis(reference.equianalgesic_table(options.table_id), medications)
    preset, preset_note = choose_taper_preset(reference, patient)
    if options.taper_preset is not None:
        preset = options.taper_preset
        preset_note = Alert(
            "oih.taper_preset_requested",
            "info",
            f"The taper strategy uses {preset}, as requested.",
            "PRODUCT",
        )
    taper_options = TaperOptions(start=options.start, preset=preset, mme_table=options.mme_table_id)
    rotation_options = RotationOptions(table_id=options.table_id, mme_table_id=options.mme_table_id)
    table_id = options.mme_table_id

    def rotated(result: RotationResult) -> Decimal | None:
        return result.resulting_mme_per_day

    def tapered(result: TaperResult) -> Decimal | None:
        return result.steps[0].total_mme_per_day if result.steps else result.original_mme_per_day

    def unchanged(_: object) -> Decimal | None:
        return None if mme.converted.excluded else mme.total

    return OIHPlan(
        total_mme_per_day=mme.total,
        oral_morphine_equivalent_per_day=basis,
        taper=attempt(lambda: plan_taper(reference, medications, taper_options, patient), tapered),
        cut_and_methadone=attempt(
            lambda: cut_and_methadone(reference, medications, options, patient, context),
            lambda r: cut_mme(reference, table_id, r),
        ),
        methadone_rotation=attempt(
            lambda: plan_rotation(reference, medications, _METHADONE, rotation_options, patient),
            rotated,
        ),
        buprenorphine_rotation=attempt(
            lambda: _buprenorphine(reference, medications, patient, rotation_options), rotated
        ),
        # Each adjunct's warnings come after the regimen's safety context.
        ketamine=attempt(lambda: _ketamine(reference, patient, context), unchanged),
        clonidine=attempt(lambda: _clonidine(reference, patient, context), unchanged),
        gabapentin=attempt(lambda: _gabapentin(reference, patient, context), unchanged),
        warnings=ordered(
            (
                *context.alerts,
                *mme.alerts,
                *notes,
                preset_note,
                Alert(
                    "oih.choose_with_clinician",
                    "info",
                    "These strategies are alternatives for the clinician to choose from, not a "
                    "sequence; each reports the MME/day it leads to (resulting_mme_per_day).",
                    "SRC-004",
                ),
            )
        ),
    )
