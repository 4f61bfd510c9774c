"""
``python -m bench.serve --fd N [--app api.app:app] [--http h11|httptools] [--loop asyncio|uvloop]``:
one uvicorn worker on an inherited TCP socket.

Not ``uvicorn --fd``: uvicorn 0.54 wraps that descriptor as AF_UNIX, so asyncio never sets
TCP_NODELAY on the accepted connections and every keep-alive response waits ~40 ms for a delayed
ACK (measured: 22 requests/s at concurrency 1).
"""

from __future__ import annotations

import argparse
import socket

import uvicorn

from api.server import http_protocol


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--app", default="api.app:app")
    parser.add_argument("--http", choices=("h11", "httptools"), default="h11")
    parser.add_argument("--loop", choices=("asyncio", "uvloop"), default="asyncio")
    args = parser.parse_args()
    sock = socket.socket(fileno=args.fd)  # family and type are read from the descriptor
    config = uvicorn.Config(
        args.app,
        access_log=False,
        log_level="warning",
        backlog=2048,
        http=http_protocol(args.http),  # as `opioid-calc serve` runs it (with the read deadline)
        loop=args.loop,
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
