"""
The table grammar as JSON Schema (draft 2020-12), generated from the kinds' msgspec Structs and
the plausibility bounds, so institution table authors can validate their files before the
calculator does (tables/README.md, "Checking a table file").  ``python -m tables schema`` writes
them to tables/schema/.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import msgspec

from calc.kinds.base import Kind, SourceRow
from calc.kinds.grammar import Bounds, Count, Number, Term, Word


__all__ = ["SCHEMA_DIALECT", "file_schema", "sources_schema"]

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _json_number(x: Decimal) -> int | float:
    return int(x) if x == x.to_integral_value() else float(x)


def _hook(kind: str, bounds: Bounds) -> Any:
    def hook(target: type) -> dict[str, Any]:
        if issubclass(target, Term):
            return {"enum": list(target.choices)}
        if issubclass(target, Word):
            return {"type": "string", "pattern": target.pattern.pattern, "description": target.what}
        assert issubclass(target, Number | Count)  # noqa: S101  (the grammar's only custom types)
        bound = bounds.of(kind, target.quantity)
        assert bound is not None  # noqa: S101  (build_bounds requires one per quantity used)
        out: dict[str, Any] = {
            "type": "integer" if issubclass(target, Count) else "number",
            "minimum": _json_number(bound.low),
            "maximum": _json_number(bound.high),
            "description": f"{target.quantity} (bounds.toml [{bound.section}].{target.quantity})",
        }
        if issubclass(target, Number):
            out["description"] += f"; at most {bounds.decimal_places} decimal places"
        return out

    return hook


def _without_nulls(node: Any) -> Any:
    """TOML has no null: an optional key is left out, never written as null."""
    if isinstance(node, dict):
        options = node.get("anyOf")
        if isinstance(options, list) and {"type": "null"} in options:
            kept = [o for o in options if o != {"type": "null"}]
            node = {k: v for k, v in node.items() if k not in {"anyOf", "default"}}
            node = {**kept[0], **node} if len(kept) == 1 else {**node, "anyOf": kept}
        return {k: _without_nulls(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_without_nulls(v) for v in node]
    return node


def file_schema(kind: Kind[Any], bounds: Bounds) -> dict[str, Any]:
    """The JSON Schema of a table file of ``kind`` (its TOML read as JSON; dates as strings)."""
    schema = msgspec.json.schema(kind.grammar, schema_hook=_hook(kind.name, bounds))
    defs: Mapping[str, Any] = schema["$defs"]
    root = defs[kind.grammar.__name__]
    meta = defs[root["properties"]["meta"]["$ref"].rsplit("/", 1)[1]]
    meta["properties"]["kind"] = {"const": kind.name}
    out = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://opioid-calc.invalid/tables/schema/{kind.name}.schema.json",
        "title": f"opioid-calc table file, kind {kind.name}",
        **schema,
    }
    return dict(_without_nulls(out))


def sources_schema() -> dict[str, Any]:
    """The JSON Schema of sources.toml: ``[KEY]`` tables with a citation."""
    (row,), components = msgspec.json.schema_components([SourceRow])
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": "https://opioid-calc.invalid/tables/schema/sources.schema.json",
        "title": "opioid-calc sources.toml",
        "type": "object",
        "additionalProperties": row,
        "$defs": _without_nulls(components),
    }
