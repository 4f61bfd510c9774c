"""
OIH plan: the candidate strategies for opioid-induced hyperalgesia, computed side by side.

Each strategy is a full calculation with its own warnings and sources, or, where a clinical rule
refuses it for this patient, the refusal (never an error for the whole plan):

- taper: the ``oih-rapid`` preset;
- cut and add low-dose methadone: cut each line by 40-50% (SRC-004; UNCONFIRMED as a guideline
  rule, so warned) and add methadone at no more than 15 mg/day [SALP13];
- rotation to methadone, and to buprenorphine (the transdermal band, else sublingual with the
  induction warning);
- adjuncts at the start of their ranges: ketamine (when a weight is given), clonidine and
  gabapentin capped by renal function (refused, with the reason, when clearance is unknown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Generic, TypeVar

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
from calc.dosing_tables import adjunct_table
from calc.errors import CalcError, OutOfRangeError
from calc.methadone import safety_alerts
from calc.mme import convert_lines
from calc.models import Medication, Patient, Target
from calc.reference import Reference
from calc.regimen import PracticalRegimen, build_regimen
from calc.results import Alert, TraceStep
from calc.rotation import RotationOptions, RotationResult, plan_rotation
from calc.rounding import dose_down, percent_of
from calc.taper import TaperOptions, TaperResult, plan_taper
from calc.units import daily_amount


__all__ = ["CutAndMethadone", "CutLine", "OIHOptions", "OIHPlan", "Outcome", "Refusal", "plan_oih"]

_T = TypeVar("_T")
SOLUTION = "solution"


@attrs.frozen
class Refusal:
    """Why a strategy does not apply: the clinical rule's code, field, expectation and value."""

    code: str
    field: str
    expected: str
    received: object
    detail: str


@attrs.frozen
class Outcome(Generic[_T]):
    """A strategy's result, or the refusal that rules it out."""

    result: _T | None = None
    refusal: Refusal | None = None


def attempt(compute: Callable[[], _T]) -> Outcome[_T]:
    try:
        return Outcome(result=compute())
    except CalcError as exc:
        return Outcome(refusal=Refusal(exc.code, exc.field, exc.expected, exc.received, exc.detail))


@attrs.frozen
class CutLine:
    """One line after the cut: the target and the real regimen (``None`` if none fits)."""

    drug: str
    route: str
    original_daily_dose: Decimal
    reduced_daily_dose: Decimal
    unit: str
    regimen: PracticalRegimen | None


@attrs.frozen
class CutAndMethadone:
    cut_percent: Decimal
    lines: tuple[CutLine, ...]
    methadone_target_mg_per_day: Decimal
    methadone: PracticalRegimen | None
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]


@attrs.frozen
class OIHOptions:
    start: dt.date
    cut_percent: Decimal | None = None
    methadone_mg_per_day: Decimal | None = None
    table_id: str | None = None


@attrs.frozen
class OIHPlan:
    total_mme_per_day: Decimal
    taper: Outcome[TaperResult]
    cut_and_methadone: Outcome[CutAndMethadone]
    methadone_rotation: Outcome[RotationResult]
    buprenorphine_rotation: Outcome[RotationResult]
    ketamine: Outcome[KetamineResult]
    clonidine: Outcome[ClonidineResult]
    gabapentin: Outcome[GabapentinResult]
    warnings: tuple[Alert, ...]


def _bounded(
    value: Decimal | None, low: Decimal, high: Decimal, default: Decimal, field: str
) -> Decimal:
    if value is None:
        return default
    if not low <= value <= high:
        msg = f"{field} must be {low}-{high}; got {value}"
        raise OutOfRangeError("oih.out_of_range", field, f"{low}-{high}", value, msg)
    return value


