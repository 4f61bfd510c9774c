"""The MME result as its response Struct (POST /v1/mme)."""

from __future__ import annotations

from api.convert import adapters as a
from api.schemas.mme import Flag, MMEResponse
from calc import MMEResult, mme_summary


__all__ = ["mme_response"]


def mme_response(result: MMEResult, calculation_id: str) -> MMEResponse:
    return MMEResponse(
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
        calculation_id=calculation_id,
        not_compared_mme_per_day=a.opt_num(result.not_compared_mme_per_day),
    )
