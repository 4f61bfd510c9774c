"""
CDS Hooks 2.0 endpoints: GET /cds-services (discovery), POST /cds-services/{id} (the
order-select, order-sign and patient-view services), POST /cds-services/{id}/feedback.

A request that is not valid CDS Hooks is a 400 problem+json naming the field; an unknown
service a 404; with JWT verification on (api/config.py), a request without a valid token a 401.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Request, get, post
from litestar.exceptions import NotAuthorizedException, NotFoundException, ValidationException
from litestar.params import JSONBody, Parameter

from api.area import Area
from api.cds import schemas as s
from api.cds.cards import OPIOIDS_KEY, PATIENT_KEY, hook_input, order_cards, patient_view_cards
from api.cds.jwt import JwtError, Verifier
from api.fhir import resources as r
from api.problems import problem_responses
from api.state import reference_of
from calc import (
    Patient,
)


__all__ = ["VERIFIER_KEY", "CdsController"]

VERIFIER_KEY = "cds_verifier"
TABLE = "cdc-2022"
_log = logging.getLogger("opioid_calc.cds")
_PREFETCH = {
    PATIENT_KEY: "Patient/{{context.patientId}}",
    OPIOIDS_KEY: "MedicationRequest?patient={{context.patientId}}&status=active",
}
_USAGE = (
    "Send the prefetch: this service never queries the FHIR server. Medications are identified "
    "by RxNorm codes; doses in UCUM (mg, ug, mL, ug/h) or counted units ({tbl}, TAB)."
)
SERVICES = {
    "opioid-mme-order-select": s.Service(
        hook="order-select",
        id="opioid-mme-order-select",
        title="Opioid MME of the draft order with the active opioids",
        description="When an opioid is selected: the total MME/day of the draft opioid orders "
        "on top of the patient's active opioid orders (CDC 2022 table), the safety warnings, "
        "and from 50 MME/day a taper or a rotation as draft MedicationRequests.",
        prefetch=_PREFETCH,
        usageRequirements=_USAGE,
    ),
    "opioid-mme-order-sign": s.Service(
        hook="order-sign",
        id="opioid-mme-order-sign",
        title="Opioid MME before signing",
        description="Before the orders are signed: the same card as order-select, for every "
        "draft opioid order of the session.",
        prefetch=_PREFETCH,
        usageRequirements=_USAGE,
    ),
    "opioid-mme-patient-view": s.Service(
        hook="patient-view",
        id="opioid-mme-patient-view",
        title="Current opioid MME",
        description="When the chart opens: the MME/day of the active opioid orders, the safety "
        "warnings, and from 50 MME/day a taper or a rotation as draft MedicationRequests.",
        prefetch=_PREFETCH,
        usageRequirements=_USAGE,
    ),
}


def _authorize(request: Request[Any, Any, Any]) -> None:
    verifier: Verifier | None = request.app.state.get(VERIFIER_KEY)
    if verifier is None:
        return
    try:
        verifier.verify(request.headers.get("authorization"), request.url.path)
    except JwtError as exc:
        raise NotAuthorizedException(
            detail=f"CDS Client JWT refused: {exc}", headers={"WWW-Authenticate": "Bearer"}
        ) from exc


def _invalid(key: str, message: str) -> ValidationException:
    return ValidationException(detail=message, extra=[{"key": key, "message": message}])


def _convert(value: Any, kind: type[Any], key: str) -> Any:
    try:
        return msgspec.convert(value, kind)
    except msgspec.ValidationError as exc:
        text = str(exc)
        where = text.rsplit(" - at `$", 1)
        path = key + where[1].rstrip("`") if len(where) == 2 else key
        raise _invalid(path, where[0]) from exc


def _age(raw: Any, today: dt.date) -> Patient | None:
    """The patient's age from a prefetched Patient's birthDate (the safety context's age rule)."""
    if not isinstance(raw, dict) or raw.get("resourceType") != "Patient":
        return None
    try:
        born = dt.date.fromisoformat(str(raw.get("birthDate")))
    except ValueError:
        return None
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if not 18 <= years <= 120:
        return None
    return Patient(age_years=Decimal(years))


ServiceId = Annotated[
    str, Parameter(description="A service id from GET /cds-services.", max_length=64)
]


def _service(service_id: str) -> s.Service:
    service = SERVICES.get(service_id)
    if service is None:
        msg = f"no CDS service {service_id!r}; see GET /cds-services"
        raise NotFoundException(detail=msg)
    return service


# A service call also refuses its body (400, 413, 422) and an unknown service id (404).
_SERVICE_PROBLEMS = problem_responses(400, 404, 413, 422)


class CdsController(Area):
    """CDS Hooks 2.0 discovery, services and feedback; every call may need a CDS Client JWT."""

    tags = ("cds-hooks",)
    problems = (401,)
    path = "/cds-services"

    @get(
        "/",
        operation_id="cds_discovery",
        summary="CDS Hooks discovery",
        description="The CDS services this server hosts (CDS Hooks 2.0 discovery): order-select, "
        "order-sign and patient-view, each with its prefetch templates.",
        sync_to_thread=False,
    )
    def discovery(self, request: Request[Any, Any, Any]) -> s.Services:
        _authorize(request)
        return s.Services(services=list(SERVICES.values()))

    @post(
        "/{service_id:str}",
        operation_id="cds_call",
        summary="Call a CDS service (order-select, order-sign, patient-view)",
        description="A CDS Hooks 2.0 request; the response has `cards`. Without the prefetch of the "
        "active opioid orders the card says what is missing (never an error).",
        status_code=200,
        sync_to_thread=False,
        responses=_SERVICE_PROBLEMS,
    )
    def call(
        self, data: JSONBody[s.CdsRequest], request: Request[Any, Any, Any], service_id: ServiceId
    ) -> s.CdsResponse:
        _authorize(request)
        service = _service(service_id)
        if data.hook != service.hook:
            raise _invalid("hook", f"service {service.id} answers the {service.hook} hook")
        if data.fhirAuthorization is not None and data.fhirServer is None:
            raise _invalid("fhirServer", "fhirServer is required when fhirAuthorization is given")
        reference = reference_of(request)
        today = dt.datetime.now(dt.UTC).date()
        prefetch = data.prefetch or {}
        raw_active = prefetch.get(OPIOIDS_KEY)
        active = (
            None
            if raw_active is None
            else _convert(raw_active, r.Bundle, f"prefetch.{OPIOIDS_KEY}")
        )
        patient = _age(prefetch.get(PATIENT_KEY), today)
        if service.hook == "patient-view":
            context = _convert(data.context, s.PatientViewContext, "context")
            inp = hook_input(data, context, None, active, patient, today)
            return s.CdsResponse(cards=patient_view_cards(reference, inp, TABLE))
        order = _convert(data.context, s.OrderContext, "context")
        if service.hook == "order-select" and order.selections is None:
            raise _invalid("context.selections", "order-select requires selections")
        drafts = _convert(order.draftOrders, r.Bundle, "context.draftOrders")
        inp = hook_input(data, order, drafts, active, patient, today)
        return s.CdsResponse(cards=order_cards(reference, inp, TABLE))

    @post(
        "/{service_id:str}/feedback",
        operation_id="cds_feedback",
        summary="Feedback on cards (accepted or overridden)",
        description="CDS Hooks 2.0 feedback: logged (card, outcome, accepted suggestions, override "
        "reason code; never a comment or patient data), not stored.",
        status_code=200,
        sync_to_thread=False,
        responses=_SERVICE_PROBLEMS,
    )
    def feedback(
        self,
        data: JSONBody[s.FeedbackRequest],
        request: Request[Any, Any, Any],
        service_id: ServiceId,
    ) -> s.FeedbackReceived:
        _authorize(request)
        _service(service_id)
        for i, item in enumerate(data.feedback):
            if item.outcome == "accepted" and not item.acceptedSuggestions:
                raise _invalid(
                    f"feedback[{i}].acceptedSuggestions", "required when outcome is accepted"
                )
            reason = item.overrideReason
            if reason is not None and reason.reason is None and reason.userComment is None:
                raise _invalid(
                    f"feedback[{i}].overrideReason", "give a reason, a userComment, or both"
                )
        for item in data.feedback:
            code = (
                item.overrideReason.reason.get("code")
                if item.overrideReason and item.overrideReason.reason
                else None
            )
            _log.info(
                "cds feedback",
                extra={
                    "service": service_id,
                    "card": item.card,
                    "outcome": item.outcome,
                    "accepted": [x.id for x in item.acceptedSuggestions or []],
                    "override_reason": code,
                },
            )
        return s.FeedbackReceived(received=len(data.feedback))
