"""
The safety floor through HTTP (issue 9): the same context on every operation, implausible input
refused with the field, the range and the value, no 500 for the doses and dates that caused one.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.helpers import Client


OXY_ER_60: dict[str, Any] = {
    "drug": "oxycodone",
    "route": "oral",
    "release": "extended",
    "dose": 60,
    "dose_unit": "mg",
    "interval_hours": 12,
}
PATIENT = {
    "age_years": 70,
    "sex": "male",
    "weight_kg": 80,
    "height_cm": 175,
    "benzodiazepine": True,
    "creatinine_clearance_ml_min": 30,
}
# 180 MME/day on CDC 2022 [CDC22]; benzodiazepine [CDC22]; 70 years [CDC22]; CrCl 30 [SPS-RENAL].
CONTEXT = {
    "mme.at_or_above_90",
    "mme.at_or_above_50",
    "naloxone.offer",
    "benzodiazepine.co_use",
    "age.older_or_frail",
    "renal.caution.oxycodone",
}
STRATEGIES = (
    "taper",
    "cut_and_methadone",
    "methadone_rotation",
    "buprenorphine_rotation",
    "ketamine",
    "clonidine",
    "gabapentin",
)


def _ok(client: Client, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post(path, json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_every_operation_carries_the_context(client: Client) -> None:
    base = {"medications": [OXY_ER_60], "patient": PATIENT}
    plan = _ok(client, "/v1/oih-plans", {**base, "start_date": "2026-12-01"})
    results = {
        "mme": _ok(client, "/v1/mme", base),
        "rotation": _ok(
            client,
            "/v1/rotations",
            {
                "from": [OXY_ER_60],
                "to": {"drug": "hydromorphone", "route": "oral"},
                "patient": PATIENT,
            },
        ),
        "taper": _ok(client, "/v1/tapers", {**base, "start_date": "2026-12-01"}),
        "naltrexone": _ok(client, "/v1/adjuncts/naltrexone", {**base, "target_mg_per_day": 4.5}),
        "oih": plan,
        **{name: plan[name]["result"] for name in STRATEGIES},
    }

    missing = {
        name: sorted(CONTEXT - {w["code"] for w in result["warnings"]})
        for name, result in results.items()
    }
    assert {k: v for k, v in missing.items() if v} == {}


def test_the_mcg_mg_slip_is_refused(client: Client) -> None:
    """IV fentanyl 100 mg every hour (meant: mcg): 422 naming the field, range and value."""
    body = {
        "from": [
            {
                "drug": "fentanyl",
                "route": "intravenous",
                "dose": 100,
                "dose_unit": "mg",
                "interval_hours": 1,
            }
        ],
        "to": {"drug": "morphine", "route": "oral"},
    }

    response = client.post("/v1/rotations", json=body)

    assert response.status_code == 422
    problem = response.json()
    assert (problem["code"], problem["field"], problem["expected"], problem["received"]) == (
        "dose.implausible",
        "from[0].dose",
        "1-6500 mcg per administration",
        "100.0",
    )


def test_the_taper_that_was_a_500(client: Client) -> None:
    """Oxycodone ER 360 mg every 12 h: a taper and an OIH plan (IndexError before)."""
    body = {"medications": [{**OXY_ER_60, "dose": 360}], "start_date": "2026-12-01"}

    assert _ok(client, "/v1/tapers", body)["steps"][0]["lines"][0]["daily_dose"] == 650
    assert _ok(client, "/v1/oih-plans", body)["taper"]["status"] == "available"


@pytest.mark.parametrize(
    ("date", "status"), [("9999-12-01", 422), ("1999-12-31", 422), ("2100-12-31", 200)]
)
def test_start_dates_are_bounded(client: Client, date: str, status: int) -> None:
    body = {"medications": [OXY_ER_60], "start_date": date}

    response = client.post("/v1/tapers", json=body)

    assert response.status_code == status
    if status == 422:
        assert (response.json()["code"], response.json()["field"]) == (
            "date.out_of_range",
            "start_date",
        )


def test_negative_zero_is_not_echoed(client: Client) -> None:
    """A dose of -0.0 is refused (400, not > 0) and shown as 0.0: no negative zero anywhere."""
    raw = (
        b'{"medications":[{"drug":"oxycodone","route":"oral","dose":-0.0,'
        b'"dose_unit":"mg","doses_per_day":2}]}'
    )

    response = client.post("/v1/mme", content=raw, headers={"content-type": "application/json"})

    assert response.status_code == 400
    assert response.json()["received"] == "0.0"
    assert "-0" not in response.text


def test_rotation_names_both_totals(client: Client) -> None:
    """Hydromorphone 8 mg q4h: 240 MME/day (x5, CDC22) and 192 mg/day oral morphine (x4, UTD)."""
    line = {
        "drug": "hydromorphone",
        "route": "oral",
        "dose": 8,
        "dose_unit": "mg",
        "interval_hours": 4,
    }
    result = _ok(
        client, "/v1/rotations", {"from": [line], "to": {"drug": "oxycodone", "route": "oral"}}
    )

    assert (result["total_mme_per_day"], result["oral_morphine_equivalent_per_day"]) == (240, 192)
    assert result["mme_lines"][0]["mme_per_day"] == 240
    assert result["lines"][0]["oral_morphine_equivalent_per_day"] == 192
    assert result["resulting_mme_per_day"] is not None


def test_an_infusion_the_mme_table_does_not_cover_gives_no_total(client: Client) -> None:
    """
    Fentanyl 50 mcg/h IV: CDC 2022 has no infusion row, so total_mme_per_day is null, never a
    partial 0; the thresholds compare 50 x 2.4 (CDC22's mcg/h factor; KORNICK01 1:1) = 120.
    """
    line = {"drug": "fentanyl", "route": "intravenous", "dose": 50, "dose_unit": "mcg/h"}
    result = _ok(
        client, "/v1/rotations", {"from": [line], "to": {"drug": "morphine", "route": "oral"}}
    )

    assert result["total_mme_per_day"] is None
    codes = {w["code"] for w in result["warnings"]}
    assert {"mme.not_computed", "mme.at_or_above_90", "naloxone.offer"} <= codes


def test_as_needed_line_through_the_api(client: Client) -> None:
    """Oxycodone IR 10 mg q4h PRN, at most 4 a day: 40 mg/day x 1.5 = 60 MME/day [CDC22]."""
    prn = {
        "drug": "oxycodone",
        "route": "oral",
        "release": "immediate",
        "dose": 10,
        "dose_unit": "mg",
        "interval_hours": 4,
        "as_needed": True,
        "max_doses_per_day": 4,
    }

    result = _ok(client, "/v1/mme", {"medications": [prn]})

    assert (result["total_mme_per_day"], result["lines"][0]["as_needed"]) == (60, True)


def test_renal_avoid_target_and_override(client: Client) -> None:
    body = {
        "from": [OXY_ER_60],
        "to": {"drug": "morphine", "route": "oral"},
        "patient": {"creatinine_clearance_ml_min": 10},
    }

    refused = client.post("/v1/rotations", json=body)
    allowed = client.post("/v1/rotations", json={**body, "allow_renal_avoid": True})

    assert (refused.status_code, refused.json()["code"]) == (422, "renal.target_avoid")
    assert allowed.status_code == 200
    assert allowed.json()["warnings"][0]["severity"] == "critical"


def test_ketamine_volume_that_would_be_zero(client: Client) -> None:
    body = {
        "rate_mg_per_kg_per_h": 0.1,
        "patient": {"weight_kg": 70},
        "weight_basis": "actual",
        "concentration_mg_per_ml": 1000,
    }

    response = client.post("/v1/adjuncts/ketamine", json=body)

    assert (response.status_code, response.json()["code"]) == (
        422,
        "ketamine.volume_rounds_to_zero",
    )


def test_the_plausible_ranges_are_published(client: Client) -> None:
    """A 422 dose.implausible points at GET /v1/tables/plausibility-us: its rows are there."""
    body = client.get("/v1/tables/plausibility-us").json()

    fentanyl = next(
        r for r in body["plausibility"]["doses"] if (r["drug"], r["unit"]) == ("fentanyl", "mcg")
    )
    assert (fentanyl["routes"], fentanyl["dose_min"], fentanyl["dose_max"]) == (
        ["intravenous", "subcutaneous", "intramuscular"],
        1,
        6500,
    )
    assert any(r["drug"] == "*" for r in body["plausibility"]["intervals"])
    renal = client.get("/v1/tables/renal-opioids").json()["renal_opioids"]
    assert renal["breakthrough_order"] == ["morphine", "oxycodone", "hydromorphone"]
    assert {"drug": "morphine", "advice": "avoid", "source": "CKJ23"} in renal["drugs"]
