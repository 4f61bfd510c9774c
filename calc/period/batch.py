"""
Period MME for many patients at once: the same normalisation and arithmetic as the single call
(calc/period/engine.py), without its detail objects, trace and curve. Each table is looked up
once per batch and each drug, route, form and unit once per table; a patient whose
prescriptions a rule refuses gets that refusal as its row, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

from calc.errors import CalcError
from calc.period import engine as e
from calc.period.single import DEFAULT_TABLE
from calc.reference import Reference


__all__ = ["BatchInput", "BatchPatient", "RawRx", "period_batch"]

# One prescription as it arrives: drug, route, form, dose, dose_unit, doses_per_day,
# days_of_medication, strength, strength_unit, quantity_dispensed, days_supply, start_date.
RawRx = tuple[
    str,
    str,
    str | None,
    Decimal | None,
    str | None,
    Decimal | None,
    int | None,
    Decimal | None,
    str | None,
    Decimal | None,
    int | None,
    dt.date | None,
]


class BatchInput(NamedTuple):
    """One patient of a batch: its id, the table (None: nih-heal), prescriptions and windows."""

    patient_id: str
    table: str | None
    prescriptions: Sequence[RawRx]
    windows: e.Windows


class BatchPatient(NamedTuple):
    """One patient's numbers (and per-prescription lines on request), or the refusal."""

    patient_id: str
    numbers: e.PatientNumbers | None
    lines: list[tuple[e.Conversion, e.Line]] | None
    error: CalcError | None


def period_batch(
    reference: Reference, patients: Iterable[BatchInput], detail: bool = False
) -> Iterator[BatchPatient]:
    """Numbers bit-identical to ``calculate_period_mme`` for each patient, in input order."""
    converters: dict[str | None, e.Converter] = {}
    rx = e.rx
    patient = e.patient
    new = tuple.__new__
    for patient_id, table_id, raw, windows in patients:
        try:
            converter = converters.get(table_id)
            if converter is None:
                table = reference.mme_table(table_id or DEFAULT_TABLE)
                converter = converters[table_id] = e.Converter(table)
            rxs = [rx("prescriptions", i, *raw_rx) for i, raw_rx in enumerate(raw)]
            lines: list[tuple[e.Conversion, e.Line]] | None = [] if detail else None
            numbers = patient(converter, rxs, windows, lines)
            yield new(BatchPatient, (patient_id, numbers, lines, None))
        except CalcError as exc:
            yield BatchPatient(patient_id, None, None, exc)
