"""Builders of FHIR R4 MedicationRequests and CDS Hooks requests for the tests."""

from __future__ import annotations

from typing import Any


RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
DRUG_FORM = "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm"

FENTANYL_25 = "245134"  # 72 HR fentanyl 0.025 MG/HR Transdermal System
OXYCODONE_5 = "1049621"  # oxycodone hydrochloride 5 MG Oral Tablet
OXYCODONE_ER_10 = "1049502"  # 12 HR oxycodone hydrochloride 10 MG Extended Release Oral Tablet
HYDROCODONE_APAP_5 = "857002"  # acetaminophen 325 MG / hydrocodone bitartrate 5 MG Oral Tablet
METHADONE_10 = "864706"  # methadone hydrochloride 10 MG Oral Tablet


def quantity(value: float, code: str) -> dict[str, Any]:
    system = DRUG_FORM if code.isupper() else UCUM
    return {"value": value, "unit": code, "system": system, "code": code}


def med_request(
    rid: str,
    rxcui: str,
    *,
    dose: tuple[float, str] | None = (1, "TAB"),
    frequency: int | None = 1,
    frequency_max: int | None = None,
    period: float | None = None,
    unit: str = "h",
    as_needed: bool = False,
    status: str = "active",
) -> dict[str, Any]:
    repeat: dict[str, Any] = {}
    if period is not None:
        repeat = {"frequency": frequency, "period": period, "periodUnit": unit}
        if frequency_max is not None:
            repeat["frequencyMax"] = frequency_max
    dosage: dict[str, Any] = {"timing": {"repeat": repeat}}
    if dose is not None:
        dosage["doseAndRate"] = [{"doseQuantity": quantity(*dose)}]
    if as_needed:
        dosage["asNeededBoolean"] = True
    return {
        "resourceType": "MedicationRequest",
        "id": rid,
        "status": status,
        "intent": "order",
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": rxcui}]},
        "dosageInstruction": [dosage],
    }


def fentanyl_patch(rid: str = "fentanyl", status: str = "active") -> dict[str, Any]:
    return med_request(rid, FENTANYL_25, dose=(1, "{patch}"), period=72, status=status)


def oxycodone_prn(rid: str = "oxycodone", status: str = "draft") -> dict[str, Any]:
    return med_request(rid, OXYCODONE_5, period=4, as_needed=True, status=status)


def bundle(*resources: dict[str, Any], kind: str = "collection") -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": kind, "entry": [{"resource": r} for r in resources]}


def hook(
    hook_name: str,
    drafts: list[dict[str, Any]] | None = None,
    active: list[dict[str, Any]] | None = None,
    birth_date: str | None = None,
) -> dict[str, Any]:
    context: dict[str, Any] = {"userId": "Practitioner/1", "patientId": "p1"}
    if hook_name != "patient-view":
        context["draftOrders"] = bundle(*(drafts or []))
        if hook_name == "order-select":
            context["selections"] = [f"MedicationRequest/{d['id']}" for d in drafts or []]
    prefetch: dict[str, Any] = {}
    if active is not None:
        prefetch["opioids"] = bundle(*active, kind="searchset")
    if birth_date is not None:
        prefetch["patient"] = {"resourceType": "Patient", "id": "p1", "birthDate": birth_date}
    body: dict[str, Any] = {
        "hook": hook_name,
        "hookInstance": "9f8b4d2e-1c3a-4b5d-8e6f-7a8b9c0d1e2f",
        "context": context,
    }
    if prefetch:
        body["prefetch"] = prefetch
    return body
