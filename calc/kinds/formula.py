"""
Kind ``formula``: the constants of a formula and the input limits the product accepts for it
(``body-weight``: Devine ideal and adjusted body weight; ``cockcroft-gault``: creatinine
clearance).  Named values are shared with the ``adjunct`` kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated

import attrs
import msgspec
from msgspec import Meta

from calc.errors import TableError
from calc.kinds.base import Context, Header, Kind, Loaded
from calc.kinds.grammar import Text, Value
from calc.results import TableRef
from calc.vocabulary import WEIGHT_BASES, WeightBasis


__all__ = [
    "FORMULAS",
    "KIND",
    "WEIGHT_BASES",
    "FormulaFile",
    "FormulaTable",
    "NamedValue",
    "NamedValues",
    "ValueRow",
    "build",
    "check_complete",
    "named_values",
    "weight_basis",
]

# The numbers each formula table must give: calc/ looks them up by these names.
FORMULAS: dict[str, tuple[str, ...]] = {
    "body-weight": (
        "ibw_male_base_kg",
        "ibw_female_base_kg",
        "ibw_kg_per_inch",
        "ibw_base_height_in",
        "cm_per_inch",
        "adjusted_weight_fraction",
        "weight_min_kg",
        "weight_max_kg",
        "height_min_cm",
        "height_max_cm",
    ),
    "cockcroft-gault": (
        "age_offset_years",
        "creatinine_factor",
        "female_factor",
        "creatinine_umol_l_per_mg_dl",
        "age_min_years",
        "age_max_years",
        "creatinine_min_mg_dl",
        "creatinine_max_mg_dl",
    ),
}


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


# --- file grammar -------------------------------------------------------------------------------


class ValueRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """
    One named value: a pair ``X_min...``/``X_max...`` must have min <= max; a value whose name
    contains ``step`` must be > 0; ``also`` lists further sources giving the same number.
    """

    name: Annotated[str, Meta(pattern="^[a-z][a-z0-9_]*$")]
    value: Value
    unit: Text
    source: str
    also: list[str] = msgspec.field(default_factory=list)
    note: str | None = None


class WeightBasisMeta(Header, kw_only=True):
    """``default_weight_basis`` (``actual``, ``ideal`` or ``adjusted``) with its source."""

    default_weight_basis: WeightBasis | None = None
    default_weight_basis_source: str | None = None


class FormulaFile(msgspec.Struct, forbid_unknown_fields=True):
    """A formula table (kind ``formula``): the id names the formula."""

    meta: WeightBasisMeta
    values: Annotated[list[ValueRow], Meta(min_length=1)]


# --- building -----------------------------------------------------------------------------------


def weight_basis(meta: WeightBasisMeta, ctx: Context) -> tuple[str | None, str | None]:
    if (meta.default_weight_basis is None) != (meta.default_weight_basis_source is None):
        raise ctx.error(
            "[meta]", "default_weight_basis and default_weight_basis_source go together"
        )
    return meta.default_weight_basis, meta.default_weight_basis_source


def named_values(rows: list[ValueRow], ctx: Context, required: tuple[str, ...]) -> NamedValues:
    """The rows by name: each once, steps above 0, every required name, min <= max pairs."""
    items: dict[str, NamedValue] = {}
    for i, row in enumerate(rows):
        if row.name in items:
            raise ctx.error(f"values[{i}]", f"value {row.name!r} defined twice")
        items[row.name] = NamedValue(
            row.name, row.value, row.unit, row.source, tuple(row.also), row.note
        )
    zero_steps = [n for n, v in items.items() if "step" in n and v.value <= 0]
    if zero_steps:
        raise ctx.error("values", f"steps must be > 0: {zero_steps}")
    missing = [n for n in required if n not in items]
    if missing:
        raise ctx.error("values", f"missing values {missing}")
    values = NamedValues(items)
    for name in items:
        if name.endswith("_min") or "_min_" in name:
            pair = name.replace("_min", "_max", 1)
            if pair in items and values[name] > values[pair]:
                raise ctx.error(f"values {name}", f"{values[name]} is above {pair} {values[pair]}")
    return values


def build(file: FormulaFile, ref: TableRef, ctx: Context) -> FormulaTable:
    if ref.id not in FORMULAS:
        raise ctx.error("[meta].id", f"expected one of {sorted(FORMULAS)}, got {ref.id!r}")
    basis, basis_source = weight_basis(file.meta, ctx)
    values = named_values(file.values, ctx, FORMULAS[ref.id])
    if ref.id == "cockcroft-gault" and values["age_max_years"] >= values["age_offset_years"]:
        raise ctx.error("values", "age_max_years must stay below age_offset_years")
    if ref.id == "cockcroft-gault" and basis is None:
        raise ctx.error("[meta]", "missing default_weight_basis")
    return FormulaTable(ref, values, basis, basis_source, tuple(file.meta.notes))


def check_complete(formulas: Mapping[str, FormulaTable]) -> None:
    missing = [f for f in FORMULAS if f not in formulas]
    if missing:
        raise TableError(where="dosing tables", problem=f"required tables not found: {missing}")


def _finish(
    tables: dict[str, FormulaTable], loaded: Mapping[str, Loaded]
) -> dict[str, FormulaTable]:
    del loaded
    check_complete(tables)
    return tables


KIND: Kind[FormulaTable] = Kind("formula", FormulaFile, build, finish=_finish)
