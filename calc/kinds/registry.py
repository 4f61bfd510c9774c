"""
The registry of table kinds (the only list of them) and the build of a ``Reference`` from parsed
files: each file is dispatched by its ``[meta].kind`` to its kind's grammar and build.

A kind either has one table the core reads (``default``, required) or lets requests select
among several by id (``selectable``, with a default); a loaded table of a kind whose only table is
its default, under another id, would never be read and is refused.  Kinds without a default
(``formula``, ``adjunct``) check their completeness themselves (``finish``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import msgspec

from calc.errors import TableError
from calc.kinds import (
    adjunct,
    factors,
    formula,
    methadone_scheme,
    patch_label,
    plausibility,
    products,
    renal_opioids,
    rxnorm,
    taper_presets,
    thresholds,
)
from calc.kinds.base import (
    Context,
    Header,
    Kind,
    Loaded,
    Source,
    SourceRow,
    check_sources,
    table_ref,
)
from calc.kinds.grammar import COMMON, Bound, Bounds, Limit, decode, decode_entry, quantities
from calc.reference import Reference


__all__ = ["KINDS", "Document", "build_bounds", "build_reference", "build_sources"]


KINDS: Mapping[str, Kind[Any]] = {
    kind.name: kind
    for kind in (
        factors.MME,
        factors.EQUIANALGESIC,
        methadone_scheme.KIND,
        patch_label.FENTANYL,
        patch_label.BUPRENORPHINE,
        products.KIND,
        thresholds.KIND,
        taper_presets.KIND,
        formula.KIND,
        adjunct.KIND,
        plausibility.KIND,
        renal_opioids.KIND,
        rxnorm.KIND,
    )
}


@attrs.frozen
class Document:
    """A parsed file: its name (for errors), its TOML content and the checksum of its bytes."""

    name: str
    content: Mapping[str, Any]
    checksum: str


# --- sources and bounds -------------------------------------------------------------------------


def build_sources(documents: Sequence[Document]) -> dict[str, Source]:
    """sources.toml of every folder, merged; a key may be defined once."""
    sources: dict[str, Source] = {}
    for doc in documents:
        for key, value in doc.content.items():
            row = decode_entry(value, SourceRow, f"{doc.name} [{key}]")
            if key in sources:
                raise TableError(f"{doc.name} [{key}]", "source key defined twice")
            sources[key] = Source(key=key, citation=row.citation, url=row.url)
    return sources


class BoundRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The plausible range of one quantity: ``min`` to ``max``, both included."""

    min: Limit
    max: Limit
    source: str
    note: str | None = None


DECIMAL_PLACES = "decimal_places"


def _bound_rows(doc: Document, sources: Mapping[str, Source]) -> dict[tuple[str, str], Bound]:
    found: dict[tuple[str, str], Bound] = {}
    for section, rows in doc.content.items():
        if section != COMMON and section not in KINDS:
            msg = f"expected {COMMON!r} or a kind, {sorted(KINDS)}"
            raise TableError(f"{doc.name} [{section}]", msg)
        if not isinstance(rows, dict):
            msg = f"expected a table, got {type(rows).__name__}"
            raise TableError(f"{doc.name} [{section}]", msg)
        for quantity, value in rows.items():
            at = f"{doc.name} [{section}].{quantity}"
            row = decode_entry(value, BoundRow, at)
            if row.source not in sources:
                msg = f"source key {row.source!r} does not resolve in sources.toml"
                raise TableError(f"{at}.source", msg)
            if row.min > row.max:
                raise TableError(at, f"min {row.min} is above max {row.max}")
            found[section, quantity] = Bound(section, quantity, row.min, row.max, row.source)
    return found


def build_bounds(doc: Document, sources: Mapping[str, Source]) -> Bounds:
    """tables/bounds.toml: ``[section] quantity = { min, max, source }``; sections are kinds."""
    found = _bound_rows(doc, sources)
    places = found.get((COMMON, DECIMAL_PLACES))
    if places is None or places.high != places.high.to_integral_value():
        msg = "expected a whole max of decimal places"
        raise TableError(f"{doc.name} [{COMMON}].{DECIMAL_PLACES}", msg)
    bounds = Bounds(found, int(places.high))
    used: set[tuple[str, str]] = {(COMMON, DECIMAL_PLACES)}
    for kind in KINDS.values():
        for number in quantities(kind.grammar):
            bound = bounds.of(kind.name, number.quantity)
            if bound is None:
                msg = f"no bound for {number.quantity} (used by kind {kind.name})"
                raise TableError(f"{doc.name} [{kind.name}]", msg)
            used.add((bound.section, bound.quantity))
    unused = sorted(f"[{s}].{q}" for s, q in set(found) - used)
    if unused:
        raise TableError(doc.name, f"bounds no table number uses: {unused}")
    return bounds


# --- tables -------------------------------------------------------------------------------------


def _kind_of(doc: Document) -> Kind[Any]:
    meta = doc.content.get("meta")
    if not isinstance(meta, dict):
        raise TableError(f"{doc.name} [meta]", f"expected a table, got {type(meta).__name__}")
    if "kind" not in meta:
        raise TableError(f"{doc.name} [meta]", "Object missing required field `kind`")
    kind = meta.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        raise TableError(
            f"{doc.name} [meta].kind", f"expected one of {sorted(KINDS)}, got {kind!r}"
        )
    return KINDS[kind]


def _used(kind: Kind[Any], table_id: str, name: str) -> None:
    """A table of a kind whose only table is its default must be that table."""
    if kind.default is not None and not kind.selectable and table_id != kind.default:
        msg = (
            f"the core reads only table {kind.default!r} of kind {kind.name!r}: a table "
            f"{table_id!r} of that kind would never be used"
        )
        raise TableError(f"{name} [meta].id", msg)


def _required(tables: Mapping[str, Any], table_id: str) -> None:
    if table_id not in tables:
        raise TableError(table_id, f"required table {table_id!r} was not found")


def build_reference(
    documents: Sequence[Document], sources: Mapping[str, Source], bounds: Bounds
) -> Reference:
    """Every table file decoded, checked and built; the kinds' defaults must be present."""
    tables: dict[str, dict[str, Any]] = {name: {} for name in KINDS}
    loaded: dict[str, dict[str, Loaded]] = {name: {} for name in KINDS}
    seen: dict[str, str] = {}
    for doc in documents:
        kind = _kind_of(doc)
        file = decode(doc.content, kind.grammar, doc.name, kind.name, bounds)
        meta: Header = file.meta
        if meta.id in seen:
            msg = f"id {meta.id!r} already used by {seen[meta.id]}"
            raise TableError(f"{doc.name} [meta].id", msg)
        seen[meta.id] = doc.name
        _used(kind, meta.id, doc.name)
        ctx = Context(doc.name, sources, kind.name, bounds)
        check_sources(file, ctx)
        table = kind.build(file, table_ref(meta, doc.checksum, sources), ctx)
        key = kind.key(table) if kind.key is not None else meta.id
        if key in tables[kind.name]:
            first = tables[kind.name][key].ref.id
            msg = f"a second table for {key} (first: {first})"
            raise TableError(f"{doc.name} [meta].drug", msg)
        tables[kind.name][key] = table
        loaded[kind.name][key] = Loaded(doc.name, file)
    for name, kind in KINDS.items():
        if kind.finish is not None:
            tables[name] = kind.finish(tables[name], loaded[name])
        if kind.default is not None:
            _required(tables[name], kind.default)
    return Reference(sources=sources, tables=tables)
