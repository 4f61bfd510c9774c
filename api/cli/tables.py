"""
``opioid-calc tables check DIR``: load and validate an institution's tables in DIR beside the
published ones, as the service does at start-up (``OPIOID_CALC_TABLES_DIR``), and say what is
wrong, naming the file. Exit status: 0 valid; 5 a table is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from calc import (
    TableError,
)
from tables.loader import load_reference


__all__ = ["EXIT_TABLE", "register"]

EXIT_TABLE = 5


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("tables", help="check institution tables", description=__doc__)
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate the tables in DIR", description=__doc__)
    check.add_argument("dir", type=Path, help="the folder of institution tables (*.toml)")
    check.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        reference = load_reference(extra_dir=args.dir)
    except TableError as exc:
        print(f"opioid-calc tables check: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_TABLE
    refs = reference.all_refs()
    print(f"{len(refs)} tables valid (published and {args.dir}):")  # noqa: T201
    for ref in refs:
        print(f"  {ref.id} {ref.version} {ref.checksum[:16]}")  # noqa: T201
    return 0
