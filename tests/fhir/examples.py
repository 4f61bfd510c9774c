"""
FHIR and CDS Hooks payloads written by others, transcribed as data (narrative ``text`` left out).

- ``MEDRX0301``: HL7 FHIR R4 (4.0.1) example MedicationRequest ``medrx0301``
  (https://hl7.org/fhir/R4/medicationrequest0301.json.html): oxycodone coded in SNOMED CT, 1-2
  tablets every 4-6 hours as needed, contained Medication.
- ``PATIENT_VIEW``: the service-call example of the CDS Hooks 2.0 specification (HL7/cds-hooks
  input/pagecontent/index.md, "Calling a CDS Service", commit
  fb10ca773a846b36457137e57e137c693a99e48c).
- ``SPEC_JWKS``, ``SPEC_JWT``: the JWT example of the same page ("JWT Signing Algorithm"):
  an ES384 token signed with the key of the example JWK Set.
"""

from __future__ import annotations

from typing import Any


MEDRX0301: dict[str, Any] = {
    "resourceType": "MedicationRequest",
    "id": "medrx0301",
    "contained": [
        {
            "resourceType": "Medication",
            "id": "med0310",
            "code": {
                "coding": [
                    {
                        "system": "http://snomed.info/sct",
                        "code": "430127000",
                        "display": "Oral Form Oxycodone (product)",
                    }
                ]
            },
        }
    ],
    "identifier": [
        {"use": "official", "system": "http://www.bmc.nl/portal/prescriptions", "value": "12345689"}
    ],
    "status": "completed",
    "intent": "order",
    "category": [
        {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/medicationrequest-category",
                    "code": "inpatient",
                    "display": "Inpatient",
                }
            ]
        }
    ],
    "medicationReference": {"reference": "#med0310"},
    "subject": {"reference": "Patient/pat1", "display": "Donald Duck"},
    "authoredOn": "2015-01-15",
    "requester": {"reference": "Practitioner/f007", "display": "Patrick Pump"},
    "dosageInstruction": [
        {
            "sequence": 1,
            "text": "one to two tablets every 4-6 hours as needed for rib pain",
            "patientInstruction": "Take one to two tablets every four to six hours as needed for rib pain",
            "timing": {"repeat": {"frequency": 1, "period": 4, "periodMax": 6, "periodUnit": "h"}},
            "asNeededCodeableConcept": {
                "coding": [
                    {
                        "system": "http://snomed.info/sct",
                        "code": "297217002",
                        "display": "Rib Pain (finding)",
                    }
                ]
            },
            "route": {
                "coding": [
                    {
                        "system": "http://snomed.info/sct",
                        "code": "26643006",
                        "display": "Oral Route",
                    }
                ]
            },
            "doseAndRate": [
                {
                    "type": {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/dose-rate-type",
                                "code": "ordered",
                                "display": "Ordered",
                            }
                        ]
                    },
                    "doseRange": {
                        "low": {
                            "value": 1,
                            "unit": "TAB",
                            "system": "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm",
                            "code": "TAB",
                        },
                        "high": {
                            "value": 2,
                            "unit": "TAB",
                            "system": "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm",
                            "code": "TAB",
                        },
                    },
                }
            ],
        }
    ],
    "dispenseRequest": {
        "validityPeriod": {"start": "2015-01-15", "end": "2016-01-15"},
        "numberOfRepeatsAllowed": 0,
        "quantity": {
            "value": 30,
            "unit": "TAB",
            "system": "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm",
            "code": "TAB",
        },
        "expectedSupplyDuration": {
            "value": 10,
            "unit": "days",
            "system": "http://unitsofmeasure.org",
            "code": "d",
        },
    },
}

PATIENT_VIEW: dict[str, Any] = {
    "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
    "fhirServer": "http://hooks.smarthealthit.org:9080",
    "hook": "patient-view",
    "fhirAuthorization": {
        "access_token": "some-opaque-fhir-access-token",
        "token_type": "Bearer",
        "expires_in": 300,
        "scope": "user/Patient.read user/Observation.read",
        "subject": "cds-service4",
    },
    "context": {"userId": "Practitioner/example", "patientId": "1288992", "encounterId": "89284"},
    "prefetch": {
        "patientToGreet": {
            "resourceType": "Patient",
            "gender": "male",
            "birthDate": "1925-12-23",
            "id": "1288992",
            "active": True,
        }
    },
}

SPEC_JWKS: dict[str, Any] = {
    "keys": [
        {
            "kty": "EC",
            "use": "sig",
            "crv": "P-384",
            "kid": "example-kid",
            "x": "46SDH7Znh821wblCBglA61sNE9ZrHYKKt3qRtRTmSXyOI_FIGBLWrWa0GPUkDCEk",
            "y": "XMcRuuoGW7CXjQdy-F5i3FeBE0x9hPLdeFdSoDd3ELmx404tLX0VRRcqzAsPhXcI",
            "alg": "ES384",
        }
    ]
}
# The specification's public example token (not a secret).
SPEC_JWT = (
    "eyJhbGciOiJFUzM4NCIsInR5cCI6IkpXVCIsImtpZCI6ImV4YW1wbGUta2lkIiwiamt1IjoiaHR0cHM6Ly9maGlyLWVo"
    "ci5leGFtcGxlLmNvbS9qd2tfdXJpIn0.eyJpc3MiOiJodHRwczovL2ZoaXItZWhyLmV4YW1wbGUuY29tLyIsImF1ZCI6"
    "Imh0dHBzOi8vY2RzLmV4YW1wbGUub3JnL2Nkcy1zZXJ2aWNlcy9zb21lLXNlcnZpY2UiLCJleHAiOjE0MjI1Njg4NjAs"
    "ImlhdCI6MTMxMTI4MDk3MCwianRpIjoiZWUyMmIwMjEtZTFiNy00NjExLWJhNWItOGVlYzZhMzNhYzFlIiwidGVuYW50"
    "IjoiMmRkZDZjM2EtOGU5YS00NGM2LWEzMDUtNTIxMTFhZDMwMmEyIn0.d1WfLjGRKlcWB94l9do4cM8REXeYJLL6SGUB"
    "O8VHZhfM8mwKYP70EMxJ67War4TQblEpaQrp11wx5p7oPFm2ETYgCicS84vXWEIYTdjooZdooCSDf2L8-i4awdoUwiEb"
)
