"""
Result value objects shared by every calculation: warnings, trace steps, table references.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Generic, TypeVar, overload

import attrs

from calc.vocabulary import SEVERITY_RANK


__all__ = ["Alert", "Lazy", "TableRef", "TraceStep", "number", "ordered"]

_O = TypeVar("_O")
_V = TypeVar("_V")


# The result objects every calculation builds several of (warnings, trace steps; calc/mme.py's and
# calc/conversion.py's results) are frozen attrs classes without slots: a frozen slotted class
# sets each field through object.__setattr__ (about 1,100 instructions a field under callgrind),
# a frozen dict class writes its __dict__ (MMELine: 12.5 k instructions to build, 7.8 k without
# slots).  Objects read field by field many times (Medication, the regimens) keep their slots,
# which are faster to read.
@attrs.frozen(slots=False)
class Alert:
    """
    A warning with a stable code.

    Attributes:
        code: stable dotted code, for example ``mme.at_or_above_90``.
        severity: ``info``, ``warning`` or ``critical``.
        message: one or two sentences for the clinician.
        source: source key (resolves in tables/sources.toml).
    """

    code: str
    severity: str
    message: str
    source: str


@attrs.frozen(slots=False)  # see Alert
class TraceStep:
    """
    One step of a calculation: what was done, the number it gave (exact; reports round it by
    the rounding policy), and where the rule comes from.
    """

    step: str
    value: Decimal | None
    unit: str
    source: str


@attrs.frozen
class TableRef:
    """Provenance of a table used by a calculation."""

    id: str
    kind: str
    version: str
    title: str
    citation: str
    url: str | None
    checksum: str
    source: str = "PRODUCT"


def number(x: Decimal) -> str:
    """A Decimal as plain text without exponent or trailing zeros (for messages)."""
    return f"{x.normalize():f}"


def ordered(alerts: Iterable[Alert]) -> tuple[Alert, ...]:
    """
    Warnings as every result reports them: critical, then warning, then info (stable within a
    severity), each code once (the first occurrence wins).
    """
    seen: set[str] = set()
    unique = []
    for alert in alerts:
        if alert.code not in seen:
            seen.add(alert.code)
            unique.append(alert)
    if len(unique) <= 1:  # none or one: already in order (no sort, no key calls)
        return tuple(unique)
    return tuple(sorted(unique, key=lambda a: SEVERITY_RANK[a.severity]))


class Lazy(Generic[_O, _V]):
    """
    A value of a frozen result (a class without slots) worked out when it is first read, then
    kept in the instance's ``__dict__``, where later reads find it before this descriptor: what
    only some callers read (the trace, which the API reports and most core calls never read) is
    not built for the others.  Unlike ``functools.cached_property`` on Python 3.11 it takes no
    lock: the value is a pure function of the frozen instance, so two threads that both work it
    out keep equal values.
    """

    def __init__(self, compute: Callable[[_O], _V]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Lazy[_O, _V]: ...

    @overload
    def __get__(self, instance: _O, owner: type[Any]) -> _V: ...

    def __get__(self, instance: _O | None, owner: type[Any]) -> Lazy[_O, _V] | _V:
        if instance is None:  # read on the class (documentation, introspection)
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value
