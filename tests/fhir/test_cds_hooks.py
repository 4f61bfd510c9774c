"""
CDS Hooks 2.0 service, checked against the specification's required fields and constraints
(HL7/cds-hooks, input/fsh/logicals and input/fsh/invariants; input/pagecontent/index.md), and the
CDC worked example of a fentanyl patch (2.4 MME/day per mcg/h, CDC 2022) under a draft oxycodone
order (1.5).  Draft MedicationRequests in suggestions parse with fhirclient's R4 models.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fhirclient.models.medicationrequest import MedicationRequest

from tests.api.helpers import Client
from tests.fhir import helpers as h
from tests.fhir.examples import PATIENT_VIEW


UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def check_card(card: dict[str, Any]) -> None:
    """The Card attributes and invariants cds-resp-1 to cds-resp-7 of CDS Hooks 2.0."""
    assert isinstance(card["summary"], str)
    assert 0 < len(card["summary"]) < 140
    assert card["indicator"] in {"info", "warning", "critical"}
    assert isinstance(card["source"]["label"], str)
    assert card["source"]["label"]
    assert UUID.match(card["uuid"])
    suggestions = card.get("suggestions", [])
    if suggestions:  # cds-resp-6
        assert card["selectionBehavior"] in {"at-most-one", "any"}
    if card.get("selectionBehavior") == "at-most-one":  # cds-resp-1
        assert sum(1 for s in suggestions if s.get("isRecommended")) <= 1
    for suggestion in suggestions:
        assert suggestion["label"]
        assert UUID.match(suggestion["uuid"])
        assert suggestion.get("actionSelectionBehavior", "all") in {"all", "any", "at-most-one"}
        for action in suggestion.get("actions", []):
            assert action["type"] in {"create", "update", "delete"}
            assert action["description"]  # cds-resp-5
            if action["type"] == "create":
                MedicationRequest(action["resource"], strict=True)
    for reason in card.get("overrideReasons", []):  # cds-resp-4
        assert reason["display"]
    for link in card.get("links", []):
        assert link["label"]
        assert link["url"]
        assert link["type"] in {"absolute", "smart"}
        assert link["type"] == "smart" or "appContext" not in link  # cds-resp-3


def call(client: Client, service: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    response = client.post(f"/cds-services/{service}", json=body)
    assert 200 == response.status_code, response.text
    cards: list[dict[str, Any]] = response.json()["cards"]
    for card in cards:
        check_card(card)
    return cards


class TestDiscovery:
    def test_services(self, client: Client) -> None:
        response = client.get("/cds-services")
        assert 200 == response.status_code
        services = response.json()["services"]
        assert {"order-select", "order-sign", "patient-view"} == {s["hook"] for s in services}
        for service in services:
            assert service["id"]
            assert service["description"]
            assert all(isinstance(v, str) for v in service["prefetch"].values())
            assert "{{context.patientId}}" in service["prefetch"]["opioids"]


class TestOrderSelect:
    def test_oxycodone_on_a_fentanyl_patch(self, client: Client) -> None:
        """Fentanyl 25 mcg/h (60) + oxycodone 5 mg every 4 h as needed, 6 a day (45) = 105."""
        body = h.hook("order-select", [h.oxycodone_prn()], [h.fentanyl_patch()])
        [card] = call(client, "opioid-mme-order-select", body)
        assert card["summary"].startswith("105 MME/day")
        assert "critical" == card["indicator"]  # mme.at_or_above_90 is critical
        assert "| 45 |" in card["detail"]
        assert "| 60 |" in card["detail"]
        assert "naloxone.offer" in card["detail"]
        labels = [s["label"] for s in card["suggestions"]]
        assert labels[0].startswith("Taper")
        assert any("methadone" in x for x in labels)

    def test_no_prefetch_is_a_lower_bound_card(self, client: Client) -> None:
        [card] = call(
            client, "opioid-mme-order-select", h.hook("order-select", [h.oxycodone_prn()])
        )
        assert card["summary"].startswith("At least 45 MME/day")
        assert "prefetch `opioids`" in card["detail"]
        assert "suggestions" not in card

    def test_a_non_opioid_order_gets_no_card(self, client: Client) -> None:
        aspirin = h.med_request("asa", "243670", dose=(81, "mg"), period=24, status="draft")
        assert [] == call(client, "opioid-mme-order-select", h.hook("order-select", [aspirin], []))

    def test_an_unreadable_opioid_order_is_said(self, client: Client) -> None:
        untimed = h.med_request("o", h.OXYCODONE_5, status="draft")
        [card] = call(client, "opioid-mme-order-sign", h.hook("order-sign", [untimed], []))
        assert ("info", True) == (card["indicator"], "fhir.timing_missing" in card["detail"])

    def test_older_patient_from_prefetch(self, client: Client) -> None:
        body = h.hook("order-sign", [h.oxycodone_prn()], [], birth_date="1940-01-01")
        [card] = call(client, "opioid-mme-order-sign", body)
        assert "age.older_or_frail" in card["detail"]


class TestPatientView:
    def test_current_mme(self, client: Client) -> None:
        [card] = call(
            client, "opioid-mme-patient-view", h.hook("patient-view", active=[h.fentanyl_patch()])
        )
        assert card["summary"].startswith("Current opioids: 60 MME/day")

    def test_spec_example_without_the_prefetch(self, client: Client) -> None:
        """The specification's own service call: no opioid prefetch, so an informative card."""
        [card] = call(client, "opioid-mme-patient-view", PATIENT_VIEW)
        assert "info" == card["indicator"]
        assert "not sent" in card["summary"]