def cut_and_methadone(
    reference: Reference,
    medications: Sequence[Medication],
    options: OIHOptions,
    patient: Patient | None = None,
) -> CutAndMethadone:
    t = reference.thresholds
    low, high = t["oih_cut_low_percent"], t["oih_cut_high_percent"]
    cut = _bounded(options.cut_percent, low, high, low, "cut_percent")
    cap = t["oih_methadone_max_mg_per_day"]
    methadone_dose = _bounded(
        options.methadone_mg_per_day,
        Decimal(0),
        cap,
        t["oih_methadone_default_mg_per_day"],
        "methadone_mg_per_day",
    )
    lines = []
    alerts = [
        Alert(
            "oih.cut_and_methadone_unconfirmed",
            "warning",
            f"Cutting the opioid by {low}-{high}% and adding low-dose methadone is reported in "
            "anecdotes (Pain Physician review), not a guideline rule; specialist oversight.",
            t.source("oih_cut_low_percent"),
        )
    ]
    for i, med in enumerate(medications):
        product = reference.products.find(med.drug, med.route, med.release)
        unit = product.unit if product else med.dose_unit
        original = daily_amount(med, unit, f"medications[{i}]")
        reduced = dose_down(original - percent_of(original, cut))
        regimen = build_regimen(product, reduced) if product else None
        deepest = original - percent_of(original, high)
        if regimen is not None and regimen.daily_total < deepest:
            alerts.append(
                Alert(
                    "oih.cut_deeper_than_range",
                    "warning",
                    f"{med.drug}: the nearest real regimen below the cut ({regimen.daily_total} "
                    f"{unit}/day) cuts more than {high}%; consider a smaller strength or product.",
                    regimen.source,
                )
            )
        if regimen is None:
            alerts.append(
                Alert(
                    "oih.cut_line_without_regimen",
                    "warning",
                    f"{med.drug} {med.route}: no real regimen at or below {reduced} {unit}/day; "
                    "give the reduced daily dose by another product or stop this line.",
                    product.source if product else "PRODUCT",
                )
            )
        lines.append(CutLine(med.drug, med.route, original, reduced, unit, regimen))
    product = reference.products.find("methadone", "oral", "immediate", SOLUTION)
    product = product or reference.products.find("methadone", "oral", None)
    methadone = build_regimen(product, methadone_dose) if product and methadone_dose > 0 else None
    alerts += safety_alerts(reference, patient)
    trace = (
        TraceStep(f"cut each line by {cut}%", cut, "%", t.source("oih_cut_low_percent")),
        TraceStep(
            f"low-dose methadone, at most {cap} mg/day",
            methadone_dose,
            "mg/day",
            t.source("oih_methadone_max_mg_per_day"),
        ),
    )
    return CutAndMethadone(cut, tuple(lines), methadone_dose, methadone, tuple(alerts), trace)


def _buprenorphine(
    reference: Reference,
    medications: Sequence[Medication],
    patient: Patient | None,
    table_id: str | None,
) -> RotationResult:
    options = RotationOptions(table_id=table_id)
    patch = Target("buprenorphine", "transdermal", "extended")
    try:
        return plan_rotation(reference, medications, patch, options, patient)
    except CalcError:
        return plan_rotation(
            reference, medications, Target("buprenorphine", "sublingual"), options, patient
        )


def _ketamine(reference: Reference, patient: Patient | None) -> KetamineResult:
    """The low end of the infusion range; the ideal-weight basis needs sex and height."""
    if patient is None or patient.weight_kg is None:
        msg = "a ketamine infusion is dosed by weight; give patient.weight_kg"
        raise OutOfRangeError(
            "oih.ketamine_needs_weight", "patient.weight_kg", "a weight in kg", None, msg
        )
    rate = adjunct_table(reference, "ketamine").values["rate_min_mg_per_kg_per_h"]
    basis = None if patient.sex is not None and patient.height_cm is not None else "actual"
    return dose_ketamine(
        reference, patient, KetamineOrder(rate_mg_per_kg_per_h=rate, weight_basis=basis)
    )


def _clonidine(reference: Reference, patient: Patient | None) -> ClonidineResult:
    dose = adjunct_table(reference, "clonidine").values["dose_min_mg"]
    return dose_clonidine(reference, dose, patient=patient)


def _gabapentin(reference: Reference, patient: Patient | None) -> GabapentinResult:
    target = adjunct_table(reference, "gabapentin").values["daily_min_mg"]
    return dose_gabapentin(
        reference, patient or Patient(), GabapentinOrder(target_mg_per_day=target)
    )


def plan_oih(
    reference: Reference,
    medications: Sequence[Medication],
    options: OIHOptions,
    patient: Patient | None = None,
) -> OIHPlan:
    """Every candidate strategy for this regimen and patient, side by side."""
    table = reference.equianalgesic_table(options.table_id)
    total = convert_lines(table, medications, "medications")[1]
    taper = attempt(
        lambda: plan_taper(
            reference, medications, TaperOptions(start=options.start, preset="oih-rapid"), patient
        )
    )
    rotation_options = RotationOptions(table_id=options.table_id)
    methadone = attempt(
        lambda: plan_rotation(
            reference, medications, Target("methadone", "oral"), rotation_options, patient
        )
    )
    return OIHPlan(
        total_mme_per_day=total,
        taper=taper,
        cut_and_methadone=attempt(
            lambda: cut_and_methadone(reference, medications, options, patient)
        ),
        methadone_rotation=methadone,
        buprenorphine_rotation=attempt(
            lambda: _buprenorphine(reference, medications, patient, options.table_id)
        ),
        ketamine=attempt(lambda: _ketamine(reference, patient)),
        clonidine=attempt(lambda: _clonidine(reference, patient)),
        gabapentin=attempt(lambda: _gabapentin(reference, patient)),
        warnings=(
            Alert(
                "oih.choose_with_clinician",
                "info",
                "These strategies are alternatives for the clinician to choose from, not a sequence.",
                "SRC-004",
            ),
        ),
    )
