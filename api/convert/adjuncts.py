"""Adjunct results as response Structs (POST /v1/adjuncts/*, and the OIH plan's adjuncts)."""

from __future__ import annotations

import calc
from api.convert import adapters as a
from api.convert import dosing as d
from api.schemas import adjuncts as s
from calc import (
    ClonidineLevel,
    TitrationDay,
    clonidine_summary,
    gabapentin_summary,
    ketamine_summary,
    naltrexone_summary,
    pregabalin_summary,
)


__all__ = [
    "clonidine_response",
    "gabapentin_response",
    "ketamine_response",
    "naltrexone_response",
    "pregabalin_response",
    "titration_days",
]


def ketamine_response(r: calc.KetamineResult, calculation_id: str) -> s.KetamineResponse:
    bolus = None
    if r.bolus is not None:
        bolus = s.KetamineBolus(
            mg_per_kg=float(r.bolus.mg_per_kg),
            dose_mg=a.num(r.bolus.dose_mg),
            volume_ml=a.opt_num(r.bolus.volume_ml),
        )
    return s.KetamineResponse(
        summary=list(ketamine_summary(r)),
        rate_mg_per_kg_per_h=float(r.rate_mg_per_kg_per_h),
        rate_range=s.DoseRange(
            min=float(r.rate_min), max=float(r.rate_max), unit="mg/kg/h", sources=[*r.rate_sources]
        ),
        weight=d.body_weight(r.weight),
        dose_mg_per_h=a.num(r.dose_mg_per_h),
        concentration_mg_per_ml=a.opt_num(r.concentration_mg_per_ml),
        infusion_ml_per_h=a.opt_num(r.infusion_ml_per_h),
        amount_mg_per_24h=a.num(r.amount_mg_per_24h),
        bolus=bolus,
        warnings=a.warnings(r.warnings),
        trace=a.trace(r.trace),
        table=a.table_ref(r.table),
        tables=d.table_refs(r.tables),
        calculation_id=calculation_id,
    )


def _level(x: ClonidineLevel) -> s.ClonidineLevel:
    doses = [float(v) for v in x.doses_mg]
    return s.ClonidineLevel(
        day_from=x.day_from, day_to=x.day_to, doses_mg=doses, daily_mg=float(x.daily_mg)
    )


def clonidine_response(r: calc.ClonidineResult, calculation_id: str) -> s.ClonidineResponse:
    return s.ClonidineResponse(
        summary=list(clonidine_summary(r)),
        requested_dose_mg=float(r.requested_dose_mg),
        dose_mg=float(r.dose_mg),
        doses_per_day=r.doses_per_day,
        interval_hours=a.num(r.interval_hours),
        daily_mg=float(r.daily_mg),
        titration=[_level(x) for x in r.titration],
        taper=[_level(x) for x in r.taper],
        stop_day=r.stop_day,
        hold_parameters=s.HoldParameters(
            systolic_below_mmhg=float(r.hold_systolic_below_mmhg),
            diastolic_below_mmhg=float(r.hold_diastolic_below_mmhg),
            source=r.hold_source,
        ),
        warnings=a.warnings(r.warnings),
        trace=a.trace(r.trace),
        table=a.table_ref(r.table),
        tables=d.table_refs(r.tables),
        calculation_id=calculation_id,
    )


def titration_days(days: tuple[TitrationDay, ...]) -> list[s.TitrationDay]:
    return [
        s.TitrationDay(
            day=t.day, target_mg_per_day=a.num(t.target_mg_per_day), regimen=d.regimen(t.regimen)
        )
        for t in days
    ]


def gabapentin_response(r: calc.GabapentinResult, calculation_id: str) -> s.GabapentinResponse:
    return s.GabapentinResponse(
        summary=list(gabapentin_summary(r)),
        target_mg_per_day=float(r.target_mg_per_day),
        clearance=d.clearance(r.clearance),
        renal_band=d.band(r.band),
        band_scale=a.num(r.band_scale),
        band_max_mg_per_day=a.num(r.band_max_mg_per_day),
        cap_mg_per_day=a.num(r.cap_mg_per_day),
        daily_target_mg=a.num(r.daily_target_mg),
        maintenance=d.regimen(r.maintenance),
        titration=titration_days(r.titration),
        hemodialysis_supplement_mg=a.opt_num(r.hemodialysis_supplement_mg),
        hemodialysis_supplement_label_mg=a.opt_num(r.hemodialysis_supplement_label_mg),
        warnings=a.warnings(r.warnings),
        trace=a.trace(r.trace),
        table=a.table_ref(r.table),
        tables=d.table_refs(r.tables),
        calculation_id=calculation_id,
    )


def pregabalin_response(r: calc.PregabalinResult, calculation_id: str) -> s.PregabalinResponse:
    supplement = None
    low, high = r.hemodialysis_supplement_min_mg, r.hemodialysis_supplement_max_mg
    if low is not None and high is not None and r.hemodialysis_supplement_source is not None:
        supplement = s.SupplementRange(
            min_mg=float(low), max_mg=float(high), source=r.hemodialysis_supplement_source
        )
    return s.PregabalinResponse(
        summary=list(pregabalin_summary(r)),
        target_mg_per_day=float(r.target_mg_per_day),
        clearance=d.clearance(r.clearance),
        renal_band=d.band(r.band),
        start_mg_per_day=a.num(r.start_mg_per_day),
        daily_target_mg=a.num(r.daily_target_mg),
        titration=titration_days(r.titration),
        maintenance=d.regimen(r.maintenance),
        hemodialysis_supplement=supplement,
        warnings=a.warnings(r.warnings),
        trace=a.trace(r.trace),
        table=a.table_ref(r.table),
        tables=d.table_refs(r.tables),
        calculation_id=calculation_id,
    )


def naltrexone_response(r: calc.NaltrexoneResult, calculation_id: str) -> s.NaltrexoneResponse:
    return s.NaltrexoneResponse(
        summary=list(naltrexone_summary(r)),
        target_mg_per_day=float(r.target_mg_per_day),
        start_mg=float(r.start_mg),
        step_mg=float(r.step_mg),
        step_interval_days=r.step_interval_days,
        titration=[
            s.NaltrexoneStep(day_from=t.day_from, daily_mg=a.num(t.daily_mg)) for t in r.titration
        ],
        full_agonists=list(r.full_agonists),
        partial_agonists=list(r.partial_agonists),
        warnings=a.warnings(r.warnings),
        trace=a.trace(r.trace),
        table=a.table_ref(r.table),
        tables=d.table_refs(r.tables),
        calculation_id=calculation_id,
    )
