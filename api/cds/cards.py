"""
Cards of the CDS Hooks services: the MME of the draft orders together with the patient's active
opioid orders (or of the active orders alone for patient-view), with the safety context, and
suggestions a clinician can accept (a taper, a rotation to methadone or buprenorphine) as draft
MedicationRequests.  Past the CDC services, whose cards carry the MME as unrounded free text:
the summary has the rounded MME and its unit, the indicator follows the most severe warning, the
source cites the MME table.

No prefetch: an informative card that says what is missing (the service never calls the FHIR
server).  Every number comes from the core.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs
import msgspec

from api.cds import schemas as s
from api.fhir import resources as r
from api.fhir.orders import Order, bundle_orders
from api.fhir.service import Assessment, Translation, assess, decimal_text, translate
from calc import (
    CalcError,
    Medication,
    Patient,
    PracticalRegimen,
    Reason,
    Reference,
    TaperOptions,
    TaperResult,
    Target,
    choose_taper_preset,
    plan_rotation,
    plan_taper,
)


__all__ = [
    "OPIOIDS_KEY",
    "PATIENT_KEY",
    "HookInput",
    "hook_input",
    "order_cards",
    "patient_view_cards",
]

OPIOIDS_KEY = "opioids"
PATIENT_KEY = "patient"
SUMMARY_MAX = 139
TOPIC = s.CdsCoding(
    system="urn:opioid-calc:cds-topic", code="mme", display="Morphine milligram equivalents"
)
# A draft order that is no opioid at all gives no card; any other reason is shown.
_NOT_OPIOID = frozenset({"fhir.not_an_opioid_product", "fhir.no_rxnorm_code", "fhir.not_current"})
_RETRY = "Resend the hook with the prefetch, or check the orders."


@attrs.frozen
class HookInput:
    """What a hook call brings: its id, the patient, the draft and the active orders."""

    hook_instance: str
    patient_id: str
    drafts: tuple[Order, ...]
    draft_reasons: tuple[Reason, ...]
    active: tuple[Order, ...] | None  # None: the prefetch did not send them
    active_reasons: tuple[Reason, ...]
    patient: Patient | None
    today: dt.date


def _uuid(hook_instance: str, name: str) -> str:
    """Deterministic per hook call and card (the same request gives the same response)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:opioid-calc:{hook_instance}:{name}"))


def _source(reference: Reference, table_id: str) -> s.Source:
    table = reference.mme_table(table_id)
    return s.Source(
        label=f"{table.ref.title} ({table.ref.citation})"[:200], url=table.ref.url, topic=TOPIC
    )


def _summary(text: str) -> str:
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 3].rstrip() + "..."


def total_text(total: Decimal | None, compared: Decimal) -> str:
    """The total, or, when the table leaves a line uncovered, the stand-in it is compared at."""
    if total is None:
        return f"not given (compared at {decimal_text(compared)})"
    return decimal_text(total)


def _describe(med: Medication) -> str:
    dose = f"{med.dose.normalize():f} {med.dose_unit}"
    if med.dose_unit in ("mcg/h", "mg/h"):
        return f"{med.drug} {med.route} {dose}"
    how = (
        f"every {med.interval_hours.normalize():f} h"
        if med.interval_hours is not None
        else f"{decimal_text(med.doses_per_day or Decimal(0))} times a day"
    )
    if med.as_needed and med.max_doses_per_day is not None:
        how += f" as needed, at most {decimal_text(med.max_doses_per_day)} a day"
    return f"{med.drug} {med.route} {dose} {how}"


