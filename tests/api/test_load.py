"""
Mixed load over loopback (issue 5): 20,000 requests at concurrency 64 against one uvicorn worker
in a child process, 20% of them invalid.  Zero 5xx; every invalid request gets a documented 4xx
problem; every valid response is byte-identical to the same request answered in-process.

The workload (valid and damaged requests per operation) is bench/workload.py; an operation the
app serves without an entry there fails ``test_every_operation_has_a_workload``.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from typing import TYPE_CHECKING, Any

import msgspec
from litestar.testing import TestClient

from api.app import create_app
from api.config import Settings
from api.schemas.common import Problem
from bench.loadgen import Reply, build_request, fetch_all
from bench.server import running_server
from bench.workload import INVALID_KINDS, OPERATIONS, Invalid, Operation, Request, invalid_request
from tables.loader import load_reference


if TYPE_CHECKING:
    from pathlib import Path


TOTAL = 20_000
CONCURRENCY = 64
INVALID_SHARE = 0.2
VALID_POOL = 600  # distinct valid requests; the load repeats them
TIME_LIMIT_S = 120.0
SEED = 20261123


def _schema() -> dict[str, Any]:
    app = create_app(settings=Settings(access_log=False))
    schema: dict[str, Any] = app.openapi_schema.to_schema()
    return schema


def _documented(schema: dict[str, Any]) -> dict[str, set[int]]:
    """operation id -> documented statuses."""
    out: dict[str, set[int]] = {}
    for item in schema["paths"].values():
        for op in item.values():
            out[op["operationId"]] = {int(s) for s in op["responses"]}
    return out


def test_every_operation_has_a_workload() -> None:
    served = set(_documented(_schema()))
    covered = {op.operation_id for op in OPERATIONS}
    assert served - covered == set(), "add an Operation(...) entry to bench/workload.py"


def _plan(ops: list[Operation]) -> tuple[list[Request], list[Invalid | None]]:
    """TOTAL requests in a shuffled order: valid ones drawn from a pool, invalid ones derived."""
    reference = load_reference()
    rng = random.Random(SEED)  # noqa: S311  (a reproducible workload, not a secret)
    pool = [op.valid(rng, reference) for op in ops for _ in range(VALID_POOL // len(ops))]
    pool += [op.valid(rng, reference) for op in ops if op.method == "POST" for _ in range(200)]
    damageable = [
        op
        for op in ops
        if not op.foreign and ((op.method == "POST" and not op.line_errors) or "{" in op.path)
    ]
    n_invalid = int(TOTAL * INVALID_SHARE)
    invalid = [
        invalid_request(rng, damageable[i % len(damageable)], INVALID_KINDS[i % len(INVALID_KINDS)])
        for i in range(n_invalid)
    ]
    plan: list[tuple[Request, Invalid | None]] = [
        (rng.choice(pool), None) for _ in range(TOTAL - n_invalid)
    ]
    plan += [(bad.request, bad) for bad in invalid]
    rng.shuffle(plan)
    return [r for r, _ in plan], [bad for _, bad in plan]


def _in_process(requests: set[Request]) -> dict[Request, tuple[int, bytes]]:
    app = create_app(settings=Settings(access_log=False))
    out: dict[Request, tuple[int, bytes]] = {}
    with TestClient(app, base_url="http://testserver.local") as client:
        for r in requests:
            headers = {"content-type": r.content_type} if r.body is not None else {}
            response = client.request(r.method, r.path, content=r.body, headers=headers)
            out[r] = (response.status_code, response.content)
    return out


def _check_invalid(bad: Invalid, reply: Reply, documented: set[int]) -> str | None:
    if reply.status not in bad.expected or reply.status not in documented:
        return f"{bad.kind}: got {reply.status}, expected {sorted(bad.expected)} (documented)"
    if reply.content_type != "application/problem+json":
        return f"{bad.kind}: content type {reply.content_type}"
    problem = msgspec.json.decode(reply.body, type=Problem)
    if problem.status != reply.status:
        return f"{bad.kind}: problem status {problem.status} != {reply.status}"
    return None


def _operation_of(request: Request, ops: list[Operation]) -> Operation:
    for op in ops:
        prefix = op.path.split("{", 1)[0]
        if request.method == op.method and (
            request.path == op.path or ("{" in op.path and request.path.startswith(prefix))
        ):
            return op
    raise AssertionError(request)


def test_mixed_load_over_loopback(tmp_path: Path) -> None:
    schema = _schema()
    documented = _documented(schema)
    ops = [op for op in OPERATIONS if op.operation_id in documented]
    requests, damage = _plan(ops)
    expected = _in_process({r for r, bad in zip(requests, damage, strict=True) if bad is None})
    assert {status for status, _ in expected.values()} == {200}, "the valid pool must be valid"

    log = tmp_path / "server.log"
    begin = time.perf_counter()
    with running_server(log=log) as server:
        raw = [
            build_request(r.method, r.path, r.body, content_type=r.content_type) for r in requests
        ]
        replies = asyncio.run(fetch_all(server.port, raw, CONCURRENCY))
    elapsed = time.perf_counter() - begin
    assert elapsed < TIME_LIMIT_S

    assert len(replies) == TOTAL
    statuses = Counter(r.status for r in replies)
    assert not [s for s in statuses if s >= 500], statuses
    failures: list[str] = []
    for request, bad, reply in zip(requests, damage, replies, strict=True):
        if bad is None:
            if (reply.status, reply.body) != expected[request]:
                failures.append(f"{request.method} {request.path}: differs from in-process")
        else:
            op = _operation_of(request, ops)
            problem = _check_invalid(bad, reply, documented[op.operation_id])
            if problem:
                failures.append(f"{op.operation_id} {problem}")
    assert failures == [], Counter(failures).most_common(10)
    kinds = Counter(bad.kind for bad in damage if bad is not None)
    assert set(kinds) == set(INVALID_KINDS)

    lines = [json.loads(line) for line in log.read_text().splitlines()]
    access = [e for e in lines if e.get("logger") == "opioid_calc.access"]
    assert len(access) >= TOTAL
    assert [e for e in lines if e.get("level") == "error"] == []
