"""POST /v1/renal-function."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.area import Area
from api.convert import adapters as a
from api.convert import dosing as d
from api.schemas.renal import RenalFunctionRequest, RenalFunctionResponse
from api.state import reference_of
from calc import estimate_creatinine_clearance


__all__ = ["RenalController"]


class RenalController(Area):
    """Renal function (creatinine clearance)."""

    tags = ("calculations",)
    problems = (400, 413, 422)

    @post(
        "/renal-function",
        operation_id="estimate_creatinine_clearance",
        summary="Cockcroft-Gault creatinine clearance with the weight basis stated",
        description="CrCl (mL/min) = (140 - age) x weight / (72 x serum creatinine mg/dL), x 0.85 if "
        "female. The weight basis (actual, ideal or adjusted; default ideal, or actual when lower) is "
        "stated in the result; constants and limits come from the `cockcroft-gault` and "
        "`body-weight` tables. Missing or out-of-range patient data is a 422 naming the field.",
        status_code=200,
        sync_to_thread=False,
    )
    def estimate_creatinine_clearance_handler(
        self, data: JSONBody[RenalFunctionRequest], request: Request[Any, Any, Any]
    ) -> RenalFunctionResponse:
        reference = reference_of(request)
        patient = a.patient(data.patient)
        assert patient is not None  # noqa: S101  (the schema requires patient)
        result = estimate_creatinine_clearance(reference, patient, data.weight_basis)
        operation = "estimate_creatinine_clearance"
        return a.answer(request, operation, data, reference, lambda i: d.renal_response(result, i))
