"""
Deployment hardening applied by ``create_app``: CORS, the optional rate limit and logging.

The request body limit is Litestar's own ``request_max_body_size`` (an announced Content-Length
over the limit is refused before anything is read; a streamed body is cut at the limit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.config.cors import CORSConfig
from litestar.middleware.rate_limit import RateLimitConfig

from api.logs import AccessLogMiddleware, configure_logging
from api.openapi import RATE_LIMITED_PREFIX


if TYPE_CHECKING:
    from litestar import Litestar, Request
    from litestar.middleware.base import DefineMiddleware

    from api.config import Settings


__all__ = ["cors_config", "rate_limit_middleware", "with_logging"]


def cors_config(settings: Settings) -> CORSConfig | None:
    """Explicit origins only; ``None`` (no CORS headers at all) when none are configured."""
    if not settings.cors_origins:
        return None
    return CORSConfig(
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type"],
        allow_credentials=False,
        expose_headers=[
            "RateLimit-Policy",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
        ],
        max_age=600,
    )


def _rate_limited(request: Request[Any, Any, Any]) -> bool:
    path: str = request.scope["path"]
    return path.startswith(RATE_LIMITED_PREFIX)


def rate_limit_middleware(settings: Settings) -> list[DefineMiddleware]:
    """
    Per client address and per worker (in-memory store) on /v1 only; the health checks and the
    docs are never limited.  Behind a proxy, run uvicorn with ``--proxy-headers`` so the address
    is the client's.
    """
    if settings.rate_limit is None:
        return []
    config = RateLimitConfig(rate_limit=settings.rate_limit, check_throttle_handler=_rate_limited)
    return [config.middleware]


def with_logging(app: Litestar, settings: Settings) -> Litestar:
    """JSON logs for the ``opioid_calc`` loggers; the access log wraps the whole ASGI app."""
    configure_logging()
    if settings.access_log:
        app.asgi_handler = AccessLogMiddleware(app.asgi_handler)
    return app
