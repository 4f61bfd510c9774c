"""
What each operation returns, and request examples for it, as openapi.json shows them.

Swagger UI's "Try it out" and the other renderer fill the request from these examples; the test
suite posts every one of them and expects 200 (tests/api/test_examples.py), so an example that
stops being accepted fails the build. ``api/openapi.py`` puts them into the contract.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import msgspec


__all__ = ["OPERATIONS", "OperationDocs"]


class OperationDocs(NamedTuple):
    """
    Attributes:
        returns: the description of the 200 response: what it holds.
        examples: request body examples, name -> (summary, body).
        parameters: path or query parameter examples, parameter -> name -> (summary, value).
    """

    returns: str
    examples: dict[str, tuple[str, Any]] = {}  # noqa: RUF012  (NamedTuple default; never mutated)
    parameters: dict[str, dict[str, tuple[str, Any]]] = {}  # noqa: RUF012


_OXYCONTIN_20_Q12H = {
    "drug": "oxycodone",
    "route": "oral",
    "release": "extended",
    "dose": 20,
    "dose_unit": "mg",
    "interval_hours": 12,
}
_OXYCODONE_IR_PRN = {
    "drug": "oxycodone",
    "route": "oral",
    "release": "immediate",
    "dose": 5,
    "dose_unit": "mg",
    "interval_hours": 4,
    "as_needed": True,
    "max_doses_per_day": 4,
}
_MS_CONTIN_60_Q12H = {
    "drug": "morphine",
    "route": "oral",
    "release": "extended",
    "dose": 60,
    "dose_unit": "mg",
    "interval_hours": 12,
}
_PATIENT = {
    "age_years": 58,
    "sex": "female",
    "weight_kg": 70,
    "height_cm": 165,
    "serum_creatinine_mg_dl": 0.9,
    "days_on_current_opioids": 400,
}
_PERIOD: dict[str, Any] = {
    "prescriptions": [
        {
            "drug": "oxycodone",
            "route": "oral",
            "dose": 10,
            "dose_unit": "mg",
            "doses_per_day": 4,
            "days_of_medication": 30,
            "start_date": "2026-01-01",
        },
        {
            "drug": "fentanyl",
            "route": "transdermal",
            "dose": 25,
            "dose_unit": "mcg/h",
            "days_of_medication": 28,
            "start_date": "2026-02-01",
        },
    ]
}
_FHIR_BUNDLE: dict[str, Any] = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "resource": {
                "resourceType": "MedicationRequest",
                "id": "ox",
                "status": "active",
                "intent": "order",
                "subject": {"reference": "Patient/p1"},
                "medicationCodeableConcept": {
                    "coding": [
                        {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1049502"}
                    ]
                },
                "dosageInstruction": [
                    {
                        "timing": {"repeat": {"frequency": 1, "period": 12, "periodUnit": "h"}},
                        "doseAndRate": [
                            {
                                "doseQuantity": {
                                    "value": 1,
                                    "unit": "TAB",
                                    "system": "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm",
                                    "code": "TAB",
                                }
                            }
                        ],
                    }
                ],
            }
        },
        {
            "resource": {
                "resourceType": "MedicationRequest",
                "id": "fentanyl",
                "status": "active",
                "intent": "order",
                "subject": {"reference": "Patient/p1"},
                "medicationCodeableConcept": {
                    "coding": [
                        {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "245134"}
                    ]
                },
                "dosageInstruction": [
                    {
                        "timing": {"repeat": {"frequency": 1, "period": 72, "periodUnit": "h"}},
                        "doseAndRate": [
                            {
                                "doseQuantity": {
                                    "value": 1,
                                    "unit": "{patch}",
                                    "system": "http://unitsofmeasure.org",
                                    "code": "{patch}",
                                }
                            }
                        ],
                    }
                ],
            }
        },
    ],
}
_CDS_ORDER_SELECT: dict[str, Any] = {
    "hook": "order-select",
    "hookInstance": "9f8b4d2e-1c3a-4b5d-8e6f-7a8b9c0d1e2f",
    "context": {
        "userId": "Practitioner/1",
        "patientId": "p1",
        "draftOrders": {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [
                {
                    "resource": {
                        "resourceType": "MedicationRequest",
                        "id": "oxycodone",
                        "status": "draft",
                        "intent": "order",
                        "subject": {"reference": "Patient/p1"},
                        "medicationCodeableConcept": {
                            "coding": [
                                {
                                    "system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                    "code": "1049621",
                                }
                            ]
                        },
                        "dosageInstruction": [
                            {
                                "timing": {
                                    "repeat": {"frequency": 1, "period": 4, "periodUnit": "h"}
                                },
                                "doseAndRate": [
                                    {
                                        "doseQuantity": {
                                            "value": 1,
                                            "unit": "TAB",
                                            "system": "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm",
                                            "code": "TAB",
                                        }
                                    }
                                ],
                                "asNeededBoolean": True,
                            }
                        ],
                    }
                }
            ],
        },
        "selections": ["MedicationRequest/oxycodone"],
    },
    "prefetch": {
        "opioids": {
            "resourceType": "Bundle",
            "type": "searchset",
            "entry": [
                {
                    "resource": {
                        "resourceType": "MedicationRequest",
                        "id": "fentanyl",
                        "status": "active",
                        "intent": "order",
                        "subject": {"reference": "Patient/p1"},
                        "medicationCodeableConcept": {
                            "coding": [
                                {
                                    "system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                    "code": "245134",
                                }
                            ]
                        },
                        "dosageInstruction": [
                            {
                                "timing": {
                                    "repeat": {"frequency": 1, "period": 72, "periodUnit": "h"}
                                },
                                "doseAndRate": [
                                    {
                                        "doseQuantity": {
                                            "value": 1,
                                            "unit": "{patch}",
                                            "system": "http://unitsofmeasure.org",
                                            "code": "{patch}",
                                        }
                                    }
                                ],
                            }
                        ],
                    }
                }
            ],
        }
    },
}
_COMMON = (
    "warnings (critical first), `summary` (the result in prescription language, warnings "
    "first), the trace of every step with its source, the tables used with their checksums and "
    "the calculation id"
)

OPERATIONS: dict[str, OperationDocs] = {
    "calculate_mme": OperationDocs(
        returns=f"The regimen's MME/day: each line's daily dose, factor and MME/day, the total and "
        f"the 50 and 90 MME/day flags; {_COMMON}.",
        examples={
            "scheduled-and-as-needed": (
                (
                    "OxyContin 20 mg every 12 hours and oxycodone 5 mg every 4 hours as needed "
                    "(at most 4 a day): 60 + 30 = 90 MME/day"
                ),
                {"medications": [_OXYCONTIN_20_Q12H, _OXYCODONE_IR_PRN]},
            ),
            "pharmacist-spellings": (
                "Typed as a pharmacist writes it: Morphine PO ER, a fentanyl patch TD",
                {
                    "medications": [
                        {
                            "drug": "Morphine",
                            "route": "PO",
                            "release": "ER",
                            "dose": 30,
                            "dose_unit": "mg",
                            "interval_hours": 12,
                        },
                        {"drug": "fentanyl", "route": "TD", "dose": 25, "dose_unit": "mcg/h"},
                    ]
                },
            ),
        },
    ),
    "plan_rotation": OperationDocs(
        returns="The rotation: the regimen's MME/day and oral morphine equivalent, the target's "
        "equianalgesic dose, the 25% and 50% cross-tolerance ends and the applied reduction, a "
        "practical regimen from real strengths, breakthrough, methadone details or patch bands "
        f"where they apply, the new regimen's MME/day; {_COMMON}.",
        examples={
            "to-morphine-er": (
                "OxyContin 20 mg every 12 hours to oral extended-release morphine",
                {
                    "from": [_OXYCONTIN_20_Q12H],
                    "to": {"drug": "morphine", "route": "oral", "release": "extended"},
                },
            ),
            "to-methadone": (
                "MS Contin 60 mg every 12 hours to methadone, three-day switch",
                {
                    "from": [_MS_CONTIN_60_Q12H],
                    "to": {"drug": "methadone", "route": "oral"},
                    "methadone": {"strategy": "three_day_switch"},
                    "patient": {"qtc_ms": 430},
                },
            ),
            "patch-to-infusion": (
                "Fentanyl patch 75 mcg/h to an intravenous infusion at the same hourly rate",
                {
                    "from": [
                        {
                            "drug": "fentanyl",
                            "route": "transdermal",
                            "dose": 75,
                            "dose_unit": "mcg/h",
                        }
                    ],
                    "to": {"drug": "fentanyl", "route": "intravenous", "infusion": True},
                },
            ),
            "to-fentanyl-patch": (
                "MS Contin 60 mg every 12 hours to a fentanyl patch, opioid-tolerant patient",
                {
                    "from": [_MS_CONTIN_60_Q12H],
                    "to": {"drug": "fentanyl", "route": "transdermal"},
                    "patient": {"days_on_current_opioids": 30},
                },
            ),
        },
    ),
    "plan_taper": OperationDocs(
        returns="The dated taper: each step's date, lines as real regimens, MME/day and percent "
        f"of the original, and how the schedule ends; {_COMMON}.",
        examples={
            "cdc-2022-long-term": (
                "OxyContin 20 mg every 12 hours, about 10% a month (CDC 2022 long-term)",
                {"medications": [_OXYCONTIN_20_Q12H], "start_date": "2026-12-01"},
            ),
            "acute-weeks": (
                "Oxycodone scheduled and as needed, 20% every 2 days (CDC 2022 acute)",
                {
                    "medications": [_OXYCONTIN_20_Q12H, _OXYCODONE_IR_PRN],
                    "start_date": "2026-12-01",
                    "preset": "acute-weeks",
                },
            ),
        },
    ),
    "plan_oih": OperationDocs(
        returns="Every candidate strategy side by side: taper, cut with low-dose methadone, "
        "rotation to methadone or buprenorphine, ketamine, clonidine, gabapentin; each a full "
        "result with its own summary, or the refusal (code, field, expected, received) that rules "
        "it out; the plan's warnings, summary, trace and calculation id.",
        examples={
            "with-patient": (
                "OxyContin 20 mg every 12 hours for over a year; weight and creatinine given",
                {
                    "medications": [_OXYCONTIN_20_Q12H],
                    "start_date": "2026-12-01",
                    "patient": _PATIENT,
                },
            ),
            "no-weight": (
                "No weight or renal function: ketamine and gabapentin are refused with the reason",
                {"medications": [_OXYCONTIN_20_Q12H], "start_date": "2026-12-01"},
            ),
        },
    ),
    "estimate_creatinine_clearance": OperationDocs(
        returns="The Cockcroft-Gault creatinine clearance (mL/min, rounded down), the weight "
        f"basis stated and whether it counts as renal impairment; {_COMMON}.",
        examples={
            "actual-weight": (
                "Female, 40 years, 72 kg, serum creatinine 1.0 mg/dL, actual weight: 85 mL/min",
                {
                    "patient": {
                        "age_years": 40,
                        "sex": "female",
                        "weight_kg": 72,
                        "serum_creatinine_mg_dl": 1.0,
                    },
                    "weight_basis": "actual",
                },
            ),
            "umol-ideal-weight": (
                "Male, 70 years, 80 kg, 175 cm, serum creatinine 110 umol/L, ideal weight",
                {
                    "patient": {
                        "age_years": 70,
                        "sex": "male",
                        "weight_kg": 80,
                        "height_cm": 175,
                        "serum_creatinine_umol_l": 110,
                    }
                },
            ),
        },
    ),
    "dose_ketamine": OperationDocs(
        returns="The infusion: mg/h (rounded down), mL/h for the concentration, the amount per 24 "
        f"hours, an optional bolus, the dosing weight and basis; {_COMMON}.",
        examples={
            "infusion": (
                "0.2 mg/kg/h for 70 kg (actual weight) from 2 mg/mL: 14 mg/h, 7 mL/h",
                {
                    "rate_mg_per_kg_per_h": 0.2,
                    "patient": {"weight_kg": 70},
                    "weight_basis": "actual",
                    "concentration_mg_per_ml": 2,
                },
            )
        },
    ),
    "dose_clonidine": OperationDocs(
        returns="The regimen (one tablet per dose, twice a day), the weekly titration, hold "
        f"parameters and the taper on stopping; {_COMMON}.",
        examples={
            "start": ("0.1 mg twice a day", {"dose_mg": 0.1}),
            "with-blood-pressure": (
                "0.2 mg twice a day, blood pressure checked against the hold parameters",
                {
                    "dose_mg": 0.2,
                    "patient": {"age_years": 50},
                    "blood_pressure": {"systolic_mmhg": 128, "diastolic_mmhg": 80},
                },
            ),
        },
    ),
    "dose_gabapentin": OperationDocs(
        returns="The maintenance regimen capped by the label's renal band, the titration day by "
        f"day and any hemodialysis supplement; {_COMMON}.",
        examples={
            "normal-renal-function": (
                "900 mg/day at a creatinine clearance of 90 mL/min: 300 mg three times a day",
                {"target_mg_per_day": 900, "patient": {"creatinine_clearance_ml_min": 90}},
            ),
            "renal-impairment": (
                "1200 mg/day at 40 mL/min: capped by the label's band",
                {"target_mg_per_day": 1200, "patient": {"creatinine_clearance_ml_min": 40}},
            ),
        },
    ),
    "dose_pregabalin": OperationDocs(
        returns="The start, the titration to the target capped by the renal band, the maintenance "
        f"regimen in capsules and any hemodialysis supplement range; {_COMMON}.",
        examples={
            "cockcroft-gault": (
                "300 mg/day twice daily; clearance estimated from serum creatinine",
                {
                    "target_mg_per_day": 300,
                    "doses_per_day": 2,
                    "weight_basis": "actual",
                    "patient": {
                        "age_years": 40,
                        "sex": "female",
                        "weight_kg": 72,
                        "serum_creatinine_mg_dl": 1.0,
                    },
                },
            )
        },
    ),
    "dose_naltrexone": OperationDocs(
        returns="The titration to the target (once daily), and the regimen's full and partial "
        f"agonists with the conflict warning; {_COMMON}.",
        examples={
            "target-2-mg": ("2 mg/day from the cautious defaults", {"target_mg_per_day": 2}),
            "with-regimen": (
                "4.5 mg/day while on oxycodone: a full-agonist conflict is warned",
                {"target_mg_per_day": 4.5, "medications": [_OXYCONTIN_20_Q12H]},
            ),
        },
    ),
    "calculate_period_mme": OperationDocs(
        returns="Period MME of one patient (NIH HEAL definitions): per prescription its factor, "
        "MME and single-day MME; total MME, days and mme1-mme4 with and without buprenorphine; "
        "for dated prescriptions the daily curve and the four average-daily-MME equations; "
        "warnings, `summary`, trace, the table and the calculation id. A research measure, not "
        "a dose.",
        examples={
            "dated": (
                "Oxycodone 10 mg every 6 hours for 30 days and a fentanyl patch for 28 days",
                _PERIOD,
            ),
        },
    ),
    "calculate_period_mme_batch": OperationDocs(
        returns="One NDJSON line per input line, in order: `result` (the numbers a single call "
        "gives, without trace and curve) or `error` (the problem a single call would return).",
        examples={
            "two-patients": (
                "Two patients, one NDJSON line each",
                "\n".join(
                    msgspec.json.encode({"patient_id": pid, "request": _PERIOD}).decode()
                    for pid in ("p-001", "p-002")
                )
                + "\n",
            ),
        },
    ),
    "translate_medication_requests": OperationDocs(
        returns="The medication lines understood from the MedicationRequests (each with its "
        "request id, RxNorm product and notes), and the reason for each request not used; the "
        "RxNorm table and a calculation id. Send the lines' `medication` to any calculation.",
        examples={
            "oxycodone-er-and-patch": (
                "OxyContin 10 mg every 12 hours and a fentanyl 25 mcg/h patch (RxNorm, UCUM)",
                {"bundle": _FHIR_BUNDLE},
            )
        },
    ),
    "mme_observation": OperationDocs(
        returns="A FHIR R4 Observation of the MME/day (valueQuantity in mg/d, the MME table as "
        "the method, one component per line, the requests in derivedFrom), with the safety "
        "warnings and the requests not used.",
        examples={
            "oxycodone-er-and-patch": (
                "The same orders as an MME Observation for Patient/p1",
                {"bundle": _FHIR_BUNDLE, "subject": {"reference": "Patient/p1"}},
            )
        },
    ),
    "cds_discovery": OperationDocs(
        returns="The CDS services hosted here (CDS Hooks 2.0): order-select, order-sign and "
        "patient-view, with their prefetch templates."
    ),
    "cds_call": OperationDocs(
        returns="CDS Hooks cards: the MME/day with the safety context and suggestions; a card "
        "says what is missing when the prefetch of active opioid orders is absent.",
        examples={
            "order-select": (
                "Oxycodone as needed selected while a fentanyl patch is active",
                _CDS_ORDER_SELECT,
            )
        },
        parameters={
            "service_id": {
                "order-select": ("The order-select service", "opioid-mme-order-select"),
            }
        },
    ),
    "cds_feedback": OperationDocs(
        returns="How many feedback items were received (logged, never stored).",
        examples={
            "overridden": (
                "A card overridden by the clinician",
                {
                    "feedback": [
                        {
                            "card": "3f1c8e2a-6b4d-4c2e-9a7f-1d2e3f4a5b6c",
                            "outcome": "overridden",
                            "outcomeTimestamp": "2026-11-30T10:00:00Z",
                        }
                    ]
                },
            )
        },
        parameters={
            "service_id": {
                "order-select": ("The order-select service", "opioid-mme-order-select"),
            }
        },
    ),
    "list_tables": OperationDocs(
        returns="Every loaded table: id, kind, version, title, citation, URL, checksum and notes."
    ),
    "get_table": OperationDocs(
        returns="One table with every row (factors, bands, products, thresholds, dosing rows, "
        "plausible ranges, renal advice) and the source key of each.",
        parameters={
            "table_id": {
                "cdc-2022": ("The CDC 2022 MME conversion factors", "cdc-2022"),
                "equianalgesic-us": ("The equianalgesic table rotations use", "equianalgesic-us"),
            }
        },
    ),
    "list_drugs": OperationDocs(
        returns="Every drug and route the tables cover, with the MME and equianalgesic tables "
        "that give it a factor and the products that dose it."
    ),
    "check_liveness": OperationDocs(returns="The process is up."),
    "check_readiness": OperationDocs(returns="The tables are loaded and validated."),
}
