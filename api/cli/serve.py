"""
``opioid-calc serve``: the API under uvicorn, as a deployment runs it.

- ``--workers N`` processes share one socket; the rate limit is counted in one SQLite file and
  the metrics in one directory, both made here unless ``OPIOID_CALC_RATE_LIMIT_STORE`` and
  ``PROMETHEUS_MULTIPROC_DIR`` name them.
- Every request must arrive within ``--read-timeout`` seconds; past ``--max-connections``
  uvicorn answers 503; idle keep-alive connections close after ``--keep-alive`` seconds.
- SIGTERM: readiness answers 503 for ``--drain`` seconds, then the server stops accepting and
  in-flight requests finish within ``--grace`` seconds.
- ``--http`` and ``--loop`` default to ``auto``: httptools and uvloop (the ``fast`` extra, C
  extensions, no Rust; ``make serve`` installs it) when installed, about half the instructions
  per request of uvicorn's pure-Python h11 and asyncio (README, Benchmarks); else h11 and asyncio.

Settings default to the ``OPIOID_CALC_*`` environment (api/config.py); flags override them.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from typing import Any

from api.config import PREFIX, ConfigError, ServeSettings, Settings


__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve the HTTP API (uvicorn)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    p.add_argument(
        "--http",
        choices=("auto", "h11", "httptools"),
        default="auto",
        help="HTTP parser (auto: httptools when installed, else h11)",
    )
    p.add_argument(
        "--loop",
        choices=("auto", "asyncio", "uvloop"),
        default="auto",
        help="event loop (auto: uvloop when installed, else asyncio)",
    )
    p.add_argument("--grace", type=int, help="seconds in-flight requests may finish (SIGTERM)")
    p.add_argument("--drain", type=int, help="seconds readiness is 503 before stopping")
    p.add_argument("--read-timeout", type=int, help="seconds a request's bytes may take")
    p.add_argument("--keep-alive", type=int, help="seconds an idle connection is kept")
    p.add_argument("--max-connections", type=int, help="connections before 503")
    p.add_argument(
        "--proxy-headers",
        metavar="TRUSTED",
        help="trust X-Forwarded-For/-Proto from these proxy addresses (comma-separated)",
    )
    p.set_defaults(run=run)


def _flags_to_env(args: argparse.Namespace) -> None:
    """Flags become the environment the workers read (spawned processes inherit it)."""
    for flag, name in (
        ("grace", "GRACE_SECONDS"),
        ("drain", "DRAIN_SECONDS"),
        ("read_timeout", "READ_TIMEOUT_SECONDS"),
        ("keep_alive", "KEEP_ALIVE_SECONDS"),
        ("max_connections", "MAX_CONNECTIONS"),
    ):
        value = getattr(args, flag)
        if value is not None:
            os.environ[PREFIX + name] = str(value)


def _shared_state(workers: int) -> None:
    """Several workers: one rate-limit file and one metrics directory for all of them."""
    if workers < 2:
        return
    shared = tempfile.mkdtemp(prefix="opioid-calc-")
    os.environ.setdefault(PREFIX + "RATE_LIMIT_STORE", os.path.join(shared, "rate-limit.sqlite3"))  # noqa: PTH118
    metrics = os.path.join(shared, "metrics")  # noqa: PTH118
    os.makedirs(metrics, exist_ok=True)  # noqa: PTH103
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", metrics)


def run(args: argparse.Namespace) -> int:
    import uvicorn  # noqa: PLC0415  (only this subcommand needs the server)

    _flags_to_env(args)
    try:
        serve = ServeSettings.from_env()
        Settings.from_env()  # refuse a bad or unknown variable before any worker starts
    except ConfigError as exc:
        print(f"opioid-calc serve: {exc}", file=__import__("sys").stderr)
        return 2
    _shared_state(args.workers)
    from api.server import event_loop, http_protocol  # noqa: PLC0415  (reads the env set above)

    uvicorn.run(
        "api.app:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        http=http_protocol(args.http),
        loop=event_loop(args.loop),
        timeout_graceful_shutdown=serve.grace_seconds,
        timeout_keep_alive=serve.keep_alive_seconds,
        limit_concurrency=serve.max_connections,
        proxy_headers=args.proxy_headers is not None,
        forwarded_allow_ips=args.proxy_headers,
        server_header=False,
        access_log=False,  # the app writes its own JSON access line (api/edge.py)
        log_level="warning",
    )
    return 0
