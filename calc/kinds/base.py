"""
What every table kind shares besides the grammar of numbers and terms (calc/kinds/grammar.py):
sources, the context a kind's rules run in, the common ``[meta]`` header, the ``Kind`` record the
registry lists, and advice rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

import attrs
import msgspec
from msgspec import Meta

from calc.errors import TableError
from calc.kinds.grammar import Bounds, Severity, TableId, Text, Year, fields_of, within
from calc.results import TableRef


__all__ = [
    "Advice",
    "AdviceRow",
    "Context",
    "Header",
    "Kind",
    "Loaded",
    "Source",
    "SourceRow",
    "advice_of",
    "ascending",
    "check_sources",
    "table_ref",
]


# --- sources ------------------------------------------------------------------------------------


@attrs.frozen
class Source:
    """A citable source: the key rows use, the citation and an optional URL."""

    key: str
    citation: str
    url: str | None = None


class SourceRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One entry of sources.toml: the primary document, its URL, what is still to check."""

    citation: Text
    url: str | None = None
    note: str | None = None


@attrs.frozen
class Context:
    """
    What a kind's rules need besides the file: its name (for errors), its kind, the sources and
    the plausibility bounds.
    """

    name: str
    sources: Mapping[str, Source] = attrs.field(eq=False)
    kind: str
    bounds: Bounds

    def source(self, key: str, where: str) -> str:
        if key not in self.sources:
            msg = f"source key {key!r} does not resolve in sources.toml"
            raise TableError(f"{self.name} {where}", msg)
        return key

    def within(self, number: Decimal, quantity: str, where: str) -> None:
        """A number computed from the file (not read from it) within its quantity's bounds."""
        try:
            within(number, quantity, self.kind, self.bounds)
        except ValueError as exc:
            raise self.error(where, str(exc)) from exc

    def error(self, where: str, problem: str) -> TableError:
        return TableError(f"{self.name} {where}" if where else self.name, problem)


def _path(path: str, field: str, value: Any) -> str:
    """``path.field``; at the top, a table is ``[name]`` and an array of tables ``name``."""
    if path:
        return f"{path}.{field}"
    return f"[{field}]" if isinstance(value, msgspec.Struct) else field


def check_sources(node: Any, ctx: Context, path: str = "") -> None:
    """Every ``source``, ``<name>_source`` and ``also`` key of a decoded file resolves."""
    if isinstance(node, msgspec.Struct):
        for field, value in fields_of(node):
            at = _path(path, field, value)
            if field == "also":
                for i, key in enumerate(value):
                    ctx.source(key, f"{at}[{i}]")
            elif (field == "source" or field.endswith("_source")) and isinstance(value, str):
                ctx.source(value, at)
            else:
                check_sources(value, ctx, at)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            check_sources(item, ctx, f"{path}[{i}]")


# --- the common header --------------------------------------------------------------------------


class Header(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The common [meta] header of every table file (tables/README.md)."""

    id: TableId
    kind: str
    title: Text
    publisher: Text
    year: Year
    document: Text
    version: Text
    checked: dt.date
    source: str
    url: str | None = None
    notes: list[str] = msgspec.field(default_factory=list)


def table_ref(meta: Header, checksum: str, sources: Mapping[str, Source]) -> TableRef:
    return TableRef(
        id=meta.id,
        kind=meta.kind,
        version=meta.version,
        title=meta.title,
        citation=meta.document,
        url=meta.url or sources[meta.source].url,
        checksum=checksum,
        source=meta.source,
    )


# --- kinds ---------------------------------------------------------------------------------------

_T = TypeVar("_T")


@attrs.frozen
class Loaded:
    """A decoded file: its name and grammar object (for cross-table rules)."""

    name: str
    file: Any


@attrs.frozen
class Kind(Generic[_T]):
    """
    One table kind.

    Attributes:
        name: the ``[meta].kind`` string.
        grammar: the msgspec Struct of the whole file (its JSON Schema is published).
        build: decoded file, table reference, context -> the frozen table.
        default: the id of the table the core reads when a request names none (required).
        selectable: requests may select another table of this kind by id.
        key: how tables are filed (by id; ``adjunct`` by drug).
        finish: rules across the kind's tables (an extension's base, completeness).
    """

    name: str
    grammar: type[Any]
    build: Callable[[Any, Any, Context], _T]
    default: str | None = None
    selectable: bool = False
    key: Callable[[_T], str] | None = None
    finish: Callable[[dict[str, _T], Mapping[str, Loaded]], dict[str, _T]] | None = None


# --- advice -------------------------------------------------------------------------------------


@attrs.frozen
class Advice:
    """A warning a table always attaches to its results (no numbers computed)."""

    code: str
    severity: str
    message: str
    source: str


class AdviceRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A warning every result of the table carries, with a stable code."""

    code: Annotated[str, Meta(pattern="^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+$")]
    severity: Severity
    message: Text
    source: str


def ascending(values: Sequence[Decimal], ctx: Context, where: str) -> tuple[Decimal, ...]:
    """Distinct numbers in ascending order (strengths, intervals, columns)."""
    if list(values) != sorted(set(values)):
        shown = "[" + ", ".join(str(v) for v in values) + "]"
        raise ctx.error(where, f"expected ascending distinct numbers > 0, got {shown}")
    return tuple(values)


def advice_of(rows: list[AdviceRow], ctx: Context, where: str) -> tuple[Advice, ...]:
    out: list[Advice] = []
    for i, row in enumerate(rows):
        if any(a.code == row.code for a in out):
            raise ctx.error(f"{where}[{i}].code", f"advice code {row.code!r} appears twice")
        out.append(Advice(row.code, str(row.severity), row.message, row.source))
    return tuple(out)
