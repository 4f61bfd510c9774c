"""
``python -m tables schema``: write the table grammar as JSON Schema to tables/schema/ (one file
per kind, and sources.schema.json); ``--check`` fails when the committed files differ.

``python -m tables check FOLDER``: load the published tables plus an institution folder exactly as
the server does at start-up, and print OK or the first error (file and row).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from calc.errors import TableError
from calc.kinds.registry import KINDS, build_bounds, build_sources
from calc.kinds.schema import file_schema, sources_schema
from tables.loader import BOUNDS_FILE, SOURCES_FILE, TABLES_DIR, load_reference, read_document


SCHEMA_DIR = TABLES_DIR / "schema"


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def schemas() -> dict[str, str]:
    """File name -> JSON text of every schema, from the grammar and the published bounds."""
    sources = build_sources([read_document(TABLES_DIR / SOURCES_FILE)])
    bounds = build_bounds(read_document(TABLES_DIR / BOUNDS_FILE), sources)
    found = {f"{name}.schema.json": file_schema(kind, bounds) for name, kind in KINDS.items()}
    found["sources.schema.json"] = sources_schema()
    return {
        name: json.dumps(schema, indent=2, sort_keys=True) + "\n" for name, schema in found.items()
    }


def write_schemas(check: bool) -> int:
    wanted = schemas()
    present = {p.name for p in SCHEMA_DIR.glob("*.schema.json")}
    stale = sorted(
        name
        for name, text in wanted.items()
        if not (SCHEMA_DIR / name).exists()
        or (SCHEMA_DIR / name).read_text(encoding="utf-8") != text
    )
    stale += sorted(present - set(wanted))
    if check:
        if stale:
            _say(f"tables/schema is out of date: {', '.join(stale)}; run make table-schema")
            return 1
        _say("tables/schema is up to date")
        return 0
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name in present - set(wanted):
        (SCHEMA_DIR / name).unlink()
    for name, text in wanted.items():
        (SCHEMA_DIR / name).write_text(text, encoding="utf-8")
    _say(f"wrote {len(wanted)} schemas to {SCHEMA_DIR}")
    return 0


def check_folder(folder: Path) -> int:
    try:
        reference = load_reference(TABLES_DIR, folder)
    except TableError as exc:
        _say(f"error: {exc}")
        return 1
    _say(f"OK: {len(reference.all_refs())} tables load with {folder}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tables", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    schema = commands.add_parser("schema", help="write the JSON Schema of every table kind")
    schema.add_argument("--check", action="store_true", help="fail if tables/schema is stale")
    check = commands.add_parser("check", help="load an institution folder as the server would")
    check.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "schema":
        return write_schemas(args.check)
    return check_folder(args.folder)


if __name__ == "__main__":
    sys.exit(main())
