"""
The process's serving state: readiness turns 503 while it drains before a graceful shutdown
(api/cli/serve.py flips it on SIGTERM; in-flight requests then finish within the grace period).
"""

from __future__ import annotations

import asyncio
import signal
import threading
from typing import TYPE_CHECKING, Any


if TYPE_CHECKING:
    from types import FrameType


__all__ = ["DRAINING", "draining", "install_drain"]

DRAINING = threading.Event()


def draining() -> bool:
    """True once a shutdown has begun: GET /health/ready answers 503."""
    return DRAINING.is_set()


def install_drain(seconds: int) -> None:
    """
    Wrap the SIGTERM/SIGINT handler uvicorn installed (in each worker; the app's start-up hook):
    readiness 503 for ``seconds`` while requests are still served, then uvicorn's graceful stop
    (no new connections, in-flight requests finish within its ``timeout_graceful_shutdown``).
    """
    if threading.current_thread() is not threading.main_thread():
        return  # not under uvicorn's signal handling (a test client's thread)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(sig)
        if not callable(previous):
            continue

        def handler(signum: int, frame: FrameType | None, previous: Any = previous) -> None:
            first = not DRAINING.is_set()
            DRAINING.set()
            if first and seconds > 0:
                loop.call_soon_threadsafe(loop.call_later, seconds, previous, signum, frame)
            else:
                previous(signum, frame)

        signal.signal(sig, handler)
