"""GET /health/live and GET /health/ready."""

from __future__ import annotations

from litestar import get
from litestar.datastructures import State

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
def ready(state: State) -> Health:
    return Health(status="ready", tables=len(reference_of(state).all_refs()))
