"""POST /v1/adjuncts/{ketamine,clonidine,gabapentin,pregabalin,naltrexone}."""

from __future__ import annotations

from typing import Any

from litestar import Request, Router, post
from litestar.params import JSONBody

from api import adapters as a
from api import dosing_adapters as d
from api.problems import problem_responses
from api.schemas import adjuncts as s
from api.schemas.common import Patient as PatientIn
from api.spellings import notes_of
from api.state import reference_of
from calc import adjuncts as calc
from calc.adjuncts.clonidine import ClonidineLevel
from calc.adjuncts.common import TitrationDay
from calc.models import Patient
from calc.summary_adjuncts import (
    clonidine_summary,
    gabapentin_summary,
    ketamine_summary,
    naltrexone_summary,
    pregabalin_summary,
)


__all__ = ["clonidine_response", "gabapentin_response", "ketamine_response", "router"]


def _patient(p: PatientIn) -> Patient:
    patient = a.patient(p)
    assert patient is not None  # noqa: S101  (the schema requires patient here)
    return patient


@post(
    "/ketamine",
    operation_id="dose_ketamine",
    summary="Low-dose IV ketamine infusion: mg/h, mL/h, 24 h amount, optional bolus",
    description="Rate within 0.1-0.5 mg/kg/h (secondary only, SRC-000; a rate outside is a "
    "422); dosing weight actual, ideal or adjusted, never above the actual weight; optional "
    "bolus at most 0.35 mg/kg (ASRA 2018, UNCONFIRMED); contraindication and monitoring "
    "warnings.",
    tags=["adjuncts"],
    status_code=200,
    sync_to_thread=False,
    responses=problem_responses(400, 413, 422),
)
def dose_ketamine(
    data: JSONBody[s.KetamineRequest], request: Request[Any, Any, Any]
) -> s.KetamineResponse:
    reference = reference_of(request)
    order = calc.KetamineOrder(
        rate_mg_per_kg_per_h=a.dec(data.rate_mg_per_kg_per_h),
        weight_basis=data.weight_basis,
        concentration_mg_per_ml=a.opt_dec(data.concentration_mg_per_ml),
        bolus_mg_per_kg=a.opt_dec(data.bolus_mg_per_kg),
    )
    r = calc.dose_ketamine(reference, _patient(data.patient), order)
    read_as = notes_of(request)
    calculation_id = a.calculation_id("dose_ketamine", data, reference, read_as)
    return a.with_input(ketamine_response(r, calculation_id), read_as)


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


@post(
    "/clonidine",
    operation_id="dose_clonidine",
    summary="Clonidine twice daily: regimen, titration, hold parameters, taper on stopping",
    description="Dose per administration within 0.1-0.3 mg (SRC-000; UNCONFIRMED as a guideline "
    "range, a dose outside is a 422), rounded down to a tablet (0.1, 0.2, 0.3 mg); with renal "
    "impairment or age 65 or over, 0.05 mg (half a scored 0.1 mg tablet) is accepted as the "
    "label's lower initial dose, with a warning; hold if BP < 90/60 mmHg (VA-WD); taper on "
    "stopping; renal caution.",
    tags=["adjuncts"],
    status_code=200,
    sync_to_thread=False,
    responses=problem_responses(400, 413, 422),
)
def dose_clonidine(
    data: JSONBody[s.ClonidineRequest], request: Request[Any, Any, Any]
) -> s.ClonidineResponse:
    reference = reference_of(request)
    bp = data.blood_pressure
    r = calc.dose_clonidine(
        reference,
        a.dec(data.dose_mg),
        patient=a.patient(data.patient),
        systolic_mmhg=None if bp is None else a.dec(bp.systolic_mmhg),
        diastolic_mmhg=None if bp is None else a.dec(bp.diastolic_mmhg),
    )
    read_as = notes_of(request)
    calculation_id = a.calculation_id("dose_clonidine", data, reference, read_as)
    return a.with_input(clonidine_response(r, calculation_id), read_as)


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


@post(
    "/gabapentin",
    operation_id="dose_gabapentin",
    summary="Gabapentin: renal-band cap (Neurontin Table 1), divided doses, titration",
    description="Target within 300-1800 mg/day (SRC-000; UNCONFIRMED as a guideline range, a "
    "target outside is a 422), capped by the Neurontin label's creatinine-clearance band, "
    "divided by the band's frequency and rounded down to 100/300/400/600/800 mg units; "
    "titration 300 mg on day 1 then +300 mg/day (label), converted through Table 1 below 60 "
    "mL/min (day 1 never above the row's first column); post-hemodialysis supplement.",
    tags=["adjuncts"],
    status_code=200,
    sync_to_thread=False,
    responses=problem_responses(400, 413, 422),
)
def dose_gabapentin(
    data: JSONBody[s.GabapentinRequest], request: Request[Any, Any, Any]
) -> s.GabapentinResponse:
    reference = reference_of(request)
    order = calc.GabapentinOrder(
        target_mg_per_day=a.dec(data.target_mg_per_day),
        hemodialysis=data.hemodialysis,
        weight_basis=data.weight_basis,
    )
    r = calc.dose_gabapentin(reference, _patient(data.patient), order)
    read_as = notes_of(request)
    calculation_id = a.calculation_id("dose_gabapentin", data, reference, read_as)
    return a.with_input(gabapentin_response(r, calculation_id), read_as)


