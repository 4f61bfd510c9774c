"""
Structured access logs: one JSON line per request, and never a request body or a patient field,
whatever the outcome (200, 400, 404, 413, 422, 500); an audit line per calculation; request ids.
"""

from __future__ import annotations

import io
import json
import logging
from typing import TYPE_CHECKING, Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from api.app import create_app
from api.config import Settings
from api.logs import ACCESS_LOGGER, AUDIT_LOGGER, JsonFormatter
from api.routes import mme as mme_route
from api.schemas.common import Patient


if TYPE_CHECKING:
    from collections.abc import Iterator


PATIENT = {
    "age_years": 87.125,
    "sex": "female",
    "weight_kg": 71.375,
    "height_cm": 163.625,
    "serum_creatinine_mg_dl": 1.875,
    "creatinine_clearance_ml_min": 33.625,
    "hepatic_impairment": "moderate",
    "frail": True,
    "benzodiazepine": True,
    "qtc_ms": 456.5,
    "days_on_current_opioids": 123.5,
}
LINE = {
    "drug": "hydromorphone",
    "route": "oral",
    "dose": 3.375,
    "dose_unit": "mg",
    "doses_per_day": 5,
}
FIELDS = {"time", "level", "logger", "message", "method", "path", "status", "duration_ms"}
FIELDS |= {"request_bytes", "response_bytes", "client"}
# Issue 14: the request id, operation, calculation id, engine and table versions, the key's id.
FIELDS |= {"request_id", "operation", "calculation_id", "engine_version", "tables_version"}
FIELDS |= {"key_id"}
AUDIT_FIELDS = {"time", "level", "logger", "message", "request_id", "key_id", "operation"}
AUDIT_FIELDS |= {"calculation_id", "engine_version", "tables_version"}


VALUES = {str(v) for v in PATIENT.values() if not isinstance(v, bool)}
VALUES |= {"hydromorphone", "3.375", "unobtainium", "seventy"}
NAMES = {*Patient.__struct_fields__, "medications", "patient"}


_OUT = io.StringIO()  # the app's own lines (access, audit) and the error logger's


def _app(settings: Settings) -> Litestar:
    return create_app(settings=settings, log_stream=_OUT)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def logs() -> Iterator[tuple[io.StringIO, _Capture]]:
    """The JSON lines the service writes, and every record any logger emits meanwhile."""
    out = _OUT
    out.seek(0)
    out.truncate()
    json_handler = logging.StreamHandler(out)
    json_handler.setFormatter(JsonFormatter())
    everything = _Capture()
    ours = logging.getLogger("opioid_calc")
    ours.addHandler(json_handler)
    ours.addHandler(everything)
    logging.getLogger().addHandler(everything)
    try:
        yield out, everything
    finally:
        ours.removeHandler(json_handler)
        ours.removeHandler(everything)
        logging.getLogger().removeHandler(everything)


def _requests(client: TestClient[Litestar]) -> list[int]:
    body: dict[str, Any] = {"medications": [LINE], "patient": PATIENT}
    bad_type = {**body, "patient": {**PATIENT, "weight_kg": "seventy"}}
    unknown = {**body, "medications": [{**LINE, "drug": "unobtainium"}]}
    raw = json.dumps(body).encode()
    json_headers = {"content-type": "application/json"}
    return [
        client.post("/v1/mme", json=body).status_code,
        client.post("/v1/mme", json=bad_type).status_code,
        client.post("/v1/mme", json=unknown).status_code,
        client.post("/v1/mme", content=raw[:-7], headers=json_headers).status_code,
        client.post("/v1/mme", content=raw * 300, headers=json_headers).status_code,
        client.get("/v1/mme?weight_kg=71.375&patient=x").status_code,
        client.get("/v1/tables/no-such-table?age_years=87.125").status_code,
    ]


def _assert_clean(text: str, forbidden: set[str]) -> None:
    leaked = sorted(word for word in forbidden if word in text)
    assert leaked == [], text


def test_one_json_line_per_request_without_body_or_patient_fields(
    logs: tuple[io.StringIO, _Capture],
) -> None:
    out, everything = logs
    with TestClient(_app(Settings()), base_url="http://testserver.local") as client:
        statuses = _requests(client)
    assert statuses == [200, 400, 422, 400, 413, 405, 404]

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    access = [e for e in lines if e["logger"] == ACCESS_LOGGER]
    assert [e["status"] for e in access] == statuses
    assert all(set(e) == FIELDS for e in access)
    assert [e["operation"] for e in access][-2:] == ["unmatched", "get_table"]
    assert all(len(e["request_id"]) == 32 for e in access)
    assert len({e["request_id"] for e in access}) == len(access)
    audit = [e for e in lines if e["logger"] == AUDIT_LOGGER]
    assert [set(e) for e in audit] == [AUDIT_FIELDS]  # the one calculation answered (200)
    assert audit[0]["calculation_id"] == access[0]["calculation_id"] is not None
    assert audit[0]["operation"] == "calculate_mme"
    assert [e["path"] for e in access][-2:] == ["/v1/mme", "/v1/tables/no-such-table"]
    assert all(e["duration_ms"] >= 0 and e["response_bytes"] > 0 for e in access)
    _assert_clean(out.getvalue(), VALUES | NAMES)
    for record in everything.records:
        _assert_clean(record.getMessage() + repr(record.__dict__), VALUES | NAMES)


def test_an_unexpected_error_logs_no_request_data(
    logs: tuple[io.StringIO, _Capture], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        del args, kwargs
        msg = "simulated defect"
        raise RuntimeError(msg)

    monkeypatch.setattr(mme_route, "calculate_mme", broken)
    out, everything = logs
    with TestClient(_app(Settings()), base_url="http://testserver.local") as client:
        response = client.post("/v1/mme", json={"medications": [LINE], "patient": PATIENT})
    assert response.status_code == 500
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [e["level"] for e in lines] == ["error", "info"]
    assert lines[0]["exception"] == "RuntimeError"
    assert lines[1]["status"] == 500
    # the traceback quotes source lines (which may name fields), never the values sent
    _assert_clean(out.getvalue(), VALUES)
    for record in everything.records:
        _assert_clean(record.getMessage() + repr(record.__dict__), VALUES)


def test_access_log_can_be_switched_off(logs: tuple[io.StringIO, _Capture]) -> None:
    out, _ = logs
    with TestClient(_app(Settings(access_log=False)), base_url="http://testserver.local") as client:
        assert client.get("/health/live").status_code == 200
    assert out.getvalue() == ""


def test_a_request_id_is_taken_returned_and_logged(logs: tuple[io.StringIO, _Capture]) -> None:
    out, _ = logs
    with TestClient(_app(Settings()), base_url="http://testserver.local") as client:
        given = client.get("/health/live", headers={"x-request-id": "ehr-42.a:b_c"})
        unsafe = client.get("/health/live", headers={"x-request-id": "<script>" + "x" * 200})
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert given.headers["x-request-id"] == "ehr-42.a:b_c"
    assert lines[0]["request_id"] == "ehr-42.a:b_c"
    made = unsafe.headers["x-request-id"]
    assert len(made) == 32
    assert lines[1]["request_id"] == made
    assert "script" not in out.getvalue()
