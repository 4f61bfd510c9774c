"""
Pieces shared by the adjunct calculations: practical regimens built from strengths, the table's
standing advice as warnings, range refusals, and table provenance lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from calc.errors import CITED_RANGE, EXPECTED_GOT, in_range
from calc.results import Alert, number
from calc.rounding import dose_down


if TYPE_CHECKING:
    from decimal import Decimal

    from calc.kinds.adjunct import AdjunctTable, Strengths
    from calc.results import TableRef


__all__ = [
    "Regimen",
    "TitrationDay",
    "advice_alerts",
    "best_regimen",
    "build_regimen",
    "refuse_outside",
    "unique_refs",
]


@attrs.frozen
class Regimen:
    """
    A practical daily regimen.

    Attributes:
        doses_per_day: administrations per day.
        dose_mg: amount per administration, rounded down to what the strengths make; ``None``
            when that is below the smallest strength (never reported as 0).
        daily_mg: ``dose_mg`` x ``doses_per_day`` (``None`` with ``dose_mg``).
        units: the strength units one administration is made of (empty when not built from
            strengths).
    """

    doses_per_day: int
    dose_mg: Decimal | None
    daily_mg: Decimal | None
    units: tuple[Decimal, ...] = ()


@attrs.frozen
class TitrationDay:
    """
    A titration level: from ``day`` (day 1 is the first day) until the next level's day, the
    day's target and the practical regimen for it.
    """

    day: int
    target_mg_per_day: Decimal
    regimen: Regimen


def build_regimen(daily_mg: Decimal, doses_per_day: int, strengths: Strengths) -> Regimen:
    """``daily_mg`` divided into ``doses_per_day`` doses, each rounded down to strengths."""
    dose = strengths.floor(dose_down(daily_mg / doses_per_day))
    if dose is None:
        return Regimen(doses_per_day, None, None)
    return Regimen(doses_per_day, dose, dose * doses_per_day, strengths.compositions[dose])


def best_regimen(daily_mg: Decimal, frequencies: tuple[int, ...], strengths: Strengths) -> Regimen:
    """
    Of the allowed frequencies, the regimen whose daily total (rounded down to strengths) comes
    closest to ``daily_mg`` from below; on a tie the fewer doses a day.
    """
    options = [build_regimen(daily_mg, n, strengths) for n in frequencies]
    return max(options, key=lambda r: (r.daily_mg or 0, -r.doses_per_day))


def advice_alerts(table: AdjunctTable) -> list[Alert]:
    """The standing warnings of the table (secondary-only and UNCONFIRMED notices and the like)."""
    return [Alert(a.code, a.severity, a.message, a.source) for a in table.advice]


def refuse_outside(
    value: Decimal,
    table: AdjunctTable,
    names: tuple[str, str],
    *,
    code: str,
    field: str,
) -> Decimal:
    """``value`` when within the table's values ``names`` (low, high); otherwise a refusal."""
    v = table.values
    low_name, high_name = names
    sources = "; ".join(dict.fromkeys([*v.sources(low_name).split("; "), v.source(high_name)]))
    return in_range(
        value,
        v[low_name],
        v[high_name],
        code=code,
        field=field,
        expected=CITED_RANGE,
        detail=EXPECTED_GOT,
        unit=v.row(low_name).unit,
        why=sources,
        shown=number,
    )


def unique_refs(*refs: TableRef) -> tuple[TableRef, ...]:
    """Table references in first-use order, without repeats."""
    return tuple(dict.fromkeys(refs))
