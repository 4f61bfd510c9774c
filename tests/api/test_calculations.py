"""POST /v1/mme and POST /v1/rotations over HTTP: contract fields, determinism, provenance."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.helpers import MORPHINE_BID, OXY_ER_BID, Client


class TestMME:
    """POST /v1/mme returns the contract names of DESIGN.md section 4."""

    def test_cdc_example(self, client: Client) -> None:
        """CDC 2022 footnote [CDC22]: oxycodone ER 10 mg BID = 30 MME/day."""
        response = client.post("/v1/mme", json={"medications": [OXY_ER_BID]})

        body = response.json()
        assert response.status_code == 200
        assert body["total_mme_per_day"] == 30
        line = body["lines"][0]
        assert {
            "drug",
            "route",
            "daily_dose",
            "daily_dose_unit",
            "conversion_factor",
            "mme_per_day",
        } <= set(line)
        assert (
            line["daily_dose"],
            line["daily_dose_unit"],
            line["conversion_factor"],
        ) == (20, "mg/day", 1.5)
        assert body["table"]["id"] == "cdc-2022"
        assert body["table"]["checksum"].startswith("sha256:")
        assert len(body["calculation_id"]) == 32
        assert [f["reached"] for f in body["flags"]] == [False, False, False]

    def test_select_table(self, client: Client) -> None:
        """`table` selects cdc-2016: methadone 30 mg/day -> tier 21-40 x8 = 240 [CDC16-TDD]."""
        med = {
            "drug": "methadone",
            "route": "oral",
            "dose": 10,
            "dose_unit": "mg",
            "doses_per_day": 3,
        }

        body = client.post("/v1/mme", json={"medications": [med], "table": "cdc-2016"}).json()

        assert (body["total_mme_per_day"], body["table"]["id"]) == (240, "cdc-2016")

    def test_deterministic_bytes_and_id(self, client: Client) -> None:
        """The same request (keys in any order) gives the same id and a byte-identical body."""
        one = client.post("/v1/mme", json={"medications": [OXY_ER_BID], "table": "cdc-2022"})
        reordered = {"table": "cdc-2022", "medications": [dict(reversed(list(OXY_ER_BID.items())))]}
        two = client.post("/v1/mme", json=reordered)

        assert one.content == two.content

    def test_different_requests_have_different_ids(self, client: Client) -> None:
        """The id hashes the request."""
        one = client.post("/v1/mme", json={"medications": [OXY_ER_BID]}).json()
        two = client.post("/v1/mme", json={"medications": [MORPHINE_BID]}).json()

        assert one["calculation_id"] != two["calculation_id"]

    def test_patient_context_warnings(self, client: Client) -> None:
        """Benzodiazepine co-use [CDC22] is a critical warning with a source."""
        body = client.post(
            "/v1/mme",
            json={
                "medications": [OXY_ER_BID],
                "patient": {"benzodiazepine": True, "age_years": 80},
            },
        ).json()

        warning = body["warnings"][0]
        assert (
            warning["code"],
            warning["severity"],
            warning["source"],
        ) == ("benzodiazepine.co_use", "critical", "CDC22")


class TestRotation:
    """POST /v1/rotations."""

    def rotate(self, client: Client, **extra: Any) -> dict[str, Any]:
        body = {
            "from": [MORPHINE_BID],
            "to": {"drug": "oxycodone", "route": "oral", "release": "extended"},
        }
        response = client.post("/v1/rotations", json={**body, **extra})
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def test_morphine_to_oxycodone(self, client: Client) -> None:
        """Morphine 60 mg BID = 120 -> /1.5 [UTD] = 80 -> 25% = 60 -> OxyContin 30 mg q12h."""
        body = self.rotate(client)

        assert (body["total_mme_per_day"], body["equianalgesic_daily_dose"]) == (120, 80)
        reduction = body["reduction"]
        assert (
            reduction["applied_percent"],
            reduction["dose_at_low"],
            reduction["dose_at_high"],
            reduction["reduced_daily_dose"],
        ) == (25, 60, 40, 60)
        regimen = body["practical_regimen"]
        assert (
            regimen["dose_per_administration"],
            regimen["interval_hours"],
            regimen["daily_total"],
            regimen["units"],
        ) == (30, 12, 60, [{"strength": 30, "count": 1}])
        # 10% of 60 = 6 mg: the 5 mg tablet is 83%, so 6 mL of the 1 mg/mL solution, every 4 h
        # as needed (UTD-IR), at most 4 a day (MEDSCAPE-QUIZ).
        bt = body["breakthrough"]
        assert (bt["dose"], bt["drug"], bt["form"], bt["volume_ml"]) == (
            6,
            "oxycodone",
            "solution",
            6,
        )
        assert (bt["interval_hours"], bt["max_doses_per_day"]) == (4, 4)
        assert body["table"]["id"] == "equianalgesic-us"
        assert body["trace"]

    def test_methadone_three_day_switch(self, client: Client) -> None:
        """The schedule is returned day by day with the scheme's provenance."""
        body = self.rotate(
            client,
            to={"drug": "methadone", "route": "oral"},
            methadone={"strategy": "three_day_switch", "scheme": "ccdhb-2009"},
        )

        assert [d["day"] for d in body["methadone"]["schedule"]] == [1, 2, 3]
        assert body["methadone"]["scheme"]["id"] == "ccdhb-2009"

    @pytest.mark.parametrize(
        ("extra", "code", "field"),
        [
            (
                {
                    "to": {"drug": "fentanyl", "route": "transdermal"},
                    "from": [{**MORPHINE_BID, "dose": 20}],
                },
                "fentanyl_patch.opioid_naive",
                "from",
            ),
            (
                {"to": {"drug": "methadone", "route": "oral"}, "patient": {"qtc_ms": 520}},
                "methadone.qtc_over_limit",
                "patient.qtc_ms",
            ),
            (
                {"to": {"drug": "unobtainium", "route": "oral"}},
                "equianalgesic.drug_not_covered",
                "to.drug",
            ),
        ],
        ids=["patch-naive", "qtc", "unknown-target"],
    )
    def test_refusals_are_422(
        self, client: Client, extra: dict[str, Any], code: str, field: str
    ) -> None:
        """Clinical refusals: 422 problem+json naming code, field, expectation and value."""
        body = {"from": [MORPHINE_BID], "to": {"drug": "oxycodone", "route": "oral"}}

        response = client.post("/v1/rotations", json={**body, **extra})

        problem = response.json()
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/problem+json")
        assert (code, field) == (problem["code"], problem["field"])
        assert problem["expected"]
        assert problem["received"]


