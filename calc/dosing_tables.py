"""
Frozen dosing tables as the core sees them: formula constants (body weight, Cockcroft-Gault) and
adjunct tables (dose ranges, strengths, renal bands, hemodialysis supplements, advice).

``tables/dosing_loader.py`` validates the TOML files and builds these objects; nothing here reads
a file.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from calc.errors import OutOfRangeError
from calc.rounding import compositions as dose_compositions
from calc.rounding import round_to_doses


if TYPE_CHECKING:
    from collections.abc import Mapping

    from calc.reference import Band, Reference
    from calc.results import TableRef


__all__ = [
    "WEIGHT_BASES",
    "AdjunctTable",
    "Advice",
    "DrugList",
    "FormulaTable",
    "Hemodialysis",
    "NamedValue",
    "NamedValues",
    "RenalDoseBand",
    "RenalDoseTable",
    "Strengths",
    "adjunct_table",
    "formula_table",
    "number",
]

WEIGHT_BASES = ("actual", "ideal", "adjusted")


def number(x: Decimal) -> str:
    """A Decimal as plain text without exponent or trailing zeros (for messages)."""
    return f"{x.normalize():f}"


@attrs.frozen
class NamedValue:
    """
    One named number of a table.

    Attributes:
        value: the number (``Decimal``).
        unit: its unit, for example ``mg/day``.
        source: source key of the number.
        also: further source keys that give the same number.
    """

    name: str
    value: Decimal
    unit: str
    source: str
    also: tuple[str, ...] = ()
    note: str | None = None


@attrs.frozen
class NamedValues:
    """Named numbers keyed by name."""

    items: Mapping[str, NamedValue] = attrs.field(eq=False)

    def __getitem__(self, name: str) -> Decimal:
        return self.items[name].value

    def row(self, name: str) -> NamedValue:
        return self.items[name]

    def source(self, name: str) -> str:
        return self.items[name].source

    def sources(self, name: str) -> str:
        """Every source key of the value, for messages: ``SRC-000; DRORACLE``."""
        row = self.items[name]
        return "; ".join((row.source, *row.also))


@attrs.frozen
class FormulaTable:
    """Constants of a formula and the input limits the product accepts for it."""

    ref: TableRef
    values: NamedValues
    default_weight_basis: str | None = None
    default_weight_basis_source: str | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen
class Strengths:
    """Unit strengths a dose is built from: sums of up to ``max_units_per_dose`` units."""

    form: str
    unit: str
    values: tuple[Decimal, ...]
    max_units_per_dose: int
    source: str
    max_units_per_dose_source: str

    @functools.cached_property
    def compositions(self) -> Mapping[Decimal, tuple[Decimal, ...]]:
        return dose_compositions(self.values, self.max_units_per_dose)

    @functools.cached_property
    def doses(self) -> tuple[Decimal, ...]:
        return tuple(sorted(self.compositions))

    @property
    def smallest(self) -> Decimal:
        return self.values[0]

    def floor(self, x: Decimal) -> Decimal | None:
        """The largest achievable dose not above ``x``; ``None`` below the smallest strength."""
        return round_to_doses(x, self.doses)

    def floor_or_refuse(self, x: Decimal, code: str, field: str) -> Decimal:
        """Like ``floor`` for a dose that must be achievable: below the smallest is refused."""
        dose = self.floor(x)
        if dose is None:
            expected = f"at least {number(self.smallest)} {self.unit} (smallest {self.form})"
            msg = f"{field}: {number(x)} {self.unit} is below the smallest {self.form}"
            raise OutOfRangeError(code, field, expected, x, msg)
        return dose


@attrs.frozen
class RenalDoseBand:
    """
    One row of a label's renal dosing table, over creatinine clearance (mL/min).

    Attributes:
        edge: the clearance band (``value`` is ``daily_max``).
        doses_per_day: the administrations per day the label allows in this band.
        daily_min: lower end of the label's total daily range (mg/day).
        daily_max: upper end (mg/day).
        column_doses: the label's per-administration doses of this row, one per column.
        proportional_below: below this clearance the label scales doses by clearance / this.
    """

    edge: Band
    doses_per_day: tuple[int, ...]
    daily_min: Decimal
    daily_max: Decimal
    column_doses: tuple[Decimal, ...]
    proportional_below: Decimal | None
    source: str
    note: str | None = None

    def scale(self, crcl: Decimal) -> Decimal:
        """1, or clearance / ``proportional_below`` below that clearance (label rule)."""
        if self.proportional_below is not None and crcl < self.proportional_below:
            return crcl / self.proportional_below
        return Decimal(1)

    @property
    def label(self) -> str:
        low = f"{'at least' if self.edge.low_inclusive else 'above'} {number(self.edge.low)}"
        if self.edge.high is None:
            return f"{low} mL/min"
        high = f"{'at most' if self.edge.high_inclusive else 'below'} {number(self.edge.high)}"
        return f"{low} and {high} mL/min"


@attrs.frozen
class RenalDoseTable:
    """Contiguous renal bands, ascending (validated by the loader)."""

    bands: tuple[RenalDoseBand, ...]

    def band_for(self, crcl: Decimal, field: str) -> RenalDoseBand:
        for band in self.bands:
            if band.edge.contains(crcl):
                return band
        expected = f"a creatinine clearance the label covers ({self.bands[0].label} upward)"
        msg = f"{field}: creatinine clearance {number(crcl)} mL/min is outside the label's table"
        raise OutOfRangeError(
            code="renal.clearance_not_covered",
            field=field,
            expected=expected,
            received=crcl,
            detail=msg,
        )


@attrs.frozen
class Hemodialysis:
    """Supplement after each hemodialysis session: per label column, or only a range."""

    column_supplements: tuple[Decimal, ...]
    supplement_min: Decimal | None
    supplement_max: Decimal | None
    session_hours: Decimal
    source: str
    note: str | None = None


@attrs.frozen
class Advice:
    """A warning a table always attaches to its results (no numbers computed)."""

    code: str
    severity: str
    message: str
    source: str


@attrs.frozen
class DrugList:
    """A named list of ingredient names, with its source."""

    name: str
    drugs: tuple[str, ...]
    source: str


@attrs.frozen
class AdjunctTable:
    """Everything the core needs to dose one adjunct, with provenance."""

    ref: TableRef
    drug: str
    values: NamedValues
    strengths: Strengths | None = None
    renal: RenalDoseTable | None = None
    hemodialysis: Hemodialysis | None = None
    drug_lists: Mapping[str, DrugList] = attrs.field(eq=False, factory=dict)
    advice: tuple[Advice, ...] = ()
    default_weight_basis: str | None = None
    default_weight_basis_source: str | None = None
    notes: tuple[str, ...] = ()


def formula_table(reference: Reference, table_id: str) -> FormulaTable:
    """A formula table the loader guarantees (``body-weight``, ``cockcroft-gault``)."""
    return reference.formulas[table_id]


def adjunct_table(reference: Reference, drug: str) -> AdjunctTable:
    """The adjunct table of ``drug`` (the loader guarantees one per supported adjunct)."""
    return reference.adjuncts[drug]
