"""
Who may call /v1 and how often: optional API keys and the rate limit (guards of the /v1 router,
so a refusal goes through the app's problem+json handlers like any other).

API keys (off unless configured; api/config.py): a key is presented as ``Authorization: Bearer
<key>`` or ``X-API-Key: <key>``; the service keeps only SHA-256 digests (keys are random, 32+
bytes: a slow hash adds nothing) and logs the key's id, never the key. A missing or unknown key
is a 401 problem.

Rate limit (off unless configured): a fixed window per client (the key id when keys are on, else
the address) counted in SQLite, whose single-statement upsert is atomic across processes: every
worker of ``opioid-calc serve --workers N`` counts in one file (``OPIOID_CALC_RATE_LIMIT_STORE``,
which serve sets), so N workers do not multiply the limit. Without a file the count is in this
process's memory. Every /v1 answer carries ``RateLimit-*`` headers; a 429 adds ``Retry-After``.
"""

from __future__ import annotations

import hashlib
import math
import sqlite3
import threading
import time
from typing import TYPE_CHECKING, Any

from api.exchange import current
from api.problems import RequestProblem


if TYPE_CHECKING:
    from collections.abc import Mapping

    from litestar.connection import ASGIConnection
    from litestar.handlers import BaseRouteHandler

    from api.config import RateUnit


__all__ = ["ApiKeys", "RateLimit", "RateStore", "digest"]

_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_CLEAN_EVERY = 1000  # hits between deletions of past windows


def digest(key: str) -> str:
    """How a key is stored: the hex SHA-256 of its UTF-8 text."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiKeys:
    """A guard: the request presents a key whose digest is configured (its id is logged)."""

    def __init__(self, digests: Mapping[str, str]) -> None:
        self.ids_by_digest = dict(digests)

    def __call__(
        self, connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler
    ) -> None:
        del handler
        headers = connection.headers
        presented = headers.get("x-api-key")
        if presented is None:
            scheme, _, token = headers.get("authorization", "").partition(" ")
            presented = token.strip() if scheme.lower() == "bearer" else None
        key_id = self.ids_by_digest.get(digest(presented)) if presented else None
        if key_id is None:
            raise RequestProblem(
                status_code=401,
                code="auth.api_key",
                detail="This service requires an API key: send it as Authorization: Bearer <key> "
                "or X-API-Key: <key>." + (" The key sent is not known." if presented else ""),
                field=None,
                expected="a valid API key in Authorization (Bearer) or X-API-Key",
                received="an unknown key" if presented else None,
                headers={"WWW-Authenticate": 'Bearer realm="opioid-calc"'},
            )
        exchange = current()
        if exchange is not None:
            exchange.key_id = key_id


class RateStore:
    """Hits per (client, window) in SQLite: a file shared by processes, or memory."""

    def __init__(self, path: str | None) -> None:
        self._db = sqlite3.connect(
            path or ":memory:", timeout=5.0, isolation_level=None, check_same_thread=False
        )
        self._lock = threading.Lock()
        with self._lock:
            if path:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=OFF")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS hits (client TEXT NOT NULL, window INTEGER NOT NULL, "
                "n INTEGER NOT NULL, PRIMARY KEY (client, window)) WITHOUT ROWID"
            )
        self._since_clean = 0

    def __deepcopy__(self, memo: dict[int, Any]) -> RateStore:
        """One store however often Litestar copies the guards that hold it."""
        del memo
        return self

    def hit(self, client: str, window: int) -> int:
        """Count one hit; the window's count including it (one atomic statement)."""
        with self._lock:
            row = self._db.execute(
                "INSERT INTO hits VALUES (?, ?, 1) ON CONFLICT (client, window) "
                "DO UPDATE SET n = n + 1 RETURNING n",
                (client, window),
            ).fetchone()
            self._since_clean += 1
            if self._since_clean >= _CLEAN_EVERY:
                self._since_clean = 0
                self._db.execute("DELETE FROM hits WHERE window < ?", (window,))
        count: int = row[0]
        return count


class RateLimit:
    """A guard: at most ``limit`` requests per ``unit`` per client; 429 with Retry-After past it."""

    def __init__(self, unit: RateUnit, limit: int, store: RateStore) -> None:
        self.seconds = _SECONDS[unit]
        self.limit = limit
        self.store = store
        self.policy = f"{limit};w={self.seconds}".encode()

    def __call__(
        self, connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler
    ) -> None:
        del handler
        exchange = current()
        client = exchange.key_id if exchange is not None and exchange.key_id else None
        if client is None:
            address = connection.scope.get("client")
            client = address[0] if address else "unknown"
        now = time.time()
        window = int(now // self.seconds)
        count = self.store.hit(client, window)
        reset = max(1, math.ceil((window + 1) * self.seconds - now))
        remaining = max(0, self.limit - count)
        headers = {
            "RateLimit-Policy": self.policy.decode(),
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(remaining),
            "RateLimit-Reset": str(reset),
        }
        if count > self.limit:
            raise RequestProblem(
                status_code=429,
                code="rate_limited",
                detail=f"More than {self.limit} requests in {self.seconds} s from this client; "
                f"retry after {reset} s.",
                field=None,
                expected=f"at most {self.limit} requests per {self.seconds} s",
                received=f"{count} requests",
                headers={**headers, "Retry-After": str(reset)},
            )
        if exchange is not None:
            exchange.headers.extend((k.lower().encode(), v.encode()) for k, v in headers.items())
