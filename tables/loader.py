"""
Reads every table file once, at start-up, and hands the parsed files to
``calc.kinds.registry.build_reference``, which validates them and builds the frozen ``Reference``
the core works with.  This is the only file I/O of the product.

Only regular files are read (a FIFO, a device or a directory named ``*.toml`` is refused, never
waited on), each at most ``MAX_FILE_BYTES``.  A file that breaks a rule of tables/README.md raises
``TableError`` naming the file and the row.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tomllib
from decimal import Decimal
from pathlib import Path

from calc.errors import TableError
from calc.kinds.registry import Document, build_bounds, build_reference, build_sources
from calc.reference import Reference


__all__ = [
    "BOUNDS_FILE",
    "ENV_VAR",
    "MAX_FILE_BYTES",
    "SOURCES_FILE",
    "TABLES_DIR",
    "load_reference",
    "read_document",
]

TABLES_DIR = Path(__file__).resolve().parent
ENV_VAR = "OPIOID_CALC_TABLES_DIR"
SOURCES_FILE = "sources.toml"
BOUNDS_FILE = "bounds.toml"
# The largest table file read (the biggest published one, rxnorm-opioids.toml, is ~185 kB).
MAX_FILE_BYTES = 2 * 1024 * 1024


def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most ``MAX_FILE_BYTES``; never blocks on a FIFO or device."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise TableError(path.name, f"cannot be read: {exc.strerror}") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise TableError(path.name, "not a regular file (a table file must be a plain file)")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise TableError(path.name, f"larger than {MAX_FILE_BYTES} bytes")
    return data


def read_document(path: Path) -> Document:
    """One TOML file, parsed with numbers as ``Decimal``, with the sha256 of its bytes."""
    data = _read_bytes(path)
    try:
        parsed = tomllib.loads(data.decode("utf-8"), parse_float=Decimal)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TableError(path.name, f"not valid TOML: {exc}") from exc
    return Document(path.name, parsed, "sha256:" + hashlib.sha256(data).hexdigest())


def load_reference(tables_dir: Path = TABLES_DIR, extra_dir: Path | None = None) -> Reference:
    """Load, validate and freeze every table; ``extra_dir`` holds institution tables."""
    if extra_dir is None and os.environ.get(ENV_VAR):
        extra_dir = Path(os.environ[ENV_VAR])
    dirs = [tables_dir] + ([extra_dir] if extra_dir is not None else [])
    for folder in dirs:
        if not folder.is_dir():
            raise TableError(str(folder), "tables folder does not exist")
    if extra_dir is not None and (extra_dir / BOUNDS_FILE).exists():
        msg = (
            f"the plausibility bounds are the product's ({BOUNDS_FILE} in tables/), not a folder's"
        )
        raise TableError(f"{extra_dir.name}/{BOUNDS_FILE}", msg)
    sources = build_sources(
        [read_document(d / SOURCES_FILE) for d in dirs if (d / SOURCES_FILE).exists()]
    )
    bounds = build_bounds(read_document(tables_dir / BOUNDS_FILE), sources)
    documents = [
        read_document(path)
        for folder in dirs
        for path in sorted(folder.glob("*.toml"))
        if path.name not in {SOURCES_FILE, BOUNDS_FILE}
    ]
    return build_reference(documents, sources, bounds)
