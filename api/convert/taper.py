"""Taper results as response Structs (POST /v1/tapers, and the OIH plan's taper)."""

from __future__ import annotations

from api.convert import adapters as a
from api.convert.rotation import regimen_struct
from api.schemas import taper as s
from calc import (
    TaperResult,
    taper_summary,
)


__all__ = ["taper_response"]


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
