"""POST /v1/oih-plans."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.area import Area
from api.convert import adapters as a
from api.convert.oih import oih_response
from api.schemas import oih as s
from api.state import reference_of
from calc import OIHOptions, plan_oih


__all__ = ["OIHController"]


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
        return a.answer(request, "plan_oih", data, reference, lambda i: oih_response(plan, i))
