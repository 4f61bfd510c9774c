"""Body limit (413), optional rate limit (429), CORS from configuration, and their documentation."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import msgspec
import pytest
from litestar.testing import TestClient

from api.app import create_app
from api.config import DEFAULT_MAX_BODY_BYTES, ConfigError, Settings
from api.schemas import common, mme
from bench.workload import mme_example


if TYPE_CHECKING:
    from collections.abc import Iterator

    from litestar import Litestar


PROBLEM = "application/problem+json"
BASE = "http://testserver.local"


def _client(settings: Settings) -> TestClient[Litestar]:
    return TestClient(create_app(settings=settings), base_url=BASE)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Litestar]]:
    with _client(Settings(access_log=False)) as c:
        yield c


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    result: dict[str, Any] = create_app(
        settings=Settings(access_log=False)
    ).openapi_schema.to_schema()
    return result


def _operations(schema: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in schema["paths"].items():
        for method, op in item.items():
            yield method.upper(), path, op


# -- settings -------------------------------------------------------------------------------


def test_settings_default_to_safe_values() -> None:
    assert Settings.from_env({}) == Settings(
        max_body_bytes=DEFAULT_MAX_BODY_BYTES, rate_limit=None, cors_origins=(), access_log=True
    )


def test_settings_read_the_environment() -> None:
    env = {
        "OPIOID_CALC_MAX_BODY_BYTES": "4096",
        "OPIOID_CALC_RATE_LIMIT": " 120 / minute ",
        "OPIOID_CALC_CORS_ORIGINS": "https://ehr.example, http://localhost:5173/",
        "OPIOID_CALC_ACCESS_LOG": "off",
    }
    assert Settings.from_env(env) == Settings(
        max_body_bytes=4096,
        rate_limit=("minute", 120),
        cors_origins=("https://ehr.example", "http://localhost:5173"),
        access_log=False,
    )
    assert Settings.from_env({"OPIOID_CALC_RATE_LIMIT": "off"}).rate_limit is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("MAX_BODY_BYTES", "12"),
        ("MAX_BODY_BYTES", "1e6"),
        ("MAX_BODY_BYTES", "999999999"),
        ("RATE_LIMIT", "100"),
        ("RATE_LIMIT", "0/minute"),
        ("RATE_LIMIT", "5/fortnight"),
        ("CORS_ORIGINS", "*"),
        ("CORS_ORIGINS", "ehr.example"),
        ("CORS_ORIGINS", "https://ehr.example/path"),
        ("ACCESS_LOG", "maybe"),
    ],
)
def test_bad_settings_stop_the_start_up(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=f"OPIOID_CALC_{name}"):
        Settings.from_env({f"OPIOID_CALC_{name}": value})


# -- body limit -----------------------------------------------------------------------------


def _oversized(limit: int) -> bytes:
    body = mme_example()
    body["medications"] = body["medications"][:1] * (limit // 60)
    raw = json.dumps(body).encode()
    assert len(raw) > limit
    return raw


def test_announced_body_over_the_limit_is_413_problem(client: TestClient[Litestar]) -> None:
    response = client.post(
        "/v1/mme",
        content=_oversized(DEFAULT_MAX_BODY_BYTES),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM
    assert msgspec.json.decode(response.content, type=common.Problem).status == 413


def test_streamed_body_over_the_limit_is_413_problem() -> None:
    raw = _oversized(2048)

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        for i in range(0, len(raw), 512):
            yield raw[i : i + 512]

    with _client(Settings(max_body_bytes=2048, access_log=False)) as c:
        response = c.post("/v1/mme", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM


def test_the_largest_valid_request_fits_well_under_the_default_limit(
    client: TestClient[Litestar],
) -> None:
    line = {
        "drug": "hydromorphone",
        "route": "intravenous",
        "release": "immediate",
        "dose": 99999.99,
        "dose_unit": "mg",
        "doses_per_day": 23.5,
        "interval_hours": None,
    }
    patient = {
        "age_years": 100.25,
        "sex": "female",
        "weight_kg": 300.25,
        "height_cm": 200.25,
        "serum_creatinine_mg_dl": 19.25,
        "serum_creatinine_umol_l": 1700.25,
        "creatinine_clearance_ml_min": 200.25,
        "hepatic_impairment": "moderate",
        "frail": True,
        "benzodiazepine": True,
        "qtc_ms": 500.25,
        "days_on_current_opioids": 30000.25,
    }
    assert set(patient) == {f.name for f in msgspec.structs.fields(common.Patient)}
    body = {"medications": [line] * 20, "table": "cdc-2016", "patient": patient}
    raw = json.dumps(body).encode()
    assert len(raw) * 8 < DEFAULT_MAX_BODY_BYTES
    msgspec.json.decode(raw, type=mme.MMERequest)  # schema-valid
    response = client.post("/v1/mme", content=raw, headers={"content-type": "application/json"})
    assert response.status_code in {200, 422}


# -- rate limit -----------------------------------------------------------------------------


def test_rate_limit_is_off_by_default(client: TestClient[Litestar]) -> None:
    for _ in range(30):
        response = client.get("/v1/tables")
        assert response.status_code == 200
        assert "ratelimit-limit" not in response.headers


def test_rate_limit_gives_429_problem_with_headers_on_v1_only() -> None:
    with _client(Settings(rate_limit=("minute", 3), access_log=False)) as c:
        assert [c.get("/v1/drugs").status_code for _ in range(3)] == [200, 200, 200]
        limited = c.post("/v1/mme", json=mme_example())
        assert limited.status_code == 429
        assert limited.headers["content-type"] == PROBLEM
        assert limited.headers["ratelimit-limit"] == "3"
        assert limited.headers["ratelimit-remaining"] == "0"
        assert int(limited.headers["ratelimit-reset"]) > 0
        assert msgspec.json.decode(limited.content, type=common.Problem).status == 429
        assert [c.get("/health/ready").status_code for _ in range(5)] == [200] * 5
        assert c.get("/docs/openapi.json").status_code == 200


# -- CORS -----------------------------------------------------------------------------------


def test_no_cors_headers_without_configured_origins(client: TestClient[Litestar]) -> None:
    response = client.get("/v1/tables", headers={"origin": "https://ehr.example"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_allows_configured_origins_only() -> None:
    settings = Settings(cors_origins=("https://ehr.example",), access_log=False)
    with _client(settings) as c:
        allowed = c.post("/v1/mme", json=mme_example(), headers={"origin": "https://ehr.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://ehr.example"
        other = c.post("/v1/mme", json=mme_example(), headers={"origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        preflight = c.options(
            "/v1/mme",
            headers={
                "origin": "https://ehr.example",
                "access-control-request-method": "POST",
                "access-control-request-headers": "content-type",
            },
        )
        assert preflight.status_code in {200, 204}
        assert preflight.headers["access-control-allow-origin"] == "https://ehr.example"
        assert "POST" in preflight.headers["access-control-allow-methods"]
        refused = c.options(
            "/v1/mme",
            headers={"origin": "https://evil.example", "access-control-request-method": "POST"},
        )
        assert refused.status_code >= 400
        assert "access-control-allow-origin" not in refused.headers


# -- the contract documents all of it ------------------------------------------------------


def test_every_v1_operation_documents_429_and_every_body_413_and_400(
    schema: dict[str, Any],
) -> None:
    missing = []
    for method, path, op in _operations(schema):
        statuses = set(op["responses"])
        wanted = set()
        if path.startswith("/v1/"):
            wanted.add("429")
        if "requestBody" in op:
            wanted |= {"400", "413"}
        if any(p["in"] == "path" for p in op.get("parameters", [])):
            wanted.add("400")
        if wanted - statuses:
            missing.append(f"{method} {path}: {sorted(wanted - statuses)}")
    assert missing == []


def test_every_error_response_is_problem_json(schema: dict[str, Any]) -> None:
    wrong = [
        f"{method} {path} {status}: {sorted(response.get('content', {}))}"
        for method, path, op in _operations(schema)
        for status, response in op["responses"].items()
        if int(status) >= 400 and list(response.get("content", {})) != [PROBLEM]
    ]
    assert wrong == []


def test_every_numeric_bound_of_the_structs_is_in_the_schema(schema: dict[str, Any]) -> None:
    """Litestar drops bounds equal to 0 on optional fields; api/openapi.py restores them."""
    requests: list[type[common.Request]] = []
    todo = [common.Request]
    while todo:  # every request Struct the app's modules define (api.app imports them all)
        todo += todo.pop().__subclasses__()
        requests += [t for t in todo if t not in requests]
    _, components = msgspec.json.schema_components(requests)
    keys = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
    lost = []
    compared = set()
    for name, component in components.items():
        for prop, spec in component.get("properties", {}).items():
            variants = spec.get("anyOf", [spec])
            bounds = {k: v for variant in variants for k, v in variant.items() if k in keys}
            ours = schema["components"]["schemas"].get(name, {}).get("properties", {}).get(prop)
            if ours is None:  # a Struct no operation uses
                continue
            compared.add(name)
            for key, value in bounds.items():
                if ours.get(key) != value:
                    lost.append(f"{name}.{prop}.{key}: {ours.get(key)} != {value}")
    assert lost == []
    assert {"MMERequest", "Medication", "Patient"} <= compared