class TestTaper:
    """POST /v1/tapers."""

    def test_acute_short(self, client: Client) -> None:
        """CDC 2022 [CDC22]: 50% for 2 days then stop; dated from start_date."""
        body = {"medications": [OXY_ER_BID], "start_date": "2026-12-01", "preset": "acute-short"}

        response = client.post("/v1/tapers", json=body)

        result = response.json()
        assert 200 == response.status_code, response.text
        assert [("2026-12-01", 10), ("2026-12-03", 0)] == [
            (s["date"], s["lines"][0]["daily_dose"]) for s in result["steps"]
        ]
        assert "zero" == result["ends_at"]
        assert "taper.pause_and_hold" in [w["code"] for w in result["warnings"]]

    def test_out_of_preset_range_is_422(self, client: Client) -> None:
        """oih-rapid allows 10-25%."""
        body = {
            "medications": [OXY_ER_BID],
            "start_date": "2026-12-01",
            "preset": "oih-rapid",
            "percent": 40,
        }

        response = client.post("/v1/tapers", json=body)

        assert (422, "percent") == (response.status_code, response.json()["field"])


class TestOIHPlan:
    """POST /v1/oih-plans."""

    def test_side_by_side(self, client: Client) -> None:
        """Every strategy is reported with its status; refusals do not fail the plan."""
        body = {
            "medications": [OXY_ER_BID],
            "start_date": "2026-12-01",
            "patient": {"qtc_ms": 520},
        }

        response = client.post("/v1/oih-plans", json=body)

        plan = response.json()
        assert 200 == response.status_code, response.text
        assert "available" == plan["taper"]["status"]
        assert ("not_applicable", "methadone.qtc_over_limit") == (
            plan["cut_and_methadone"]["status"],
            plan["cut_and_methadone"]["refusal"]["code"],
        )
        assert ("not_applicable", "methadone.qtc_over_limit") == (
            plan["methadone_rotation"]["status"],
            plan["methadone_rotation"]["refusal"]["code"],
        )
        assert plan["buprenorphine_rotation"]["result"]["calculation_id"] == plan["calculation_id"]
        assert ("not_applicable", "patient.weight_kg") == (
            plan["ketamine"]["status"],
            plan["ketamine"]["refusal"]["field"],
        )
        assert "available" == plan["clonidine"]["status"]
        assert "not_applicable" == plan["gabapentin"]["status"]


class _Ref:
    def __init__(self, id_: str, checksum: str) -> None:
        self.id, self.checksum = id_, checksum


class _Reference:
    """What the calculation id reads of a reference: its tables' ids and checksums."""

    def __init__(self, *refs: _Ref) -> None:
        self.refs = refs

    def all_refs(self) -> tuple[_Ref, ...]:
        return self.refs


def test_the_calculation_id_covers_every_table_checksum() -> None:
    """DESIGN.md section 4: the id hashes the request, the engine version and table checksums."""
    from api.convert.adapters import calculation_id
    from api.schemas.common import Medication
    from api.schemas.mme import MMERequest

    request = MMERequest(medications=[Medication(drug="oxycodone", route="oral", dose=10)])
    ids = [
        calculation_id("calculate_mme", request, reference)  # type: ignore[arg-type]
        for reference in (
            _Reference(_Ref("a", "sha256:1"), _Ref("b", "sha256:2")),
            _Reference(_Ref("a", "sha256:1"), _Ref("b", "sha256:2")),
            _Reference(_Ref("a", "sha256:1"), _Ref("b", "sha256:3")),
            _Reference(_Ref("a", "sha256:1")),
        )
    ]
    assert ids[0] == ids[1]
    assert len(set(ids[1:])) == 3
