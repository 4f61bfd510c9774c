"""
Instructions per request and per core call under callgrind (``python -m bench --instructions``).

Instruction counts do not depend on what else the machine is doing, so one run compares stacks
and endpoints fairly (bench/README.md). For each server stack, uvicorn's pure-Python h11 on
asyncio (an install without the ``fast`` extra) and httptools on uvloop (the ``fast`` extra, C
extensions, which ``make serve`` installs and serves with), one worker runs under
``valgrind --tool=callgrind`` with the access log on, as in production; after a warm-up its
counters are zeroed, ``N`` requests of one kind are sent on one keep-alive connection, and the
dump's total is divided by ``N``. The core's one-line MME is
counted the same way in a process that calls ``calculate_mme`` in a loop.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

from bench.loadgen import build_request, fetch_all
from bench.server import ROOT, running_server
from bench.workload import mme_example, oih_example


__all__ = ["STACKS", "Counts", "run"]

STACKS = (("h11", "asyncio"), ("httptools", "uvloop"))
_TOTALS = re.compile(rb"^(?:summary|totals): (\d+)", re.MULTILINE)
_VALGRIND_READY_S = 600.0


@attrs.frozen
class Counts:
    stack: str
    per_request: dict[str, int]  # endpoint -> instructions per request


def _requests() -> dict[str, bytes]:
    return {
        "GET /health/live": build_request("GET", "/health/live"),
        "POST /bench/trivial": build_request(
            "POST", "/bench/trivial", json.dumps(mme_example()).encode()
        ),
        "POST /v1/mme": build_request("POST", "/v1/mme", json.dumps(mme_example()).encode()),
        "POST /v1/oih-plans": build_request(
            "POST", "/v1/oih-plans", json.dumps(oih_example()).encode()
        ),
    }


def _dump_total(pid: int, out: Path) -> int:
    """Dump the counters since the last zeroing; the instructions they hold."""
    before = set(out.parent.glob(out.name + "*"))
    subprocess.run(["callgrind_control", "-d", str(pid)], check=True, capture_output=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = set(out.parent.glob(out.name + "*")) - before
        for path in new:
            found = _TOTALS.search(path.read_bytes())
            if found:
                return int(found.group(1))
        time.sleep(0.2)
    msg = "callgrind wrote no dump"
    raise RuntimeError(msg)


def _zero(pid: int) -> None:
    subprocess.run(["callgrind_control", "-z", str(pid)], check=True, capture_output=True)


def _serve_counts(stack: tuple[str, str], n: int, work: Path) -> Counts:
    out = work / f"callgrind.{stack[0]}"
    prefix = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-instr=no"]
    per_request: dict[str, int] = {}
    with running_server(
        "bench.app:app", stack=stack, prefix=prefix, ready_timeout_s=_VALGRIND_READY_S
    ) as server:
        for name, request in _requests().items():
            asyncio.run(fetch_all(server.port, [request] * 20, 1))  # warm-up
            _zero(server.pid)
            replies = asyncio.run(fetch_all(server.port, [request] * n, 1))
            assert all(r.status == 200 for r in replies), name  # noqa: S101
            per_request[name] = _dump_total(server.pid, out) // n
    return Counts(stack=f"{stack[0]} + {stack[1]}", per_request=per_request)


_CORE_SCRIPT = """
import sys
from decimal import Decimal
from calc import Medication, calculate_mme
from tables.loader import load_reference
reference = load_reference()
# oxycodone ER 10 mg twice a day (bench/workload.py's first line)
lines = (Medication("oxycodone", "oral", Decimal("10"), "mg", "extended", Decimal("2")),)
for _ in range(50):
    calculate_mme(reference, lines)
print("ready", flush=True)
sys.stdin.readline()
for _ in range({n}):
    calculate_mme(reference, lines)
print("done", flush=True)
sys.stdin.readline()
"""


def core_one_line(n: int, work: Path) -> int:
    """Instructions of one ``calculate_mme`` call on a one-line regimen."""
    out = work / "callgrind.core"
    script = _CORE_SCRIPT.format(n=n)
    proc = subprocess.Popen(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-instr=no",
         sys.executable, "-c", script],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    assert proc.stdin is not None  # noqa: S101
    assert proc.stdout is not None  # noqa: S101
    try:
        assert proc.stdout.readline().strip() == "ready"  # noqa: S101
        _zero(proc.pid)
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "done"  # noqa: S101
        total = _dump_total(proc.pid, out)
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return total // n


def run(n: int = 200) -> tuple[list[Counts], int]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        counts = []
        for stack in STACKS:
            counts.append(_serve_counts(stack, n, work))
            print(counts[-1], file=sys.stderr, flush=True)
        return counts, core_one_line(n * 5, work)


def section(counts: list[Counts], core: int) -> str:
    """Markdown: instructions per request for each stack, and the ratio between them."""
    names = list(counts[0].per_request)
    head = "| endpoint | " + " | ".join(c.stack for c in counts) + " | ratio |"
    rows = [head, "|---|" + "---:|" * (len(counts) + 1)]
    for name in names:
        values = [c.per_request[name] for c in counts]
        ratio = values[-1] / values[0]
        cells = " | ".join(f"{v / 1e6:.3f} M" for v in values)
        rows.append(f"| {name} | {cells} | {ratio:.2f} |")
    rows.append("")
    rows.append(f"Core, one-line `calculate_mme`: {core / 1e3:.0f} k instructions per call.")
    return "\n".join(rows)


if __name__ == "__main__":
    print(section(*run(n=int(sys.argv[1]) if len(sys.argv) > 1 else 200)))