class TestInvalid:
    @pytest.mark.parametrize(
        ("change", "field"),
        [
            (lambda b: b.pop("hookInstance"), "hookInstance"),
            (lambda b: b.update(hookInstance="not-a-uuid"), "hookInstance"),
            (lambda b: b.update(hook="patient-view"), "hook"),
            (lambda b: b["context"].pop("draftOrders"), "context"),
            (lambda b: b["context"].pop("selections"), "context.selections"),
            (
                lambda b: b["context"].update(draftOrders={"resourceType": "Patient"}),
                "context.draftOrders",
            ),
            (
                lambda b: b.update(prefetch={"opioids": {"resourceType": "Bundle", "entry": 3}}),
                "prefetch.opioids.entry",
            ),
            (lambda b: b.update(fhirAuthorization=PATIENT_VIEW["fhirAuthorization"]), "fhirServer"),
        ],
        ids=[
            "no-hook-instance",
            "bad-uuid",
            "wrong-hook",
            "no-draft-orders",
            "no-selections",
            "not-a-bundle",
            "bad-prefetch",
            "cds-r-1",
        ],
    )
    def test_400_names_the_field(self, client: Client, change: Any, field: str) -> None:
        body = h.hook("order-select", [h.oxycodone_prn()], [h.fentanyl_patch()])
        change(body)
        response = client.post("/cds-services/opioid-mme-order-select", json=body)
        assert 400 == response.status_code, response.text
        assert "application/problem+json" == response.headers["content-type"]
        assert response.json()["field"].startswith(field)

    def test_unknown_service(self, client: Client) -> None:
        assert 404 == client.post("/cds-services/nope", json=h.hook("patient-view")).status_code


class TestFeedback:
    URL = "/cds-services/opioid-mme-order-select/feedback"
    CARD = "4e0a3a1e-3283-4575-ab82-028d55fe2719"

    def test_spec_examples(self, client: Client) -> None:
        accepted = {
            "card": self.CARD,
            "outcome": "accepted",
            "acceptedSuggestions": [{"id": "e56e1945-20b3-4393-8503-a1a20fd73152"}],
            "outcomeTimestamp": "2021-12-11T10:05:31Z",
        }
        overridden = {
            "card": self.CARD,
            "outcome": "overridden",
            "overrideReason": {
                "reason": {
                    "code": "d7ecf885",
                    "system": "https://example.com/cds-hooks/override-reason-system",
                },
                "userComment": "A comment.",
            },
            "outcomeTimestamp": "2020-12-11T00:00:00Z",
        }
        response = client.post(self.URL, json={"feedback": [accepted, overridden]})
        assert (200, 2) == (response.status_code, response.json()["received"])

    @pytest.mark.parametrize(
        ("entry", "field"),
        [
            ({"outcome": "accepted"}, "feedback[0].acceptedSuggestions"),  # cds-fb-2
            (
                {"outcome": "overridden", "overrideReason": {}},
                "feedback[0].overrideReason",
            ),  # cds-fb-3
            ({"outcome": "ignored"}, "feedback[0].outcome"),  # cds-fb-1
        ],
        ids=["cds-fb-2", "cds-fb-3", "cds-fb-1"],
    )
    def test_invariants(self, client: Client, entry: dict[str, Any], field: str) -> None:
        body = {
            "feedback": [{"card": self.CARD, "outcomeTimestamp": "2020-12-11T00:00:00Z", **entry}]
        }
        response = client.post(self.URL, json=body)
        assert (400, field) == (response.status_code, response.json()["field"])
