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
    """
    A FHIR R4 Coding: a code from a code system.

    Attributes:
        system: The code system's URI (RxNorm: http://www.nlm.nih.gov/research/umls/rxnorm).
        code: The code in that system (an RxNorm RXCUI, a UCUM unit, ...).
        display: The code's human-readable name.
    """

    system: FhirString | None = None
    code: FhirString | None = None
    display: FhirString | None = None


class CodeableConcept(Element, kw_only=True):
    """
    A FHIR R4 CodeableConcept: codings of one concept and its text.

    Attributes:
        coding: Codes for the concept (the first RxNorm one is read for a medication).
        text: The concept as the user saw or typed it.
    """

    coding: list[Coding] | None = None
    text: FhirString | None = None


class Quantity(Element, kw_only=True):
    """
    A Quantity (SimpleQuantity, Duration): UCUM `code` under `system`, or a count code.

    Attributes:
        value: The number.
        unit: The unit as shown.
        system: The unit's code system (UCUM: http://unitsofmeasure.org).
        code: The unit's code (`mg`, `ug/h`, `d`, or a count such as `{patch}` or `TAB`).
    """

    value: FhirDecimal | None = None
    unit: FhirString | None = None
    system: FhirString | None = None
    code: FhirString | None = None


class Range(Element, kw_only=True):
    """
    A FHIR R4 Range (a dose range counts at its maximum, as the CDC MME calculator does).

    Attributes:
        low: The lower end.
        high: The upper end.
    """

    low: Quantity | None = None
    high: Quantity | None = None


class Ratio(Element, kw_only=True):
    """
    A FHIR R4 Ratio (a maximum dose per period).

    Attributes:
        numerator: The amount.
        denominator: The period.
    """

    numerator: Quantity | None = None
    denominator: Quantity | None = None


class Period(Element, kw_only=True):
    """
    A FHIR R4 Period.

    Attributes:
        start: Its start (FHIR dateTime).
        end: Its end (FHIR dateTime).
    """

    start: FhirString | None = None
    end: FhirString | None = None


class Reference(Element, kw_only=True):
    """
    A FHIR R4 Reference to another resource.

    Attributes:
        reference: The resource's literal reference (`Patient/p1`, `#med1`, `Medication/m1`).
        display: Text for the resource.
    """

    reference: FhirString | None = None
    display: FhirString | None = None


class TimingRepeat(Element, kw_only=True):
    """
    When a dose repeats (FHIR R4 Timing.repeat): `frequency` times per `period` `periodUnit`.

    Attributes:
        boundsPeriod: When the schedule starts and ends.
        frequency: Doses per period.
        frequencyMax: At most this many doses per period (counted for as-needed orders).
        period: The period's length, in `periodUnit`.
        periodMax: The period's upper length (a range counts at its shortest period).
        periodUnit: `s`, `min`, `h`, `d`, `wk`, `mo` or `a` (UCUM).
    """

    boundsPeriod: Period | None = None  # noqa: N815  (FHIR element names)
    frequency: PositiveInt | None = None
    frequencyMax: PositiveInt | None = None  # noqa: N815
    period: PositiveDecimal | None = None
    periodMax: PositiveDecimal | None = None  # noqa: N815
    periodUnit: Literal["s", "min", "h", "d", "wk", "mo", "a"] | None = None  # noqa: N815


class Timing(Element, kw_only=True):
    """
    A FHIR R4 Timing of a dose.

    Attributes:
        repeat: When the dose repeats.
        code: A coded schedule (BID, Q4H, ...).
    """

    repeat: TimingRepeat | None = None
    code: CodeableConcept | None = None


class DoseAndRate(Element, kw_only=True):
    """
    A dose or rate of a Dosage (FHIR R4).

    Attributes:
        type: Calculated, ordered, ...
        doseQuantity: The dose per administration.
        doseRange: A dose range (counted at its maximum).
        rateQuantity: A rate (mcg/h of an infusion).
    """

    type: CodeableConcept | None = None
    doseQuantity: Quantity | None = None  # noqa: N815
    doseRange: Range | None = None  # noqa: N815
    rateQuantity: Quantity | None = None  # noqa: N815


class Dosage(Element, kw_only=True):
    """
    A FHIR R4 Dosage instruction.

    Attributes:
        sequence: Its order among the instructions.
        text: The instruction as written.
        timing: When doses are taken.
        asNeededBoolean: Taken as needed (PRN).
        asNeededCodeableConcept: Taken as needed for this reason.
        doseAndRate: The dose or rate.
        maxDosePerPeriod: At most this much per period.
    """

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
    """
    What a MedicationRequest asks the pharmacy to dispense (FHIR R4).

    Attributes:
        quantity: The amount to dispense.
        expectedSupplyDuration: The days the supply is expected to last.
    """

    quantity: Quantity | None = None
    expectedSupplyDuration: Quantity | None = None  # noqa: N815


class MedicationRequest(Element, kw_only=True):
    """
    A medication order. The medication is `medicationCodeableConcept` (RxNorm), or
    `medicationReference` to a contained (`#id`) or bundled (`Medication/id`) Medication.

    Attributes:
        resourceType: `MedicationRequest`.
        id: The request's id (the lines and reasons name it).
        status: `active`, `draft`, `completed`, ... (only active and draft orders count).
        intent: `order`, `plan`, `proposal`, ...
        authoredOn: When it was written (FHIR dateTime).
        subject: The patient.
        medicationCodeableConcept: The medication as an RxNorm code.
        medicationReference: The medication as a reference to a Medication.
        contained: Contained resources (a Medication the reference points to).
        dosageInstruction: How it is taken.
        dispenseRequest: What is dispensed.
        note: Notes on the order.
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
    """
    An entry: any FHIR resource; MedicationRequest and Medication entries are read.

    Attributes:
        fullUrl: The entry's full URL.
        resource: The resource.
    """

    fullUrl: FhirString | None = None  # noqa: N815
    resource: dict[str, Any] | None = None


class Bundle(Element, kw_only=True):
    """
    A FHIR R4 Bundle of resources.

    Attributes:
        resourceType: `Bundle`.
        type: `collection`, `searchset`, ...
        entry: The resources.
    """

    resourceType: Literal["Bundle"]  # noqa: N815  (required, as in FHIR JSON)
    type: FhirString | None = None
    entry: list[BundleEntry] | None = None


class ObservationComponent(Element, kw_only=True):
    """
    One component of the MME Observation: a line's MME/day.

    Attributes:
        code: What the component measures (the line).
        valueQuantity: Its MME/day, in UCUM mg/d.
    """

    code: CodeableConcept
    valueQuantity: Quantity | None = None  # noqa: N815


class Observation(Element, kw_only=True, tag="Observation", tag_field="resourceType"):
    """
    MME/day as a FHIR Observation (output only).

    Attributes:
        resourceType: `Observation`.
        status: `final`.
        code: What is observed: MME/day.
        id: The Observation's id (the calculation id).
        category: The Observation's category.
        subject: The patient, as the request gave it.
        effectiveDateTime: When the MME/day applies, as the request gave it.
        valueQuantity: The MME/day, in UCUM mg/d; absent when not computed.
        method: The MME table used.
        derivedFrom: The MedicationRequests used.
        note: Notes: the requests not used, the table's caveats.
        component: One component per line.
    """

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
