"""Request and response bodies of the FHIR operations under /v1/fhir."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from msgspec import Meta

from api.fhir.resources import Bundle, MedicationRequest, Observation, Reference
from api.schemas.common import Medication, Request, Response, SafetyWarning, TableId, TableRef


MedicationRequests = Annotated[list[MedicationRequest], Meta(min_length=1, max_length=20)]


class FhirOrdersRequest(Request):
    """
    FHIR R4 MedicationRequests with RxNorm codes: a `bundle` (its Medication entries resolve
    `medicationReference`; other entries are ignored) or a plain list `medication_requests`
    (give exactly one of the two).

    Attributes:
        bundle: A FHIR R4 Bundle holding the MedicationRequests (and the Medications they refer to).
        medication_requests: The MedicationRequests as a plain list (instead of `bundle`).
    """

    bundle: Bundle | None = None
    medication_requests: MedicationRequests | None = None


class MedicationLine(Response):
    """
    A MedicationRequest as the medication line the calculation operations take.

    Attributes:
        request_id: The MedicationRequest's id.
        field: Where the request was in the body (`bundle.entry[0].resource`).
        rxcui: The RxNorm concept the line came from.
        product: The RxNorm product's name.
        medication: The line, as `medications[]` of any calculation operation takes it.
        notes: How the request was read (a range counted at its maximum, ...).
    """

    request_id: str
    field: str
    rxcui: str
    product: str
    form: str
    medication: Medication
    notes: list[SafetyWarning]


class NotUsed(Response):
    """
    A MedicationRequest that gave no line, and why.

    Attributes:
        request_id: The MedicationRequest's id, when it has one.
        field: Where the request was in the body.
        code: The reason's stable code.
        message: The reason, in words.
    """

    request_id: str
    code: str
    field: str
    message: str


class MedicationLinesResponse(Response):
    """
    The medication lines understood, and the requests not used.

    Attributes:
        lines: The medication lines, one per usable MedicationRequest.
        not_used: The requests not used, each with its reason.
    """

    lines: list[MedicationLine]
    not_used: list[NotUsed]
    table: TableRef
    calculation_id: str


class ObservationRequest(FhirOrdersRequest):
    """
    MedicationRequests, plus what the Observation records: the table, subject and time.

    Attributes:
        bundle: A FHIR R4 Bundle holding the MedicationRequests (and the Medications they refer to).
        medication_requests: The MedicationRequests as a plain list (instead of `bundle`).
        subject: The patient the Observation is about (copied into it).
        effective: When the MME/day applies (ISO 8601 date-time with a time zone).
    """

    table: TableId | None = None
    subject: Reference | None = None
    effective: Annotated[dt.datetime, Meta(tz=True)] | None = None


class ObservationResponse(Response):
    """
    A FHIR Observation (resourceType Observation) of the MME/day, and the requests not used.

    Attributes:
        observation: The MME/day as a FHIR R4 Observation.
        not_used: The requests not used, each with its reason.
    """

    observation: Observation
    warnings: list[SafetyWarning]
    not_used: list[NotUsed]
