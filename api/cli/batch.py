"""
``opioid-calc batch INPUT OUTPUT``: period MME for every patient of a CSV or Parquet file of
prescriptions (one row per prescription, a ``patient_id`` column; columns named as the fields of
POST /v1/period-mme, the window as ``observation_window_start`` and ``observation_window_end``).
Writes one row per patient, with ``error``, ``error_field`` and ``error_detail`` for a patient a
rule refuses; ``--prescriptions PATH`` also writes one row per prescription. Parquet needs the
``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from api.tabular import INPUT_COLUMNS, PATIENT_COLUMNS, PRESCRIPTION_COLUMNS, Rows, period_rows
from tables.loader import load_reference


if TYPE_CHECKING:
    import pyarrow as pa


__all__ = ["read", "register", "run", "write"]

PARQUET = frozenset({".parquet", ".pq"})


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "batch",
        help="period MME of every patient in a CSV or Parquet file",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", type=Path, help="prescriptions, .csv or .parquet")
    p.add_argument("output", type=Path, help="one row per patient, .csv or .parquet")
    p.add_argument("--prescriptions", type=Path, help="also write one row per prescription here")
    p.add_argument("--table", help="MME table for rows without a table column (default nih-heal)")
    p.add_argument("--tables-dir", type=Path, help="institution tables (as OPIOID_CALC_TABLES_DIR)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


def _is_parquet(path: Path) -> bool:
    return path.suffix.lower() in PARQUET


def _pyarrow() -> Any:
    try:
        import pyarrow.parquet as pq  # noqa: PLC0415  (optional extra)
    except ImportError as exc:  # pragma: no cover  (the test extra installs pyarrow)
        msg = "Parquet needs pyarrow: pip install 'opioid-calc[parquet]'"
        raise SystemExit(msg) from exc
    return pq


def read(path: Path) -> list[dict[str, Any]]:
    """The rows of a CSV (text cells) or Parquet file (typed cells)."""
    if _is_parquet(path):
        return list(_pyarrow().read_table(path).to_pylist())
    with path.open(newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def _arrow_schema(columns: tuple[tuple[str, str], ...]) -> pa.Schema:
    import pyarrow as pa  # noqa: PLC0415  (optional extra)

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "date": pa.date32(), "bool": pa.bool_()}  # fmt: skip
    return pa.schema([(name, types[kind]) for name, kind in columns])


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write(path: Path, rows: Rows, columns: tuple[tuple[str, str], ...]) -> None:
    names = [name for name, _ in columns]
    if _is_parquet(path):
        pq = _pyarrow()
        import pyarrow as pa  # noqa: PLC0415  (optional extra)

        table = pa.Table.from_pylist(rows, schema=_arrow_schema(columns))
        pq.write_table(table, path)
        return
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: _csv_cell(v) for k, v in row.items()} for row in rows)


def run(args: argparse.Namespace) -> int:
    reference = load_reference(extra_dir=args.tables_dir)
    rows = read(args.input)
    unknown = sorted(set(rows[0]) - set(INPUT_COLUMNS)) if rows else []
    if unknown:
        sys.stderr.write(f"ignoring unknown columns: {', '.join(unknown)}\n")
    patients = len({r.get("patient_id") for r in rows})
    enabled = not args.no_progress and sys.stderr.isatty()
    with tqdm(total=patients, unit="patient", disable=not enabled, file=sys.stderr) as bar:
        out, per_rx = period_rows(
            reference, rows, args.table, args.prescriptions is not None, bar.update
        )
    write(args.output, out, PATIENT_COLUMNS)
    if args.prescriptions is not None:
        write(args.prescriptions, per_rx, PRESCRIPTION_COLUMNS)
    refused = sum(1 for r in out if r["error"] is not None)
    sys.stderr.write(f"{len(out)} patients, {refused} refused (see the error column)\n")
    return 0
