"""POST /v1/fhir/medication-lines and POST /v1/fhir/mme-observation."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.area import Area
from api.convert import adapters as a
from api.fhir import schemas as s
from api.fhir.orders import Order, bundle_orders, list_orders
from api.fhir.service import Translation, assess, observation, translate
from api.schemas.common import Medication
from api.state import reference_of
from calc import (
    Medication as Line,
)
from calc import (
    OutOfRangeError,
    Reason,
    Reference,
)


__all__ = ["FhirController", "orders_of"]


def orders_of(data: s.FhirOrdersRequest) -> tuple[list[Order], list[Reason]]:
    """The orders of a request that gives exactly one of `bundle` and `medication_requests`."""
    if (data.bundle is None) == (data.medication_requests is None):
        msg = "give exactly one of bundle and medication_requests"
        received = "both" if data.bundle is not None else "neither"
        raise OutOfRangeError(
            "fhir.orders_missing",
            "bundle",
            "a Bundle or a list of MedicationRequests",
            received,
            msg,
        )
    if data.bundle is not None:
        return bundle_orders(data.bundle, "bundle")
    return list_orders(data.medication_requests or [], "medication_requests"), []


def _line(m: Line) -> Medication:
    return Medication(
        drug=m.drug,
        route=m.route,  # type: ignore[arg-type]
        dose=a.num(m.dose),
        dose_unit=m.dose_unit,  # type: ignore[arg-type]
        release=m.release,  # type: ignore[arg-type]
        doses_per_day=a.opt_num(m.doses_per_day),
        interval_hours=a.opt_num(m.interval_hours),
        as_needed=m.as_needed,
        max_doses_per_day=a.opt_num(m.max_doses_per_day),
        form=m.form,  # type: ignore[arg-type]
    )


def not_used(reasons: tuple[Reason, ...]) -> list[s.NotUsed]:
    return [
        s.NotUsed(request_id=x.request_id, code=x.code, field=x.field, message=x.message)
        for x in reasons
    ]


def _translation(data: s.FhirOrdersRequest, reference: Reference) -> Translation:
    orders, reasons = orders_of(data)
    return translate(reference, orders, reasons)


class FhirController(Area):
    """FHIR R4 MedicationRequests in, medication lines or an MME Observation out."""

    tags = ("fhir",)
    problems = (400, 413, 422)

    @post(
        "/fhir/medication-lines",
        operation_id="translate_medication_requests",
        summary="FHIR R4 MedicationRequests to medication lines",
        description="A Bundle (or list) of MedicationRequests with RxNorm codes and UCUM doses in; "
        "the medication lines opioid-calc understood out (each checked like a line of any "
        "operation), each with its request id, and for each request it could not use, the reason. "
        "A dose or frequency range is counted at its maximum (as the CDC MME calculator does) and "
        "the line's notes say so. Send `lines[].medication` as `medications` to any calculation "
        "operation (the two-step use).",
        status_code=200,
        sync_to_thread=False,
    )
    def translate_medication_requests(
        self, data: JSONBody[s.FhirOrdersRequest], request: Request[Any, Any, Any]
    ) -> s.MedicationLinesResponse:
        reference = reference_of(request)
        translation = _translation(data, reference)
        assert reference.rxnorm is not None  # noqa: S101  (the loader requires rxnorm-opioids)
        return s.MedicationLinesResponse(
            lines=[
                s.MedicationLine(
                    request_id=t.request_id,
                    field=order.field,
                    rxcui=t.product.rxcui,
                    product=t.product.name,
                    form=t.product.form.form,
                    medication=_line(t.medication),
                    notes=a.warnings(t.notes),
                )
                for order, t in translation.lines
            ],
            not_used=not_used(translation.reasons),
            table=a.table_ref(reference.rxnorm.ref),
            calculation_id=a.calculation_id("translate_medication_requests", data, reference),
        )

    @post(
        "/fhir/mme-observation",
        operation_id="mme_observation",
        summary="MME/day of FHIR MedicationRequests as a FHIR Observation",
        description="The MME/day of the MedicationRequests as a FHIR R4 Observation (valueQuantity "
        "in UCUM mg/d; the MME table as the method; one component per line; the requests used in "
        "derivedFrom), for EHRs that store it, with the safety warnings and the requests not used.",
        status_code=200,
        sync_to_thread=False,
    )
    def mme_observation(
        self, data: JSONBody[s.ObservationRequest], request: Request[Any, Any, Any]
    ) -> s.ObservationResponse:
        reference = reference_of(request)
        translation = _translation(data, reference)
        assessment = assess(reference, translation, data.table)
        effective = data.effective.isoformat() if data.effective is not None else None
        return s.ObservationResponse(
            observation=observation(assessment, translation, data.subject, effective),
            warnings=a.warnings(assessment.alerts),
            not_used=not_used(translation.reasons),
        )