def _detail(
    reference: Reference,
    assessment: Assessment,
    translation: Translation,
    kinds: dict[int, str],
    missing: list[str],
) -> str:
    mme = assessment.mme
    lines = [
        (
            f"**Total: {total_text(mme.total, mme.compared)} MME/day** ({mme.table.title}; "
            "as-needed orders at their prescribed maximum)."
        ),
        "",
        "| Order | Line | Daily amount | Factor | MME/day |",
        "|---|---|---|---|---|",
    ]
    pending = list(mme.converted.lines)  # in order; lines the table does not cover are left out
    for i, (_, t) in enumerate(translation.lines):
        med = t.medication
        line = None
        if pending and (pending[0].drug, pending[0].route) == (med.drug, med.route):
            line = pending.pop(0)
        amount = (
            f"{decimal_text(line.daily_dose)} {line.daily_dose_unit}" if line else "not in table"
        )
        factor = f"{line.conversion_factor.normalize():f}" if line else "-"
        value = decimal_text(line.mme_per_day) if line else "-"
        name = f"MedicationRequest/{t.request_id} ({kinds.get(i, 'active')})"
        lines.append(f"| {name} | {_describe(t.medication)} | {amount} | {factor} | {value} |")
    values = reference.thresholds
    reached = ", ".join(
        f"{values[n]} MME/day {'reached' if mme.compared >= values[n] else 'not reached'}"
        for n in ("mme_caution", "mme_high", "mme_very_high")
    )
    lines += [
        "",
        f"**Thresholds** ({values.source('mme_caution')}, {values.source('mme_high')}): {reached}.",
    ]
    if assessment.alerts:
        lines += ["", "**Warnings**", ""]
        lines += [
            f"- **{x.severity}** `{x.code}`: {x.message} ({x.source})" for x in assessment.alerts
        ]
    not_assessed = [
        "benzodiazepine co-prescription (not in the request: check the medication list)",
        (
            "renal function (no creatinine clearance in the request; morphine, codeine, tramadol "
            "and meperidine need caution or avoidance in renal impairment)"
        ),
    ]
    lines += ["", "**Not assessed**: " + "; ".join(not_assessed) + "."]
    if missing:
        lines += ["", "**Missing**: " + " ".join(missing)]
    if translation.reasons:
        lines += ["", "**Not counted**", ""]
        lines += [f"- `{x.code}`: {x.message}" for x in translation.reasons]
    lines += ["", f"Table: {mme.table.citation} ({mme.table.id} {mme.table.version})."]
    return "\n".join(lines)


def _indicator(assessment: Assessment) -> str:
    return assessment.alerts[0].severity if assessment.alerts else "info"


def _route_code(reference: Reference, route: str) -> list[r.Coding]:
    table = reference.rxnorm
    codes = [c for c in (table.routes.values() if table else []) if c.route == route]
    return [r.Coding(system=r.SNOMED, code=c.code, display=route) for c in codes[:1]]


def _medication_request(
    reference: Reference,
    patient_id: str,
    regimen: PracticalRegimen,
    note: str,
    bounds: tuple[dt.date, dt.date | None] | None = None,
    sequence: int = 1,
) -> dict[str, Any]:
    """A draft MedicationRequest (FHIR R4 JSON) for a practical regimen."""
    return {
        "resourceType": "MedicationRequest",
        "status": "draft",
        "intent": "proposal",
        "subject": {"reference": f"Patient/{patient_id}"},
        "medicationCodeableConcept": {
            "text": f"{regimen.drug} {regimen.release} release {regimen.form}"
        },
        "dosageInstruction": [_dosage(reference, regimen, bounds, sequence)],
        "note": [{"text": note}],
    }


def _dosage(
    reference: Reference,
    regimen: PracticalRegimen,
    bounds: tuple[dt.date, dt.date | None] | None,
    sequence: int,
) -> dict[str, Any]:
    patch = regimen.unit == "mcg/h"
    amount = regimen.dose_per_administration
    unit = "ug/h" if patch else ("ug" if regimen.unit == "mcg" else regimen.unit)
    repeat: dict[str, Any] = {
        "frequency": 1,
        "period": float(regimen.interval_hours),
        "periodUnit": "h",
    }
    if bounds is not None:
        start, end = bounds
        repeat["boundsPeriod"] = {"start": start.isoformat()} | (
            {"end": end.isoformat()} if end is not None else {}
        )
    dosage: dict[str, Any] = {
        "sequence": sequence,
        "text": f"{amount.normalize():f} {regimen.unit} every {regimen.interval_hours.normalize():f} h"
        + (" as needed" if regimen.as_needed else ""),
        "timing": {"repeat": repeat},
        "route": {
            "coding": [
                {"system": c.system, "code": c.code, "display": c.display}
                for c in _route_code(reference, regimen.route)
            ]
        },
        "doseAndRate": [
            {"doseQuantity": {"value": float(amount), "unit": unit, "system": r.UCUM, "code": unit}}
        ],
    }
    if regimen.as_needed:
        dosage["asNeededBoolean"] = True
        dosage["maxDosePerPeriod"] = {
            "numerator": {
                "value": float(amount * regimen.doses_per_day),
                "unit": unit,
                "system": r.UCUM,
                "code": unit,
            },
            "denominator": {"value": 1, "unit": "d", "system": r.UCUM, "code": "d"},
        }
    return dosage


