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
    """

    bundle: Bundle | None = None
    medication_requests: MedicationRequests | None = None


class MedicationLine(Response):
    """A MedicationRequest as the medication line the calculation operations take."""

    request_id: str
    field: str
    rxcui: str
    product: str
    form: str
    medication: Medication
    notes: list[SafetyWarning]


class NotUsed(Response):
    """A MedicationRequest that gave no line, and why."""

    request_id: str
    code: str
    field: str
    message: str


class MedicationLinesResponse(Response):
    """
    The lines (send `medications` to any calculation operation: the two-step use) and, for each
    request that could not be used, the reason.
    """

    lines: list[MedicationLine]
    not_used: list[NotUsed]
    table: TableRef
    calculation_id: str


class ObservationRequest(FhirOrdersRequest):
    """MedicationRequests, plus what the Observation records: the table, subject and time."""

    table: TableId | None = None
    subject: Reference | None = None
    effective: Annotated[dt.datetime, Meta(tz=True)] | None = None


class ObservationResponse(Response):
    """A FHIR Observation (resourceType Observation) of the MME/day, and the requests not used."""

    observation: Observation
    warnings: list[SafetyWarning]
    not_used: list[NotUsed]
