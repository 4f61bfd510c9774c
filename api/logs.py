"""
Structured logs: one JSON object per line on stderr, for the ``opioid_calc`` loggers.

The access log wraps the whole ASGI app (so 404, 405, 413 and 429 are logged too) and records
only what the transport knows: method, path, status, byte counts, duration and client address.
It never reads the request body, the query string or any header, so no patient field (age,
weight, creatinine, doses) can reach a log line; tests/api/test_access_log.py asserts it.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

import msgspec
from litestar.enums import ScopeType


if TYPE_CHECKING:
    from litestar.types import ASGIApp, Message, Receive, ReceiveMessage, Scope, Send


__all__ = ["ACCESS_LOGGER", "AccessLogMiddleware", "JsonFormatter", "configure_logging"]

ROOT_LOGGER = "opioid_calc"
ACCESS_LOGGER = "opioid_calc.access"
_PATH_MAX = 200
_HANDLER_NAME = "opioid_calc.json"


_encode = msgspec.json.Encoder(enc_hook=str).encode


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "message", ...}`` plus the ``extra={"fields": {...}}``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": round(record.created, 6),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
            entry["traceback"] = self.formatException(record.exc_info)
        return _encode(entry).decode()


def configure_logging(stream: TextIO | None = None) -> logging.Handler:
    """Attach the JSON handler to the ``opioid_calc`` logger once (idempotent); return it."""
    logger = logging.getLogger(ROOT_LOGGER)
    for handler in logger.handlers:
        if handler.get_name() == _HANDLER_NAME:
            return handler
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return handler


class AccessLogMiddleware:
    """Pure ASGI wrapper: one ``access`` record per HTTP request, after the response is sent."""

    def __init__(self, app: ASGIApp, logger: logging.Logger | None = None) -> None:
        self.app = app
        self.logger = logger or logging.getLogger(ACCESS_LOGGER)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or not self.logger.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 0
        sent = 0
        received = 0

        async def counting_receive() -> ReceiveMessage:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
            return message

        async def counting_send(message: Message) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        finally:
            client = scope.get("client")
            self.logger.info(
                "access",
                extra={
                    "fields": {
                        "method": scope["method"],
                        "path": scope["path"][:_PATH_MAX],
                        "status": status or 500,
                        "duration_ms": round((time.perf_counter() - start) * 1000, 3),
                        "request_bytes": received,
                        "response_bytes": sent,
                        "client": client[0] if client else None,
                    }
                },
            )