def _taper_suggestion(
    reference: Reference, inp: HookInput, meds: Sequence[Medication], calc_note: str
) -> tuple[s.Suggestion | None, str | None]:
    preset, _ = choose_taper_preset(reference, inp.patient)
    try:
        plan: TaperResult = plan_taper(
            reference, meds, TaperOptions(start=inp.today, preset=preset), inp.patient
        )
    except CalcError as exc:
        return None, f"No taper is offered: {exc.detail}"
    actions: list[s.Action] = []
    for index in range(len(meds)):
        steps = [
            (step, step.lines[index].regimen) for step in plan.steps if index < len(step.lines)
        ]
        dosages = []
        for n, (step, regimen) in enumerate(steps):
            if regimen is None:
                break
            end = steps[n + 1][0].date if n + 1 < len(steps) else None
            dosages.append(_dosage(reference, regimen, (step.date, end), n + 1))
        if not dosages:
            continue
        resource = _medication_request(reference, inp.patient_id, steps[0][1], calc_note)  # type: ignore[arg-type]
        resource["dosageInstruction"] = dosages
        actions.append(
            s.Action(
                type="create",
                description=f"Create the tapered order of {meds[index].drug} "
                f"({len(dosages)} dated steps from {inp.today.isoformat()}, preset {preset}).",
                resource=resource,
            )
        )
    if not actions:
        return None, None
    last = plan.steps[-1]
    label = (
        f"Taper ({preset}, {plan.preset.source}): {len(plan.steps)} steps to "
        f"{total_text(last.total_mme_per_day, Decimal(0)).split(' (')[0]} MME/day by "
        f"{last.date.isoformat()}"
    )
    return s.Suggestion(label=label, uuid=_uuid(inp.hook_instance, "taper"), actions=actions), None


def _rotation_suggestion(
    reference: Reference,
    inp: HookInput,
    meds: Sequence[Medication],
    target: Target,
    calc_note: str,
) -> tuple[s.Suggestion | None, str | None]:
    try:
        result = plan_rotation(reference, meds, target, patient=inp.patient)
    except CalcError as exc:
        return None, f"No rotation to {target.drug} {target.route} is offered: {exc.detail}"
    regimen = result.practical_regimen
    if regimen is None:
        return None, f"No rotation to {target.drug} {target.route}: no product reaches the dose."
    resource = _medication_request(reference, inp.patient_id, regimen, calc_note)
    label = (
        f"Rotate to {regimen.drug} {regimen.dose_per_administration.normalize():f} {regimen.unit} "
        f"every {regimen.interval_hours.normalize():f} h ({decimal_text(result.reduction.applied_percent)}% "
        "cross-tolerance reduction); stop the current opioids"
    )
    action = s.Action(
        type="create",
        description=f"Create the {regimen.drug} order (replaces the current opioids, which the "
        "prescriber stops; see the warnings of POST /v1/rotations for the switch).",
        resource=resource,
    )
    return (
        s.Suggestion(
            label=label, uuid=_uuid(inp.hook_instance, f"rotate-{target.drug}"), actions=[action]
        ),
        None,
    )


def _suggestions(
    reference: Reference, inp: HookInput, assessment: Assessment, meds: Sequence[Medication]
) -> tuple[list[s.Suggestion], list[str]]:
    """A taper and rotations once the total reaches the caution threshold (CDC 2022: 50)."""
    if not meds or assessment.mme.compared < reference.thresholds["mme_caution"]:
        return [], []
    note = (
        "Suggested by opioid-calc (CDS Hooks); review every dose. "
        f"Hook instance {inp.hook_instance}."
    )
    found: list[s.Suggestion] = []
    notes: list[str] = []
    for made in (
        _taper_suggestion(reference, inp, meds, note),
        _rotation_suggestion(reference, inp, meds, Target("methadone", "oral"), note),
        _rotation_suggestion(
            reference, inp, meds, Target("buprenorphine", "transdermal", "extended"), note
        ),
    ):
        suggestion, why = made
        if suggestion is not None:
            found.append(suggestion)
        if why is not None:
            notes.append(why)
    return found, notes


