"""POST /v1/adjuncts/* over HTTP: 200 paths, 400 for schema violations, 422 for refusals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from litestar.testing import TestClient

from api.app import create_app


if TYPE_CHECKING:
    from collections.abc import Iterator

    from litestar import Litestar


TALL_MAN = {"sex": "male", "weight_kg": 120, "height_cm": 182.88, "age_years": 50}
OXY = {"drug": "oxycodone", "route": "oral", "dose": 10, "dose_unit": "mg", "doses_per_day": 3}

OK: list[tuple[str, dict[str, Any]]] = [
    (
        "ketamine",
        {
            "rate_mg_per_kg_per_h": 0.2,
            "patient": TALL_MAN,
            "concentration_mg_per_ml": 1,
            "bolus_mg_per_kg": 0.3,
        },
    ),
    ("clonidine", {"dose_mg": 0.2, "blood_pressure": {"systolic_mmhg": 85, "diastolic_mmhg": 70}}),
    ("gabapentin", {"target_mg_per_day": 1800, "patient": {"creatinine_clearance_ml_min": 45}}),
    (
        "pregabalin",
        {
            "target_mg_per_day": 300,
            "patient": {"creatinine_clearance_ml_min": 20},
            "hemodialysis": True,
        },
    ),
    ("naltrexone", {"target_mg_per_day": 4.5, "medications": [OXY]}),
]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Litestar]]:
    with TestClient(app=create_app()) as c:
        yield c


@pytest.mark.parametrize(("drug", "body"), OK, ids=[d for d, _ in OK])
def test_every_result_carries_provenance(
    client: TestClient[Litestar], drug: str, body: dict[str, Any]
) -> None:
    r = client.post(f"/v1/adjuncts/{drug}", json=body)
    assert r.status_code == 200, r.text
    result = r.json()
    assert result["table"]["id"] == f"adjunct-{drug}"
    assert result["table"]["checksum"].startswith("sha256:")
    assert result["table"]["id"] in [t["id"] for t in result["tables"]]
    assert result["trace"]
    assert all({"code", "severity", "message", "source"} == set(w) for w in result["warnings"])
    assert len(result["calculation_id"]) == 32
    again = client.post(f"/v1/adjuncts/{drug}", json=body)
    assert again.content == r.content


def test_ketamine(client: TestClient[Litestar]) -> None:
    body = client.post("/v1/adjuncts/ketamine", json=OK[0][1]).json()
    # Devine 72 in male: 77.6 kg; 0.2 x 77.6 = 15.52 mg/h; bolus 0.3 x 77.6 = 23.28 mg
    assert body["weight"]["dosing_weight_kg"] == 77.6
    assert (body["dose_mg_per_h"], body["infusion_ml_per_h"], body["amount_mg_per_24h"]) == (
        15.52,
        15.52,
        372.48,
    )
    assert body["bolus"] == {"mg_per_kg": 0.3, "dose_mg": 23.28, "volume_ml": 23.28}
    assert body["rate_range"] == {
        "min": 0.1,
        "max": 0.5,
        "unit": "mg/kg/h",
        "sources": ["SRC-000"],
    }
    assert "ketamine.range_secondary_only" in [w["code"] for w in body["warnings"]]


def test_clonidine(client: TestClient[Litestar]) -> None:
    body = client.post("/v1/adjuncts/clonidine", json=OK[1][1]).json()
    assert (body["dose_mg"], body["doses_per_day"], body["daily_mg"]) == (0.2, 2, 0.4)
    assert body["hold_parameters"] == {
        "systolic_below_mmhg": 90.0,
        "diastolic_below_mmhg": 60.0,
        "source": "VA-WD",
    }
    assert body["titration"][-1]["day_to"] is None
    assert body["stop_day"] == 7
    assert "clonidine.hold_low_blood_pressure" in [w["code"] for w in body["warnings"]]


def test_gabapentin(client: TestClient[Litestar]) -> None:
    body = client.post("/v1/adjuncts/gabapentin", json=OK[2][1]).json()
    assert body["renal_band"]["label"] == "above 30 and below 60 mL/min"
    assert body["cap_mg_per_day"] == 1400
    assert body["maintenance"] == {
        "doses_per_day": 2,
        "dose_mg": 700.0,
        "daily_mg": 1400.0,
        "units_mg": [600.0, 100.0],
    }
    assert body["clearance"] == {
        "creatinine_clearance_ml_min": 45.0,
        "method": "given",
        "weight": None,
    }


def test_gabapentin_with_estimated_clearance(client: TestClient[Litestar]) -> None:
    patient = {**TALL_MAN, "weight_kg": 80, "serum_creatinine_mg_dl": 2}
    r = client.post(
        "/v1/adjuncts/gabapentin",
        json={"target_mg_per_day": 900, "patient": patient, "hemodialysis": True},
    )
    body = r.json()
    assert body["clearance"]["method"] == "cockcroft-gault"
    assert body["clearance"]["weight"]["basis"] == "ideal"
    assert body["hemodialysis_supplement_mg"] is not None


def test_pregabalin(client: TestClient[Litestar]) -> None:
    body = client.post("/v1/adjuncts/pregabalin", json=OK[3][1]).json()
    assert body["daily_target_mg"] == 150
    assert body["hemodialysis_supplement"] == {"min_mg": 25.0, "max_mg": 100.0, "source": "NZ-PREG"}
    # CrCl 20 (15-30 row): start at its first column, 25 mg/day, then x2 after 7 days, then 14
    assert body["start_mg_per_day"] == 25
    assert [(t["day"], t["target_mg_per_day"]) for t in body["titration"]] == [
        (1, 25.0),
        (8, 50.0),
        (22, 100.0),
        (36, 150.0),
    ]
    assert body["titration"][-1]["regimen"] == body["maintenance"]


def test_pregabalin_issue_10_reproduction(client: TestClient[Litestar]) -> None:
    """300 mg/day at CrCl 45 no longer starts at the band maximum (150 mg twice daily)."""
    body = client.post(
        "/v1/adjuncts/pregabalin",
        json={"target_mg_per_day": 300, "patient": {"creatinine_clearance_ml_min": 45}},
    ).json()
    day_1 = body["titration"][0]
    assert (day_1["day"], day_1["target_mg_per_day"]) == (1, 75.0)
    assert day_1["regimen"] == {
        "doses_per_day": 3,
        "dose_mg": 25.0,
        "daily_mg": 75.0,
        "units_mg": [25.0],
    }
    assert body["maintenance"]["dose_mg"] == 150.0


def test_clonidine_lower_start_in_renal_impairment(client: TestClient[Litestar]) -> None:
    """0.05 mg twice daily at CrCl 40 is accepted with a warning (label: lower initial dose)."""
    r = client.post(
        "/v1/adjuncts/clonidine",
        json={"dose_mg": 0.05, "patient": {"creatinine_clearance_ml_min": 40}},
    )
    assert r.status_code == 200
    body = r.json()
    assert (body["dose_mg"], body["daily_mg"]) == (0.05, 0.1)
    assert "clonidine.lower_start" in [w["code"] for w in body["warnings"]]
    refused = client.post("/v1/adjuncts/clonidine", json={"dose_mg": 0.05})
    assert refused.status_code == 422
    assert refused.json()["code"] == "clonidine.dose_out_of_range"


def test_naltrexone(client: TestClient[Litestar]) -> None:
    body = client.post("/v1/adjuncts/naltrexone", json=OK[4][1]).json()
    assert body["full_agonists"] == ["oxycodone"]
    assert "naltrexone.full_agonist_conflict" in [w["code"] for w in body["warnings"]]
    plain = client.post("/v1/adjuncts/naltrexone", json={"target_mg_per_day": 2}).json()
    assert plain["full_agonists"] == []


@pytest.mark.parametrize(
    ("drug", "body", "field"),
    [
        ("ketamine", {"rate_mg_per_kg_per_h": 0.2}, "patient"),
        ("ketamine", {"rate_mg_per_kg_per_h": 11, "patient": TALL_MAN}, "rate_mg_per_kg_per_h"),
        ("ketamine", {"rate_mg_per_kg_per_h": 0, "patient": TALL_MAN}, "rate_mg_per_kg_per_h"),
        ("ketamine", {"rate_mg_per_kg_per_h": "fast", "patient": TALL_MAN}, "rate_mg_per_kg_per_h"),
        (
            "ketamine",
            {"rate_mg_per_kg_per_h": 0.2, "patient": TALL_MAN, "weight_basis": "lean"},
            "weight_basis",
        ),
        ("clonidine", {"dose_mg": 0.2, "extra": True}, "extra"),
        (
            "clonidine",
            {"dose_mg": 0.2, "blood_pressure": {"systolic_mmhg": 85}},
            "blood_pressure.diastolic_mmhg",
        ),
        ("gabapentin", {"target_mg_per_day": 900}, "patient"),
        ("gabapentin", {"target_mg_per_day": -1, "patient": {}}, "target_mg_per_day"),
        (
            "pregabalin",
            {"target_mg_per_day": 300, "patient": {}, "doses_per_day": 5},
            "doses_per_day",
        ),
        (
            "naltrexone",
            {"target_mg_per_day": 2, "medications": [{"drug": "oxycodone", "route": "ear"}]},
            "medications[0].route",
        ),
        ("naltrexone", {"target_mg_per_day": 2, "step_interval_days": 1.5}, "step_interval_days"),
    ],
)
def test_schema_violations_are_400(
    client: TestClient[Litestar], drug: str, body: dict[str, Any], field: str | None
) -> None:
    r = client.post(f"/v1/adjuncts/{drug}", json=body)
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    problem = r.json()
    assert problem["code"] == "request.invalid"
    if field is not None:
        assert problem["field"] == field


REFUSALS: list[tuple[str, dict[str, Any], str, str, str | None, str]] = [
    (
        "ketamine",
        {"rate_mg_per_kg_per_h": 0.6, "patient": TALL_MAN},
        "ketamine.rate_out_of_range",
        "rate_mg_per_kg_per_h",
        "0.1-0.5 mg/kg/h (SRC-000)",
        "0.6",
    ),
    (
        "ketamine",
        {"rate_mg_per_kg_per_h": 0.2, "patient": TALL_MAN, "bolus_mg_per_kg": 0.5},
        "ketamine.bolus_out_of_range",
        "bolus_mg_per_kg",
        "more than 0 and at most 0.35 mg/kg (ASRA-ACUTE18)",
        "0.5",
    ),
    (
        "ketamine",
        {"rate_mg_per_kg_per_h": 0.2, "patient": {"weight_kg": 80}},
        "patient.sex_required",
        "patient.sex",
        None,
        "null",
    ),
    (
        "clonidine",
        {"dose_mg": 0.4},
        "clonidine.dose_out_of_range",
        "dose_mg",
        "0.1-0.3 mg (SRC-000)",
        "0.4",
    ),
    (
        "gabapentin",
        {"target_mg_per_day": 2400, "patient": {"creatinine_clearance_ml_min": 90}},
        "gabapentin.target_out_of_range",
        "target_mg_per_day",
        "300-1800 mg/day (SRC-000)",
        "2400.0",
    ),
    (
        "gabapentin",
        {"target_mg_per_day": 900, "patient": {"weight_kg": 80}},
        "gabapentin.renal_function_required",
        "patient.creatinine_clearance_ml_min",
        None,
        "null",
    ),
    (
        "pregabalin",
        {
            "target_mg_per_day": 300,
            "patient": {"creatinine_clearance_ml_min": 10},
            "doses_per_day": 3,
        },
        "pregabalin.frequency_not_allowed",
        "doses_per_day",
        None,
        "3",
    ),
    (
        "pregabalin",
        {"target_mg_per_day": 900, "patient": {"creatinine_clearance_ml_min": 90}},
        "pregabalin.target_out_of_range",
        "target_mg_per_day",
        None,
        "900.0",
    ),
    (
        "naltrexone",
        {"target_mg_per_day": 50},
        "naltrexone.target_out_of_range",
        "target_mg_per_day",
        "1-4.5 mg/day (SRC-000)",
        "50.0",
    ),
    (
        "naltrexone",
        {"target_mg_per_day": 2, "medications": [{**OXY, "drug": "aspirin"}]},
        "naltrexone.drug_not_covered",
        "medications[0].drug",
        None,
        '"aspirin"',
    ),
]


@pytest.mark.parametrize(
    ("drug", "body", "code", "field", "expected", "received"),
    REFUSALS,
    ids=[r[2] for r in REFUSALS],
)
def test_clinical_refusals_are_422(
    client: TestClient[Litestar],
    *,
    drug: str,
    body: dict[str, Any],
    code: str,
    field: str,
    expected: str | None,
    received: str,
) -> None:
    r = client.post(f"/v1/adjuncts/{drug}", json=body)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    problem = r.json()
    assert (problem["code"], problem["field"], problem["received"]) == (code, field, received)
    assert problem["expected"]
    if expected is not None:
        assert problem["expected"] == expected
    assert problem["type"] == f"urn:opioid-calc:problem:{code}"


def test_tables_are_listed_with_their_rows(client: TestClient[Litestar]) -> None:
    ids = [t["table"]["id"] for t in client.get("/v1/tables").json()["tables"]]
    assert {"body-weight", "cockcroft-gault", "adjunct-gabapentin"} <= set(ids)
    detail = client.get("/v1/tables/adjunct-gabapentin").json()
    assert [b["daily_max"] for b in detail["dosing"]["renal_bands"]] == [300, 700, 1400, 3600]
    assert detail["dosing"]["hemodialysis_supplements"] == [125, 150, 200, 250, 350]
    assert {
        "name": "daily_max_mg",
        "value": 1800.0,
        "unit": "mg/day",
        "source": "SRC-000",
    } in detail["thresholds"]
    pregabalin = client.get("/v1/tables/adjunct-pregabalin").json()["dosing"]
    assert pregabalin["hemodialysis_supplement_range"] == [25, 100]
    assert pregabalin["strengths"] == [25, 50, 75, 100, 150, 200, 225, 300]  # LYRICA capsules
    formula = client.get("/v1/tables/cockcroft-gault").json()
    assert formula["dosing"] is None
    assert formula["thresholds"]


def test_openapi_has_the_operations(client: TestClient[Litestar]) -> None:
    schema = client.get("/docs/openapi.json").json()
    operations = {
        op["operationId"]: (path, op)
        for path, item in schema["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    for op_id in (
        "estimate_creatinine_clearance",
        "dose_ketamine",
        "dose_clonidine",
        "dose_gabapentin",
        "dose_pregabalin",
        "dose_naltrexone",
    ):
        path, op = operations[op_id]
        assert {"200", "400", "422"} <= set(op["responses"]), path
    components = schema["components"]["schemas"]
    for name in ("KetamineRequest", "GabapentinRequest", "RenalFunctionRequest", "BloodPressure"):
        assert components[name]["additionalProperties"] is False
