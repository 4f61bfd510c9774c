"""GET /health/live and GET /health/ready."""

from __future__ import annotations

from typing import Any

from litestar import Request, get

from api.area import Area
from api.convert.adapters import ENGINE_VERSION
from api.lifecycle import draining
from api.problems import RequestProblem, problem_responses
from api.schemas.common import Response
from api.state import reference_of


__all__ = ["HealthController"]


class Health(Response):
    """
    Liveness or readiness, and the engine version (the page's footer shows it).

    Attributes:
        status: `live` or `ready`.
        tables: How many tables are loaded and validated (0 for liveness).
        engine_version: The calculation engine's version (the calculation id covers it).
    """

    status: str
    tables: int
    engine_version: str


class HealthController(Area):
    """Liveness and readiness (readiness is its own 503 while draining)."""

    tags = ("health",)

    @get(
        "/health/live",
        operation_id="check_liveness",
        summary="The process is up",
        sync_to_thread=False,
    )
    def live(self) -> Health:
        return Health(status="live", tables=0, engine_version=ENGINE_VERSION)

    @get(
        "/health/ready",
        operation_id="check_readiness",
        summary="Reference tables are loaded and validated",
        description="503 while the process drains before a graceful shutdown: a load balancer "
        "stops sending it new requests while the ones in flight finish.",
        sync_to_thread=False,
        responses=problem_responses(503),
    )
    def ready(self, request: Request[Any, Any, Any]) -> Health:
        if draining():
            raise RequestProblem(
                status_code=503,
                code="service.draining",
                detail="This process is shutting down; requests in flight are finishing.",
                field=None,
                expected="a process that is not shutting down",
                received=None,
                headers={"Retry-After": "1"},
            )
        return Health(
            status="ready",
            tables=len(reference_of(request).all_refs()),
            engine_version=ENGINE_VERSION,
        )
