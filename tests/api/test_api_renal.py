"""POST /v1/renal-function over HTTP: 200, 400 for schema violations, 422 for refusals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from litestar.testing import TestClient

from api.app import create_app


if TYPE_CHECKING:
    from collections.abc import Iterator

    from litestar import Litestar

URL = "/v1/renal-function"
# DrOracle 797449 worked example: 70-year-old male, 75 kg, SCr 1.0 mg/dL -> 72.9 mL/min
EXAMPLE = {"age_years": 70, "sex": "male", "weight_kg": 75, "serum_creatinine_mg_dl": 1.0}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Litestar]]:
    with TestClient(app=create_app()) as c:
        yield c


def test_worked_example(client: TestClient[Litestar]) -> None:
    r = client.post(URL, json={"patient": EXAMPLE, "weight_basis": "actual"})
    assert r.status_code == 200
    body = r.json()
    assert body["creatinine_clearance_ml_min"] == 72.91  # 5250 / 72 = 72.916..., rounded down
    assert body["weight"]["basis"] == "actual"
    assert body["weight"]["basis_defaulted"] is False
    assert body["table"]["id"] == "cockcroft-gault"
    assert {t["id"] for t in body["tables"]} == {"cockcroft-gault", "body-weight", "thresholds"}
    assert body["trace"]
    assert len(body["calculation_id"]) == 32


def test_default_basis_needs_height(client: TestClient[Litestar]) -> None:
    r = client.post(URL, json={"patient": EXAMPLE})
    assert r.status_code == 422
    problem = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert problem["field"] == "patient.height_cm"
    assert "weight_basis 'actual'" in problem["expected"]
    assert problem["received"] == "null"


def test_default_basis_is_stated(client: TestClient[Litestar]) -> None:
    patient = {**EXAMPLE, "height_cm": 175, "serum_creatinine_umol_l": 88.4}
    del patient["serum_creatinine_mg_dl"]
    r = client.post(URL, json={"patient": patient})
    assert r.status_code == 200
    body = r.json()
    assert body["weight"]["basis"] == "ideal"
    assert body["weight"]["basis_defaulted"] is True
    assert body["serum_creatinine_mg_dl"] == 1.0
    assert "renal.weight_basis_contested" in [w["code"] for w in body["warnings"]]


def test_same_request_same_body(client: TestClient[Litestar]) -> None:
    first = client.post(URL, json={"patient": EXAMPLE, "weight_basis": "actual"})
    second = client.post(URL, json={"patient": EXAMPLE, "weight_basis": "actual"})
    assert first.content == second.content


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, None),
        ({"patient": {**EXAMPLE, "age_years": 17}}, "patient.age_years"),
        ({"patient": {**EXAMPLE, "serum_creatinine_mg_dl": 0}}, "patient.serum_creatinine_mg_dl"),
        (
            {"patient": {**EXAMPLE, "serum_creatinine_umol_l": 5000}},
            "patient.serum_creatinine_umol_l",
        ),
        ({"patient": EXAMPLE, "weight_basis": "lean"}, "weight_basis"),
        ({"patient": EXAMPLE, "extra": 1}, None),
        ({"patient": {**EXAMPLE, "weight_kg": "heavy"}}, "patient.weight_kg"),
    ],
)
def test_schema_violations_are_400(
    client: TestClient[Litestar], body: dict[str, Any], field: str | None
) -> None:
    r = client.post(URL, json=body)
    assert r.status_code == 400
    problem = r.json()
    assert problem["code"] == "request.invalid"
    if field is not None:
        assert problem["field"] == field


@pytest.mark.parametrize(
    ("patient", "code", "field"),
    [
        ({**EXAMPLE, "age_years": None}, "renal.age_required", "patient.age_years"),
        ({**EXAMPLE, "sex": None}, "patient.sex_required", "patient.sex"),
        (
            {**EXAMPLE, "serum_creatinine_mg_dl": None},
            "renal.creatinine_required",
            "patient.serum_creatinine_mg_dl",
        ),
        (
            {**EXAMPLE, "serum_creatinine_umol_l": 90},
            "renal.creatinine_twice",
            "patient.serum_creatinine_umol_l",
        ),
        ({**EXAMPLE, "weight_kg": None}, "patient.weight_required", "patient.weight_kg"),
    ],
)
def test_refusals_are_422(
    client: TestClient[Litestar], patient: dict[str, Any], code: str, field: str
) -> None:
    r = client.post(URL, json={"patient": patient, "weight_basis": "actual"})
    assert r.status_code == 422
    problem = r.json()
    assert (problem["code"], problem["field"]) == (code, field)
    assert problem["expected"]
    assert "received" in problem
