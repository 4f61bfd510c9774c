"""
A small HTTP/1.1 load generator on asyncio streams: keep-alive connections, Content-Length
framing, reconnect when the server closes.  Loopback only (it refuses any other host).

Two uses:

- ``fetch_all``: send each request exactly once over ``concurrency`` connections and return every
  reply (the load test in tests/api/test_load.py checks them one by one).
- ``hammer``: repeat one request for a fixed time and report requests per second and latency
  percentiles.  ``python -m bench.loadgen`` runs it as a separate process for bench/api.py and
  prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import attrs


if TYPE_CHECKING:
    from collections.abc import Sequence


__all__ = ["LOOPBACK", "Reply", "Stats", "build_request", "fetch_all", "hammer"]

LOOPBACK = "127.0.0.1"
_HEAD_MAX = 64 * 1024


class LoadgenError(RuntimeError):
    """The server answered something this client does not understand."""


@attrs.frozen
class Reply:
    status: int
    content_type: str
    body: bytes
    latency_s: float


@attrs.frozen
class Stats:
    """Measured over the timed window only (after warm-up)."""

    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    statuses: dict[int, int]


def build_request(
    method: str,
    path: str,
    body: bytes | None = None,
    host: str = LOOPBACK,
    content_type: str = "application/json",
) -> bytes:
    """One HTTP/1.1 request with a body (JSON unless told) when given, and keep-alive."""
    head = [f"{method} {path} HTTP/1.1", f"Host: {host}"]
    if body is not None:
        head += [f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + (body or b"")


class _Connection:
    def __init__(self, host: str, port: int) -> None:
        if host != LOOPBACK:
            msg = f"load is only generated against {LOOPBACK}, not {host}"
            raise ValueError(msg)
        self.host = host
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(
                self.host, self.port, limit=_HEAD_MAX
            )
        return self.reader, self.writer

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with suppress(ConnectionError, OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def roundtrip(self, raw: bytes) -> Reply:
        """Send one request; a connection the server closed is reopened once and retried."""
        for attempt in (1, 2):
            reader, writer = await self._open()
            start = time.perf_counter()
            try:
                writer.write(raw)
                reply = await self._read(reader, start)
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt == 2:
                    raise
                continue
            return reply
        raise AssertionError  # pragma: no cover  (the loop returns or raises)

    async def _read(self, reader: asyncio.StreamReader, start: float) -> Reply:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        if "content-length" not in headers:
            msg = f"no Content-Length in the reply to a request (status {status})"
            raise LoadgenError(msg)
        body = await reader.readexactly(int(headers["content-length"]))
        latency = time.perf_counter() - start
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return Reply(status, headers.get("content-type", ""), body, latency)


async def fetch_all(
    port: int, requests: Sequence[bytes], concurrency: int, host: str = LOOPBACK
) -> list[Reply]:
    """Send every request once over ``concurrency`` keep-alive connections; replies in order."""
    replies: list[Reply | None] = [None] * len(requests)
    cursor = iter(range(len(requests)))

    async def worker() -> None:
        conn = _Connection(host, port)
        try:
            for i in cursor:
                replies[i] = await conn.roundtrip(requests[i])
        finally:
            await conn.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return [r for r in replies if r is not None]


async def hammer(
    port: int,
    request: bytes,
    concurrency: int,
    seconds: float,
    *,
    warmup: float = 1.0,
) -> Stats:
    """Repeat ``request`` on ``concurrency`` connections; measure after ``warmup`` seconds."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    begin = time.perf_counter()
    t0 = begin + warmup
    t1 = t0 + seconds

    async def worker() -> None:
        conn = _Connection(LOOPBACK, port)
        try:
            while True:
                reply = await conn.roundtrip(request)
                now = time.perf_counter()
                if now >= t1:
                    return
                if now >= t0:
                    latencies.append(reply.latency_s)
                    statuses[reply.status] = statuses.get(reply.status, 0) + 1
        finally:
            await conn.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    latencies.sort()
    n = len(latencies)
    return Stats(
        requests=n,
        seconds=seconds,
        rps=n / seconds,
        p50_ms=statistics.median(latencies) * 1000 if n else float("nan"),
        p99_ms=latencies[min(n - 1, int(n * 0.99))] * 1000 if n else float("nan"),
        statuses=statuses,
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Loopback HTTP/1.1 load generator.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--method", default="GET")
    parser.add_argument("--path", required=True)
    parser.add_argument("--body-file", type=Path)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    args = parser.parse_args(argv)
    body = args.body_file.read_bytes() if args.body_file else None
    request = build_request(args.method, args.path, body)
    stats = asyncio.run(
        hammer(args.port, request, args.concurrency, args.seconds, warmup=args.warmup)
    )
    json.dump(attrs.asdict(stats), sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
