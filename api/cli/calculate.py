"""
One subcommand per calculation: ``opioid-calc mme``, ``rotation``, ``taper``, ``oih-plan``,
``renal``, ``period-mme``, ``ketamine``, ``clonidine``, ``gabapentin``, ``pregabalin``,
``naltrexone``. Each reads the JSON request of its POST operation (openapi.json) from a file or
from standard input (``-``, the default), or builds it from flags for the common cases
(``--med oxycodone,oral,10,mg,3`` or ``--med oxycodone,oral,40,mg,2,extended`` repeated;
``--to methadone,oral``; ``--start-date`` for tapers and OIH plans; ``--table ID``), and prints
the result's summary lines, or with ``--json`` the same JSON body the API answers.

It calls calc directly (api/operations.py: the API's own decoding, checks and conversions) and
refuses what the API refuses. Exit status: 0 answered; 2 bad command line; 3 the request is not
valid (the API's 400); 4 a clinical or reference rule refuses it (the API's 422).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import msgspec
from litestar.exceptions import ValidationException

from api.operations import run as run_operation
from api.problems import RequestProblem
from calc import (
    CalcError,
)
from tables.loader import load_reference


__all__ = ["COMMANDS", "EXIT_INVALID", "EXIT_REFUSED", "register"]

EXIT_INVALID = 3
EXIT_REFUSED = 4
# subcommand -> (operation id, the body's list of medications, help)
COMMANDS = {
    "mme": ("calculate_mme", "medications", "MME/day of a regimen"),
    "rotation": ("plan_rotation", "from", "rotate a regimen to another opioid"),
    "taper": ("plan_taper", "medications", "a dated taper schedule"),
    "oih-plan": ("plan_oih", "medications", "OIH strategies side by side"),
    "renal": ("estimate_creatinine_clearance", None, "Cockcroft-Gault creatinine clearance"),
    "period-mme": ("calculate_period_mme", None, "MME over a period of prescriptions"),
    "ketamine": ("dose_ketamine", None, "a low-dose ketamine infusion"),
    "clonidine": ("dose_clonidine", None, "clonidine dosing"),
    "gabapentin": ("dose_gabapentin", None, "gabapentin dosing and titration"),
    "pregabalin": ("dose_pregabalin", None, "pregabalin dosing"),
    "naltrexone": ("dose_naltrexone", None, "low-dose naltrexone"),
}
_MED_FIELDS = ("drug", "route", "dose", "dose_unit", "doses_per_day", "release")
_MED_METAVAR = "DRUG,ROUTE,DOSE,UNIT,PER_DAY[,RELEASE]"
_DATED = frozenset({"taper", "oih-plan"})  # their bodies need a start_date


def register(subparsers: Any) -> None:
    for name, (operation_id, meds, text) in COMMANDS.items():
        p = subparsers.add_parser(
            name,
            help=f"{text} (POST {operation_id}, no HTTP)",
            description=f"{text}: the JSON body of operation {operation_id} (openapi.json) "
            "from FILE or standard input; prints the summary lines, or the result with --json.",
        )
        p.add_argument("request", nargs="?", default=None, help="JSON request file, or - (stdin)")
        p.add_argument("--json", action="store_true", help="print the JSON result")
        p.add_argument("--table", help="the table to use (GET /v1/tables)")
        if meds is not None:
            p.add_argument(
                "--med",
                action="append",
                default=[],
                metavar=_MED_METAVAR,
                help="a medication line, e.g. oxycodone,oral,10,mg,3 or "
                "oxycodone,oral,40,mg,2,extended (repeat for more)",
            )
        if name in _DATED:
            p.add_argument("--start-date", metavar="YYYY-MM-DD", help="the plan's first day")
        if name == "rotation":
            p.add_argument("--to", metavar="DRUG,ROUTE[,RELEASE]", help="the target opioid")
        p.set_defaults(run=run, operation_id=operation_id, meds=meds)


def _number(med: str, name: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        msg = f"--med {med!r}: {name} must be a number, got {text!r}"
        raise ValueError(msg) from None
    return int(value) if value.is_integer() else value


def _from_flags(args: argparse.Namespace) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if getattr(args, "med", None):
        lines = []
        for med in args.med:
            parts = [p.strip() for p in med.split(",")]
            if len(parts) not in {len(_MED_FIELDS) - 1, len(_MED_FIELDS)}:
                msg = f"--med {med!r}: expected {_MED_METAVAR}"
                raise ValueError(msg)
            line: dict[str, Any] = dict(zip(_MED_FIELDS, parts, strict=False))
            line["dose"] = _number(med, "DOSE", line["dose"])
            line["doses_per_day"] = _number(med, "PER_DAY", line["doses_per_day"])
            lines.append(line)
        body[args.meds] = lines
    if getattr(args, "to", None):
        drug, route, *release = [p.strip() for p in args.to.split(",")]
        body["to"] = {"drug": drug, "route": route, **({"release": release[0]} if release else {})}
    if getattr(args, "start_date", None):
        body["start_date"] = args.start_date
    if args.table:
        body["table"] = args.table
    return body


def _read(args: argparse.Namespace) -> bytes:
    flags = _from_flags(args)
    if args.request is None and flags:
        return msgspec.json.encode(flags)
    if args.request in {None, "-"}:
        raw = sys.stdin.buffer.read()
    else:
        with open(args.request, "rb") as file:  # noqa: PTH123
            raw = file.read()
    if flags:  # flags complete or override the file's fields
        body = msgspec.json.decode(raw)
        if isinstance(body, dict):
            return msgspec.json.encode({**body, **flags})
    return raw


def _refusal(kind: str, field: str | None, message: str) -> None:
    where = f" {field}:" if field and not message.startswith(f"{field}:") else ""
    print(f"opioid-calc: {kind}:{where} {message}", file=sys.stderr)  # noqa: T201


def run(args: argparse.Namespace) -> int:
    try:
        raw = _read(args)
    except (OSError, ValueError, msgspec.DecodeError) as exc:
        _refusal("bad input", None, str(exc))
        return 2
    reference = load_reference()
    try:
        result = run_operation(args.operation_id, raw, reference)
    except RequestProblem as exc:
        _refusal("invalid request", exc.field, exc.detail)
        return EXIT_INVALID
    except ValidationException as exc:
        extra = exc.extra[0] if isinstance(exc.extra, list) and exc.extra else {}
        field = extra.get("key") if isinstance(extra, dict) else None
        message = extra.get("message", exc.detail) if isinstance(extra, dict) else exc.detail
        _refusal("invalid request", field or None, str(message))
        return EXIT_INVALID
    except CalcError as exc:
        _refusal(f"refused ({exc.code})", exc.field, f"{exc.detail} (expected {exc.expected})")
        return EXIT_REFUSED
    if args.json:
        sys.stdout.write(msgspec.json.encode(result).decode() + "\n")
    else:
        for line in getattr(result, "summary", []):
            sys.stdout.write(f"{line}\n")
        sys.stdout.write(f"calculation_id {getattr(result, 'calculation_id', '')}\n")
    return 0
