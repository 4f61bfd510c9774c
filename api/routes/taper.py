"""POST /v1/tapers."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api import adapters as a
from api.problems import problem_responses
from api.routes.rotation import regimen_struct
from api.schemas import taper as s
from api.spellings import notes_of
from api.state import reference_of
from calc.summary import taper_summary
from calc.taper import TaperOptions, TaperResult, plan_taper


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


def taper_response(result: TaperResult, calculation_id: str) -> s.TaperResponse:
    return s.TaperResponse(
        summary=list(taper_summary(result)),
        preset=s.PresetInfo(
            name=result.preset.name,
            source=result.preset.source,
            unconfirmed=result.preset.unconfirmed,
        ),
        percent=float(result.percent),
        interval_days=float(result.interval_days),
        basis=result.basis,
        original_mme_per_day=a.opt_num(result.original_mme_per_day),
        steps=[
            s.TaperStep(
                number=step.number,
                date=step.date,
                day=step.day,
                intervals_since_previous=step.intervals_since_previous,
                lines=[
                    s.TaperLine(
                        drug=line.drug,
                        route=line.route,
                        daily_dose=a.num(line.daily_dose),
                        unit=line.unit,
                        regimen=regimen_struct(line.regimen),
                        cut=a.num(line.cut),
                        allowance=a.num(line.allowance),
                        as_needed=line.as_needed,
                        interval_changed=line.interval_changed,
                    )
                    for line in step.lines
                ],
                total_mme_per_day=a.opt_num(step.total_mme_per_day),
                percent_of_original=a.num(step.percent_of_original),
                thresholds_reached=list(step.thresholds_reached),
            )
            for step in result.steps
        ],
        ends_at=result.ends_at,  # type: ignore[arg-type]
        warnings=a.warnings(result.warnings),
        trace=a.trace(result.trace),
        table=a.table_ref(result.tables[0]),
        tables=[a.table_ref(t) for t in result.tables],
        calculation_id=calculation_id,
    )
