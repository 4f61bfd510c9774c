"""POST /v1/renal-function."""

from __future__ import annotations

from api.schemas.common import Patient, Request, Response, Summary, TableRef, TraceStep
from api.schemas.common import SafetyWarning as WarningOut
from api.schemas.dosing import BodyWeight, WeightBasis


class RenalFunctionRequest(Request):
    """
    Cockcroft-Gault creatinine clearance. `patient` needs `age_years`, `sex`, `weight_kg` and
    serum creatinine (`serum_creatinine_mg_dl` or `serum_creatinine_umol_l`), and `height_cm`
    for the ideal or adjusted weight basis (the default basis is ideal).
    """

    patient: Patient
    weight_basis: WeightBasis | None = None


class RenalFunctionResponse(Response):
    """
    The clearance (rounded down to 0.01 mL/min), the weight basis stated, warnings, trace.

    Attributes:
        creatinine_clearance_ml_min: Cockcroft-Gault creatinine clearance, in mL/min, rounded down
            to 0.01: (140 - age) x weight / (72 x serum creatinine mg/dL), x 0.85 if female.
        formula: `cockcroft-gault`.
        serum_creatinine_mg_dl: The serum creatinine used, in mg/dL (converted from umol/L when
            given so, 88.4 umol/L per mg/dL).
        weight: The weight used and its basis.
        renal_impairment: The clearance is below 60 mL/min (the thresholds table).
    """

    summary: Summary
    creatinine_clearance_ml_min: float
    formula: str
    serum_creatinine_mg_dl: float
    weight: BodyWeight
    renal_impairment: bool
    warnings: list[WarningOut]
    trace: list[TraceStep]
    table: TableRef
    tables: list[TableRef]
    calculation_id: str
