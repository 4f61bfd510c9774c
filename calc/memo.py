"""
Values derived once from an immutable reference object (a loaded table, the thresholds) instead of
on every calculation: a threshold flag, a table's advice as warnings, an interval row.

A table is frozen and never changes after loading, so what a pure function builds from it (and
from nothing but a few strings) is the same on every call.  The cache is keyed by the object's
identity, because the tables' equality ignores their mappings; each entry keeps its object alive,
so an id is never reused while its entry exists.  A server loads one reference; tests load a few.
"""

from __future__ import annotations

from typing import Any


__all__ = ["cache_of"]

_CACHES: dict[int, tuple[object, dict[Any, Any]]] = {}


def cache_of(owner: object) -> dict[Any, Any]:
    """The cache of values derived from ``owner`` (an immutable table); empty at first."""
    entry = _CACHES.get(id(owner))
    if entry is None:
        entry = _CACHES[id(owner)] = (owner, {})
    return entry[1]
