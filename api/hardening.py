"""
Deployment hardening applied by ``create_app``: CORS, the guards of /v1 (API keys, rate limit),
the edge (api/edge.py: request ids, headers, gzip, logs, metrics) and optional tracing.

The request body limit is Litestar's own ``request_max_body_size`` (an announced Content-Length
over the limit is refused before anything is read; a streamed body is cut at the limit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from litestar.config.cors import CORSConfig

from api.config import ConfigError, Settings
from api.convert.adapters import ENGINE_VERSION, tables_digest
from api.edge import Edge, LogSink
from api.guards import ApiKeys, RateLimit, RateStore
from api.logs import configure_logging


if TYPE_CHECKING:
    from litestar import Litestar
    from litestar.types import Guard

    from api.metrics import Metrics
    from calc import Reference


__all__ = ["cors_config", "guards", "tables_version", "with_edge"]


def cors_config(settings: Settings) -> CORSConfig | None:
    """Explicit origins only; ``None`` (no CORS headers at all) when none are configured."""
    if not settings.cors_origins:
        return None
    return CORSConfig(
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "HEAD", "POST"],
        allow_headers=["Content-Type", "Authorization", "X-API-Key", "X-Request-ID"],
        allow_credentials=False,
        expose_headers=[
            "RateLimit-Policy",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "Retry-After",
            "X-Request-ID",
        ],
        max_age=600,
    )


def guards(settings: Settings) -> list[Guard]:
    """API keys first (the rate limit counts per key when there are keys), then the limit."""
    found: list[Any] = []
    if settings.api_keys:
        found.append(ApiKeys(settings.api_keys))
    if settings.rate_limit is not None:
        unit, limit = settings.rate_limit
        found.append(RateLimit(unit, limit, RateStore(settings.rate_limit_store)))
    return found


def tables_version(reference: Reference) -> str:
    """A short digest of every loaded table's id and checksum, as logged with each request."""
    return tables_digest(reference).hex()[:16]


def with_edge(
    app: Litestar,
    settings: Settings,
    reference: Reference,
    metrics: Metrics | None,
    log_stream: TextIO | None,
) -> Litestar:
    """The edge around the whole app (then tracing around that, when on)."""
    configure_logging(log_stream)
    sink = LogSink(log_stream) if settings.access_log else None
    edge = Edge(
        app.asgi_handler,
        engine_version=ENGINE_VERSION,
        tables_version=tables_version(reference),
        metrics=metrics,
        sink=sink,
    )
    app.asgi_handler = _traced(edge) if settings.otel else edge
    return app


def _traced(edge: Edge) -> Any:
    try:
        from opentelemetry.instrumentation.asgi import (  # noqa: PLC0415  (optional extra)
            OpenTelemetryMiddleware,
        )
    except ImportError as exc:
        expected = "the otel extra installed (pip install 'opioid-calc[otel]')"
        raise ConfigError(name="OTEL", expected=expected, received="on") from exc
    return OpenTelemetryMiddleware(edge, excluded_urls="/health/live,/health/ready,/metrics")
