"""
The grammar of table files: numbers and terms with their plausibility bounds, and the decoding of
a parsed file into a kind's msgspec Structs with errors that name the file and the row.

A number's class names its quantity (``FactorValue``, ``Rate``...), whose bounds
``tables/bounds.toml`` gives per kind; a term's class names its vocabulary (``Route``,
``Release``...).  Decoding turns every number into a ``Decimal`` and refuses a string, a boolean,
NaN, infinity, a number outside its bounds or one with more decimal places than the bounds allow.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Annotated, Any, ClassVar, TypeVar

import attrs
import msgspec
from msgspec import Meta

from calc.errors import TableError
from calc.vocabulary import (
    DOSE_UNITS,
    FORMS,
    INFUSION_ROUTES,
    PATCH_UNIT,
    RATE_UNITS,
    RELEASES,
    ROUTES,
    SEVERITIES,
)


__all__ = [
    "COMMON",
    "Amount",
    "Bound",
    "Bounds",
    "Count",
    "Days",
    "DefaultUnits",
    "DoseUnit",
    "DosesPerDay",
    "DrugName",
    "Edge",
    "FactorUnit",
    "FactorValue",
    "FormName",
    "Hours",
    "InfusionRoute",
    "Limit",
    "Number",
    "Percent",
    "Rate",
    "RateUnit",
    "Ratio",
    "Release",
    "Route",
    "Severity",
    "TableId",
    "Term",
    "Text",
    "Units",
    "Value",
    "Volume",
    "Word",
    "Year",
    "decode",
    "decode_entry",
    "fields_of",
    "quantities",
    "within",
]

COMMON = "common"


# --- numbers ------------------------------------------------------------------------------------


class Number(Decimal):
    """A number of a table file, read as a ``Decimal``; its class names its quantity."""

    __slots__ = ()
    quantity: ClassVar[str] = "number"


class FactorValue(Number):
    """A conversion factor (oral morphine mg/day per unit of the drug's daily amount)."""

    __slots__ = ()
    quantity = "factor"


class Ratio(Number):
    """A morphine:methadone ratio."""

    __slots__ = ()
    quantity = "ratio"


class Rate(Number):
    """A patch rate (mcg/h)."""

    __slots__ = ()
    quantity = "rate"


class Amount(Number):
    """An amount of drug: a strength, a dose, a concentration, a daily amount."""

    __slots__ = ()
    quantity = "amount"


class Edge(Number):
    """An edge of a band (a daily amount, oral morphine mg/day or a creatinine clearance)."""

    __slots__ = ()
    quantity = "edge"


class Hours(Number):
    __slots__ = ()
    quantity = "hours"


class Days(Number):
    __slots__ = ()
    quantity = "days"


class Percent(Number):
    __slots__ = ()
    quantity = "percent"


class Volume(Number):
    """A volume (mL) or a pump rate step (mL/h)."""

    __slots__ = ()
    quantity = "volume"


class Value(Number):
    """A named value of a thresholds, formula or adjunct table (its unit is in the row)."""

    __slots__ = ()
    quantity = "value"


class Limit(Number):
    """A number of tables/bounds.toml itself: any finite number."""

    __slots__ = ()
    quantity = "limit"


class Count(int):
    """A whole number of a table file; its class names its quantity."""

    __slots__ = ()
    quantity: ClassVar[str] = "count"


class Year(Count):
    __slots__ = ()
    quantity = "year"


class Units(Count):
    """How many units (or measuring steps) one administration may combine."""

    __slots__ = ()
    quantity = "units_per_dose"


class DefaultUnits(Count):
    """A table's default number of units per administration."""

    __slots__ = ()
    quantity = "default_units_per_dose"


class DosesPerDay(Count):
    __slots__ = ()
    quantity = "doses_per_day"


# --- terms --------------------------------------------------------------------------------------


class Term(str):
    """A word from one of the core's vocabularies (calc/vocabulary.py)."""

    __slots__ = ()
    choices: ClassVar[tuple[str, ...]] = ()


class Route(Term):
    __slots__ = ()
    choices = ROUTES


class InfusionRoute(Term):
    __slots__ = ()
    choices = INFUSION_ROUTES


class Release(Term):
    __slots__ = ()
    choices = RELEASES


class DoseUnit(Term):
    __slots__ = ()
    choices = DOSE_UNITS


class FactorUnit(Term):
    """The unit of a daily amount a factor multiplies: mg/day, mcg/day or a patch's mcg/h."""

    __slots__ = ()
    choices = ("mg", "mcg", PATCH_UNIT)


class FormName(Term):
    """A dose form as medication lines name it (calc/vocabulary.py, FORMS)."""

    __slots__ = ()
    choices = FORMS


class RateUnit(Term):
    __slots__ = ()
    choices = RATE_UNITS


class Severity(Term):
    __slots__ = ()
    choices = SEVERITIES


class Word(str):
    """A string of a fixed shape (its class names the pattern)."""

    __slots__ = ()
    pattern: ClassVar[re.Pattern[str]] = re.compile(".*")
    what: ClassVar[str] = "a word"


class TableId(Word):
    __slots__ = ()
    pattern = re.compile("^[a-z0-9][a-z0-9.-]{1,39}$")
    what = "a table id"


class DrugName(Word):
    __slots__ = ()
    pattern = re.compile("^[a-z][a-z-]{1,39}$")
    what = "a lower-case ingredient name"


Text = Annotated[str, Meta(min_length=1)]


# --- bounds -------------------------------------------------------------------------------------


@attrs.frozen
class Bound:
    """The plausible range of one quantity in one kind (or every kind: ``common``)."""

    section: str
    quantity: str
    low: Decimal
    high: Decimal
    source: str


@attrs.frozen
class Bounds:
    """tables/bounds.toml: bounds per kind and quantity, and the most decimal places allowed."""

    bounds: Mapping[tuple[str, str], Bound] = attrs.field(eq=False)
    decimal_places: int

    def of(self, kind: str, quantity: str) -> Bound | None:
        return self.bounds.get((kind, quantity)) or self.bounds.get((COMMON, quantity))


def _number(value: Any, target: type[Number], kind: str, bounds: Bounds | None) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        msg = f"expected a number, got {value!r}"
        raise TypeError(msg)
    number = Decimal(value)
    if not number.is_finite():
        msg = f"expected a finite number, got {value!r}"
        raise ValueError(msg)
    if bounds is None:
        return number
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101  (a finite Decimal has an int exponent)
    if -exponent > bounds.decimal_places:
        msg = f"expected at most {bounds.decimal_places} decimal places, got {value}"
        raise ValueError(msg)
    within(number, target.quantity, kind, bounds)
    return number


def within(number: Decimal, quantity: str, kind: str, bounds: Bounds) -> None:
    bound = bounds.of(kind, quantity)
    assert bound is not None  # noqa: S101  (build_bounds requires one for every quantity used)
    if not bound.low <= number <= bound.high:
        msg = (
            f"expected {quantity} from {bound.low} to {bound.high} (bounds.toml "
            f"[{bound.section}].{quantity}), got {number}"
        )
        raise ValueError(msg)


def _hook(kind: str, bounds: Bounds | None) -> Callable[[type, Any], Any]:
    def hook(target: type, value: Any) -> Any:
        if issubclass(target, Term):
            if isinstance(value, str) and value in target.choices:
                return target(value)
            msg = f"expected one of {list(target.choices)}, got {value!r}"
            raise ValueError(msg)
        if issubclass(target, Number):
            return target(_number(value, target, kind, bounds))
        if issubclass(target, Word):
            if isinstance(value, str) and target.pattern.match(value):
                return target(value)
            msg = f"expected {target.what} matching {target.pattern.pattern}, got {value!r}"
            raise ValueError(msg)
        assert issubclass(target, Count)  # noqa: S101  (the grammar uses no other custom type)
        if isinstance(value, bool) or not isinstance(value, int):
            msg = f"expected a whole number, got {value!r}"
            raise TypeError(msg)
        if bounds is not None:
            within(Decimal(value), target.quantity, kind, bounds)
        return target(value)

    return hook


_AT = re.compile(r"^\$\.([^.\[]+)(.*)$")


def _located(name: str, raw: Mapping[str, Any], message: str) -> TableError:
    """A msgspec error as a TableError: ``$.rows[1].factor`` -> ``<file> rows[1].factor``."""
    problem, _, at = message.partition(" - at `")
    match = _AT.match(at.rstrip("`"))
    if match is None:
        return TableError(name, problem)
    key, rest = match.groups()
    head = f"[{key}]" if isinstance(raw.get(key), dict) else key
    return TableError(f"{name} {head}{rest}", problem)


_S = TypeVar("_S")


def decode(
    raw: Mapping[str, Any], grammar: type[_S], name: str, kind: str, bounds: Bounds | None
) -> _S:
    """
    ``raw`` (a parsed TOML document) as ``grammar``; ``name`` names the file in errors.

    The classes of numbers and terms only select their bounds and vocabularies: the decoded file
    holds plain ``Decimal``, ``int`` and ``str`` values, as the value objects do.
    """
    try:
        decoded = msgspec.convert(
            raw, grammar, dec_hook=_hook(kind, bounds), builtin_types=(dt.date,)
        )
    except msgspec.ValidationError as exc:
        raise _located(name, raw, str(exc)) from exc
    _plain(decoded)
    return decoded


def decode_entry(value: Any, grammar: type[_S], where: str) -> _S:
    """One entry of a table of tables (sources.toml, bounds.toml); ``where`` names it."""
    if not isinstance(value, dict):
        raise TableError(where, f"expected a table, got {type(value).__name__}")
    try:
        decoded = msgspec.convert(value, grammar, dec_hook=_hook(COMMON, None))
    except msgspec.ValidationError as exc:
        problem, _, at = str(exc).partition(" - at `")
        rest = at.rstrip("`").removeprefix("$")
        raise TableError(f"{where}{rest}", problem) from exc
    _plain(decoded)
    return decoded


def _plain_value(value: Any) -> Any:
    if isinstance(value, Number):
        return Decimal(value)
    if isinstance(value, Count):
        return int(value)
    if isinstance(value, Term | Word):
        return str(value)
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    _plain(value)
    return value


def _plain(node: Any) -> None:
    if isinstance(node, msgspec.Struct):
        for field, value in fields_of(node):
            setattr(node, field, _plain_value(value))


def _children(info: msgspec.inspect.Type) -> tuple[msgspec.inspect.Type, ...]:
    if isinstance(info, msgspec.inspect.StructType):
        return tuple(field.type for field in info.fields)
    if isinstance(info, msgspec.inspect.ListType):
        return (info.item_type,)
    if isinstance(info, msgspec.inspect.UnionType):
        return info.types
    return ()


def quantities(grammar: type) -> frozenset[type[Number | Count]]:
    """Every number class a grammar uses (each needs a bound in bounds.toml)."""
    found: set[type[Number | Count]] = set()
    seen: set[type] = set()
    todo = [msgspec.inspect.type_info(grammar)]
    while todo:
        info = todo.pop()
        if isinstance(info, msgspec.inspect.CustomType) and issubclass(info.cls, Number | Count):
            found.add(info.cls)
        if isinstance(info, msgspec.inspect.StructType):
            if info.cls in seen:
                continue
            seen.add(info.cls)
        todo.extend(_children(info))
    return frozenset(found)


def fields_of(node: msgspec.Struct) -> Iterator[tuple[str, Any]]:
    for field in node.__struct_fields__:
        yield field, getattr(node, field)
