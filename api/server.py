"""
Serving with uvicorn: a read deadline on every request, and draining before a graceful stop.

- ``H11Protocol`` and ``HttpToolsProtocol`` here are uvicorn's with one addition: a request's
  headers and body must arrive within ``OPIOID_CALC_READ_TIMEOUT_SECONDS`` of the connection
  opening or the previous response ending, else the connection is closed (uvicorn alone keeps a
  client that trickles a byte at a time forever). With ``limit_concurrency`` (503 past
  ``OPIOID_CALC_MAX_CONNECTIONS``) a few dozen slow clients can no longer hold the sockets.
- ``HttpToolsProtocol`` exists when httptools (a C extension, the ``fast`` extra) is installed.

Draining before the stop is api/lifecycle.py's ``install_drain``.
"""

from __future__ import annotations

import asyncio
import importlib.util

import h11
from uvicorn.protocols.http import h11_impl

from api.config import ServeSettings


__all__ = ["HAS_HTTPTOOLS", "HAS_UVLOOP", "H11Protocol", "event_loop", "http_protocol"]

HAS_HTTPTOOLS = importlib.util.find_spec("httptools") is not None
HAS_UVLOOP = importlib.util.find_spec("uvloop") is not None

_READ_TIMEOUT = float(ServeSettings.from_env().read_timeout_seconds)


class _Deadline:
    """The read deadline's timer, shared by both protocols."""

    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    _deadline: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(_READ_TIMEOUT, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()


class H11Protocol(_Deadline, h11_impl.H11Protocol):
    """uvicorn's h11 protocol with the read deadline."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is h11.DONE:  # the whole request is in
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()


if HAS_HTTPTOOLS:
    from uvicorn.protocols.http import httptools_impl

    class HttpToolsProtocol(_Deadline, httptools_impl.HttpToolsProtocol):
        """uvicorn's httptools protocol with the read deadline (httptools installed)."""

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._disarm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()


def http_protocol(name: str) -> str:
    """
    uvicorn's ``http`` setting: this module's ``h11`` or ``httptools`` protocol, by path; ``auto``
    is httptools when it is installed.
    """
    fast = name == "httptools" or (name == "auto" and HAS_HTTPTOOLS)
    return f"api.server:{'HttpToolsProtocol' if fast else 'H11Protocol'}"


def event_loop(name: str) -> str:
    """uvicorn's ``loop`` setting; ``auto`` is uvloop when it is installed, else asyncio."""
    if name == "auto":
        return "uvloop" if HAS_UVLOOP else "asyncio"
    return name
