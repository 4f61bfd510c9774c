"""
FHIR MedicationRequests (Structs) -> the facts calc/fhir_lines.py translates: the RxCUIs of the
medication (from ``medicationCodeableConcept``, or a contained or bundled Medication), and the one
dosage.  Shapes only; every number and unit decision is the core's.

An order this layer cannot read (not current, no dosage, several dosages, a Medication reference
that does not resolve, a Bundle entry that is not a valid MedicationRequest) gets a ``Reason``,
never an error for the whole batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs
import msgspec

from api.fhir import resources as r
from calc import (
    Amount,
    DosageFacts,
    OrderFacts,
    Reason,
)


__all__ = ["Order", "bundle_orders", "current_orders", "list_orders"]

CURRENT_STATUSES = ("active", "draft", "on-hold")
_COUNTED_SYSTEMS = (r.UCUM, r.ORDERABLE_DRUG_FORM)


@attrs.frozen
class Order:
    """A MedicationRequest with the field that names it in the request and its facts or reason."""

    resource: r.MedicationRequest
    field: str
    facts: OrderFacts | Reason


def _dec(x: float | None) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def _amount(q: r.Quantity | None) -> Amount | None:
    """A quantity as value and code: UCUM by its code, HL7 orderableDrugForm by code or unit."""
    if q is None or q.value is None:
        return None
    code = q.code
    if q.system == r.ORDERABLE_DRUG_FORM or (q.system is None and code is None):
        code = code or q.unit
    elif q.system not in (*_COUNTED_SYSTEMS, None):
        code = f"{q.system}|{code}"
    return Amount(Decimal(str(q.value)), code or "")


def _rxcuis(concept: r.CodeableConcept | None) -> tuple[str, ...]:
    if concept is None or not concept.coding:
        return ()
    return tuple(c.code for c in concept.coding if c.system == r.RXNORM and c.code)


def _snomed(concept: r.CodeableConcept | None) -> str | None:
    for coding in (concept.coding or []) if concept is not None else []:
        if coding.system == r.SNOMED and coding.code:
            return coding.code
    return None


def _medications(raw: Iterable[dict[str, Any]]) -> dict[str, r.Medication]:
    found: dict[str, r.Medication] = {}
    for item in raw:
        if item.get("resourceType") != "Medication":
            continue
        try:
            med = msgspec.convert(item, r.Medication)
        except msgspec.ValidationError:
            continue
        if med.id:
            found[med.id] = med
    return found


def _medication_codes(
    mr: r.MedicationRequest, bundled: Mapping[str, r.Medication], field: str
) -> tuple[str, ...] | Reason:
    if mr.medicationCodeableConcept is not None:
        return _rxcuis(mr.medicationCodeableConcept)
    ref = mr.medicationReference.reference if mr.medicationReference else None
    if ref is None:
        msg = f"{field}: no medicationCodeableConcept or medicationReference."
        return Reason(mr.id or "", "fhir.medication_missing", f"{field}.medication", msg)
    if ref.startswith("#"):
        med = _medications(mr.contained or []).get(ref[1:])
    else:
        med = bundled.get(ref.removeprefix("Medication/"))
    if med is None:
        msg = (
            f"{field}.medicationReference: {ref} is neither a contained Medication nor a "
            "Medication entry of the same Bundle."
        )
        return Reason(
            mr.id or "", "fhir.medication_unresolved", f"{field}.medicationReference", msg
        )
    return _rxcuis(med.code)


def _dosage(mr: r.MedicationRequest, field: str) -> DosageFacts | Reason:
    dosages = mr.dosageInstruction or []
    if len(dosages) != 1:
        code = "fhir.dosage_missing" if not dosages else "fhir.timing_ambiguous"
        what = (
            "no dosageInstruction" if not dosages else f"{len(dosages)} dosageInstruction entries"
        )
        msg = (
            f"{field}.dosageInstruction: {what}; the calculation reads exactly one "
            "(sequential or conditional dosages are not summed)."
        )
        return Reason(mr.id or "", code, f"{field}.dosageInstruction", msg)
    dosage = dosages[0]
    rates = dosage.doseAndRate or []
    if len(rates) > 1:
        msg = f"{field}.dosageInstruction[0].doseAndRate: {len(rates)} entries; give one."
        return Reason(
            mr.id or "", "fhir.timing_ambiguous", f"{field}.dosageInstruction[0].doseAndRate", msg
        )
    dose_and_rate = rates[0] if rates else r.DoseAndRate()
    dose = _amount(dose_and_rate.doseQuantity)
    low = None
    if dose is None and dose_and_rate.doseRange is not None:
        dose = _amount(dose_and_rate.doseRange.high)
        low = _amount(dose_and_rate.doseRange.low)
    repeat = dosage.timing.repeat if dosage.timing and dosage.timing.repeat else r.TimingRepeat()
    most = dosage.maxDosePerPeriod
    per_period = None
    if most is not None:
        numerator, denominator = _amount(most.numerator), _amount(most.denominator)
        if numerator is not None and denominator is not None:
            per_period = (numerator, denominator)
    return DosageFacts(
        dose=dose,
        dose_low=low,
        rate=_amount(dose_and_rate.rateQuantity),
        frequency=_dec(repeat.frequency),
        frequency_max=_dec(repeat.frequencyMax),
        period=_dec(repeat.period),
        period_max=_dec(repeat.periodMax),
        period_unit=repeat.periodUnit,
        as_needed=bool(dosage.asNeededBoolean) or dosage.asNeededCodeableConcept is not None,
        max_per_period=per_period,
        route_code=_snomed(dosage.route),
    )


def _facts(
    mr: r.MedicationRequest, bundled: Mapping[str, r.Medication], field: str
) -> OrderFacts | Reason:
    request_id = mr.id or ""
    if mr.status not in CURRENT_STATUSES:
        msg = (
            f"{field}.status: {mr.status!r} is not a current order "
            f"(counted: {', '.join(CURRENT_STATUSES)})."
        )
        return Reason(request_id, "fhir.not_current", f"{field}.status", msg)
    codes = _medication_codes(mr, bundled, field)
    if isinstance(codes, Reason):
        return codes
    dosage = _dosage(mr, field)
    if isinstance(dosage, Reason):
        return dosage
    return OrderFacts(request_id, codes, dosage, field)


def current_orders(
    requests: Sequence[r.MedicationRequest], field: str, bundled: Mapping[str, r.Medication]
) -> list[Order]:
    return [
        Order(mr, f"{field}[{i}]", _facts(mr, bundled, f"{field}[{i}]"))
        for i, mr in enumerate(requests)
    ]


def list_orders(requests: Sequence[r.MedicationRequest], field: str) -> list[Order]:
    """A plain list of MedicationRequests (medications only contained, or coded)."""
    return current_orders(requests, field, {})


def bundle_orders(bundle: r.Bundle | None, field: str) -> tuple[list[Order], list[Reason]]:
    """
    The MedicationRequest entries of a Bundle (Medication entries resolve references; other
    resource types are ignored); an entry that is not a valid MedicationRequest is a reason.
    """
    if bundle is None:
        return [], []
    entries = bundle.entry or []
    resources = [e.resource or {} for e in entries]
    bundled = _medications(resources)
    orders: list[Order] = []
    reasons: list[Reason] = []
    for i, raw in enumerate(resources):
        if raw.get("resourceType") != "MedicationRequest":
            continue
        at = f"{field}.entry[{i}].resource"
        try:
            mr = msgspec.convert(raw, r.MedicationRequest)
        except msgspec.ValidationError as exc:
            rid = raw.get("id")
            msg = f"{at}: not a valid MedicationRequest ({exc})."
            reasons.append(
                Reason(rid if isinstance(rid, str) else "", "fhir.invalid_resource", at, msg)
            )
            continue
        orders.append(Order(mr, at, _facts(mr, bundled, at)))
    return orders, reasons
