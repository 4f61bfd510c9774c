"""The OIH plan as its response Struct: each strategy built, or the refusal that rules it out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from api.convert import adapters as a
from api.convert.adjuncts import clonidine_response, gabapentin_response, ketamine_response
from api.convert.rotation import regimen_struct, rotation_response
from api.convert.taper import taper_response
from api.problems import render_value
from api.schemas import oih as s
from api.schemas.rotation import RotationResponse
from calc import (
    CutAndMethadone,
    OIHPlan,
    Outcome,
    Refusal,
    RotationResult,
    cut_and_methadone_summary,
    oih_summary,
)


__all__ = ["oih_response"]


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


def oih_response(plan: OIHPlan, calculation_id: str) -> s.OIHPlanResponse:
    """The plan's Struct; each strategy has its own trace, the plan's is empty (the input's)."""

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
        trace=[],
        calculation_id=calculation_id,
    )
