"""
Prometheus metrics (prometheus-client, pure Python) served at ``GET /metrics``.

- ``opioid_calc_requests_total{operation,status}``: every request, by operation id (``unmatched``
  for paths the app does not serve) and status code;
- ``opioid_calc_request_duration_seconds{operation}``: latency histogram;
- ``opioid_calc_refusals_total{code}``: every problem+json answer by its ``code``
  (``request.invalid``, ``mme.unknown_drug``, ``rate_limited``, ...).

Several workers: ``opioid-calc serve --workers N`` sets ``PROMETHEUS_MULTIPROC_DIR`` to a fresh
directory before the workers start, and /metrics then adds up every worker's files
(prometheus-client's multiprocess mode); a single worker keeps its values in memory.
"""

from __future__ import annotations

import os
from typing import Any

from litestar import MediaType, Request, Response, get
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector


__all__ = ["MULTIPROC_ENV", "Metrics", "metrics_handler"]

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    """The three metrics in a registry of their own; children cached per label set."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "opioid_calc_requests",
            "HTTP requests by operation and status.",
            ("operation", "status"),
            registry=self.registry,
        )
        self.duration = Histogram(
            "opioid_calc_request_duration_seconds",
            "Time from the request's start to the response's last byte, by operation.",
            ("operation",),
            buckets=_BUCKETS,
            registry=self.registry,
        )
        self.refusals = Counter(
            "opioid_calc_refusals",
            "problem+json answers by problem code.",
            ("code",),
            registry=self.registry,
        )
        self._counted: dict[tuple[str, int], Any] = {}
        self._timed: dict[str, Any] = {}
        self._refused: dict[str, Any] = {}

    def observe(self, operation: str, status: int, seconds: float, code: str | None) -> None:
        counter = self._counted.get((operation, status))
        if counter is None:
            counter = self._counted[operation, status] = self.requests.labels(operation, status)
        counter.inc()
        timer = self._timed.get(operation)
        if timer is None:
            timer = self._timed[operation] = self.duration.labels(operation)
        timer.observe(seconds)
        if code is not None:
            refused = self._refused.get(code)
            if refused is None:
                refused = self._refused[code] = self.refusals.labels(code)
            refused.inc()

    def exposition(self) -> bytes:
        """The text format; every worker's values when several share a multiprocess directory."""
        if os.environ.get(MULTIPROC_ENV):
            registry = CollectorRegistry()
            MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)


METRICS_KEY = "metrics"


@get("/metrics", include_in_schema=False, sync_to_thread=False, media_type=MediaType.TEXT)
def metrics_handler(request: Request[Any, Any, Any]) -> Response[bytes]:
    metrics: Metrics = request.app.state[METRICS_KEY]
    return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)
