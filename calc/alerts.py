"""
The safety context (DESIGN.md section 5): one function builds the warnings that every result
involving a regimen or a patient carries, whatever the operation.

- MME at or above the caution (50) and high (90) thresholds with the naloxone offer, and a
  critical warning at or above ``mme_very_high``; decided on the exact total of the selected MME
  table (``total_mme_per_day``), never on the conversion basis of a rotation.
- Benzodiazepine co-use, older age or frailty, hepatic impairment.
- Renal impairment (creatinine clearance given, or estimated by Cockcroft-Gault from serum
  creatinine) and the opioids of the regimen to avoid or use with caution (renal-opioids table).

The context also hands back what callers decide with: the clearance and whether the patient is
older or frail.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import attrs

from calc.errors import CalcError
from calc.kinds.thresholds import Thresholds
from calc.memo import cache_of
from calc.models import Patient
from calc.reference import Reference
from calc.renal import estimate_creatinine_clearance
from calc.results import Alert


__all__ = [
    "SafetyContext",
    "mme_alerts",
    "older_or_frail",
    "safety_context",
]


@attrs.frozen(slots=False)  # built per calculation (calc/results.py, Alert)
class SafetyContext:
    """The warnings, and the facts about the patient that the operation decides with."""

    alerts: tuple[Alert, ...]
    clearance_ml_min: Decimal | None
    older_or_frail: bool
    renal_impaired: bool


def mme_alerts(total: Decimal, thresholds: Thresholds) -> list[Alert]:
    """The 50, 90 and very-high MME/day warnings and the naloxone offer, on the exact total."""
    very_high_at, high_at, caution_at, texts = _mme_alert_texts(thresholds)
    very_high, high, caution, naloxone = texts
    alerts: list[Alert] = []
    if total >= very_high_at:
        alerts.append(very_high)
    if total >= high_at:
        alerts.append(high)
    if total >= caution_at:
        alerts += (caution, naloxone)
    return alerts


_Texts = tuple[Decimal, Decimal, Decimal, tuple[Alert, Alert, Alert, Alert]]


# The alerts are built once per thresholds table instead of on every call (they were a fifth of
# an MME calculation's time), with the three values they are decided on (calc/memo.py).
def _mme_alert_texts(thresholds: Thresholds) -> _Texts:
    cache = cache_of(thresholds)
    cached: _Texts | None = cache.get("mme.alerts")
    if cached is not None:
        return cached
    caution, high = thresholds["mme_caution"], thresholds["mme_high"]
    very_high = thresholds["mme_very_high"]
    texts = (
        Alert(
            "mme.very_high",
            "critical",
            f"Total is at or above {very_high} MME/day: a very high dose; check every line's "
            "dose, unit and frequency before acting on any number, and involve a pain or "
            "palliative specialist.",
            thresholds.source("mme_very_high"),
        ),
        Alert(
            "mme.at_or_above_90",
            "critical",
            f"Total is at or above {high} MME/day: avoid or carefully justify this dose "
            "(CDC 2016); reassess benefits and risks.",
            thresholds.source("mme_high"),
        ),
        Alert(
            "mme.at_or_above_50",
            "warning",
            f"Total is at or above {caution} MME/day: pause before any increase and add "
            "precautions (CDC 2022).",
            thresholds.source("mme_caution"),
        ),
        Alert(
            "naloxone.offer",
            "warning",
            "Offer naloxone and household education (CDC 2022: at or above 50 MME/day).",
            thresholds.source("mme_caution"),
        ),
    )
    cache["mme.alerts"] = cached = (very_high, high, caution, texts)
    return cached


def older_or_frail(patient: Patient, thresholds: Thresholds) -> bool:
    older = patient.age_years is not None and patient.age_years >= thresholds["older_adult_age"]
    return older or bool(patient.frail)


def _patient_alerts(patient: Patient, thresholds: Thresholds) -> list[Alert]:
    alerts: list[Alert] = []
    if patient.benzodiazepine:
        alerts.append(
            Alert(
                "benzodiazepine.co_use",
                "critical",
                "Benzodiazepine co-prescription: particular caution; offer naloxone; taper "
                "benzodiazepines gradually if stopping (CDC 2022).",
                "CDC22",
            )
        )
    if older_or_frail(patient, thresholds):
        older = thresholds["older_adult_age"]
        alerts.append(
            Alert(
                "age.older_or_frail",
                "warning",
                f"Age {older} or older, or frail: extra caution and monitoring (falls, cognition, "
                "bowel regimen); a rotation applies the 50% end of the cross-tolerance range by "
                "default.",
                thresholds.source("older_adult_age"),
            )
        )
    if patient.hepatic_impairment in {"moderate", "severe"}:
        alerts.append(
            Alert(
                "hepatic.impairment",
                "warning",
                "Hepatic impairment: lower doses and longer intervals; numeric rules exist only "
                "for some drugs (UpToDate IR starting doses).",
                "UTD-IR",
            )
        )
    return alerts


def _clearance(reference: Reference, patient: Patient) -> tuple[Decimal | None, list[Alert]]:
    """The clearance the request gave, or the Cockcroft-Gault estimate from serum creatinine."""
    if patient.creatinine_clearance_ml_min is not None:
        return patient.creatinine_clearance_ml_min, []
    if patient.serum_creatinine_mg_dl is None and patient.serum_creatinine_umol_l is None:
        return None, []
    try:
        estimate = estimate_creatinine_clearance(reference, patient)
    except CalcError as exc:
        return None, [
            Alert(
                "renal.clearance_not_estimated",
                "info",
                f"Serum creatinine was given but the clearance could not be estimated "
                f"({exc.detail}); renal warnings need creatinine_clearance_ml_min.",
                "TABERS",
            )
        ]
    note = Alert(
        "renal.clearance_estimated",
        "info",
        f"Creatinine clearance estimated by Cockcroft-Gault on {estimate.weight.basis} weight: "
        f"{estimate.creatinine_clearance_reported_ml_min} mL/min.",
        "TABERS",
    )
    return estimate.creatinine_clearance_ml_min, [note]


def _renal_alerts(reference: Reference, drugs: Iterable[str]) -> list[Alert]:
    thresholds = reference.thresholds
    crcl = thresholds["renal_impairment_crcl"]
    table = reference.renal_opioids
    alerts: list[Alert] = []
    safest = ", ".join(table.named("safest")) if table else ""
    for drug in sorted(set(drugs)):
        advice = table.drugs.get(drug) if table else None
        if advice is None:
            continue
        if advice.advice == "avoid":
            alerts.append(
                Alert(
                    f"renal.avoid.{drug}",
                    "critical",
                    f"Creatinine clearance below {crcl} mL/min: avoid {drug} in renal "
                    f"impairment (toxic metabolites accumulate); safest: {safest}.",
                    advice.source,
                )
            )
        elif advice.advice == "caution":
            alerts.append(
                Alert(
                    f"renal.caution.{drug}",
                    "warning",
                    f"Creatinine clearance below {crcl} mL/min: {drug} at low doses and extended "
                    f"intervals; safest in renal impairment: {safest}.",
                    advice.source,
                )
            )
    return alerts


def safety_context(
    reference: Reference,
    patient: Patient | None,
    drugs: Iterable[str],
    mme_total: Decimal | None,
) -> SafetyContext:
    """
    The safety warnings of a regimen (its drugs, and its total on the selected MME table when
    there is one) for this patient.
    """
    thresholds = reference.thresholds
    alerts = mme_alerts(mme_total, thresholds) if mme_total is not None else []
    if patient is None:
        return SafetyContext(
            tuple(alerts), clearance_ml_min=None, older_or_frail=False, renal_impaired=False
        )
    alerts += _patient_alerts(patient, thresholds)
    clearance, notes = _clearance(reference, patient)
    alerts += notes
    impaired = clearance is not None and clearance < thresholds["renal_impairment_crcl"]
    if impaired:
        alerts += _renal_alerts(reference, drugs)
    return SafetyContext(tuple(alerts), clearance, older_or_frail(patient, thresholds), impaired)
