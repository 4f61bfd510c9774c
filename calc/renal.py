"""
Renal function: Cockcroft-Gault creatinine clearance with the weight basis stated, and the
clearance the renally dosed adjuncts use (given by the caller, or estimated).

Every constant and input limit comes from the ``cockcroft-gault`` and ``body-weight`` tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from calc.errors import OutOfRangeError
from calc.reference import formula_table
from calc.results import Alert, TableRef, TraceStep, number
from calc.rounding import dose_down
from calc.weights import DosingWeight, dosing_weight, require_sex, require_within


if TYPE_CHECKING:
    from decimal import Decimal

    from calc.models import Patient
    from calc.reference import Reference


__all__ = ["Clearance", "RenalResult", "clearance_for_dosing", "estimate_creatinine_clearance"]


@attrs.frozen
class RenalResult:
    """
    A Cockcroft-Gault estimate.

    Attributes:
        creatinine_clearance_ml_min: exact value (bands are decided on it).
        creatinine_clearance_reported_ml_min: rounded DOWN to 0.01 mL/min (conservative).
        serum_creatinine_mg_dl: the creatinine used, converted from umol/L when given so.
        weight: the dosing weight and its basis.
        renal_impairment: below the threshold table's ``renal_impairment_crcl``.
    """

    creatinine_clearance_ml_min: Decimal
    creatinine_clearance_reported_ml_min: Decimal
    serum_creatinine_mg_dl: Decimal
    age_years: Decimal
    sex: str
    weight: DosingWeight
    renal_impairment: bool
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    tables: tuple[TableRef, ...]


@attrs.frozen
class Clearance:
    """The clearance a renally dosed drug uses: ``given`` by the caller or ``cockcroft-gault``."""

    ml_min: Decimal
    method: str
    estimate: RenalResult | None
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    tables: tuple[TableRef, ...]


def _creatinine(reference: Reference, patient: Patient, field: str) -> tuple[Decimal, TraceStep]:
    v = formula_table(reference, "cockcroft-gault").values
    per_mg_dl = v["creatinine_umol_l_per_mg_dl"]
    low, high = v["creatinine_min_mg_dl"], v["creatinine_max_mg_dl"]
    mg_dl, umol = patient.serum_creatinine_mg_dl, patient.serum_creatinine_umol_l
    if mg_dl is not None and umol is not None:
        msg = f"{field}: give serum creatinine in mg/dL or in umol/L, not both"
        raise OutOfRangeError(
            code="renal.creatinine_twice",
            field=f"{field}.serum_creatinine_umol_l",
            expected="one of serum_creatinine_mg_dl or serum_creatinine_umol_l",
            received=umol,
            detail=msg,
        )
    if umol is not None:
        require_within(
            umol,
            (low * per_mg_dl, high * per_mg_dl, "umol/L"),
            code="renal.creatinine_out_of_range",
            field=f"{field}.serum_creatinine_umol_l",
            why=f"the product's accepted range, {number(per_mg_dl)} umol/L per mg/dL",
        )
        mg_dl = umol / per_mg_dl
        step = f"serum creatinine {number(umol)} umol/L / {number(per_mg_dl)}"
        return mg_dl, TraceStep(step, mg_dl, "mg/dL", v.source("creatinine_umol_l_per_mg_dl"))
    mg_dl = require_within(
        mg_dl,
        (low, high, "mg/dL"),
        code="renal.creatinine_required",
        field=f"{field}.serum_creatinine_mg_dl",
        why="serum creatinine in mg/dL, or give serum_creatinine_umol_l",
    )
    return mg_dl, TraceStep("serum creatinine", mg_dl, "mg/dL", "PRODUCT")


def estimate_creatinine_clearance(
    reference: Reference,
    patient: Patient,
    weight_basis: str | None = None,
    field: str = "patient",
) -> RenalResult:
    """Cockcroft-Gault creatinine clearance (mL/min) on the stated weight basis."""
    cg = formula_table(reference, "cockcroft-gault")
    body = formula_table(reference, "body-weight")
    v = cg.values
    age = require_within(
        patient.age_years,
        (v["age_min_years"], v["age_max_years"], "years"),
        code="renal.age_required",
        field=f"{field}.age_years",
        why="Cockcroft-Gault needs the age",
    )
    sex = require_sex(patient.sex, f"{field}.sex", "Cockcroft-Gault differs by sex")
    scr, scr_step = _creatinine(reference, patient, field)
    assert cg.default_weight_basis is not None  # noqa: S101  (the loader requires it)
    weight = dosing_weight(body, patient, weight_basis, cg.default_weight_basis, field)
    offset, factor = v["age_offset_years"], v["creatinine_factor"]
    crcl = (offset - age) * weight.kg / (factor * scr)
    formula = (
        f"Cockcroft-Gault: ({number(offset)} - {number(age)}) x {number(dose_down(weight.kg))} kg"
        f" / ({number(factor)} x {number(dose_down(scr))} mg/dL)"
    )
    trace = [
        scr_step,
        *weight.trace,
        TraceStep(formula, crcl, "mL/min", v.source("age_offset_years")),
    ]
    if sex == "female":
        crcl *= v["female_factor"]
        step = f"x {number(v['female_factor'])} (female)"
        trace.append(TraceStep(step, crcl, "mL/min", v.source("female_factor")))
    reported = dose_down(crcl)
    trace.append(TraceStep("reported, rounded down to 0.01", reported, "mL/min", "PRODUCT"))
    thresholds = reference.thresholds
    impaired = crcl < thresholds["renal_impairment_crcl"]
    how = "the product default" if weight.basis_defaulted else "as requested"
    warnings = [
        *weight.warnings,
        Alert(
            "renal.weight_basis_contested",
            "info",
            f"The Cockcroft-Gault weight is contested (actual, ideal or adjusted; no single "
            f"authoritative answer): this estimate used the {weight.basis} basis ({how}), "
            f"{number(dose_down(weight.kg))} kg.",
            "GRPH-CRCL",
        ),
    ]
    if impaired:
        warnings.append(
            Alert(
                "renal.impairment",
                "warning",
                f"Estimated creatinine clearance {number(reported)} mL/min is below "
                f"{number(thresholds['renal_impairment_crcl'])} mL/min: renally cleared drugs "
                "(gabapentin, pregabalin, several opioids) need dose adjustment.",
                thresholds.source("renal_impairment_crcl"),
            )
        )
    if patient.creatinine_clearance_ml_min is not None:
        warnings.append(
            Alert(
                "renal.given_clearance_not_used",
                "info",
                "patient.creatinine_clearance_ml_min was given but not used: this operation "
                "estimates the clearance from serum creatinine.",
                "PRODUCT",
            )
        )
    return RenalResult(
        creatinine_clearance_ml_min=crcl,
        creatinine_clearance_reported_ml_min=reported,
        serum_creatinine_mg_dl=scr,
        age_years=age,
        sex=sex,
        weight=weight,
        renal_impairment=impaired,
        warnings=tuple(warnings),
        trace=tuple(trace),
        tables=(cg.ref, body.ref, thresholds.ref),
    )


def clearance_for_dosing(
    reference: Reference,
    patient: Patient,
    weight_basis: str | None,
    code: str,
    field: str = "patient",
) -> Clearance:
    """The clearance as given, else estimated from serum creatinine; refused when neither."""
    given = patient.creatinine_clearance_ml_min
    if given is not None:
        if given <= 0:
            msg = f"{field}.creatinine_clearance_ml_min: expected > 0 mL/min, got {number(given)}"
            raise OutOfRangeError(
                code, f"{field}.creatinine_clearance_ml_min", "> 0 mL/min", given, msg
            )
        step = TraceStep("creatinine clearance as given", given, "mL/min", "PRODUCT")
        return Clearance(given, "given", None, (), (step,), ())
    if patient.serum_creatinine_mg_dl is None and patient.serum_creatinine_umol_l is None:
        expected = (
            "creatinine_clearance_ml_min, or serum creatinine with age, sex, weight (and height "
            "for the ideal-weight basis) for Cockcroft-Gault"
        )
        msg = f"{field}: renal dosing needs the creatinine clearance; expected {expected}"
        raise OutOfRangeError(code, f"{field}.creatinine_clearance_ml_min", expected, None, msg)
    estimate = estimate_creatinine_clearance(reference, patient, weight_basis, field)
    return Clearance(
        estimate.creatinine_clearance_ml_min,
        "cockcroft-gault",
        estimate,
        estimate.warnings,
        estimate.trace,
        estimate.tables,
    )
