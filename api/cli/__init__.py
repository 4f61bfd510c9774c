"""
``opioid-calc``: the command line. Each subcommand is a module of this package with a
``register(subparsers)`` that adds its parser and sets ``run`` (``args -> exit status``);
add one to ``SUBCOMMANDS`` (for example ``serve``, or one per calculation).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from api.cli import batch, calculate, keys, serve, tables


__all__ = ["SUBCOMMANDS", "main"]

SUBCOMMANDS = (serve, calculate, batch, tables, keys)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="opioid-calc",
        description="Deterministic opioid MME calculator: cited tables, exact arithmetic.",
    )
    subparsers = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    status: int = args.run(args)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
