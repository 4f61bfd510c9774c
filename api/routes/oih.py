"""POST /v1/oih-plans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.area import Area
from api.convert import adapters as a
from api.convert.adjuncts import clonidine_response, gabapentin_response, ketamine_response
from api.convert.rotation import regimen_struct, rotation_response
from api.convert.taper import taper_response
from api.problems import render_value
from api.schemas import oih as s
from api.schemas.rotation import RotationResponse
from api.spellings import notes_of
from api.state import reference_of
from calc import (
    CutAndMethadone,
    OIHOptions,
    Outcome,
    Refusal,
    RotationResult,
    cut_and_methadone_summary,
    oih_summary,
    plan_oih,
)


__all__ = ["OIHController"]


def _refusal(refusal: Refusal | None) -> s.Refusal | None:
    if refusal is None:
        return None
    return s.Refusal(
        code=refusal.code,
        field=refusal.field,
        expected=refusal.expected,
        received=render_value(refusal.received),
        detail=refusal.detail,
    )


def _cut(result: CutAndMethadone) -> s.CutAndMethadone:
    return s.CutAndMethadone(
        summary=list(cut_and_methadone_summary(result)),
        cut_percent=float(result.cut_percent),
        lines=[
            s.CutLine(
                drug=line.drug,
                route=line.route,
                original_daily_dose=a.num(line.original_daily_dose),
                reduced_daily_dose=a.num(line.reduced_daily_dose),
                unit=line.unit,
                regimen=regimen_struct(line.regimen),
                as_needed=line.as_needed,
            )
            for line in result.lines
        ],
        methadone_target_mg_per_day=float(result.methadone_target_mg_per_day),
        methadone=regimen_struct(result.methadone),
        warnings=a.warnings(result.warnings),
        trace=a.trace(result.trace),
    )


class OIHController(Area):
    """Strategies for opioid-induced hyperalgesia."""

    tags = ("calculations",)
    problems = (400, 413, 422)

    @post(
        "/oih-plans",
        operation_id="plan_oih",
        summary="Candidate strategies for opioid-induced hyperalgesia, side by side",
        description="Taper (CDC 2022 long-term for a year or more on opioids or an unknown time; "
        "oih-rapid on request); cut the current opioid by 40-50% and add low-dose methadone; "
        "rotation to methadone; rotation to buprenorphine; ketamine (needs a weight), clonidine and "
        "gabapentin (needs renal function). Each is a full calculation with its own "
        "warnings, or the refusal that rules it out for this patient.",
        status_code=200,
        sync_to_thread=False,
    )
    def plan_oih_handler(
        self, data: JSONBody[s.OIHRequest], request: Request[Any, Any, Any]
    ) -> s.OIHPlanResponse:
        reference = reference_of(request)
        read_as = notes_of(request)
        options = OIHOptions(
            start=a.start_date(data.start_date),
            cut_percent=a.opt_dec(data.cut_percent),
            methadone_mg_per_day=a.opt_dec(data.methadone_mg_per_day),
            table_id=data.table,
            mme_table_id=data.mme_table,
            taper_preset=data.taper_preset,
        )
        plan = plan_oih(
            reference, a.medications(reference, data.medications), options, a.patient(data.patient)
        )
        calculation_id = a.calculation_id("plan_oih", data, reference, read_as)

        def done(outcome: Outcome[Any], kind: Any, build: Callable[[Any], Any]) -> Any:
            """A strategy Struct: the built result, or the refusal that rules it out."""
            result = outcome.result
            return kind(
                status="available" if result is not None else "not_applicable",
                result=None if result is None else build(result),
                refusal=_refusal(outcome.refusal),
                resulting_mme_per_day=a.opt_num(outcome.resulting_mme_per_day),
            )

        def rotation(result: RotationResult) -> RotationResponse:
            return rotation_response(result, calculation_id)

        return s.OIHPlanResponse(
            summary=list(oih_summary(plan)),
            total_mme_per_day=a.opt_num(plan.total_mme_per_day),
            oral_morphine_equivalent_per_day=a.num(plan.oral_morphine_equivalent_per_day),
            taper=done(plan.taper, s.TaperStrategy, lambda r: taper_response(r, calculation_id)),
            cut_and_methadone=done(plan.cut_and_methadone, s.CutAndMethadoneStrategy, _cut),
            methadone_rotation=done(plan.methadone_rotation, s.RotationStrategy, rotation),
            buprenorphine_rotation=done(plan.buprenorphine_rotation, s.RotationStrategy, rotation),
            ketamine=done(
                plan.ketamine, s.KetamineStrategy, lambda r: ketamine_response(r, calculation_id)
            ),
            clonidine=done(
                plan.clonidine, s.ClonidineStrategy, lambda r: clonidine_response(r, calculation_id)
            ),
            gabapentin=done(
                plan.gabapentin,
                s.GabapentinStrategy,
                lambda r: gabapentin_response(r, calculation_id),
            ),
            warnings=a.warnings(plan.warnings),
            trace=a.input_trace(read_as),
            calculation_id=calculation_id,
        )
