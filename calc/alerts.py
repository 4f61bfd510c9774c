"""
Safety warnings with stable codes (DESIGN.md section 5).

Thresholds come from the ``thresholds`` table; the lists of drugs named by the renal guidance are
names, not numbers, and carry their source key.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from calc.errors import CalcError
from calc.models import Patient
from calc.reference import Reference, Thresholds
from calc.renal import estimate_creatinine_clearance
from calc.results import Alert


__all__ = ["context_alerts", "mme_alerts", "patient_alerts", "renal_impaired"]

# [SPS-RENAL]: avoid dihydrocodeine and pethidine; [CKJ23]: morphine not recommended in CKD,
# meperidine avoid in ESKD.  Names only; no numbers.
_RENAL_AVOID = {"dihydrocodeine": "SPS-RENAL", "meperidine": "SPS-RENAL", "morphine": "CKJ23"}
_RENAL_CAUTION = {
    "codeine": "SPS-RENAL",
    "tramadol": "SPS-RENAL",
    "hydromorphone": "SPS-RENAL",
    "methadone": "SPS-RENAL",
    "oxycodone": "SPS-RENAL",
}


def mme_alerts(total: Decimal, thresholds: Thresholds) -> list[Alert]:
    """The 50 and 90 MME/day warnings and the naloxone offer, decided on the exact total."""
    high, caution, naloxone = _mme_alert_texts(thresholds)
    alerts: list[Alert] = []
    if total >= thresholds["mme_high"]:
        alerts.append(high)
    if total >= thresholds["mme_caution"]:
        alerts += (caution, naloxone)
    return alerts


# The three alerts are built once per thresholds table instead of on every call (they were a
# fifth of an MME calculation's time).  Keyed by identity, because Thresholds equality ignores
# the values; the entry keeps its table alive, so the id cannot be reused.  One entry per table
# object ever used: a server loads one.
_ALERT_TEXTS: dict[int, tuple[Thresholds, tuple[Alert, Alert, Alert]]] = {}


def _mme_alert_texts(thresholds: Thresholds) -> tuple[Alert, Alert, Alert]:
    cached = _ALERT_TEXTS.get(id(thresholds))
    if cached is not None:
        return cached[1]
    caution, high = thresholds["mme_caution"], thresholds["mme_high"]
    texts = (
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
    _ALERT_TEXTS[id(thresholds)] = (thresholds, texts)
    return texts


def renal_impaired(patient: Patient | None, thresholds: Thresholds) -> bool:
    if patient is None or patient.creatinine_clearance_ml_min is None:
        return False
    return patient.creatinine_clearance_ml_min < thresholds["renal_impairment_crcl"]


def patient_alerts(
    patient: Patient | None, drugs: tuple[str, ...], thresholds: Thresholds
) -> list[Alert]:
    """Warnings driven by the optional patient context, for the drugs involved."""
    if patient is None:
        return []
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
    older = thresholds["older_adult_age"]
    if (patient.age_years is not None and patient.age_years >= older) or patient.frail:
        alerts.append(
            Alert(
                "age.older_or_frail",
                "warning",
                f"Age {older} or older, or frail: extra caution and monitoring (falls, cognition, "
                "bowel regimen); consider the 50% end of the cross-tolerance range.",
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
    if renal_impaired(patient, thresholds):
        alerts.extend(_renal_alerts(drugs, thresholds))
    return alerts


def context_alerts(
    reference: Reference, patient: Patient | None, drugs: tuple[str, ...]
) -> list[Alert]:
    """
    ``patient_alerts``, after estimating the creatinine clearance (Cockcroft-Gault, the formula
    table's default weight basis) when only serum creatinine was given.
    """
    if patient is None or patient.creatinine_clearance_ml_min is not None:
        return patient_alerts(patient, drugs, reference.thresholds)
    if patient.serum_creatinine_mg_dl is None and patient.serum_creatinine_umol_l is None:
        return patient_alerts(patient, drugs, reference.thresholds)
    try:
        estimate = estimate_creatinine_clearance(reference, patient)
    except CalcError as exc:
        note = Alert(
            "renal.clearance_not_estimated",
            "info",
            f"Serum creatinine was given but the clearance could not be estimated ({exc.detail}); "
            "renal warnings need creatinine_clearance_ml_min.",
            "TABERS",
        )
        return [*patient_alerts(patient, drugs, reference.thresholds), note]
    crcl = estimate.creatinine_clearance_ml_min
    note = Alert(
        "renal.clearance_estimated",
        "info",
        f"Creatinine clearance estimated by Cockcroft-Gault on {estimate.weight.basis} weight: "
        f"{estimate.creatinine_clearance_reported_ml_min} mL/min.",
        "TABERS",
    )
    estimated = attrs.evolve(patient, creatinine_clearance_ml_min=crcl)
    return [note, *patient_alerts(estimated, drugs, reference.thresholds)]


def _renal_alerts(drugs: tuple[str, ...], thresholds: Thresholds) -> list[Alert]:
    crcl = thresholds["renal_impairment_crcl"]
    alerts: list[Alert] = []
    for drug in sorted(set(drugs)):
        if drug in _RENAL_AVOID:
            alerts.append(
                Alert(
                    f"renal.avoid.{drug}",
                    "critical",
                    f"Creatinine clearance below {crcl} mL/min: avoid {drug} in renal "
                    "impairment (toxic metabolites accumulate).",
                    _RENAL_AVOID[drug],
                )
            )
        elif drug in _RENAL_CAUTION:
            alerts.append(
                Alert(
                    f"renal.caution.{drug}",
                    "warning",
                    f"Creatinine clearance below {crcl} mL/min: {drug} at low doses and extended "
                    "intervals; fentanyl and buprenorphine are the safest in renal impairment.",
                    _RENAL_CAUTION[drug],
                )
            )
    return alerts
