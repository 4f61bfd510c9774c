"""
The edge: one pure-ASGI wrapper around the Litestar app for what every HTTP exchange needs.

- **Request id**: ``X-Request-ID`` is taken when it is 1-128 characters of ``[A-Za-z0-9._:-]``
  (anything else is replaced, never logged), or made (32 hex digits); it is returned.
- **HEAD** on every GET: served as the GET, with the headers and no body.
- **Headers**: on /v1 and /health (responses that carry patient-derived numbers) ``Cache-Control:
  no-store`` and the usual security headers; the page and the docs get their own CSP
  (api/web/__init__.py).
- **gzip** when the client accepts it and a whole body is over 1 KB (``Vary: Accept-Encoding``).
- **Logs**: one access line per request (request id, method, path, operation, status, duration,
  byte counts, client address, calculation id, engine and tables versions, API key id) and, for a
  calculation, one audit line (time, key id, operation, calculation id, versions). Neither ever
  holds a body, a query string or a header's value; the lines are JSON written straight to the
  stream (Python's ``logging`` costs ~0.1 M instructions a line).
- **Metrics** (api/metrics.py) for every request, refusals by problem code.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import re
import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

import msgspec

from api.exchange import CURRENT, Exchange
from api.problems import PROBLEM_JSON, stopped_before_answer
from api.web import headers_for


if TYPE_CHECKING:
    from litestar.types import ASGIApp, HTTPResponseStartEvent, Receive, Send

    from api.metrics import Metrics


__all__ = ["API_HEADERS", "Edge", "LogSink"]

_API_PREFIXES = ("/v1/", "/health/", "/cds-services")
API_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
_REQUEST_ID = re.compile(rb"^[A-Za-z0-9._:-]{1,128}$")
_GZIP_MIN = 1024
_PATH_MAX = 200
_GZIP_LEVEL = 6
_encode = msgspec.json.Encoder().encode
_STOPPED = stopped_before_answer()


def _stopped_start(extra: Any, rid: str) -> HTTPResponseStartEvent:
    """The start of the 503 for a request cancelled at the end of a graceful stop."""
    return {
        "type": "http.response.start",
        "status": 503,
        "headers": [
            (b"content-type", PROBLEM_JSON.encode()),
            (b"content-length", str(len(_STOPPED)).encode()),
            (b"connection", b"close"),
            (b"retry-after", b"1"),
            *extra,
            (b"x-request-id", rid.encode()),
        ],
    }


class LogSink:
    """Where the JSON lines go (stderr by default); one ``write`` per line."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def write(self, entry: dict[str, Any]) -> None:
        stream = self.stream or sys.stderr  # stderr as it is now (pytest swaps it)
        stream.write(_encode(entry).decode() + "\n")


class Edge:
    """See the module docstring; ``access_log`` False leaves out the access and audit lines."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        engine_version: str,
        tables_version: str,
        metrics: Metrics | None,
        sink: LogSink | None,
    ) -> None:
        self.app = app
        self.engine_version = engine_version
        self.tables_version = tables_version
        self.metrics = metrics
        self.sink = sink

    async def __call__(self, scope: Any, receive: Receive, send: Send) -> None:  # noqa: C901, PLR0915
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        request_id: bytes | None = None
        gzip_ok = False
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                request_id = value if _REQUEST_ID.match(value) else None
            elif name == b"accept-encoding":
                gzip_ok = b"gzip" in value
        rid = request_id.decode() if request_id else os.urandom(16).hex()
        exchange = Exchange(rid)
        token = CURRENT.set(exchange)
        method = scope["method"]
        head = method == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        path: str = scope["path"]
        extra = API_HEADERS if path.startswith(_API_PREFIXES) else headers_for(path)
        status = 0
        sent = 0
        received = 0
        held: Any = None

        async def counting_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
            return message

        async def edge_send(message: Any) -> None:
            nonlocal status, sent, held
            kind = message["type"]
            if kind == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", ()),
                    *extra,
                    *exchange.headers,
                    (b"x-request-id", rid.encode()),
                ]
                held = message  # sent with the first body message: gzip may change the headers
                return
            if kind == "http.response.body" and held is not None:
                start_message, held = held, None
                body = message.get("body", b"")
                if (
                    gzip_ok
                    and not head
                    and len(body) > _GZIP_MIN
                    and not message.get("more_body", False)
                ):
                    body = gzip.compress(body, _GZIP_LEVEL, mtime=0)
                    start_message["headers"] = [
                        *(
                            (k, v)
                            for k, v in start_message["headers"]
                            if k.lower() != b"content-length"
                        ),
                        (b"content-length", str(len(body)).encode()),
                        (b"content-encoding", b"gzip"),
                        (b"vary", b"Accept-Encoding"),
                    ]
                    message = {**message, "body": body}
                await send(start_message)
            if kind == "http.response.body":
                if head:
                    message = {**message, "body": b""}
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, edge_send)
        except asyncio.CancelledError:
            # uvicorn cancels what still runs when the graceful stop's time is up and answers
            # 500 text/plain; a request not yet answered gets a 503 problem+json instead.
            if status == 0 and held is None:
                status = 503
                exchange.problem_code = "service.draining"
                await send(_stopped_start(extra, rid))
                body = b"" if head else _STOPPED
                await send({"type": "http.response.body", "body": body, "more_body": False})
                sent = len(body)
            raise
        finally:
            CURRENT.reset(token)
            duration = time.perf_counter() - start
            handler = scope.get("route_handler")
            operation = getattr(handler, "operation_id", None) if handler is not None else None
            if not isinstance(operation, str):
                operation = "unmatched" if handler is None else "other"
            status = status or 500
            if self.metrics is not None:
                self.metrics.observe(operation, status, duration, exchange.problem_code)
            if self.sink is not None:
                self._log(
                    scope, method, path, operation, status, duration, received, sent, exchange
                )

    def _log(
        self,
        scope: Any,
        method: str,
        path: str,
        operation: str,
        status: int,
        duration: float,
        received: int,
        sent: int,
        exchange: Exchange,
    ) -> None:
        assert self.sink is not None  # noqa: S101  (the caller checked)
        now = round(time.time(), 6)
        client = scope.get("client")
        self.sink.write(
            {
                "time": now,
                "level": "info",
                "logger": "opioid_calc.access",
                "message": "access",
                "request_id": exchange.request_id,
                "method": method,
                "path": path[:_PATH_MAX],
                "operation": operation,
                "status": status,
                "duration_ms": round(duration * 1000, 3),
                "request_bytes": received,
                "response_bytes": sent,
                "client": client[0] if client else None,
                "key_id": exchange.key_id,
                "calculation_id": exchange.calculation_id,
                "engine_version": self.engine_version,
                "tables_version": self.tables_version,
            }
        )
        if exchange.calculation_id is not None and status < 300:
            self.sink.write(
                {
                    "time": now,
                    "level": "info",
                    "logger": "opioid_calc.audit",
                    "message": "calculation",
                    "request_id": exchange.request_id,
                    "key_id": exchange.key_id,
                    "operation": operation,
                    "calculation_id": exchange.calculation_id,
                    "engine_version": self.engine_version,
                    "tables_version": self.tables_version,
                }
            )
