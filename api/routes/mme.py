"""POST /v1/mme."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.area import Area
from api.convert import adapters as a
from api.convert.mme import mme_response
from api.schemas.mme import MMERequest, MMEResponse
from api.state import reference_of
from calc import calculate_mme


class MMEController(Area):
    """MME/day of a regimen."""

    tags = ("calculations",)
    problems = (400, 413, 422)

    @post(
        "/mme",
        operation_id="calculate_mme",
        summary="MME/day of a regimen",
        description="Per-line daily dose, factor and MME/day, the total, the 50 and 90 MME/day "
        "flags, warnings and a trace. `table` selects the MME table (GET /v1/tables).",
        status_code=200,
        sync_to_thread=False,
    )
    def calculate_mme_handler(
        self, data: JSONBody[MMERequest], request: Request[Any, Any, Any]
    ) -> MMEResponse:
        reference = reference_of(request)
        result = calculate_mme(
            reference,
            a.medications(reference, data.medications),
            data.table,
            a.patient(data.patient),
        )
        return a.answer(
            request, "calculate_mme", data, reference, lambda i: mme_response(result, i)
        )


__all__ = ["MMEController"]
