"""
``opioid-calc keys new ID``: a new random API key (32 bytes, URL-safe base64) for the client
named ID, and the ``ID:sha256hex`` entry for ``OPIOID_CALC_API_KEYS`` or its file. The service
keeps only the digest; the key is shown once.
"""

from __future__ import annotations

import re
import secrets
import sys
from typing import TYPE_CHECKING, Any

from api.guards import digest


if TYPE_CHECKING:
    import argparse


__all__ = ["register"]

_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("keys", help="make API keys", description=__doc__)
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    new = actions.add_parser("new", help="a new key and its entry", description=__doc__)
    new.add_argument("id", help="the client's key id (letters, digits, . _ -), as logged")
    new.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not _ID.match(args.id):
        message = f"opioid-calc keys: {args.id!r} is not a key id (letters, digits, . _ -)"
        print(message, file=sys.stderr)  # noqa: T201
        return 2
    key = secrets.token_urlsafe(32)
    print(f"key (give it to the client; shown once): {key}")  # noqa: T201
    print(f"entry (OPIOID_CALC_API_KEYS or its file): {args.id}:{digest(key)}")  # noqa: T201
    return 0
