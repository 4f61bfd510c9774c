"""
Morphine milligram equivalents of a regimen.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.alerts import context_alerts, mme_alerts
from calc.models import Medication, Patient
from calc.reference import FactorTable, Reference
from calc.results import Alert, TableRef, TraceStep
from calc.units import daily_amount


__all__ = ["Flag", "MMELine", "MMEResult", "calculate_mme", "convert_lines"]


@attrs.frozen
class MMELine:
    """One converted regimen line."""

    drug: str
    route: str
    release: str | None
    daily_dose: Decimal
    daily_dose_unit: str
    conversion_factor: Decimal
    factor_source: str
    mme_per_day: Decimal


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


_FLAGS = (("mme.at_or_above_50", "mme_caution"), ("mme.at_or_above_90", "mme_high"))


def convert_lines(
    table: FactorTable, medications: Sequence[Medication], field: str
) -> tuple[tuple[MMELine, ...], Decimal, list[TraceStep]]:
    """Convert each line to oral morphine mg/day with ``table``; exact totals, traced."""
    lines: list[MMELine] = []
    trace: list[TraceStep] = []
    total = Decimal(0)
    for i, med in enumerate(medications):
        at = f"{field}[{i}]"
        row = table.lookup(med.drug, med.route, at)
        amount = daily_amount(med, row.unit, at)
        factor, factor_source = row.factor_at(amount)
        mme = amount * factor
        total += mme
        unit = row.unit if row.unit == "mcg/h" else f"{row.unit}/day"
        # Positional arguments: this loop is the hot path of every MME and rotation request.
        lines.append(
            MMELine(med.drug, med.route, med.release, amount, unit, factor, factor_source, mme)
        )
        trace.append(
            TraceStep(
                f"{at}: {med.drug} {med.route} {amount.normalize():f} {unit} "
                f"({'patch rate' if unit == 'mcg/h' else 'dose x doses per day'}) "
                f"x {factor!s} ({table.ref.id}) = oral morphine mg/day",
                mme,
                "mg/day",
                factor_source,
            )
        )
    trace.append(TraceStep("sum of the lines", total, "mg/day", "CDC22"))
    return tuple(lines), total, trace


def calculate_mme(
    reference: Reference,
    medications: Sequence[Medication],
    table_id: str | None = None,
    patient: Patient | None = None,
) -> MMEResult:
    """MME/day of a regimen with the selected MME table (default CDC 2022)."""
    table = reference.mme_table(table_id)
    lines, total, trace = convert_lines(table, medications, "medications")
    thresholds = reference.thresholds
    values = thresholds.values
    flags = tuple(
        [
            Flag(code, values[name].value, total >= values[name].value, values[name].source)
            for code, name in _FLAGS
        ]
    )
    drugs = tuple([m.drug for m in medications])
    warnings = mme_alerts(total, thresholds) + context_alerts(reference, patient, drugs)
    return MMEResult(total, lines, flags, tuple(warnings), tuple(trace), table.ref)
