"""GET /health/live and GET /health/ready."""

from __future__ import annotations

from typing import Any

from litestar import Request, get

from api.schemas.common import Response
from api.state import reference_of


class Health(Response):
    """Liveness or readiness."""

    status: str
    tables: int


@get(
    "/health/live",
    operation_id="check_liveness",
    summary="The process is up",
    tags=["health"],
    sync_to_thread=False,
)
def live() -> Health:
    return Health(status="live", tables=0)


@get(
    "/health/ready",
    operation_id="check_readiness",
    summary="Reference tables are loaded and validated",
    tags=["health"],
    sync_to_thread=False,
)
def ready(request: Request[Any, Any, Any]) -> Health:
    return Health(status="ready", tables=len(reference_of(request).all_refs()))
