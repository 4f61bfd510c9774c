"""POST /v1/adjuncts/{ketamine,clonidine,gabapentin,pregabalin,naltrexone}."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

import calc
from api.area import Area
from api.convert import adapters as a
from api.convert.adjuncts import (
    clonidine_response,
    gabapentin_response,
    ketamine_response,
    naltrexone_response,
    pregabalin_response,
)
from api.schemas import adjuncts as s
from api.schemas.common import Patient as PatientIn
from api.state import reference_of
from calc import Patient


__all__ = ["AdjunctsController"]


def _patient(p: PatientIn) -> Patient:
    patient = a.patient(p)
    assert patient is not None  # noqa: S101  (the schema requires patient here)
    return patient


class AdjunctsController(Area):
    """The adjunct analgesics, under /v1/adjuncts."""

    tags = ("adjuncts",)
    problems = (400, 413, 422)
    path = "/adjuncts"

    @post(
        "/ketamine",
        operation_id="dose_ketamine",
        summary="Low-dose IV ketamine infusion: mg/h, mL/h, 24 h amount, optional bolus",
        description="Rate within 0.1-0.5 mg/kg/h (secondary only, SRC-000; a rate outside is a "
        "422); dosing weight actual, ideal or adjusted, never above the actual weight; optional "
        "bolus at most 0.35 mg/kg (ASRA 2018, UNCONFIRMED); contraindication and monitoring "
        "warnings.",
        status_code=200,
        sync_to_thread=False,
    )
    def dose_ketamine(
        self, data: JSONBody[s.KetamineRequest], request: Request[Any, Any, Any]
    ) -> s.KetamineResponse:
        reference = reference_of(request)
        order = calc.KetamineOrder(
            rate_mg_per_kg_per_h=a.dec(data.rate_mg_per_kg_per_h),
            weight_basis=data.weight_basis,
            concentration_mg_per_ml=a.opt_dec(data.concentration_mg_per_ml),
            bolus_mg_per_kg=a.opt_dec(data.bolus_mg_per_kg),
        )
        r = calc.dose_ketamine(reference, _patient(data.patient), order)
        return a.answer(
            request, "dose_ketamine", data, reference, lambda i: ketamine_response(r, i)
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
        status_code=200,
        sync_to_thread=False,
    )
    def dose_clonidine(
        self, data: JSONBody[s.ClonidineRequest], request: Request[Any, Any, Any]
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
        return a.answer(
            request, "dose_clonidine", data, reference, lambda i: clonidine_response(r, i)
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
        status_code=200,
        sync_to_thread=False,
    )
    def dose_gabapentin(
        self, data: JSONBody[s.GabapentinRequest], request: Request[Any, Any, Any]
    ) -> s.GabapentinResponse:
        reference = reference_of(request)
        order = calc.GabapentinOrder(
            target_mg_per_day=a.dec(data.target_mg_per_day),
            hemodialysis=data.hemodialysis,
            weight_basis=data.weight_basis,
        )
        r = calc.dose_gabapentin(reference, _patient(data.patient), order)
        return a.answer(
            request, "dose_gabapentin", data, reference, lambda i: gabapentin_response(r, i)
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
        status_code=200,
        sync_to_thread=False,
    )
    def dose_pregabalin(
        self, data: JSONBody[s.PregabalinRequest], request: Request[Any, Any, Any]
    ) -> s.PregabalinResponse:
        reference = reference_of(request)
        order = calc.PregabalinOrder(
            target_mg_per_day=a.dec(data.target_mg_per_day),
            doses_per_day=data.doses_per_day,
            hemodialysis=data.hemodialysis,
            weight_basis=data.weight_basis,
        )
        r = calc.dose_pregabalin(reference, _patient(data.patient), order)
        return a.answer(
            request, "dose_pregabalin", data, reference, lambda i: pregabalin_response(r, i)
        )

    @post(
        "/naltrexone",
        operation_id="dose_naltrexone",
        summary="Low-dose naltrexone: titration and full-agonist conflict",
        description="Target within 1-4.5 mg/day (SRC-000; a target outside is a 422); titration "
        "start 1-1.5 mg, +0.5-1 mg every 7-14 days (secondary; defaults the most cautious ends); "
        "`naltrexone.full_agonist_conflict` when `medications` holds a full opioid agonist.",
        status_code=200,
        sync_to_thread=False,
    )
    def dose_naltrexone(
        self, data: JSONBody[s.NaltrexoneRequest], request: Request[Any, Any, Any]
    ) -> s.NaltrexoneResponse:
        reference = reference_of(request)
        order = calc.NaltrexoneOrder(
            target_mg_per_day=a.dec(data.target_mg_per_day),
            start_mg=a.opt_dec(data.start_mg),
            step_mg=a.opt_dec(data.step_mg),
            step_interval_days=data.step_interval_days,
        )
        r = calc.dose_naltrexone(
            reference,
            order,
            a.medications(reference, data.medications or ()),
            a.patient(data.patient),
        )
        return a.answer(
            request, "dose_naltrexone", data, reference, lambda i: naltrexone_response(r, i)
        )