def _titration(days: tuple[TitrationDay, ...]) -> list[s.TitrationDay]:
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
        titration=_titration(r.titration),
        hemodialysis_supplement_mg=a.opt_num(r.hemodialysis_supplement_mg),
        hemodialysis_supplement_label_mg=a.opt_num(r.hemodialysis_supplement_label_mg),
        warnings=a.warnings(r.warnings),
        trace=a.trace(r.trace),
        table=a.table_ref(r.table),
        tables=d.table_refs(r.tables),
        calculation_id=calculation_id,
    )


@post(
    "/pregabalin",
    operation_id="dose_pregabalin",
    summary="Pregabalin: label start and titration per renal band, divided doses",
    description="Target within 25-600 mg/day (the Lyrica label renal table's range; a target "
    "outside is a 422), capped by the creatinine-clearance band. Starts at the band's first "
    "label column (150 mg/day at CrCl >= 60, 75 at 30-60, 25 below 30), never the band "
    "maximum; increases no sooner than 7 days, then every 14 days, each at most doubling; each "
    "dose rounded down to capsules; hemodialysis supplement range.",
    tags=["adjuncts"],
    status_code=200,
    sync_to_thread=False,
    responses=problem_responses(400, 413, 422),
)
def dose_pregabalin(
    data: JSONBody[s.PregabalinRequest], request: Request[Any, Any, Any]
) -> s.PregabalinResponse:
    reference = reference_of(request)
    order = calc.PregabalinOrder(
        target_mg_per_day=a.dec(data.target_mg_per_day),
        doses_per_day=data.doses_per_day,
        hemodialysis=data.hemodialysis,
        weight_basis=data.weight_basis,
    )
    r = calc.dose_pregabalin(reference, _patient(data.patient), order)
    supplement = None
    low, high = r.hemodialysis_supplement_min_mg, r.hemodialysis_supplement_max_mg
    if low is not None and high is not None and r.hemodialysis_supplement_source is not None:
        supplement = s.SupplementRange(
            min_mg=float(low), max_mg=float(high), source=r.hemodialysis_supplement_source
        )
    read_as = notes_of(request)
    response = s.PregabalinResponse(
        summary=list(pregabalin_summary(r)),
        target_mg_per_day=float(r.target_mg_per_day),
        clearance=d.clearance(r.clearance),
        renal_band=d.band(r.band),
        start_mg_per_day=a.num(r.start_mg_per_day),
        daily_target_mg=a.num(r.daily_target_mg),
        titration=_titration(r.titration),
        maintenance=d.regimen(r.maintenance),
        hemodialysis_supplement=supplement,
        warnings=a.warnings(r.warnings),
        trace=a.trace(r.trace),
        table=a.table_ref(r.table),
        tables=d.table_refs(r.tables),
        calculation_id=a.calculation_id("dose_pregabalin", data, reference, read_as),
    )
    return a.with_input(response, read_as)


@post(
    "/naltrexone",
    operation_id="dose_naltrexone",
    summary="Low-dose naltrexone: titration and full-agonist conflict",
    description="Target within 1-4.5 mg/day (SRC-000; a target outside is a 422); titration "
    "start 1-1.5 mg, +0.5-1 mg every 7-14 days (secondary; defaults the most cautious ends); "
    "`naltrexone.full_agonist_conflict` when `medications` holds a full opioid agonist.",
    tags=["adjuncts"],
    status_code=200,
    sync_to_thread=False,
    responses=problem_responses(400, 413, 422),
)
def dose_naltrexone(
    data: JSONBody[s.NaltrexoneRequest], request: Request[Any, Any, Any]
) -> s.NaltrexoneResponse:
    reference = reference_of(request)
    order = calc.NaltrexoneOrder(
        target_mg_per_day=a.dec(data.target_mg_per_day),
        start_mg=a.opt_dec(data.start_mg),
        step_mg=a.opt_dec(data.step_mg),
        step_interval_days=data.step_interval_days,
    )
    r = calc.dose_naltrexone(
        reference, order, a.medications(reference, data.medications or ()), a.patient(data.patient)
    )
    read_as = notes_of(request)
    response = s.NaltrexoneResponse(
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
        calculation_id=a.calculation_id("dose_naltrexone", data, reference, read_as),
    )
    return a.with_input(response, read_as)


router = Router(
    path="/adjuncts",
    route_handlers=[
        dose_ketamine,
        dose_clonidine,
        dose_gabapentin,
        dose_pregabalin,
        dose_naltrexone,
    ],
)
