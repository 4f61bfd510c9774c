"""
POST /v1/period-mme and POST /v1/batch/period-mme through the whole stack: the NIH HEAL
calculator's vignette example [MMEQUIV] as JSON, refusals as problems naming the field, and the
batch giving each patient the numbers the single call gives, with row-level errors and limits.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from litestar import Litestar
from litestar.testing import TestClient

from api.app import create_app
from api.config import ConfigError, Settings
from calc.period import PeriodWindows, Prescription
from tests.strategies import dated_period, period_windows, prescriptions


VIGNETTE: dict[str, Any] = {
    "prescriptions": [
        {"drug": "hydrocodone", "route": "oral", "dose": 10, "dose_unit": "mg",
         "doses_per_day": 4, "days_of_medication": 7},
        {"drug": "oxycodone", "route": "oral", "dose": 5, "dose_unit": "mg",
         "doses_per_day": 2, "days_of_medication": 5},
    ],
    "therapy_days": 7,
    "observation_window_days": 14,
}  # fmt: skip


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Litestar]]:
    app = create_app(settings=Settings(access_log=False))
    with TestClient(app, base_url="http://testserver.local") as c:
        yield c


def _batch(client: TestClient[Litestar], lines: list[Any], query: str = "") -> list[Any]:
    body = "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines)
    response = client.post(
        f"/v1/batch/period-mme{query}",
        content=body,
        headers={"content-type": "application/x-ndjson"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines()]


class TestSingle:
    def test_vignette(self, client: TestClient[Litestar]) -> None:
        """mmequiv vignette, NIH HEAL API response 19616d: 355 MME over 12 days; mme1-mme3
        29.583..., 50.714..., 25.357... reported to 0.01 (the rounding policy); mme4 55."""
        response = client.post("/v1/period-mme", json=VIGNETTE)

        assert response.status_code == 200, response.text
        body = response.json()
        assert body["with_buprenorphine"] == {
            "total_mme": 355,
            "total_days": 12,
            "therapy_days": 7,
            "observation_window_days": 14,
            "mme1": 29.58,
            "mme2": 50.71,
            "mme3": 25.36,
            "mme4": 55,
        }
        assert body["without_buprenorphine"] == body["with_buprenorphine"]
        assert [(1, 280, 40), (1.5, 75, 15)] == [
            (p["conversion_factor"], p["mme"], p["single_day_mme"]) for p in body["prescriptions"]
        ]
        assert body["table"]["id"] == "nih-heal"
        assert body["average_daily_mme"] is None
        assert body["daily_mme"] == []
        assert ["period.research_use"] == [w["code"] for w in body["warnings"]]

    def test_same_request_same_body(self, client: TestClient[Litestar]) -> None:
        first = client.post("/v1/period-mme", json=VIGNETTE)
        second = client.post("/v1/period-mme", json=VIGNETTE)

        assert first.content == second.content

    def test_dated_with_the_curve(self, client: TestClient[Litestar]) -> None:
        """Opioid Data Lab experiment 4 [ODL-MME]: 23 MME/day over exposed days (9)."""
        rx = {"drug": "oxycodone", "route": "oral", "strength": 5, "strength_unit": "mg",
              "quantity_dispensed": 14, "days_supply": 7}  # fmt: skip
        body = {
            "prescriptions": [
                {**rx, "start_date": "2020-01-01"},
                {**rx, "start_date": "2020-01-03"},
            ],
            "observation_window": {"start_date": "2020-01-01", "end_date": "2020-01-30"},
            "table": "cdc-2022",
        }

        result = client.post("/v1/period-mme", json=body).json()

        average = result["average_daily_mme"]
        assert (15, 7, 23.33, 15, 30, "2020-01-03") == (
            average["mme_over_days_supplied"],
            average["mme_over_window"],
            average["mme_over_exposed_days"],
            average["mean_prescription_daily_mme"],
            average["peak_daily_mme"],
            average["peak_date"],
        )
        assert 30 == len(result["daily_mme"])
        assert (9, 30) == (
            result["with_buprenorphine"]["therapy_days"],
            result["with_buprenorphine"]["observation_window_days"],
        )

    def test_refusal_names_the_field(self, client: TestClient[Litestar]) -> None:
        body = {**VIGNETTE, "prescriptions": [
            {"drug": "fentanyl", "route": "buccal", "dose": 100, "dose_unit": "mcg",
             "doses_per_day": 4, "days_of_medication": 7}]}  # fmt: skip

        response = client.post("/v1/period-mme", json=body)

        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert ("mme.form_required", "prescriptions[0].form") == (
            response.json()["code"],
            response.json()["field"],
        )

    def test_schema_violation_is_400(self, client: TestClient[Litestar]) -> None:
        body = {**VIGNETTE, "therapy_days": 0}

        response = client.post("/v1/period-mme", json=body)

        assert (400, "therapy_days") == (response.status_code, response.json()["field"])

    def test_window_longer_than_ten_years(self, client: TestClient[Litestar]) -> None:
        body = {**VIGNETTE, "observation_window_days": None,
                "observation_window": {"start_date": "2000-01-01", "end_date": "2010-12-31"}}  # fmt: skip

        response = client.post("/v1/period-mme", json=body)

        assert (422, "period.window_too_long") == (response.status_code, response.json()["code"])


class TestBatch:
    def test_rows_in_order_with_row_level_errors(self, client: TestClient[Litestar]) -> None:
        refused = {**VIGNETTE, "therapy_days": None}
        rows = _batch(
            client,
            [
                {"patient_id": "p1", "request": VIGNETTE},
                "{not json",
                {"patient_id": "p3", "request": {**VIGNETTE, "therapy_days": 0}},
                {"patient_id": "p4", "request": refused},
                "",
                {"patient_id": "p5", "request": VIGNETTE},
            ],
        )

        assert [1, 2, 3, 4, 5] == [r["line"] for r in rows]
        assert ["p1", None, "p3", "p4", "p5"] == [r["patient_id"] for r in rows]
        assert [None, "request.invalid", "request.invalid", "period.field_missing", None] == [
            None if r["error"] is None else r["error"]["code"] for r in rows
        ]
        assert ("request.therapy_days", 400) == (
            rows[2]["error"]["field"],
            rows[2]["error"]["status"],
        )
        assert ("therapy_days", 422) == (rows[3]["error"]["field"], rows[3]["error"]["status"])
        single = client.post("/v1/period-mme", json=VIGNETTE).json()
        for row in (rows[0], rows[4]):
            assert single["with_buprenorphine"] == row["result"]["with_buprenorphine"]
            assert row["result"]["prescriptions"] is None

    def test_detail_adds_each_prescription(self, client: TestClient[Litestar]) -> None:
        rows = _batch(client, [{"patient_id": "p1", "request": VIGNETTE}], "?detail=prescriptions")

        single = client.post("/v1/period-mme", json=VIGNETTE).json()
        assert single["prescriptions"] == rows[0]["result"]["prescriptions"]

    def test_a_line_without_a_newline_at_the_end(self, client: TestClient[Litestar]) -> None:
        response = client.post(
            "/v1/batch/period-mme", content=json.dumps({"patient_id": "x", "request": VIGNETTE})
        )

        assert [("x", None)] == [
            (r["patient_id"], r["error"]) for r in map(json.loads, response.text.splitlines())
        ]

    def test_empty_batch_is_400(self, client: TestClient[Litestar]) -> None:
        response = client.post("/v1/batch/period-mme", content=b"")

        assert (400, "application/problem+json") == (
            response.status_code,
            response.headers["content-type"],
        )

    def test_limits(self) -> None:
        settings_ = Settings(access_log=False, max_body_bytes=1024, batch_max_rows=3)
        line = json.dumps({"patient_id": "x", "request": VIGNETTE})
        huge = json.dumps({"patient_id": "big", "request": VIGNETTE, "pad": "x" * 2000})
        with TestClient(create_app(settings=settings_)) as c:
            within = c.post("/v1/batch/period-mme", content=f"{line}\n{huge}\n{line}\n")
            rows = c.post("/v1/batch/period-mme", content=f"{line}\n" * 4)
            too_big = c.post(
                "/v1/batch/period-mme",
                content=b"x" * 10,
                headers={"content-length": str(2**40)},
            )

        assert [None, "batch.line_too_large", None] == [
            None if r["error"] is None else r["error"]["code"]
            for r in map(json.loads, within.text.splitlines())
        ]
        assert (413, "application/problem+json") == (
            rows.status_code,
            rows.headers["content-type"],
        )
        assert too_big.status_code == 413

    def test_deeply_nested_line_is_a_row_error(self, client: TestClient[Litestar]) -> None:
        rows = _batch(client, ["[" * 5000 + "]" * 5000])

        assert ["request.invalid"] == [r["error"]["code"] for r in rows]

    def test_a_line_longer_than_the_limit_without_a_newline(self) -> None:
        settings_ = Settings(access_log=False, max_body_bytes=1024)
        line = json.dumps({"patient_id": "x", "request": VIGNETTE})
        with TestClient(create_app(settings=settings_)) as c:
            alone = c.post("/v1/batch/period-mme", content=b"[" * 3000)
            between = c.post("/v1/batch/period-mme", content=f"{'[' * 3000}\n{line}")

        assert ["batch.line_too_large"] == [
            json.loads(x)["error"]["code"] for x in alone.text.splitlines()
        ]
        assert ["batch.line_too_large", None] == [
            json.loads(x)["error"] and json.loads(x)["error"]["code"]
            for x in between.text.splitlines()
        ]


def _json(items: list[Prescription], windows: PeriodWindows) -> dict[str, Any]:
    """The request a client would send for these prescriptions and windows."""
    body: dict[str, Any] = {
        "prescriptions": [
            {k: v for k, v in msgspec.structs.asdict(_struct(p)).items() if v is not None}
            for p in items
        ]
    }
    for name in ("therapy_days", "observation_window_days", "therapy_days_without_buprenorphine",
                 "observation_window_days_without_buprenorphine"):  # fmt: skip
        if getattr(windows, name) is not None:
            body[name] = getattr(windows, name)
    if windows.window_start is not None and windows.window_end is not None:
        body["observation_window"] = {
            "start_date": windows.window_start.isoformat(),
            "end_date": windows.window_end.isoformat(),
        }
    return body


class _Rx(msgspec.Struct):
    drug: str
    route: str
    form: str | None
    dose: float | None
    dose_unit: str | None
    doses_per_day: float | None
    days_of_medication: int | None
    strength: float | None
    strength_unit: str | None
    quantity_dispensed: float | None
    days_supply: int | None
    start_date: str | None


def _number(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def _struct(p: Prescription) -> _Rx:
    start: dt.date | None = p.start_date
    return _Rx(
        p.drug, p.route, p.form, _number(p.dose), p.dose_unit, _number(p.doses_per_day),
        p.days_of_medication, _number(p.strength), p.strength_unit,
        _number(p.quantity_dispensed), p.days_supply, None if start is None else start.isoformat(),
    )  # fmt: skip


cases = st.lists(
    st.one_of(
        st.tuples(st.lists(prescriptions(), min_size=1, max_size=4), period_windows()),
        dated_period(),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=25)
@given(cases)
def test_batch_lines_equal_single_calls(
    client: TestClient[Litestar], patients: list[tuple[list[Prescription], PeriodWindows]]
) -> None:
    """Random prescriptions: each batch line has the numbers (or the problem) of the single call."""
    bodies = [_json(items, windows) for items, windows in patients]

    rows = _batch(
        client,
        [{"patient_id": str(i), "request": b} for i, b in enumerate(bodies)],
        "?detail=prescriptions",
    )

    for row, body in zip(rows, bodies, strict=True):
        single = client.post("/v1/period-mme", json=body)
        if single.status_code != 200:
            assert row["error"] == single.json()
            continue
        expected = single.json()
        result = row["result"]
        for key in ("with_buprenorphine", "without_buprenorphine", "average_daily_mme",
                    "prescriptions", "calculation_id"):  # fmt: skip
            assert expected[key] == result[key]
        assert [w["code"] for w in expected["warnings"]] == result["warnings"]


class TestSettings:
    def test_batch_limits_from_the_environment(self) -> None:
        env = {"OPIOID_CALC_BATCH_MAX_BYTES": "2048", "OPIOID_CALC_BATCH_MAX_ROWS": "5"}

        found = Settings.from_env(env)

        assert (2048, 5) == (found.batch_max_bytes, found.batch_max_rows)

    @pytest.mark.parametrize("value", ["0", "x", "100"])
    def test_bad_batch_limit_stops_the_start_up(self, value: str) -> None:
        with pytest.raises(ConfigError, match="BATCH_MAX_BYTES"):
            Settings.from_env({"OPIOID_CALC_BATCH_MAX_BYTES": value})
