"""POST /v1/mme."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.area import Area
from api.convert import adapters as a
from api.schemas.mme import Flag, MMERequest, MMEResponse
from api.spellings import notes_of
from api.state import reference_of
from calc import (
    calculate_mme,
    mme_summary,
)


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
        read_as = notes_of(request)
        result = calculate_mme(
            reference,
            a.medications(reference, data.medications),
            data.table,
            a.patient(data.patient),
        )
        response = MMEResponse(
            summary=list(mme_summary(result)),
            total_mme_per_day=a.num(result.total_mme_per_day),
            lines=a.mme_lines(result.lines),
            flags=[
                Flag(code=f.code, threshold=float(f.threshold), reached=f.reached, source=f.source)
                for f in result.flags
            ],
            warnings=a.warnings(result.warnings),
            trace=a.trace(result.trace),
            table=a.table_ref(result.table),
            calculation_id=a.calculation_id("calculate_mme", data, reference, read_as),
            not_compared_mme_per_day=a.opt_num(result.not_compared_mme_per_day),
        )
        return a.with_input(response, read_as)


__all__ = ["MMEController"]
