"""POST /v1/tapers."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.convert import adapters as a
from api.convert.taper import taper_response
from api.problems import problem_responses
from api.schemas import taper as s
from api.spellings import notes_of
from api.state import reference_of
from calc import (
    TaperOptions,
    plan_taper,
)


@post(
    "/tapers",
    operation_id="plan_taper",
    summary="A dated taper schedule",
    description="Presets oih-rapid, cdc-2022-long-term, cdc-2022-weeks, acute-short, acute-weeks, or "
    "custom. Each step is a real regimen from available strengths, never higher than the step "
    "before, and no step cuts more than the percent allowed for the time since the last cut.",
    tags=["calculations"],
    status_code=200,
    sync_to_thread=False,
    responses=problem_responses(400, 413, 422),
)
def plan_taper_handler(
    data: JSONBody[s.TaperRequest], request: Request[Any, Any, Any]
) -> s.TaperResponse:
    reference = reference_of(request)
    read_as = notes_of(request)
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
    calculation_id = a.calculation_id("plan_taper", data, reference, read_as)
    return a.with_input(taper_response(result, calculation_id), read_as)
