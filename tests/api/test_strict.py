"""Strict bodies (api/strict.py): what JSON Schema refuses is a 400, what it allows gets through."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import TestClient


PREGABALIN: dict[str, Any] = {
    "target_mg_per_day": 150,
    "patient": {"age_years": 50, "sex": "male", "weight_kg": 80, "height_cm": 180,
                "serum_creatinine_mg_dl": 1.0},
}  # fmt: skip


def test_a_number_for_a_boolean_is_400(client: TestClient[Litestar]) -> None:
    """schemathesis found 0 accepted as `benzodiazepine` (Litestar converts bodies laxly)."""
    body = {**PREGABALIN, "patient": {**PREGABALIN["patient"], "benzodiazepine": 0}}

    response = client.post("/v1/adjuncts/pregabalin", json=body)

    assert (400, "patient.benzodiazepine", "0") == (
        response.status_code,
        response.json()["field"],
        response.json()["received"],
    )


def test_a_string_for_a_number_is_400(client: TestClient[Litestar]) -> None:
    body = {"medications": [{"drug": "morphine", "route": "oral", "dose": "10",
                             "dose_unit": "mg", "doses_per_day": 1}]}  # fmt: skip

    response = client.post("/v1/mme", json=body)

    assert (400, "medications[0].dose") == (response.status_code, response.json()["field"])


def test_an_integral_number_for_an_integer_is_accepted(client: TestClient[Litestar]) -> None:
    """JSON Schema's integer includes 2.0 (schemathesis sends it); msgspec's strict mode not."""
    body = {**PREGABALIN, "doses_per_day": 2.0}

    assert 200 == client.post("/v1/adjuncts/pregabalin", json=body).status_code


def test_a_fractional_number_for_an_integer_is_400(client: TestClient[Litestar]) -> None:
    body = {**PREGABALIN, "doses_per_day": 2.5}

    response = client.post("/v1/adjuncts/pregabalin", json=body)

    assert (400, "doses_per_day") == (response.status_code, response.json()["field"])


def test_integral_numbers_deep_in_the_body(client: TestClient[Litestar]) -> None:
    body = {"prescriptions": [{"drug": "morphine", "route": "oral", "dose": 10, "dose_unit": "mg",
                               "doses_per_day": 1, "days_of_medication": 3.0}],
            "therapy_days": 3.0, "observation_window_days": 3}  # fmt: skip

    response = client.post("/v1/period-mme", json=body)

    assert 200 == response.status_code
    assert 30 == response.json()["with_buprenorphine"]["total_mme"]


def test_not_json_is_left_to_litestar(client: TestClient[Litestar]) -> None:
    response = client.post(
        "/v1/mme", content=b"{not json", headers={"content-type": "application/json"}
    )

    assert 400 == response.status_code


def test_deep_nesting_is_400_not_500(client: TestClient[Litestar]) -> None:
    response = client.post(
        "/v1/mme", content=b"[" * 5000 + b"]" * 5000, headers={"content-type": "application/json"}
    )

    assert (400, "application/problem+json") == (
        response.status_code,
        response.headers["content-type"],
    )
