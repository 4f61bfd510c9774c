"""
POST /v1/fhir/medication-lines and /v1/fhir/mme-observation.

Expected MME values are the cited sources' own numbers: CDC 2022 table (fentanyl patch 2.4 per
mcg/h, oxycodone 1.5, hydrocodone 1, methadone 4.7; worked examples hydrocodone 5 mg four times
a day = 20 and oxycodone ER 10 mg twice a day = 30 MME/day), CDC 2016 methadone tiers (21-40
mg/day: 8), and the CDC MME calculator's rule for as-needed orders (frequencyMax counts).  The
FHIR the service accepts and emits is parsed by fhirclient's R4 models (an independent
implementation).
"""

from __future__ import annotations

from typing import Any

import pytest
from fhirclient.models.bundle import Bundle
from fhirclient.models.medicationrequest import MedicationRequest
from fhirclient.models.observation import Observation

from tests.api.helpers import Client
from tests.fhir import helpers as h
from tests.fhir.examples import MEDRX0301


def lines(client: Client, *requests: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/fhir/medication-lines", json={"bundle": h.bundle(*requests)})
    assert 200 == response.status_code, response.text
    body: dict[str, Any] = response.json()
    return body


def mme(client: Client, body: dict[str, Any], table: str | None = None) -> float:
    """The two-step use: the lines' medications to POST /v1/mme."""
    meds = [line["medication"] for line in body["lines"]]
    request: dict[str, Any] = {"medications": meds} | ({"table": table} if table else {})
    response = client.post("/v1/mme", json=request)
    assert 200 == response.status_code, response.text
    total: float = response.json()["total_mme_per_day"]
    return total


CDC_EXAMPLES = [  # (id, requests, table, MME/day from the source)
    ("fentanyl-patch-25", [h.fentanyl_patch()], None, 60.0),
    (
        "hydrocodone-5-qid",
        [h.med_request("hc", h.HYDROCODONE_APAP_5, frequency=4, period=1, unit="d")],
        None,
        20.0,
    ),
    ("oxycodone-er-10-bid", [h.med_request("ox", h.OXYCODONE_ER_10, period=12)], None, 30.0),
    (
        "methadone-10-q8h-cdc-2016",
        [h.med_request("m", h.METHADONE_10, period=8)],
        "cdc-2016",
        240.0,
    ),
    ("methadone-10-q8h-cdc-2022", [h.med_request("m", h.METHADONE_10, period=8)], None, 141.0),
    (
        "hydrocodone-prn-frequency-max",
        [
            h.med_request(
                "hc", h.HYDROCODONE_APAP_5, frequency=1, frequency_max=2, period=6, as_needed=True
            )
        ],
        None,
        40.0,
    ),
]


class TestCdcWorkedExamples:
    @pytest.mark.parametrize(
        ("requests", "table", "expected"),
        [c[1:] for c in CDC_EXAMPLES],
        ids=[c[0] for c in CDC_EXAMPLES],
    )
    def test_translator_then_mme(
        self,
        client: Client,
        requests: list[dict[str, Any]],
        table: str | None,
        expected: float,
    ) -> None:
        body = lines(client, *requests)
        assert [] == body["not_used"]
        assert expected == mme(client, body, table)

    @pytest.mark.parametrize(
        ("requests", "table", "expected"),
        [c[1:] for c in CDC_EXAMPLES],
        ids=[c[0] for c in CDC_EXAMPLES],
    )
    def test_observation(
        self,
        client: Client,
        requests: list[dict[str, Any]],
        table: str | None,
        expected: float,
    ) -> None:
        body: dict[str, Any] = {"medication_requests": requests} | (
            {"table": table} if table else {}
        )
        response = client.post("/v1/fhir/mme-observation", json=body)
        assert 200 == response.status_code, response.text
        observation = response.json()["observation"]
        parsed = Observation(observation, strict=True)  # fhirclient's R4 model
        assert expected == parsed.valueQuantity.value
        assert ("mg/d", "http://unitsofmeasure.org") == (
            parsed.valueQuantity.code,
            parsed.valueQuantity.system,
        )
        assert (table or "cdc-2022") == parsed.method.coding[0].code


class TestTranslation:
    def test_range_maximum_is_said(self, client: Client) -> None:
        request = h.med_request(
            "hc", h.HYDROCODONE_APAP_5, frequency=1, frequency_max=2, period=6, as_needed=True
        )
        line = lines(client, request)["lines"][0]
        assert {"fhir.frequency_range_maximum"} == {n["code"] for n in line["notes"]}
        assert (True, 8.0, 5.0) == (
            line["medication"]["as_needed"],
            line["medication"]["max_doses_per_day"],
            line["medication"]["dose"],
        )

    def test_one_bad_request_does_not_fail_the_batch(self, client: Client) -> None:
        aspirin = h.med_request("asa", "243670", dose=(81, "mg"), period=24)
        untimed = h.med_request("untimed", h.OXYCODONE_5)
        body = lines(
            client,
            h.fentanyl_patch(),
            aspirin,
            untimed,
            {"resourceType": "MedicationRequest", "id": "bad"},
        )
        assert ["fentanyl"] == [x["request_id"] for x in body["lines"]]
        reasons = {x["request_id"]: x["code"] for x in body["not_used"]}
        assert {
            "asa": "fhir.not_an_opioid_product",
            "untimed": "fhir.timing_missing",
            "bad": "fhir.invalid_resource",
        } == reasons

    def test_spec_example_medrx0301(self, client: Client) -> None:
        """The FHIR R4 example parses (fhirclient and here); SNOMED-coded and completed: a reason."""
        MedicationRequest(MEDRX0301, strict=True)
        body = lines(client, MEDRX0301)
        assert ([], ["fhir.not_current"]) == (body["lines"], [x["code"] for x in body["not_used"]])
        active = {**MEDRX0301, "status": "active"}
        body = lines(client, active)
        assert ["fhir.no_rxnorm_code"] == [x["code"] for x in body["not_used"]]

    def test_spec_example_with_an_rxnorm_code(self, client: Client) -> None:
        """medrx0301's dosage (1-2 tablets every 4-6 h as needed) on oxycodone 5 mg tablets."""
        active = {**MEDRX0301, "status": "active"}
        active["contained"] = [
            {
                **MEDRX0301["contained"][0],
                "code": {"coding": [{"system": h.RXNORM, "code": h.OXYCODONE_5}]},
            }
        ]
        line = lines(client, active)["lines"][0]["medication"]
        assert (10.0, 6.0, 4.0, True) == (
            line["dose"],
            line["max_doses_per_day"],
            line["interval_hours"],
            line["as_needed"],
        )

    def test_bundled_medication_and_references(self, client: Client) -> None:
        med = {
            "resourceType": "Medication",
            "id": "m1",
            "code": {"coding": [{"system": h.RXNORM, "code": h.FENTANYL_25}]},
        }
        request = h.fentanyl_patch()
        del request["medicationCodeableConcept"]
        request["medicationReference"] = {"reference": "Medication/m1"}
        missing = {
            **request,
            "id": "missing",
            "medicationReference": {"reference": "Medication/none"},
        }
        nothing = {k: v for k, v in request.items() if k != "medicationReference"} | {
            "id": "nothing"
        }
        body = lines(
            client, med, request, missing, nothing, {"resourceType": "Patient", "id": "p1"}
        )
        assert ["fentanyl"] == [x["request_id"] for x in body["lines"]]
        assert {"missing": "fhir.medication_unresolved", "nothing": "fhir.medication_missing"} == {
            x["request_id"]: x["code"] for x in body["not_used"]
        }
        Bundle(h.bundle(med, request), strict=True)

    def test_dosage_shapes(self, client: Client) -> None:
        two = h.oxycodone_prn("two")
        two["dosageInstruction"] *= 2
        none = h.oxycodone_prn("none")
        del none["dosageInstruction"]
        rates = h.oxycodone_prn("rates")
        rates["dosageInstruction"][0]["doseAndRate"] *= 2
        body = lines(client, two, none, rates)
        assert {
            "two": "fhir.timing_ambiguous",
            "none": "fhir.dosage_missing",
            "rates": "fhir.timing_ambiguous",
        } == {x["request_id"]: x["code"] for x in body["not_used"]}

    def test_lines_are_valid_native_requests(self, client: Client) -> None:
        """Every translated line is accepted as it is by the native operations."""
        body = lines(client, h.fentanyl_patch(), h.oxycodone_prn(status="active"))
        assert 105.0 == mme(client, body)

    def test_exactly_one_source(self, client: Client) -> None:
        response = client.post("/v1/fhir/medication-lines", json={})
        assert (422, "bundle") == (response.status_code, response.json()["field"])

    def test_schema_violation_names_the_field(self, client: Client) -> None:
        bad = h.oxycodone_prn()
        bad["status"] = 3
        response = client.post("/v1/fhir/medication-lines", json={"medication_requests": [bad]})
        assert 400 == response.status_code
        assert "medication_requests[0].status" == response.json()["field"]
