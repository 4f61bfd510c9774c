"""
API benchmark: one uvicorn worker (bench/serve.py) serving bench/app.py, driven over loopback by
``python -m bench.loadgen`` in a separate process, server and load generator pinned to different
cores when there are two.

For every POST operation of bench/workload.py that the app serves, at each concurrency: requests
per second and p50/p99 latency of the operation and of ``POST /bench/trivial`` with the same
body (the framework's ceiling), in interleaved rounds; the ratio is the median over rounds of
operation/trivial.  ``GET /health/live`` is measured too, as the ceiling of a request without a
body.  Also: RSS of the worker after warm-up and after the whole run, and start-up time.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs

from bench.app import TRIVIAL_PATH
from bench.server import ROOT, rss_mb, running_server
from bench.workload import OPERATIONS, Operation


__all__ = ["ApiResult", "Row", "run", "startup"]

CONCURRENCIES = (1, 16, 64)


@attrs.frozen
class Slice:
    """One load-generator run: connections, measured seconds, warm-up seconds before them."""

    concurrency: int
    seconds: float
    warmup: float


@attrs.frozen
class Measure:
    rps: float
    p50_ms: float
    p99_ms: float


@attrs.frozen
class Row:
    name: str
    concurrency: int
    operation: Measure
    trivial: Measure
    ratio: float
    ratios: tuple[float, ...]


@attrs.frozen
class Startup:
    import_s: float
    """``import api.app`` in a fresh interpreter: every import plus loading the tables."""
    load_tables_s: float
    """``load_reference()`` alone (already imported)."""
    ready_s: float
    """Spawning the worker process to its first 200 from /health/ready."""


@attrs.frozen
class ApiResult:
    rows: tuple[Row, ...]
    health: tuple[tuple[int, Measure], ...]
    rss_warm_mb: float
    rss_end_mb: float
    startup: Startup
    skipped: tuple[str, ...]
    cpus: int


def _served() -> set[str]:
    from api.app import create_app  # noqa: PLC0415  (imported late: only for the operation list)
    from api.config import Settings  # noqa: PLC0415

    schema = create_app(settings=Settings(access_log=False)).openapi_schema.to_schema()
    return {op["operationId"] for item in schema["paths"].values() for op in item.values()}


def _pin(pid: int, cpu: int) -> None:
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) >= 2:
        os.sched_setaffinity(pid, {cpus[cpu % len(cpus)]})


def _load(port: int, method: str, path: str, body: bytes | None, at: Slice) -> Measure:
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        command = [sys.executable, "-m", "bench.loadgen", "--port", str(port)]
        command += ["--method", method, "--path", path, "--concurrency", str(at.concurrency)]
        command += ["--seconds", str(at.seconds), "--warmup", str(at.warmup)]
        if body is not None:
            Path(f.name).write_bytes(body)
            command += ["--body-file", f.name]
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE)
        _pin(proc.pid, 1)
        out, _ = proc.communicate(timeout=at.seconds + at.warmup + 60)
    stats = json.loads(out)
    if set(stats["statuses"]) != {"200"}:
        msg = f"{method} {path}: statuses {stats['statuses']}"
        raise RuntimeError(msg)
    return Measure(stats["rps"], stats["p50_ms"], stats["p99_ms"])


def startup(runs: int = 5) -> Startup:
    code = (
        "import time; t = time.perf_counter(); import api.app; a = time.perf_counter() - t; "
        "from tables.loader import load_reference; t = time.perf_counter(); load_reference(); "
        "print(a, time.perf_counter() - t)"
    )
    env = {**os.environ, "OPIOID_CALC_ACCESS_LOG": "off"}
    imports, loads, ready = [], [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, check=True
        ).stdout.split()
        imports.append(float(out[0]))
        loads.append(float(out[1]))
        with running_server() as server:
            ready.append(server.started_s)
    return Startup(statistics.median(imports), statistics.median(loads), statistics.median(ready))


def _median(ms: list[Measure]) -> Measure:
    return Measure(
        statistics.median(m.rps for m in ms),
        statistics.median(m.p50_ms for m in ms),
        statistics.median(m.p99_ms for m in ms),
    )


def _paired(port: int, op: Operation, at: Slice, rounds: int) -> Row:
    """Trivial and operation slices back to back, ``rounds`` times: drift hits both alike."""
    body = json.dumps(op.example).encode()
    pairs = []
    for _ in range(rounds):
        trivial = _load(port, "POST", TRIVIAL_PATH, body, at)
        measured = _load(port, "POST", op.path, body, at)
        pairs.append((measured, trivial))
    ratios = tuple(m.rps / t.rps for m, t in pairs)
    return Row(
        name=f"{op.method} {op.path}",
        concurrency=at.concurrency,
        operation=_median([m for m, _ in pairs]),
        trivial=_median([t for _, t in pairs]),
        ratio=statistics.median(ratios),
        ratios=ratios,
    )


# The operations issue 5 asks to measure; the others are exercised by the load test
# (tests/api/test_load.py) and would multiply the run time.
MEASURED = ("calculate_mme", "plan_rotation")


def run(seconds: float = 2.0, warmup: float = 0.5, rounds: int = 5) -> ApiResult:
    served = _served()
    ops = [op for op in OPERATIONS if op.operation_id in MEASURED and op.operation_id in served]
    skipped = tuple(op for op in MEASURED if op not in {o.operation_id for o in ops})
    rows: list[Row] = []
    health: list[tuple[int, Measure]] = []
    with running_server("bench.app:app") as server:
        _pin(server.pid, 0)
        body = json.dumps(ops[0].example).encode()
        _load(server.port, "POST", ops[0].path, body, Slice(16, 2.0, 1.0))  # warm-up
        rss_warm = rss_mb(server.pid)
        for concurrency in CONCURRENCIES:
            at = Slice(concurrency, seconds, warmup)
            rows += [_paired(server.port, op, at, rounds) for op in ops]
            lives = [
                _load(server.port, "GET", "/health/live", None, at)
                for _ in range(max(1, rounds // 2))
            ]
            health.append((concurrency, _median(lives)))
        rss_end = rss_mb(server.pid)
    return ApiResult(
        rows=tuple(rows),
        health=tuple(health),
        rss_warm_mb=rss_warm,
        rss_end_mb=rss_end,
        startup=startup(),
        skipped=skipped,
        cpus=len(os.sched_getaffinity(0)),
    )
