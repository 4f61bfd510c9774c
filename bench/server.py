"""
Run the app under one uvicorn worker in a child process, on a loopback socket this process binds
(no port race), for as long as a ``with`` block lasts.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from bench.loadgen import LOOPBACK


if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence


__all__ = ["ROOT", "Server", "rss_mb", "running_server"]

ROOT = Path(__file__).resolve().parent.parent
_READY_TIMEOUT_S = 30.0


@attrs.frozen
class Server:
    port: int
    pid: int
    started_s: float
    """Seconds from spawning the process to the first 200 from /health/ready."""


def _ready(port: int) -> bool:
    try:
        with socket.create_connection((LOOPBACK, port), timeout=1.0) as s:
            s.sendall(f"GET /health/ready HTTP/1.1\r\nHost: {LOOPBACK}\r\n\r\n".encode())
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


@contextmanager
def running_server(
    app: str = "api.app:app",
    env: Mapping[str, str] | None = None,
    log: Path | None = None,
    stack: tuple[str, str] = ("h11", "asyncio"),
    prefix: Sequence[str] = (),
    ready_timeout_s: float = _READY_TIMEOUT_S,
) -> Iterator[Server]:
    """
    One uvicorn worker (bench/serve.py) on a socket bound here to 127.0.0.1:0; waits for
    /health/ready.  The server's
    stderr (JSON access log) goes to ``log`` or is discarded.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((LOOPBACK, 0))
    sock.listen(2048)
    port = sock.getsockname()[1]
    child_env = {**os.environ, **(env or {})}
    command = [
        *prefix,  # e.g. valgrind (bench/instructions.py)
        *(sys.executable, "-m", "bench.serve", "--fd", str(sock.fileno()), "--app", app),
        *("--http", stack[0], "--loop", stack[1]),
    ]
    with (log or Path(os.devnull)).open("wb") as sink:
        begin = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=ROOT, env=child_env, pass_fds=(sock.fileno(),), stderr=sink
        )
        try:
            deadline = begin + ready_timeout_s
            while not _ready(port):
                if proc.poll() is not None or time.perf_counter() > deadline:
                    msg = f"server did not become ready (exit code {proc.returncode})"
                    raise RuntimeError(msg)
                time.sleep(0.02)
            yield Server(port=port, pid=proc.pid, started_s=time.perf_counter() - begin)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            sock.close()


def rss_mb(pid: int) -> float:
    """Resident set size of a process in MiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    msg = f"no VmRSS for pid {pid}"
    raise RuntimeError(msg)
