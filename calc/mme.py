"""
Morphine milligram equivalents of a regimen.

``total_mme_per_day`` always means the total on the selected MME table (CDC 2022 by default): the
risk metric the thresholds are compared with.  The oral morphine basis of a rotation comes from
the equianalgesic table and has its own name (calc/rotation.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

import attrs

from calc.alerts import safety_context
from calc.errors import UnknownEntryError
from calc.models import Medication, Patient
from calc.plausibility import check_regimen
from calc.reference import Factor, FactorTable, RateFactor, Reference, chosen_factor
from calc.results import Alert, TableRef, TraceStep, ordered
from calc.units import daily_amount, is_infusion, is_rate


__all__ = [
    "Converted",
    "Flag",
    "MMELine",
    "MMEResult",
    "RegimenMME",
    "calculate_mme",
    "convert_lines",
    "regimen_mme",
]


@attrs.frozen
class MMELine:
    """One converted regimen line (an as-needed line at its prescribed maximum per day)."""

    drug: str
    route: str
    release: str | None
    daily_dose: Decimal
    daily_dose_unit: str
    conversion_factor: Decimal
    factor_source: str
    mme_per_day: Decimal
    as_needed: bool = False


@attrs.frozen
class Flag:
    """A threshold and whether the exact total reached it."""

    code: str
    threshold: Decimal
    reached: bool
    source: str


@attrs.frozen
class MMEResult:
    total_mme_per_day: Decimal
    lines: tuple[MMELine, ...]
    flags: tuple[Flag, ...]
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    table: TableRef


@attrs.frozen
class Converted:
    """Lines converted with one table: the lines, their exact total, the trace, what was left out."""

    lines: tuple[MMELine, ...]
    total: Decimal
    trace: tuple[TraceStep, ...]
    excluded: tuple[str, ...] = ()


_FLAGS = (
    ("mme.at_or_above_50", "mme_caution"),
    ("mme.at_or_above_90", "mme_high"),
    ("mme.very_high", "mme_very_high"),
)


def convert_lines(
    table: FactorTable,
    medications: Sequence[Medication],
    field: str,
    basis: bool = False,
    strict: bool = True,
    choices: Mapping[tuple[str, str], str] | None = None,
) -> Converted:
    """
    Convert each line to oral morphine mg/day with ``table``; exact totals, traced.

    ``basis``: as-needed lines at their average use where given (a rotation's conversion basis),
    else at their maximum.  ``strict``: a line the table does not cover is an error; otherwise it
    is left out of the total and named in ``excluded``.  ``choices``: a factor chosen by its
    source key for a drug and route (the row's own or a listed alternative).
    """
    lines: list[MMELine] = []
    trace: list[TraceStep] = []
    excluded: list[str] = []
    total = Decimal(0)
    for i, med in enumerate(medications):
        at = f"{field}[{i}]"
        infusion = is_infusion(med)
        try:
            row: Factor | RateFactor = (
                table.rate(med.drug, med.route, at)
                if infusion
                else table.lookup(med.drug, med.route, at)
            )
        except UnknownEntryError:
            if strict:
                raise
            excluded.append(f"{med.drug} {med.route}{' infusion' if infusion else ''}")
            continue
        amount = daily_amount(med, row.unit, at, basis)
        chosen = choices.get((med.drug, med.route)) if choices else None
        if chosen is None:
            factor, factor_source = row.factor_at(amount)
        else:
            factor, factor_source = chosen_factor(row, chosen, to=False, field="factor_choices")
        mme = amount * factor
        total += mme
        unit = row.unit if is_rate(row.unit) else f"{row.unit}/day"
        # Positional arguments: this loop is the hot path of every MME and rotation request.
        lines.append(
            MMELine(
                med.drug,
                med.route,
                med.release,
                amount,
                unit,
                factor,
                factor_source,
                mme,
                med.as_needed,
            )
        )
        how = (
            "infusion rate"
            if infusion
            else "patch rate"
            if is_rate(unit)
            else "dose x average doses per day"
            if basis and med.as_needed and med.average_doses_per_day is not None
            else "dose x maximum doses per day (as needed)"
            if med.as_needed
            else "dose x doses per day"
        )
        trace.append(
            TraceStep(
                f"{at}: {med.drug} {med.route} {amount.normalize():f} {unit} ({how}) "
                f"x {factor!s} ({table.ref.id}) = oral morphine mg/day",
                mme,
                "mg/day",
                factor_source,
            )
        )
    trace.append(TraceStep(f"sum of the lines ({table.ref.id})", total, "mg/day", table.ref.source))
    return Converted(tuple(lines), total, tuple(trace), tuple(excluded))


@attrs.frozen
class RegimenMME:
    """A regimen's total on the selected MME table, for the safety context of any operation."""

    total: Decimal
    table: TableRef
    converted: Converted
    alerts: tuple[Alert, ...]


def regimen_mme(
    reference: Reference, table_id: str | None, medications: Sequence[Medication], field: str
) -> RegimenMME:
    """
    ``total_mme_per_day`` of a regimen for operations other than ``calculate_mme``: a line the
    MME table does not cover (CDC 2022 gives buprenorphine no factor) is left out of the total
    with a warning, instead of refusing the whole calculation.
    """
    table = reference.mme_table(table_id, "mme_table")
    converted = convert_lines(table, medications, field, strict=False)
    alerts: tuple[Alert, ...] = ()
    if converted.excluded:
        alerts = (
            Alert(
                "mme.lines_not_in_table",
                "warning",
                f"The {table.ref.id} MME table gives no factor for {', '.join(converted.excluded)}; "
                "total_mme_per_day leaves it out, and the MME thresholds are compared without it "
                "(CDC 2022: buprenorphine is not compared with full-agonist thresholds).",
                "PRODUCT",
            ),
        )
    return RegimenMME(converted.total, table.ref, converted, alerts)


def calculate_mme(
    reference: Reference,
    medications: Sequence[Medication],
    table_id: str | None = None,
    patient: Patient | None = None,
) -> MMEResult:
    """MME/day of a regimen with the selected MME table (default CDC 2022)."""
    notes = check_regimen(reference.plausibility, medications, "medications")
    table = reference.mme_table(table_id)
    converted = convert_lines(table, medications, "medications")
    total = converted.total
    values = reference.thresholds.values
    flags = tuple(
        [
            Flag(code, values[name].value, total >= values[name].value, values[name].source)
            for code, name in _FLAGS
        ]
    )
    context = safety_context(reference, patient, [m.drug for m in medications], total)
    return MMEResult(
        total,
        converted.lines,
        flags,
        ordered((*context.alerts, *notes)),
        converted.trace,
        table.ref,
    )