def _card(
    reference: Reference,
    inp: HookInput,
    translation: Translation,
    kinds: dict[int, str],
    summary: str,
    missing: list[str],
    table_id: str,
) -> s.Card:
    assessment = assess(reference, translation, table_id, inp.patient)
    meds = [t.medication for _, t in translation.lines]
    suggestions, notes = _suggestions(reference, inp, assessment, meds) if not missing else ([], [])
    detail = _detail(reference, assessment, translation, kinds, missing)
    if notes:
        detail += "\n\n**Suggestions not offered**: " + " ".join(notes)
    detail += "\n\n_Decision support from cited tables; not a substitute for clinical judgement._"
    total = total_text(assessment.mme.total, assessment.mme.compared)
    top = assessment.alerts[0].message.split(":")[0] if assessment.alerts else ""
    text = summary.format(total=total, table=table_id) + (
        f" {top}." if top and assessment.alerts[0].severity != "info" else ""
    )
    return s.Card(
        uuid=_uuid(inp.hook_instance, "mme"),
        summary=_summary(text),
        indicator=_indicator(assessment),  # type: ignore[arg-type]
        source=_source(reference, table_id),
        detail=detail,
        suggestions=suggestions or None,
        selectionBehavior="at-most-one" if suggestions else None,
        overrideReasons=[
            s.CdsCoding(
                system="urn:opioid-calc:override",
                code="benefit-outweighs-risk",
                display="Benefit outweighs risk (documented)",
            ),
            s.CdsCoding(
                system="urn:opioid-calc:override",
                code="palliative-care",
                display="Palliative or end-of-life care",
            ),
        ],
        links=[
            s.Link(
                label="CDC Clinical Practice Guideline for Prescribing Opioids for Pain (2022)",
                url="https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm",
                type="absolute",
            )
        ],
    )


def _missing_card(inp: HookInput, reference: Reference, table_id: str, message: str) -> s.Card:
    return s.Card(
        uuid=_uuid(inp.hook_instance, "missing"),
        summary=_summary(message),
        indicator="info",
        source=_source(reference, table_id),
        detail=f"{message} {_RETRY}",
    )


def order_cards(reference: Reference, inp: HookInput, table_id: str) -> list[s.Card]:
    """order-select and order-sign: the drafts on top of the active opioid orders."""
    draft_ids = {o.resource.id for o in inp.drafts if o.resource.id}
    active = [o for o in (inp.active or ()) if o.resource.id not in draft_ids]
    translation = translate(
        reference, [*inp.drafts, *active], [*inp.draft_reasons, *inp.active_reasons]
    )
    draft_lines = [t for o, t in translation.lines if o in inp.drafts]
    shown = [x for x in inp.draft_reasons if x.code not in _NOT_OPIOID]
    shown += [
        x
        for x in translation.reasons
        if x.code not in _NOT_OPIOID and x.field.startswith("context")
    ]
    if not draft_lines:
        if not shown:
            return []
        message = "The draft opioid order could not be read; its MME is not calculated."
        card = _missing_card(inp, reference, table_id, message)
        reasons = "\n".join(f"- `{x.code}`: {x.message}" for x in shown)
        return [msgspec.structs.replace(card, detail=f"{card.detail}\n\n{reasons}")]
    kinds = {
        i: ("draft" if o in inp.drafts else "active") for i, (o, _) in enumerate(translation.lines)
    }
    missing: list[str] = []
    summary = "{total} MME/day with this order, active opioids included ({table})."
    if inp.active is None:
        missing.append(
            f"The patient's active opioid orders were not sent (prefetch `{OPIOIDS_KEY}`), and "
            "this service does not query the FHIR server: the total counts the draft orders only "
            "and is a lower bound."
        )
        summary = "At least {total} MME/day: draft order only, active opioids not sent ({table})."
    return [_card(reference, inp, translation, kinds, summary, missing, table_id)]


def patient_view_cards(reference: Reference, inp: HookInput, table_id: str) -> list[s.Card]:
    """patient-view: the MME of the active opioid orders."""
    if inp.active is None:
        message = (
            f"Opioid MME not calculated: the active medication orders were not sent (prefetch "
            f"`{OPIOIDS_KEY}`)."
        )
        return [_missing_card(inp, reference, table_id, message)]
    translation = translate(reference, inp.active, inp.active_reasons)
    if not translation.lines:
        return []
    kinds = dict.fromkeys(range(len(translation.lines)), "active")
    summary = "Current opioids: {total} MME/day ({table})."
    return [_card(reference, inp, translation, kinds, summary, [], table_id)]


def hook_input(
    request: s.CdsRequest,
    context: s.PatientViewContext,
    drafts: r.Bundle | None,
    active: r.Bundle | None,
    patient: Patient | None,
    today: dt.date,
) -> HookInput:
    draft_orders, draft_reasons = bundle_orders(drafts, "context.draftOrders")
    active_orders, active_reasons = bundle_orders(active, f"prefetch.{OPIOIDS_KEY}")
    return HookInput(
        hook_instance=request.hookInstance.removeprefix("urn:uuid:"),
        patient_id=context.patientId,
        drafts=tuple(draft_orders),
        draft_reasons=tuple(draft_reasons),
        active=tuple(active_orders) if active is not None else None,
        active_reasons=tuple(active_reasons),
        patient=patient,
        today=today,
    )
