"""POST /v1/oih-plans."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api import adapters as a
from api.problems import problem_responses, render_value
from api.routes.adjuncts import clonidine_response, gabapentin_response, ketamine_response
from api.routes.rotation import regimen_struct, rotation_response
from api.routes.taper import taper_response
from api.schemas import oih as s
from api.state import reference_of
from calc.oih import CutAndMethadone, OIHOptions, Outcome, Refusal, plan_oih


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


def _cut(result: CutAndMethadone | None) -> s.CutAndMethadone | None:
    if result is None:
        return None
    return s.CutAndMethadone(
        cut_percent=float(result.cut_percent),
        lines=[
            s.CutLine(
                drug=line.drug,
                route=line.route,
                original_daily_dose=a.num(line.original_daily_dose),
                reduced_daily_dose=a.num(line.reduced_daily_dose),
                unit=line.unit,
                regimen=regimen_struct(line.regimen),
            )
            for line in result.lines
        ],
        methadone_target_mg_per_day=float(result.methadone_target_mg_per_day),
        methadone=regimen_struct(result.methadone),
        warnings=a.warnings(result.warnings),
        trace=a.trace(result.trace),
    )


def _status(outcome: Outcome[Any]) -> s.Status:
    return "available" if outcome.result is not None else "not_applicable"


@post(
    "/oih-plans",
    operation_id="plan_oih",
    summary="Candidate strategies for opioid-induced hyperalgesia, side by side",
    description="Taper (oih-rapid); cut the current opioid by 40-50% and add low-dose methadone; "
    "rotation to methadone; rotation to buprenorphine; ketamine (needs a weight), clonidine and "
    "gabapentin (needs renal function). Each is a full calculation with its own "
    "warnings, or the refusal that rules it out for this patient.",
    tags=["calculations"],
    status_code=200,
    sync_to_thread=False,
    responses=problem_responses(400, 413, 422),
)
def plan_oih_handler(
    data: JSONBody[s.OIHRequest], request: Request[Any, Any, Any]
) -> s.OIHPlanResponse:
    reference = reference_of(request)
    options = OIHOptions(
        start=data.start_date,
        cut_percent=a.opt_dec(data.cut_percent),
        methadone_mg_per_day=a.opt_dec(data.methadone_mg_per_day),
        table_id=data.table,
    )
    plan = plan_oih(reference, a.medications(data.medications), options, a.patient(data.patient))
    calculation_id = a.calculation_id("plan_oih", data, reference)
    taper = plan.taper.result
    methadone = plan.methadone_rotation.result
    buprenorphine = plan.buprenorphine_rotation.result
    return s.OIHPlanResponse(
        total_mme_per_day=a.num(plan.total_mme_per_day),
        taper=s.TaperStrategy(
            status=_status(plan.taper),
            result=taper_response(taper, calculation_id) if taper else None,
            refusal=_refusal(plan.taper.refusal),
        ),
        cut_and_methadone=s.CutAndMethadoneStrategy(
            status=_status(plan.cut_and_methadone),
            result=_cut(plan.cut_and_methadone.result),
            refusal=_refusal(plan.cut_and_methadone.refusal),
        ),
        methadone_rotation=s.RotationStrategy(
            status=_status(plan.methadone_rotation),
            result=rotation_response(methadone, calculation_id) if methadone else None,
            refusal=_refusal(plan.methadone_rotation.refusal),
        ),
        buprenorphine_rotation=s.RotationStrategy(
            status=_status(plan.buprenorphine_rotation),
            result=rotation_response(buprenorphine, calculation_id) if buprenorphine else None,
            refusal=_refusal(plan.buprenorphine_rotation.refusal),
        ),
        ketamine=s.KetamineStrategy(
            status=_status(plan.ketamine),
            result=ketamine_response(plan.ketamine.result, calculation_id)
            if plan.ketamine.result
            else None,
            refusal=_refusal(plan.ketamine.refusal),
        ),
        clonidine=s.ClonidineStrategy(
            status=_status(plan.clonidine),
            result=clonidine_response(plan.clonidine.result, calculation_id)
            if plan.clonidine.result
            else None,
            refusal=_refusal(plan.clonidine.refusal),
        ),
        gabapentin=s.GabapentinStrategy(
            status=_status(plan.gabapentin),
            result=gabapentin_response(plan.gabapentin.result, calculation_id)
            if plan.gabapentin.result
            else None,
            refusal=_refusal(plan.gabapentin.refusal),
        ),
        warnings=a.warnings(plan.warnings),
        calculation_id=calculation_id,
    )
