"""POST /v1/renal-function."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api import adapters as a
from api import dosing_adapters as d
from api.problems import problem_responses
from api.schemas.renal import RenalFunctionRequest, RenalFunctionResponse
from api.spellings import notes_of
from api.state import reference_of
from calc.renal import estimate_creatinine_clearance
from calc.summary_adjuncts import renal_summary


__all__ = ["estimate_creatinine_clearance_handler"]


@post(
    "/renal-function",
    operation_id="estimate_creatinine_clearance",
    summary="Cockcroft-Gault creatinine clearance with the weight basis stated",
    description="CrCl (mL/min) = (140 - age) x weight / (72 x serum creatinine mg/dL), x 0.85 if "
    "female. The weight basis (actual, ideal or adjusted; default ideal, or actual when lower) is "
    "stated in the result; constants and limits come from the `cockcroft-gault` and "
    "`body-weight` tables. Missing or out-of-range patient data is a 422 naming the field.",
    tags=["calculations"],
    status_code=200,
    sync_to_thread=False,
    responses=problem_responses(400, 413, 422),
)
def estimate_creatinine_clearance_handler(
    data: JSONBody[RenalFunctionRequest], request: Request[Any, Any, Any]
) -> RenalFunctionResponse:
    reference = reference_of(request)
    read_as = notes_of(request)
    patient = a.patient(data.patient)
    assert patient is not None  # noqa: S101  (the schema requires patient)
    result = estimate_creatinine_clearance(reference, patient, data.weight_basis)
    response = RenalFunctionResponse(
        summary=list(renal_summary(result)),
        creatinine_clearance_ml_min=a.num(result.creatinine_clearance_reported_ml_min),
        formula="cockcroft-gault",
        serum_creatinine_mg_dl=a.num(result.serum_creatinine_mg_dl),
        weight=d.body_weight(result.weight),
        renal_impairment=result.renal_impairment,
        warnings=a.warnings(result.warnings),
        trace=a.trace(result.trace),
        table=a.table_ref(result.tables[0]),
        tables=d.table_refs(result.tables),
        calculation_id=a.calculation_id("estimate_creatinine_clearance", data, reference, read_as),
    )
    return a.with_input(response, read_as)
