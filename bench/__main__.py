"""
``python -m bench`` (``make bench``): run the core and API benchmarks and write the results into
README.md between the ``bench:...:begin``/``end`` markers.  Not timed tests: nothing fails on a
slow machine; the targets are printed beside the measurements.

Options: ``--core``, ``--api`` or ``--period`` for one part (the other parts of the README
section are kept),
``--quick`` for short runs, ``--print`` to leave README.md alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from pathlib import Path

from bench import api, core, instructions, period


README = Path(__file__).resolve().parent.parent / "README.md"
RATIO_TARGET = 0.8
STARTUP_TARGET_S = 1.0
RSS_TARGET_MB = 100.0

CORE_INTRO = (
    "`calc/` with `Decimal` and the full result (lines, flags, warnings, trace) beside the same "
    "formula in naive `float` (no trace, no warnings, no exact rounding). GC enabled; median of "
    "9 repeats of at least 0.2 s each."
)
API_INTRO = (
    "Load from `python -m bench.loadgen` in a separate process (keep-alive HTTP/1.1), server and "
    "load generator pinned to different cores. Each row: interleaved slices of the operation and "
    "of `POST /bench/trivial` (same body, decoded, constant reply: the framework's ceiling for a "
    "JSON POST; same app, same run); the ratio is the median of the per-slice ratios (range in "
    "brackets). Access log on, as in production."
)


def _cpu() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def _core_row(r: core.CoreResult) -> str:
    target = "" if r.case.target_us is None else f"<= {r.case.target_us:g} us"
    if r.exact is None:
        return f"| {r.case.name} | not on this branch | {r.naive.median_us:.2f} | | {target} |"
    if r.case.target_us is not None:
        target += f": {_verdict(r.exact.median_us <= r.case.target_us)}"
    cost = r.exact.median_us / r.naive.median_us
    return (
        f"| {r.case.name} | {r.exact.median_us:.1f} | {r.naive.median_us:.2f} | "
        f"x{cost:.0f} | {target} |"
    )


def _core_section(results: list[core.CoreResult]) -> str:
    head = [
        "### Core: median microseconds per call",
        "",
        CORE_INTRO,
        "",
        "| Calculation | exact (calc/) | naive float | cost of exactness | target |",
        "|---|---:|---:|---:|---|",
    ]
    return "\n".join(head + [_core_row(r) for r in results])


def _api_rows(result: api.ApiResult) -> list[str]:
    rows = []
    for row in result.rows:
        spread = f"{min(row.ratios):.2f}-{max(row.ratios):.2f}"
        rows.append(
            f"| `{row.name}` | {row.concurrency} | {row.operation.rps:,.0f} | "
            f"{row.operation.p50_ms:.2f} | {row.operation.p99_ms:.2f} | "
            f"{row.trivial.rps:,.0f} | {row.ratio:.2f} ({spread}) | "
            f"{_verdict(row.ratio >= RATIO_TARGET)} |"
        )
    rows += [
        f"| `GET /health/live` (no body) | {c} | {m.rps:,.0f} | {m.p50_ms:.2f} | "
        f"{m.p99_ms:.2f} | | | |"
        for c, m in result.health
    ]
    return rows


def _resource_rows(result: api.ApiResult) -> list[str]:
    s = result.startup
    return [
        "| Resource | measured | target |",
        "|---|---:|---|",
        (
            "| Start-up: `import api.app` (imports and table load), fresh interpreter | "
            f"{s.import_s:.2f} s | < {STARTUP_TARGET_S:g} s: "
            f"{_verdict(s.import_s < STARTUP_TARGET_S)} |"
        ),
        f"| of which `load_reference()` | {s.load_tables_s * 1000:.0f} ms | |",
        f"| Process spawn to first 200 from `/health/ready` | {s.ready_s:.2f} s | |",
        (
            f"| RSS of the worker after warm-up | {result.rss_warm_mb:.0f} MB | "
            f"< {RSS_TARGET_MB:g} MB: {_verdict(result.rss_warm_mb < RSS_TARGET_MB)} |"
        ),
        f"| RSS after the whole run | {result.rss_end_mb:.0f} MB | |",
    ]


def _api_section(result: api.ApiResult) -> str:
    lines = [
        "### API: one uvicorn worker on loopback",
        "",
        API_INTRO,
        "",
        (
            "| Operation | concurrency | req/s | p50 ms | p99 ms | trivial req/s | ratio | "
            f"target >= {RATIO_TARGET:g} |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---|",
        *_api_rows(result),
    ]
    if result.skipped:
        names = ", ".join(f"`{s}`" for s in result.skipped)
        lines += ["", f"Not served on this branch (skipped): {names}."]
    return "\n".join([*lines, "", *_resource_rows(result)])


_EMPTY = (
    "\n## Benchmarks\n\n`make bench` (about 4 minutes) writes this section; bench/README.md "
    "says what is measured and how.\n\n"
    "<!-- bench:header:begin -->\n<!-- bench:header:end -->\n\n"
    "<!-- bench:core:begin -->\n<!-- bench:core:end -->\n\n"
    "<!-- bench:api:begin -->\n<!-- bench:api:end -->\n\n"
    "<!-- bench:period:begin -->\n<!-- bench:period:end -->\n"
)


def _write(sections: dict[str, str]) -> None:
    text = README.read_text(encoding="utf-8")
    if "<!-- bench:core:begin -->" not in text:
        text += _EMPTY
    if "<!-- bench:instructions:begin -->" not in text:
        text = text.replace(
            "<!-- bench:api:end -->",
            "<!-- bench:api:end -->\n\n<!-- bench:instructions:begin -->\n"
            "<!-- bench:instructions:end -->",
        )
    if "<!-- bench:period:begin -->" not in text:
        text = text.replace(
            "<!-- bench:api:end -->",
            "<!-- bench:api:end -->\n\n<!-- bench:period:begin -->\n<!-- bench:period:end -->",
        )
    for part, content in sections.items():
        begin, end = f"<!-- bench:{part}:begin -->\n", f"<!-- bench:{part}:end -->"
        head, _, rest = text.partition(begin)
        _, _, tail = rest.partition(end)
        text = head + begin + content + "\n" + end + tail
    README.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--core", action="store_true", help="core benchmarks only")
    parser.add_argument("--api", action="store_true", help="API benchmarks only")
    parser.add_argument("--period", action="store_true", help="period MME (batch) only")
    parser.add_argument(
        "--instructions", action="store_true", help="instructions per request (callgrind) only"
    )
    parser.add_argument("--quick", action="store_true", help="short runs (numbers are rougher)")
    parser.add_argument("--print", action="store_true", help="print, do not write README.md")
    args = parser.parse_args()
    both = not (args.core or args.api or args.period or args.instructions)
    load_before = os.getloadavg()[0]
    sections: dict[str, str] = {}
    if args.core or both:
        sections["core"] = _core_section(core.run(repeat=3 if args.quick else 9))
        print(sections["core"], end="\n\n", flush=True)
    if args.api or both:
        result = api.run(seconds=1.0, warmup=0.3, rounds=2) if args.quick else api.run()
        sections["api"] = _api_section(result)
        print(sections["api"], flush=True)
    if args.instructions or both:
        counts, core_one = instructions.run(n=50 if args.quick else 200)
        sections["instructions"] = (
            "### Instructions per request: h11 + asyncio against httptools + uvloop\n\n"
            "One worker under callgrind, access log on (bench/instructions.py); ratio = "
            "httptools + uvloop / h11 + asyncio.\n\n" + instructions.section(counts, core_one)
        )
        print(sections["instructions"], flush=True)
    if args.period or both:
        quick = {"rows": 100_000, "loop_rows": 20_000, "http_rows": 20_000, "repeat": 1}
        sections["period"] = period.section(period.run(**quick) if args.quick else period.run())
        print(sections["period"], flush=True)
    sections["header"] = (
        f"Last run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {_cpu()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}; load average "
        f"{load_before:.2f} before, {os.getloadavg()[0]:.2f} after (other work on the machine "
        "makes the numbers noisier)."
    )
    if not args.print:
        _write(sections)
        print(f"\nwrote {README.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
