"""
A live server for the tests that need a real network peer (the generated clients, the browser):
uvicorn serving api.app:app on a free 127.0.0.1 port, ready when /health/ready answers 200.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest


__all__ = ["ROOT", "live_server"]

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 30.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def _wait_ready(process: subprocess.Popen[bytes], url: str) -> bool:
    """True once /health/ready answers 200; False if the server exits (e.g. the port was taken)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            if httpx.get(f"{url}/health/ready", timeout=1.0).status_code == 200:
                return True
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail(f"{url}/health/ready did not answer within {START_TIMEOUT_S} s")


def _serve(log: IO[bytes]) -> tuple[subprocess.Popen[bytes], str]:
    """Start uvicorn on a free loopback port; try another port if that one was taken meanwhile."""
    for _ in range(3):
        port = _free_port()
        process = subprocess.Popen(  # noqa: S603  (fixed argument list, no shell)
            [
                *(sys.executable, "-m", "uvicorn", "api.app:app"),
                *("--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"),
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            if _wait_ready(process, url):
                return process, url
        except BaseException:
            _stop(process)
            raise
        process.wait(timeout=10)
    log.seek(0)
    pytest.fail(f"uvicorn did not start:\n{log.read().decode(errors='replace')}")


@contextlib.contextmanager
def live_server() -> Iterator[str]:
    """The URL of a live server, stopped when the block ends."""
    with tempfile.TemporaryFile() as log:
        process, url = _serve(log)
        try:
            yield url
        finally:
            _stop(process)
