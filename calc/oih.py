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

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar

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
from calc.dosing_tables import adjunct_table
from calc.errors import CalcError, OutOfRangeError
from calc.methadone import safety_alerts
from calc.mme import convert_lines, regimen_mme
from calc.models import Medication, Patient, Target
from calc.plausibility import check_regimen
from calc.reference import Reference
from calc.regimen import PracticalRegimen, build_as_needed, build_regimen
from calc.results import Alert, TraceStep, ordered
from calc.rotation import RotationOptions, RotationResult, plan_rotation, regimen_line
from calc.rounding import dose_down, percent_of
from calc.taper import TaperOptions, TaperResult, plan_taper
from calc.units import daily_amount


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
    """
    A strategy's result, or the refusal that rules it out; ``resulting_mme_per_day`` is the
    MME/day (selected MME table) the strategy leads to, when the table covers it.
    """

    result: _T | None = None
    refusal: Refusal | None = None
    resulting_mme_per_day: Decimal | None = None


def attempt(
    compute: Callable[[], _T], resulting: Callable[[_T], Decimal | None] = lambda _: None
) -> Outcome[_T]:
    try:
        result = compute()
    except CalcError as exc:
        return Outcome(refusal=Refusal(exc.code, exc.field, exc.expected, exc.received, exc.detail))
    return Outcome(result=result, resulting_mme_per_day=resulting(result))


@attrs.frozen
class CutLine:
    """
    One line after the cut: the target and the real regimen (``None`` if none fits); an
    as-needed line's daily doses are its maximum per day.
    """

    drug: str
    route: str
    original_daily_dose: Decimal
    reduced_daily_dose: Decimal
    unit: str
    regimen: PracticalRegimen | None
    as_needed: bool = False


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
    """``taper_preset`` None: chosen by the patient's time on opioids (``choose_taper_preset``)."""

    start: dt.date
    cut_percent: Decimal | None = None
    methadone_mg_per_day: Decimal | None = None
    table_id: str | None = None
    mme_table_id: str | None = None
    taper_preset: str | None = None


@attrs.frozen
class OIHPlan:
    total_mme_per_day: Decimal
    oral_morphine_equivalent_per_day: Decimal
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


def _cut_line(
    reference: Reference, med: Medication, index: int, cut: Decimal, high: Decimal
) -> tuple[CutLine, list[Alert]]:
    product = reference.products.find(med.drug, med.route, med.release)
    unit = product.unit if product else med.dose_unit
    original = daily_amount(med, unit, f"medications[{index}]")
    reduced = dose_down(original - percent_of(original, cut))
    regimen: PracticalRegimen | None = None
    if product is not None and med.as_needed:
        assert med.max_doses_per_day is not None  # noqa: S101  (checked by check_regimen)
        interval = med.interval_hours or min(product.intervals_hours)
        count = max(1, int(med.max_doses_per_day))
        regimen = build_as_needed(product, reduced, interval, count, max_dose=med.dose)
    elif product is not None:
        regimen = build_regimen(product, reduced)
    alerts: list[Alert] = []
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
    line = CutLine(med.drug, med.route, original, reduced, unit, regimen, med.as_needed)
    return line, alerts


def cut_and_methadone(
    reference: Reference,
    medications: Sequence[Medication],
    options: OIHOptions,
    patient: Patient | None = None,
    context: SafetyContext | None = None,
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
        *(context.alerts if context is not None else ()),
        Alert(
            "oih.cut_and_methadone_unconfirmed",
            "warning",
            f"Cutting the opioid by {low}-{high}% and adding low-dose methadone is reported in "
            "anecdotes (Pain Physician review), not a guideline rule; specialist oversight.",
            t.source("oih_cut_low_percent"),
        ),
    ]
    for i, med in enumerate(medications):
        line, line_alerts = _cut_line(reference, med, i, cut, high)
        lines.append(line)
        alerts += line_alerts
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
    return CutAndMethadone(cut, tuple(lines), methadone_dose, methadone, ordered(alerts), trace)


def _cut_mme(reference: Reference, table_id: str | None, result: CutAndMethadone) -> Decimal | None:
    """MME/day after the cut: each line's real regimen (its reduced dose when none) + methadone."""
    meds = []
    for line in result.lines:
        if line.regimen is not None:
            meds.append(regimen_line(line.regimen))
        else:
            unit = line.unit.removesuffix("/day")
            per_day = None if unit == "mcg/h" else Decimal(1)
            meds.append(
                Medication(
                    line.drug, line.route, line.reduced_daily_dose, unit, doses_per_day=per_day
                )
            )
    if result.methadone is not None:
        meds.append(regimen_line(result.methadone))
    return _mme_of(reference, table_id, meds)


def _mme_of(
    reference: Reference, table_id: str | None, medications: Sequence[Medication]
) -> Decimal | None:
    converted = convert_lines(
        reference.mme_table(table_id, "mme_table"), medications, "medications", strict=False
    )
    return None if converted.excluded else converted.total


def _buprenorphine(
    reference: Reference,
    medications: Sequence[Medication],
    patient: Patient | None,
    options: RotationOptions,
) -> RotationResult:
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
    fallback = patient.sex is None or patient.height_cm is None
    return dose_ketamine(
        reference,
        patient,
        KetamineOrder(
            rate_mg_per_kg_per_h=rate,
            weight_basis="actual" if fallback else None,
            basis_chosen_by_plan=fallback,
        ),
    )


def _clonidine(reference: Reference, patient: Patient | None) -> ClonidineResult:
    dose = adjunct_table(reference, "clonidine").values["dose_min_mg"]
    return dose_clonidine(reference, dose, patient=patient)


def _gabapentin(reference: Reference, patient: Patient | None) -> GabapentinResult:
    target = adjunct_table(reference, "gabapentin").values["daily_min_mg"]
    return dose_gabapentin(
        reference, patient or Patient(), GabapentinOrder(target_mg_per_day=target)
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


def _with_context(result: Any, context: SafetyContext) -> Any:
    """An adjunct result carrying the regimen's safety context before its own warnings."""
    return attrs.evolve(result, warnings=ordered((*context.alerts, *result.warnings)))


def plan_oih(
    reference: Reference,
    medications: Sequence[Medication],
    options: OIHOptions,
    patient: Patient | None = None,
) -> OIHPlan:
    """Every candidate strategy for this regimen and patient, side by side."""
    notes = check_regimen(reference.plausibility, medications, "medications")
    mme = regimen_mme(reference, options.mme_table_id, medications, "medications")
    context = safety_context(reference, patient, [m.drug for m in medications], mme.total)
    table = reference.equianalgesic_table(options.table_id)
    basis = convert_lines(table, medications, "medications", basis=True).total
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
            lambda r: _cut_mme(reference, table_id, r),
        ),
        methadone_rotation=attempt(
            lambda: plan_rotation(
                reference, medications, Target("methadone", "oral"), rotation_options, patient
            ),
            rotated,
        ),
        buprenorphine_rotation=attempt(
            lambda: _buprenorphine(reference, medications, patient, rotation_options), rotated
        ),
        ketamine=attempt(lambda: _with_context(_ketamine(reference, patient), context), unchanged),
        clonidine=attempt(
            lambda: _with_context(_clonidine(reference, patient), context), unchanged
        ),
        gabapentin=attempt(
            lambda: _with_context(_gabapentin(reference, patient), context), unchanged
        ),
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
