"""
Issue 14, operations: headers on patient-derived answers, gzip, metrics, API keys, a rate limit
that holds across workers, readiness while draining, optional tracing.
"""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
from typing import TYPE_CHECKING, Any

import pytest
from litestar.testing import TestClient

from api.app import create_app
from api.config import Settings
from api.guards import RateStore, digest
from api.lifecycle import DRAINING
from bench.workload import mme_example


if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from litestar import Litestar


BASE = "http://testserver.local"
KEY = "k" * 43  # what `opioid-calc keys new` makes: 32 random bytes, URL-safe base64


def _client(settings: Settings, stream: io.StringIO | None = None) -> TestClient[Litestar]:
    return TestClient(create_app(settings=settings, log_stream=stream), base_url=BASE)


@pytest.fixture(scope="module", name="client")
def _plain() -> Iterator[TestClient[Litestar]]:
    with _client(Settings(access_log=False)) as client:
        yield client


class TestHeaders:
    @pytest.mark.parametrize("path", ["/v1/tables", "/v1/drugs", "/health/ready"])
    def test_gets_with_numbers_are_not_stored(
        self, client: TestClient[Litestar], path: str
    ) -> None:
        headers = client.get(path).headers

        assert "no-store" == headers["cache-control"]
        assert "nosniff" == headers["x-content-type-options"]
        assert "DENY" == headers["x-frame-options"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]

    def test_calculations_and_their_refusals_are_not_stored(
        self, client: TestClient[Litestar]
    ) -> None:
        answered = client.post("/v1/mme", json=mme_example())
        refused = client.post("/v1/mme", json={"medications": []})

        assert ("no-store", "no-store") == (
            answered.headers["cache-control"],
            refused.headers["cache-control"],
        )

    def test_the_page_keeps_its_own_policy(self, client: TestClient[Litestar]) -> None:
        assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


class TestGzip:
    def test_a_large_body_is_compressed_when_asked(self, client: TestClient[Litestar]) -> None:
        raw = client.get("/v1/tables", headers={"accept-encoding": "identity"})
        zipped = client.get("/v1/tables", headers={"accept-encoding": "gzip"})

        assert len(raw.content) > 1024
        assert "content-encoding" not in raw.headers
        assert "gzip" == zipped.headers["content-encoding"]
        assert "Accept-Encoding" == zipped.headers["vary"]
        assert raw.content == zipped.content  # httpx decompresses
        assert int(zipped.headers["content-length"]) < len(raw.content)

    def test_a_small_body_is_not(self, client: TestClient[Litestar]) -> None:
        response = client.get("/health/live", headers={"accept-encoding": "gzip"})

        assert "content-encoding" not in response.headers

    def test_the_compressed_bytes_are_gzip(self, client: TestClient[Litestar]) -> None:
        with client.stream("GET", "/v1/drugs", headers={"accept-encoding": "gzip"}) as response:
            body = b"".join(response.iter_raw())

        assert json.loads(gzip.decompress(body))


class TestMetrics:
    def test_requests_latency_and_refusals_are_counted(self) -> None:
        with _client(Settings(access_log=False)) as client:
            client.post("/v1/mme", json=mme_example())
            client.post("/v1/mme", json={"medications": []})
            client.get("/no/such/path")
            text = client.get("/metrics").text

        assert 'opioid_calc_requests_total{operation="calculate_mme",status="200"} 1.0' in text
        assert 'opioid_calc_requests_total{operation="calculate_mme",status="400"} 1.0' in text
        assert 'opioid_calc_requests_total{operation="unmatched",status="404"} 1.0' in text
        assert 'opioid_calc_request_duration_seconds_count{operation="calculate_mme"} 2.0' in text
        assert 'opioid_calc_refusals_total{code="request.invalid"} 1.0' in text

    def test_metrics_can_be_switched_off(self) -> None:
        with _client(Settings(access_log=False, metrics=False)) as client:
            assert 404 == client.get("/metrics").status_code


