"""
The subset of FHIR R4 (4.0.1) the service reads and writes, as msgspec Structs.

FHIR model libraries for Python are built on pydantic (Rust); these Structs are the runtime model,
checked in tests against an independent R4 implementation (fhirclient's models).  Elements the
service does not read are accepted and ignored (a FHIR resource has many); element names are
FHIR's own (camelCase).  Output Structs omit empty elements, as FHIR JSON requires.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta


__all__ = [
    "Bundle",
    "BundleEntry",
    "CodeableConcept",
    "Coding",
    "Dosage",
    "DoseAndRate",
    "Medication",
    "MedicationRequest",
    "Observation",
    "Quantity",
    "Range",
    "Ratio",
    "Reference",
    "Timing",
    "TimingRepeat",
]

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
ORDERABLE_DRUG_FORM = "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm"

# FHIR decimals arrive as JSON numbers; bounded so that no arithmetic can overflow.
FhirDecimal = Annotated[float, Meta(ge=0, le=1e9)]
PositiveInt = Annotated[int, Meta(ge=1, le=10_000)]
PositiveDecimal = Annotated[float, Meta(gt=0, le=1e6)]
FhirString = Annotated[str, Meta(max_length=1000)]
FhirId = Annotated[str, Meta(pattern="^[A-Za-z0-9\\-\\.]{1,64}$")]


class Element(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Base of the FHIR Structs: unknown elements are ignored, empty ones not written."""


class Coding(Element, kw_only=True):
    system: FhirString | None = None
    code: FhirString | None = None
    display: FhirString | None = None


class CodeableConcept(Element, kw_only=True):
    coding: list[Coding] | None = None
    text: FhirString | None = None


class Quantity(Element, kw_only=True):
    """A Quantity (SimpleQuantity, Duration): UCUM `code` under `system`, or a count code."""

    value: FhirDecimal | None = None
    unit: FhirString | None = None
    system: FhirString | None = None
    code: FhirString | None = None


class Range(Element, kw_only=True):
    low: Quantity | None = None
    high: Quantity | None = None


class Ratio(Element, kw_only=True):
    numerator: Quantity | None = None
    denominator: Quantity | None = None


class Period(Element, kw_only=True):
    start: FhirString | None = None
    end: FhirString | None = None


class Reference(Element, kw_only=True):
    reference: FhirString | None = None
    display: FhirString | None = None


class TimingRepeat(Element, kw_only=True):
    boundsPeriod: Period | None = None  # noqa: N815  (FHIR element names)
    frequency: PositiveInt | None = None
    frequencyMax: PositiveInt | None = None  # noqa: N815
    period: PositiveDecimal | None = None
    periodMax: PositiveDecimal | None = None  # noqa: N815
    periodUnit: Literal["s", "min", "h", "d", "wk", "mo", "a"] | None = None  # noqa: N815


class Timing(Element, kw_only=True):
    repeat: TimingRepeat | None = None
    code: CodeableConcept | None = None


class DoseAndRate(Element, kw_only=True):
    type: CodeableConcept | None = None
    doseQuantity: Quantity | None = None  # noqa: N815
    doseRange: Range | None = None  # noqa: N815
    rateQuantity: Quantity | None = None  # noqa: N815


class Dosage(Element, kw_only=True):
    sequence: int | None = None
    text: FhirString | None = None
    timing: Timing | None = None
    asNeededBoolean: bool | None = None  # noqa: N815
    asNeededCodeableConcept: CodeableConcept | None = None  # noqa: N815
    route: CodeableConcept | None = None
    doseAndRate: list[DoseAndRate] | None = None  # noqa: N815
    maxDosePerPeriod: Ratio | None = None  # noqa: N815


class Ingredient(Element, kw_only=True):
    itemCodeableConcept: CodeableConcept | None = None  # noqa: N815
    strength: Ratio | None = None


class Medication(Element, kw_only=True):
    """A Medication (contained in a MedicationRequest, or an entry of the same Bundle)."""

    resourceType: Literal["Medication"]  # noqa: N815  (required, as in FHIR JSON)
    id: FhirString | None = None
    code: CodeableConcept | None = None
    form: CodeableConcept | None = None
    ingredient: list[Ingredient] | None = None


class DispenseRequest(Element, kw_only=True):
    quantity: Quantity | None = None
    expectedSupplyDuration: Quantity | None = None  # noqa: N815


class MedicationRequest(Element, kw_only=True):
    """
    A medication order. The medication is `medicationCodeableConcept` (RxNorm), or
    `medicationReference` to a contained (`#id`) or bundled (`Medication/id`) Medication.
    """

    resourceType: Literal["MedicationRequest"]  # noqa: N815  (required, as in FHIR JSON)
    id: FhirString | None = None
    status: FhirString
    intent: FhirString
    authoredOn: FhirString | None = None  # noqa: N815
    subject: Reference | None = None
    medicationCodeableConcept: CodeableConcept | None = None  # noqa: N815
    medicationReference: Reference | None = None  # noqa: N815
    contained: list[dict[str, Any]] | None = None
    dosageInstruction: list[Dosage] | None = None  # noqa: N815
    dispenseRequest: DispenseRequest | None = None  # noqa: N815
    note: list[dict[str, Any]] | None = None


class BundleEntry(Element, kw_only=True):
    """An entry: any FHIR resource; MedicationRequest and Medication entries are read."""

    fullUrl: FhirString | None = None  # noqa: N815
    resource: dict[str, Any] | None = None


class Bundle(Element, kw_only=True):
    resourceType: Literal["Bundle"]  # noqa: N815  (required, as in FHIR JSON)
    type: FhirString | None = None
    entry: list[BundleEntry] | None = None


class ObservationComponent(Element, kw_only=True):
    code: CodeableConcept
    valueQuantity: Quantity | None = None  # noqa: N815


class Observation(Element, kw_only=True, tag="Observation", tag_field="resourceType"):
    """MME/day as a FHIR Observation (output only)."""

    status: str
    code: CodeableConcept
    id: str | None = None
    category: list[CodeableConcept] | None = None
    subject: Reference | None = None
    effectiveDateTime: str | None = None  # noqa: N815
    valueQuantity: Quantity | None = None  # noqa: N815
    method: CodeableConcept | None = None
    derivedFrom: list[Reference] | None = None  # noqa: N815
    note: list[dict[str, str]] | None = None
    component: list[ObservationComponent] | None = None
