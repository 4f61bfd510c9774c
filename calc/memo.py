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


__all__ = ["cache_of", "last_result", "remember"]

_CACHES: dict[int, tuple[object, dict[Any, Any]]] = {}
# The last result of a few functions an operation calls several times with the same arguments
# (an OIH plan checks and totals its regimen once per strategy): the arguments, then the result.
_LAST: dict[str, tuple[tuple[object, object, tuple[object, ...]], Any]] = {}


def cache_of(owner: object) -> dict[Any, Any]:
    """The cache of values derived from ``owner`` (an immutable table); empty at first."""
    entry = _CACHES.get(id(owner))
    if entry is None:
        entry = _CACHES[id(owner)] = (owner, {})
    return entry[1]


def last_result(name: str, reference: object, regimen: object, *rest: object) -> Any:
    """
    The result ``remember`` kept for the same call, or None.  ``reference`` and ``regimen`` must
    be the very objects of that call (a regimen only when it is a tuple: a list may have changed
    since); ``rest`` (strings, None) compares equal.
    """
    last = _LAST.get(name)
    if last is None or type(regimen) is not tuple:
        return None
    (last_reference, last_regimen, last_rest), result = last
    if last_reference is reference and last_regimen is regimen and last_rest == rest:
        return result
    return None


def remember(name: str, result: Any, reference: object, regimen: object, *rest: object) -> None:
    """Keep ``result`` as the last of ``name`` (the objects stay alive until the next call)."""
    if type(regimen) is tuple:
        _LAST[name] = ((reference, regimen, rest), result)