class TestApiKeys:
    @pytest.fixture(name="keyed")
    def _keyed(self) -> Iterator[tuple[TestClient[Litestar], io.StringIO]]:
        out = io.StringIO()
        settings = Settings(api_keys={digest(KEY): "pharmacy-1"})
        with _client(settings, out) as client:
            yield client, out

    def test_off_by_default(self, client: TestClient[Litestar]) -> None:
        assert 200 == client.post("/v1/mme", json=mme_example()).status_code

    def test_without_a_key_401_problem(self, keyed: tuple[TestClient[Litestar], Any]) -> None:
        client, _ = keyed

        response = client.post("/v1/mme", json=mme_example())

        assert (401, "application/problem+json", "auth.api_key") == (
            response.status_code,
            response.headers["content-type"],
            response.json()["code"],
        )
        assert response.headers["www-authenticate"].startswith("Bearer")

    def test_a_wrong_key_is_401_and_not_echoed(
        self, keyed: tuple[TestClient[Litestar], Any]
    ) -> None:
        client, out = keyed

        response = client.get("/v1/drugs", headers={"x-api-key": "guessed-key-123"})

        assert 401 == response.status_code
        assert "guessed-key-123" not in response.text + out.getvalue()

    @pytest.mark.parametrize("headers", [{"authorization": f"Bearer {KEY}"}, {"x-api-key": KEY}])
    def test_a_key_is_accepted_and_its_id_logged(
        self, keyed: tuple[TestClient[Litestar], io.StringIO], headers: dict[str, str]
    ) -> None:
        client, out = keyed

        response = client.post("/v1/mme", json=mme_example(), headers=headers)

        lines = [json.loads(line) for line in out.getvalue().splitlines()]
        assert 200 == response.status_code
        assert ["pharmacy-1", "pharmacy-1"] == [e["key_id"] for e in lines[-2:]]
        assert ["opioid_calc.access", "opioid_calc.audit"] == [e["logger"] for e in lines[-2:]]
        assert KEY not in out.getvalue()

    def test_health_and_docs_need_no_key(self, keyed: tuple[TestClient[Litestar], Any]) -> None:
        client, _ = keyed

        assert [200, 200] == [
            client.get("/health/ready").status_code,
            client.get("/docs/openapi.json").status_code,
        ]

    def test_the_contract_declares_optional_keys(self, client: TestClient[Litestar]) -> None:
        schema = client.get("/docs/openapi.json").json()

        schemes = schema["components"]["securitySchemes"]
        assert {"type": "http", "scheme": "bearer"} == {
            k: v for k, v in schemes["apiKey"].items() if k in {"type", "scheme"}
        }
        assert [{}, {"apiKey": []}] == schema["security"]
        assert "401" in schema["paths"]["/v1/mme"]["post"]["responses"]


def _hammer(path: str, count: int, queue: Any) -> None:
    store = RateStore(path)
    queue.put([store.hit("10.0.0.1", 7) for _ in range(count)])


class TestRateLimit:
    def test_two_processes_share_one_count(self, tmp_path: Path) -> None:
        """Two workers doubled the limit; counted in one file, every count is handed out once."""
        path = str(tmp_path / "rate.sqlite3")
        RateStore(path)  # creates the table before both start
        queue: Any = multiprocessing.get_context("spawn").Queue()
        workers = [
            multiprocessing.get_context("spawn").Process(target=_hammer, args=(path, 50, queue))
            for _ in range(2)
        ]
        for worker in workers:
            worker.start()
        counts = sorted(queue.get(timeout=60) + queue.get(timeout=60))
        for worker in workers:
            worker.join(timeout=60)

        assert list(range(1, 101)) == counts

    def test_429_carries_retry_after(self, tmp_path: Path) -> None:
        settings = Settings(
            rate_limit=("minute", 2), rate_limit_store=str(tmp_path / "r"), access_log=False
        )
        with _client(settings) as client:
            statuses = [client.get("/v1/drugs") for _ in range(3)]

        assert [200, 200, 429] == [r.status_code for r in statuses]
        assert ["1", "0"] == [r.headers["ratelimit-remaining"] for r in statuses[:2]]
        assert 1 <= int(statuses[2].headers["retry-after"]) <= 60
        assert "rate_limited" == statuses[2].json()["code"]

    def test_two_apps_on_one_store_share_the_limit(self, tmp_path: Path) -> None:
        store = str(tmp_path / "r")
        settings = Settings(rate_limit=("minute", 3), rate_limit_store=store, access_log=False)
        with _client(settings) as one, _client(settings) as two:
            statuses = [c.get("/v1/drugs").status_code for c in (one, two, one, two)]

        assert [200, 200, 200, 429] == statuses


class TestDraining:
    def test_readiness_is_503_while_draining_and_calculations_still_answer(
        self, client: TestClient[Litestar]
    ) -> None:
        DRAINING.set()
        try:
            ready = client.get("/health/ready")
            live = client.get("/health/live")
            calculation = client.post("/v1/mme", json=mme_example())
        finally:
            DRAINING.clear()

        assert (503, "service.draining", 200, 200) == (
            ready.status_code,
            ready.json()["code"],
            live.status_code,
            calculation.status_code,
        )
        assert 200 == client.get("/health/ready").status_code


class TestTracing:
    def test_off_by_default(self) -> None:
        assert Settings.from_env({}).otel is False

    def test_on_it_makes_a_span_per_request(self) -> None:
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        with _client(Settings(access_log=False, otel=True)) as client:
            client.post("/v1/mme", json=mme_example())

        names = [span.name for span in exporter.get_finished_spans()]
        assert any(name.startswith("POST") for name in names)
