"""
``opioid-calc serve`` as a deployment runs it (issue 14): slow clients are cut off after the read
timeout, SIGTERM turns readiness to 503 before the stop, and two workers share one rate limit
and one set of metrics. Real processes on 127.0.0.1; every wait is bounded.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import httpx
import pytest

from tests.live import ROOT


if TYPE_CHECKING:
    from collections.abc import Iterator


pytestmark = pytest.mark.slow
START_S = 30.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _serve(
    *flags: str, env: dict[str, str] | None = None
) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603  (fixed argument list, no shell)
        [sys.executable, "-m", "api.cli", "serve", "--port", str(port), *flags],
        cwd=ROOT,
        env={**os.environ, "OPIOID_CALC_ACCESS_LOG": "off", **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{url}/health/ready", timeout=1).status_code == 200:
                    break
            assert process.poll() is None, "the server exited at start-up"
            time.sleep(0.1)
        yield process, url
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


# serve's default stack is httptools + uvloop where installed (as here); h11 + asyncio is the
# pure-Python one. The read deadline and the stop's 503 are each the stack's own code.
STACKS = [(), ("--http", "h11", "--loop", "asyncio")]


@pytest.mark.parametrize("stack", STACKS, ids=["auto", "h11"])
def test_trickling_clients_are_disconnected_after_the_read_timeout(stack: tuple[str, ...]) -> None:
    """48 connections sending a header a byte at a time were never closed."""
    with _serve("--read-timeout", "1", *stack) as (_, url):
        port = int(url.rsplit(":", 1)[1])
        sockets = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(48)]
        for sock in sockets:
            sock.sendall(b"GET /health/live HTTP/1.1\r\nHost: x\r\n")  # headers never end
        closed = 0
        for sock in sockets:
            with sock:
                try:
                    closed += sock.recv(1024) == b""
                except ConnectionResetError:
                    closed += 1
        answered = httpx.get(f"{url}/health/live", timeout=5).status_code

    assert (48, 200) == (closed, answered)


def test_sigterm_drains_then_stops() -> None:
    with _serve("--drain", "2", "--grace", "5", "--workers", "2") as (process, url):
        process.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        statuses = []
        for _ in range(3):  # either worker: both drain
            with httpx.Client() as fresh:
                statuses.append(
                    (fresh.get(f"{url}/health/ready").status_code,
                     fresh.get(f"{url}/health/live").status_code)
                )  # fmt: skip
        code = process.wait(timeout=30)

    assert [(503, 200)] * 3 == statuses
    assert 0 == code


def test_a_request_in_flight_at_sigterm_is_answered_before_the_exit() -> None:
    """
    Graceful stop: a POST whose body is still arriving when SIGTERM comes is answered (200, its
    MME: oxycodone 10 mg three times a day x 1.5 = 45 MME/day, CDC 2022), then the process exits.
    """
    body = (
        b'{"medications":[{"drug":"oxycodone","route":"oral","dose":10,"dose_unit":"mg",'
        b'"doses_per_day":3}]}'
    )
    head = (
        b"POST /v1/mme HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    with _serve("--grace", "10", "--read-timeout", "10") as (process, url):
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(head + body[:20])
            time.sleep(0.5)  # the request has begun: uvicorn holds it as in flight
            process.send_signal(signal.SIGTERM)
            time.sleep(0.5)
            sock.sendall(body[20:])
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        code = process.wait(timeout=30)

    assert answer.startswith(b"HTTP/1.1 200")
    assert b'"total_mme_per_day":45.0' in answer
    # One process: after its graceful stop uvicorn re-raises the signal it caught, so the exit is
    # SIGTERM's own (143 in a shell), as an orchestrator expects; not a kill after a timeout.
    assert -signal.SIGTERM == code


@pytest.mark.parametrize("stack", STACKS, ids=["auto", "h11"])
def test_a_request_still_arriving_when_the_grace_runs_out_gets_a_503_problem(
    stack: tuple[str, ...],
) -> None:
    """
    A body that never finishes arriving outlives the graceful stop: uvicorn cancels it and would
    answer 500 text/plain; the edge answers 503 problem+json (retry elsewhere) instead.
    """
    head = (
        b"POST /v1/mme HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 200\r\nX-Request-ID: stopped-1\r\n\r\n"
    )
    with _serve("--drain", "0", "--grace", "1", "--read-timeout", "30", *stack) as (process, url):
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
            sock.sendall(head + b'{"medications":[')  # the rest never comes
            time.sleep(0.5)
            process.send_signal(signal.SIGTERM)
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        process.wait(timeout=30)

    status, _, rest = answer.partition(b"\r\n")
    headers, _, body = rest.partition(b"\r\n\r\n")
    assert status == b"HTTP/1.1 503 Service Unavailable"
    assert b"content-type: application/problem+json" in headers.lower()
    assert b"x-request-id: stopped-1" in headers.lower()
    assert json.loads(body)["code"] == "service.draining"


def test_two_workers_share_one_rate_limit_and_one_set_of_metrics() -> None:
    """Two workers doubled the limit, and the remaining count jumped between them."""
    env = {"OPIOID_CALC_RATE_LIMIT": "6/minute"}
    with _serve("--workers", "2", env=env) as (_, url):
        answers = []
        for _ in range(10):
            with httpx.Client() as fresh:  # a new connection: either worker may take it
                answers.append(fresh.get(f"{url}/v1/drugs"))
        metrics = httpx.get(f"{url}/metrics").text

    assert [200] * 6 + [429] * 4 == [a.status_code for a in answers]
    assert ["5", "4", "3", "2", "1", "0"] == [a.headers["ratelimit-remaining"] for a in answers[:6]]
    assert 'opioid_calc_requests_total{operation="list_drugs",status="200"} 6.0' in metrics
    assert 'opioid_calc_refusals_total{code="rate_limited"} 4.0' in metrics


def test_an_unknown_variable_stops_serve() -> None:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "api.cli", "serve", "--port", str(_free_port())],
        cwd=ROOT,
        env={**os.environ, "OPIOID_CALC_RATE_LIMT": "5/minute"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert 2 == result.returncode
    assert "OPIOID_CALC_RATE_LIMT" in result.stderr
    assert "OPIOID_CALC_RATE_LIMIT," in result.stderr


@pytest.mark.parametrize(
    ("installed", "chosen"),
    [
        (True, ("api.server:HttpToolsProtocol", "uvloop")),
        (False, ("api.server:H11Protocol", "asyncio")),
    ],
)
def test_serve_picks_the_c_stack_when_installed(
    monkeypatch: pytest.MonkeyPatch, installed: bool, chosen: tuple[str, str]
) -> None:
    """``auto``: httptools and uvloop when importable (the ``fast`` extra), else h11 and asyncio."""
    from api import server

    monkeypatch.setattr(server, "HAS_HTTPTOOLS", installed)
    monkeypatch.setattr(server, "HAS_UVLOOP", installed)
    assert (server.http_protocol("auto"), server.event_loop("auto")) == chosen
    assert server.http_protocol("h11") == "api.server:H11Protocol"
    assert server.http_protocol("httptools") == "api.server:HttpToolsProtocol"
    assert (server.event_loop("asyncio"), server.event_loop("uvloop")) == ("asyncio", "uvloop")
