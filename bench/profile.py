"""
``python -m bench.profile [OPERATION_ID]`` (``make profile OP=...``): where the time of one request
goes, in-process through the ASGI app (no network, no server), profiled with pyinstrument.

Default operation: calculate_mme, with its example body from bench/workload.py.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import TYPE_CHECKING, Any

from pyinstrument import Profiler

from api.app import create_app
from api.config import Settings
from bench.workload import OPERATIONS


if TYPE_CHECKING:
    from litestar import Litestar


async def _call(app: Litestar, method: str, path: str, body: bytes | None) -> int:
    headers = [(b"host", b"127.0.0.1")]
    if body is not None:
        headers += [(b"content-type", b"application/json")]
        headers += [(b"content-length", str(len(body)).encode())]
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body or b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)  # type: ignore[arg-type]
    return status


async def _loop(app: Litestar, method: str, path: str, body: bytes | None, n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        status = await _call(app, method, path, body)
        if status != 200:
            msg = f"{method} {path}: {status}"
            raise RuntimeError(msg)
    return (time.perf_counter() - start) / n


def main() -> None:
    wanted = sys.argv[1] if len(sys.argv) > 1 else "calculate_mme"
    op = next(o for o in OPERATIONS if o.operation_id == wanted)
    body = None if op.example is None else json.dumps(op.example).encode()
    app = create_app(settings=Settings(access_log=False))
    asyncio.run(_loop(app, op.method, op.path, body, 500))  # warm-up
    profiler = Profiler(interval=0.0001)
    profiler.start()
    per_call = asyncio.run(_loop(app, op.method, op.path, body, 20_000))
    profiler.stop()
    print(profiler.output_text(unicode=False, color=False, show_all=False))
    print(f"{op.method} {op.path}: {per_call * 1e6:.1f} us per request in-process (profiled)")


if __name__ == "__main__":
    main()
