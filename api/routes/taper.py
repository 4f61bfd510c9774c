"""POST /v1/tapers."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.area import Area
from api.convert import adapters as a
from api.convert.taper import taper_response
from api.schemas import taper as s
from api.state import reference_of
from calc import (
    TaperOptions,
    plan_taper,
)


__all__ = ["TaperController"]


class TaperController(Area):
    """Taper schedules."""

    tags = ("calculations",)
    problems = (400, 413, 422)

    @post(
        "/tapers",
        operation_id="plan_taper",
        summary="A dated taper schedule",
        description="Presets oih-rapid, cdc-2022-long-term, cdc-2022-weeks, acute-short, acute-weeks, or "
        "custom. Each step is a real regimen from available strengths, never higher than the step "
        "before, and no step cuts more than the percent allowed for the time since the last cut.",
        status_code=200,
        sync_to_thread=False,
    )
    def plan_taper_handler(
        self, data: JSONBody[s.TaperRequest], request: Request[Any, Any, Any]
    ) -> s.TaperResponse:
        reference = reference_of(request)
        options = TaperOptions(
            start=a.start_date(data.start_date),
            preset=data.preset,
            percent=a.opt_dec(data.percent),
            interval_days=None if data.interval_days is None else a.dec(data.interval_days),
            basis=data.basis,
            floor_percent=a.opt_dec(data.floor_percent),
            mme_table=data.table,
        )
        result = plan_taper(
            reference, a.medications(reference, data.medications), options, a.patient(data.patient)
        )
        return a.answer(request, "plan_taper", data, reference, lambda i: taper_response(result, i))
