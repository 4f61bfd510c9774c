"""
Validation of the dosing tables, kinds ``formula`` and ``adjunct`` (tables/README.md).

Called by ``tables/loader.py`` with its checker, so that every key, number and source key is
checked the same way as in the other tables.  A broken file raises ``TableError`` naming the file
and the row.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from calc.dosing_tables import (
    WEIGHT_BASES,
    AdjunctTable,
    Advice,
    DrugList,
    FormulaTable,
    Hemodialysis,
    NamedValue,
    NamedValues,
    RenalDoseBand,
    RenalDoseTable,
    Strengths,
)
from calc.errors import TableError
from calc.reference import Band
from tables.dosing_requirements import FORMULAS, REQUIRED_ADJUNCTS, SEVERITIES


if TYPE_CHECKING:
    from collections.abc import Mapping

    from calc.results import TableRef
    from tables.loader import _Checker


__all__ = [
    "RawTable",
    "check_complete",
    "parse_adjunct",
    "parse_formula",
]

_META_BASIS = {"default_weight_basis": str, "default_weight_basis_source": str}


def _values(check: _Checker, raw: Any, where: str, required: tuple[str, ...]) -> NamedValues:
    if not isinstance(raw, list) or not raw:
        raise TableError(where, "expected a non-empty array [[values]]")
    items: dict[str, NamedValue] = {}
    for i, item in enumerate(raw):
        at = f"{where}[{i}]"
        row = check.fields(
            item,
            at,
            {"name": str, "value": Decimal, "unit": str, "source": str},
            {"also": list, "note": str},
        )
        if row["name"] in items:
            raise TableError(at, f"value {row['name']!r} defined twice")
        also = tuple(
            check.source(check.value(k, str, f"{at}.also[{j}]"), f"{at}.also[{j}]")
            for j, k in enumerate(row.get("also", []))
        )
        items[row["name"]] = NamedValue(
            row["name"], row["value"], row["unit"], row["source"], also, row.get("note")
        )
    zero_steps = [n for n, v in items.items() if "step" in n and v.value <= 0]
    if zero_steps:
        raise TableError(where, f"steps must be > 0: {zero_steps}")
    missing = [n for n in required if n not in items]
    if missing:
        raise TableError(where, f"missing values {missing}")
    values = NamedValues(items)
    for name in items:
        if name.endswith("_min") or "_min_" in name:
            pair = name.replace("_min", "_max", 1)
            if pair in items and values[name] > values[pair]:
                raise TableError(
                    f"{where} {name}", f"{values[name]} is above {pair} {values[pair]}"
                )
    return values


def _basis(check: _Checker, meta: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    row = check.fields(meta, where, {}, _META_BASIS)
    if ("default_weight_basis" in row) != ("default_weight_basis_source" in row):
        raise TableError(where, "default_weight_basis and default_weight_basis_source go together")
    basis = row.get("default_weight_basis")
    if basis is not None and basis not in WEIGHT_BASES:
        raise TableError(f"{where}.default_weight_basis", f"expected one of {list(WEIGHT_BASES)}")
    return basis, row.get("default_weight_basis_source")


@attrs.frozen
class RawTable:
    """
    A table file after the common header was checked.

    Attributes:
        name: file name (for error messages).
        meta: the ``[meta]`` keys beyond the common header.
        body: every top-level key except ``[meta]``.
    """

    name: str
    ref: TableRef
    notes: tuple[str, ...]
    meta: dict[str, Any]
    body: dict[str, Any]


def parse_formula(check: _Checker, raw: RawTable) -> FormulaTable:
    name, ref, notes, meta_extra, extra = raw.name, raw.ref, raw.notes, raw.meta, raw.body
    if ref.id not in FORMULAS:
        raise TableError(f"{name} [meta].id", f"expected one of {sorted(FORMULAS)}, got {ref.id!r}")
    basis, basis_source = _basis(check, meta_extra, f"{name} [meta]")
    unknown = sorted(set(extra) - {"values"})
    if unknown:
        raise TableError(name, f"unknown top-level keys {unknown}")
    values = _values(check, extra.get("values"), f"{name} values", FORMULAS[ref.id])
    if ref.id == "cockcroft-gault" and values["age_max_years"] >= values["age_offset_years"]:
        raise TableError(f"{name} values", "age_max_years must stay below age_offset_years")
    if ref.id == "cockcroft-gault" and basis is None:
        raise TableError(f"{name} [meta]", "missing default_weight_basis")
    return FormulaTable(ref, values, basis, basis_source, notes)


def _strengths(check: _Checker, raw: Any, where: str) -> Strengths:
    row = check.fields(
        raw,
        where,
        {
            "form": str,
            "unit": str,
            "values": list,
            "max_units_per_dose": int,
            "source": str,
            "max_units_per_dose_source": str,
        },
    )
    if not 1 <= row["max_units_per_dose"] <= 4:
        raise TableError(f"{where}.max_units_per_dose", "expected 1-4")
    return Strengths(
        row["form"],
        row["unit"],
        check.numbers(row["values"], f"{where}.values"),
        row["max_units_per_dose"],
        row["source"],
        row["max_units_per_dose_source"],
    )


def _renal_band(check: _Checker, item: Any, at: str) -> RenalDoseBand:
    row = check.fields(
        item,
        at,
        {
            "min": Decimal,
            "doses_per_day": list,
            "daily_min": Decimal,
            "daily_max": Decimal,
            "source": str,
        },
        {
            "max": Decimal,
            "min_inclusive": bool,
            "max_inclusive": bool,
            "column_doses": list,
            "proportional_below": Decimal,
            "note": str,
        },
    )
    per_day = tuple(check.value(n, int, f"{at}.doses_per_day") for n in row["doses_per_day"])
    if (
        not per_day
        or any(not 1 <= n <= 4 for n in per_day)
        or list(per_day) != sorted(set(per_day))
    ):
        raise TableError(f"{at}.doses_per_day", "expected ascending distinct integers 1-4")
    daily_max = check.positive(row, "daily_max", at)
    if not 0 < row["daily_min"] <= daily_max:
        raise TableError(at, "expected 0 < daily_min <= daily_max")
    columns: tuple[Decimal, ...] = ()
    if "column_doses" in row:
        columns = check.numbers(row["column_doses"], f"{at}.column_doses")
        if (columns[0] * per_day[0], columns[-1] * per_day[-1]) != (row["daily_min"], daily_max):
            raise TableError(
                f"{at}.column_doses", "columns x doses_per_day must span daily_min-max"
            )
    below = row.get("proportional_below")
    if below is not None and not (row["min"] < below <= (row.get("max") or below)):
        raise TableError(
            f"{at}.proportional_below", "expected a clearance above min and at most max of the band"
        )
    edge = Band(
        low=row["min"],
        high=row.get("max"),
        low_inclusive=row.get("min_inclusive", True),
        high_inclusive=row.get("max_inclusive", False),
        value=daily_max,
        source=row["source"],
    )
    if edge.high is not None and edge.high <= edge.low:
        raise TableError(at, f"max {edge.high} must be above min {edge.low}")
    return RenalDoseBand(
        edge,
        per_day,
        row["daily_min"],
        daily_max,
        columns,
        row.get("proportional_below"),
        row["source"],
        row.get("note"),
    )


def _renal(check: _Checker, raw: Any, where: str) -> RenalDoseTable:
    if not isinstance(raw, list) or not raw:
        raise TableError(where, "expected a non-empty array [[renal_bands]]")
    bands: list[RenalDoseBand] = []
    for i, item in enumerate(raw):
        band = _renal_band(check, item, f"{where}[{i}]")
        if bands:
            prev = bands[-1].edge
            if prev.high is None or prev.high != band.edge.low:
                raise TableError(f"{where}[{i}]", "bands must touch: previous max == this min")
            if prev.high_inclusive == band.edge.low_inclusive:
                raise TableError(f"{where}[{i}]", "exactly one of two touching bands owns the edge")
        bands.append(band)
    if bands[0].edge.low != 0 or bands[-1].edge.high is not None:
        raise TableError(where, "renal bands must start at 0 mL/min and end open")
    return RenalDoseTable(tuple(bands))


def _hemodialysis(
    check: _Checker,
    raw: Any,
    where: str,
    renal: RenalDoseTable | None,
) -> Hemodialysis:
    row = check.fields(
        raw,
        where,
        {"session_hours": Decimal, "source": str},
        {
            "column_supplements": list,
            "supplement_min": Decimal,
            "supplement_max": Decimal,
            "note": str,
        },
    )
    columns: tuple[Decimal, ...] = ()
    if "column_supplements" in row and ({"supplement_min", "supplement_max"} & set(row)):
        raise TableError(where, "give column_supplements or supplement_min/max, not both")
    if "column_supplements" in row:
        columns = check.numbers(row["column_supplements"], f"{where}.column_supplements")
        widths = {len(b.column_doses) for b in renal.bands} if renal is not None else set()
        if widths != {len(columns)}:
            raise TableError(where, "one supplement per renal column is required")
    elif not {"supplement_min", "supplement_max"} <= set(row) or not (
        row["supplement_min"] <= row["supplement_max"]
    ):
        raise TableError(where, "give column_supplements, or supplement_min <= supplement_max")
    return Hemodialysis(
        columns,
        row.get("supplement_min"),
        row.get("supplement_max"),
        check.positive(row, "session_hours", where),
        row["source"],
        row.get("note"),
    )


def _advice(check: _Checker, raw: Any, where: str) -> tuple[Advice, ...]:
    if not isinstance(raw, list):
        raise TableError(where, "expected an array [[advice]]")
    out: list[Advice] = []
    for i, item in enumerate(raw):
        at = f"{where}[{i}]"
        row = check.fields(item, at, {"code": str, "severity": str, "message": str, "source": str})
        check.member(row["severity"], SEVERITIES, f"{at}.severity")
        if any(a.code == row["code"] for a in out):
            raise TableError(f"{at}.code", f"advice code {row['code']!r} appears twice")
        out.append(Advice(row["code"], row["severity"], row["message"], row["source"]))
    return tuple(out)


def _drug_lists(check: _Checker, raw: Any, where: str) -> dict[str, DrugList]:
    if not isinstance(raw, list):
        raise TableError(where, "expected an array [[drug_lists]]")
    lists: dict[str, DrugList] = {}
    for i, item in enumerate(raw):
        at = f"{where}[{i}]"
        row = check.fields(item, at, {"name": str, "drugs": list, "source": str}, {"note": str})
        drugs = tuple(check.value(d, str, f"{at}.drugs") for d in row["drugs"])
        if not drugs:
            raise TableError(f"{at}.drugs", "expected at least one drug")
        if row["name"] in lists:
            raise TableError(f"{at}.name", f"drug list {row['name']!r} defined twice")
        lists[row["name"]] = DrugList(row["name"], drugs, row["source"])
    return lists


# value -> the (min, max) values it must lie within; names that must be whole numbers.
_WITHIN = {
    "default_start_mg": ("start_min_mg", "start_max_mg"),
    "default_step_mg": ("step_min_mg", "step_max_mg"),
    "default_step_interval_days": ("step_interval_min_days", "step_interval_max_days"),
    "start_dose_mg": ("dose_min_mg", "dose_max_mg"),
}
_WHOLE = ("doses_per_day", "titration_interval_days", "taper_days_min", "taper_days_max")


def _check_values(values: NamedValues, where: str) -> None:
    """Defaults within their ranges; counts of days or doses whole numbers."""
    names = values.items
    for name, (low, high) in _WITHIN.items():
        if {name, low, high} <= set(names) and not values[low] <= values[name] <= values[high]:
            msg = (
                f"{name} {values[name]} must lie within {low}-{high} ({values[low]}-{values[high]})"
            )
            raise TableError(f"{where}.{name}", msg)
    for name in _WHOLE:
        if name in names and values[name] != values[name].to_integral_value():
            raise TableError(f"{where}.{name}", f"expected a whole number, got {values[name]}")


def parse_adjunct(check: _Checker, raw: RawTable) -> AdjunctTable:
    name, ref, notes, meta_extra, extra = raw.name, raw.ref, raw.notes, dict(raw.meta), raw.body
    where = f"{name} [meta]"
    drug = check.member(
        check.value(meta_extra.pop("drug", None), str, f"{where}.drug"),
        frozenset(REQUIRED_ADJUNCTS),
        f"{where}.drug",
    )
    basis, basis_source = _basis(check, meta_extra, where)
    allowed = {"values", "strengths", "renal_bands", "hemodialysis", "drug_lists", "advice"}
    unknown = sorted(set(extra) - allowed)
    if unknown:
        raise TableError(name, f"unknown top-level keys {unknown}")
    need = REQUIRED_ADJUNCTS[drug]
    values = _values(check, extra.get("values"), f"{name} values", need["values"])
    _check_values(values, f"{name} values")
    strengths = renal = hemodialysis = None
    if "strengths" in extra:
        strengths = _strengths(check, extra["strengths"], f"{name} [strengths]")
    if "renal_bands" in extra:
        renal = _renal(check, extra["renal_bands"], f"{name} renal_bands")
    if "hemodialysis" in extra:
        hemodialysis = _hemodialysis(check, extra["hemodialysis"], f"{name} [hemodialysis]", renal)
    lists = _drug_lists(check, extra.get("drug_lists", []), f"{name} drug_lists")
    advice = _advice(check, extra.get("advice", []), f"{name} advice")
    present = {
        "strengths": strengths,
        "renal": renal,
        "hemodialysis": hemodialysis,
        "default_weight_basis": basis,
        **lists,
    }
    missing = [s for s in need["sections"] if present.get(s) is None]
    missing += [c for c in need["advice"] if c not in {a.code for a in advice}]
    if missing:
        raise TableError(name, f"the {drug} table must give {missing}")
    return AdjunctTable(
        ref=ref,
        drug=drug,
        values=values,
        strengths=strengths,
        renal=renal,
        hemodialysis=hemodialysis,
        drug_lists=lists,
        advice=advice,
        default_weight_basis=basis,
        default_weight_basis_source=basis_source,
        notes=notes,
    )


def check_complete(
    formulas: Mapping[str, FormulaTable], adjuncts: Mapping[str, AdjunctTable]
) -> None:
    missing = [f for f in FORMULAS if f not in formulas]
    missing += [f"adjunct {d}" for d in REQUIRED_ADJUNCTS if d not in adjuncts]
    if missing:
        raise TableError(where="dosing tables", problem=f"required tables not found: {missing}")
