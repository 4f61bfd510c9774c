"""GET /health/live and GET /health/ready."""

from __future__ import annotations

from typing import Any

from litestar import Request, get

from api.adapters import ENGINE_VERSION
from api.schemas.common import Response
from api.state import reference_of


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


@get(
    "/health/live",
    operation_id="check_liveness",
    summary="The process is up",
    tags=["health"],
    sync_to_thread=False,
)
def live() -> Health:
    return Health(status="live", tables=0, engine_version=ENGINE_VERSION)


@get(
    "/health/ready",
    operation_id="check_readiness",
    summary="Reference tables are loaded and validated",
    tags=["health"],
    sync_to_thread=False,
)
def ready(request: Request[Any, Any, Any]) -> Health:
    return Health(
        status="ready", tables=len(reference_of(request).all_refs()), engine_version=ENGINE_VERSION
    )
