"""
From FHIR orders to the core and back: translation (calc/fhir_lines.py), the regimen's MME with
its safety context, and the MME as a FHIR Observation.  Used by the /v1/fhir routes and the CDS
Hooks service.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from api.convert import adapters as a
from api.fhir import resources as r
from api.fhir.orders import Order
from calc import (
    Alert,
    Patient,
    Reason,
    Reference,
    RegimenMME,
    Translated,
    UnknownEntryError,
    ordered,
    regimen_mme,
    safety_context,
    translate_order,
)


__all__ = ["Assessment", "Translation", "assess", "observation", "translate"]

OBSERVATION_CODE_SYSTEM = "urn:opioid-calc:observation"
MME_TABLE_SYSTEM = "urn:opioid-calc:mme-table"


@attrs.frozen
class Translation:
    lines: tuple[tuple[Order, Translated], ...]
    reasons: tuple[Reason, ...]


def _covered(reference: Reference, drug: str, route: str) -> bool:
    tables = (*reference.mme.values(), *reference.equianalgesic.values())
    return any((drug, route) in t.rows or (drug, route) in getattr(t, "rates", {}) for t in tables)


def translate(
    reference: Reference, orders: Sequence[Order], reasons: Sequence[Reason] = ()
) -> Translation:
    """Every order as a line or a reason; a drug no table converts is a reason too."""
    table = reference.rxnorm
    if table is None:  # pragma: no cover  (the loader requires rxnorm-opioids)
        raise UnknownEntryError(
            "table.unknown", "bundle", "rxnorm-opioids", None, "no RxNorm table"
        )
    lines: list[tuple[Order, Translated]] = []
    out = list(reasons)
    for order in orders:
        facts = order.facts
        done: Translated | Reason = (
            facts
            if isinstance(facts, Reason)
            else translate_order(table, reference.plausibility, facts)
        )
        if isinstance(done, Translated):
            med = done.medication
            if not _covered(reference, med.drug, med.route):
                msg = (
                    f"{order.field}: {med.drug} by route {med.route} has no factor in any MME or "
                    "equianalgesic table of this service."
                )
                done = Reason(done.request_id, "fhir.drug_not_covered", order.field, msg)
            else:
                lines.append((order, done))
                continue
        out.append(done)
    return Translation(tuple(lines), tuple(out))


@attrs.frozen
class Assessment:
    """A regimen's MME on the selected table and its safety context."""

    mme: RegimenMME
    alerts: tuple[Alert, ...]


def assess(
    reference: Reference,
    translation: Translation,
    table_id: str | None,
    patient: Patient | None = None,
) -> Assessment:
    meds = [t.medication for _, t in translation.lines]
    mme = regimen_mme(reference, table_id, meds, "medication_requests")
    context = safety_context(reference, patient, [m.drug for m in meds], mme.compared)
    notes = [n for _, t in translation.lines for n in t.notes]
    return Assessment(mme, ordered((*context.alerts, *mme.alerts, *notes)))


def observation(
    assessment: Assessment,
    translation: Translation,
    subject: r.Reference | None,
    effective: str | None,
) -> r.Observation:
    """MME/day as a FHIR R4 Observation: UCUM mg/d, the table as the method, each line a component."""
    table = assessment.mme.table
    total = None if assessment.mme.total is None else a.num(assessment.mme.total)
    components = [
        r.ObservationComponent(
            code=r.CodeableConcept(text=f"{line.drug} {line.route} MME/day"),
            valueQuantity=r.Quantity(
                value=a.num(line.mme_per_day), unit="mg/d", system=r.UCUM, code="mg/d"
            ),
        )
        for line in assessment.mme.converted.lines
    ]
    notes = [f"Table: {table.citation} ({table.id} {table.version})."]
    notes += [f"Not counted: {reason.message}" for reason in translation.reasons]
    notes += [f"{alert.severity}: {alert.message}" for alert in assessment.alerts]
    return r.Observation(
        status="final",
        category=[
            r.CodeableConcept(
                coding=[
                    r.Coding(
                        system="http://terminology.hl7.org/CodeSystem/observation-category",
                        code="survey",
                        display="Survey",
                    )
                ]
            )
        ],
        code=r.CodeableConcept(
            coding=[
                r.Coding(
                    system=OBSERVATION_CODE_SYSTEM,
                    code="mme-per-day",
                    display="Morphine milligram equivalents per day",
                )
            ],
            text="Morphine milligram equivalents (MME) per day",
        ),
        subject=subject,
        effectiveDateTime=effective,
        valueQuantity=None
        if total is None
        else r.Quantity(value=total, unit="mg/d", system=r.UCUM, code="mg/d"),
        method=r.CodeableConcept(
            coding=[r.Coding(system=MME_TABLE_SYSTEM, code=table.id, display=table.title)],
            text=f"Sum of dose x doses per day x factor per line, {table.title} ({table.version})",
        ),
        derivedFrom=[
            r.Reference(reference=f"MedicationRequest/{t.request_id}")
            for _, t in translation.lines
            if t.request_id
        ]
        or None,
        note=[{"text": n} for n in notes],
        component=components or None,
    )


def decimal_text(x: Decimal) -> str:
    """A reported number as text: rounded by the one policy, no exponent, no trailing zeros."""
    return f"{Decimal(str(a.num(x))).normalize():f}"
