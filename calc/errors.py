"""
Errors raised by the calculation core.

Every error names the field it is about, what was expected and what arrived, and carries a
stable dotted ``code``.  The HTTP layer maps every ``CalcError`` to a 422 problem response.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar


__all__ = [
    "CITED_RANGE",
    "EXPECTED_GOT",
    "CalcError",
    "ClinicalRefusalError",
    "OutOfRangeError",
    "TableError",
    "UnknownEntryError",
    "in_range",
]

_Bounded = TypeVar("_Bounded", Decimal, dt.date, int)
_VALUE: Any = object()
# How a range refusal words itself: ``str.format`` templates, filled only on a refusal with
# ``field``, ``low``, ``high``, ``value``, ``unit``, ``why`` and, in ``detail``, ``expected``.
RANGE = "{low}-{high}"
MUST_BE = "{field} must be {expected}; got {value}"
# A dosing table's range: with its unit and where it comes from.
CITED_RANGE = "{low}-{high} {unit} ({why})"
EXPECTED_GOT = "{field}: expected {expected}, got {value} {unit}"


class CalcError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = "calc.error"

    def __init__(self, code: str, field: str, expected: str, received: Any, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.field = field
        self.expected = expected
        self.received = received
        self.detail = detail


class UnknownEntryError(CalcError, LookupError):
    """A drug, route, table or scheme that the selected reference data does not cover."""


class OutOfRangeError(CalcError, ValueError):
    """A number outside the range the rule is defined for."""


class ClinicalRefusalError(CalcError, ValueError):
    """A request the clinical rules refuse (for example a patch for an opioid-naive patient)."""


class TableError(Exception):
    """A reference table that breaks the rules of tables/README.md; names the file and row."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def in_range(
    value: _Bounded,
    low: _Bounded,
    high: _Bounded,
    *,
    code: str,
    field: str,
    expected: str = RANGE,
    detail: str = MUST_BE,
    unit: str = "",
    why: str = "",
    shown: Callable[[Any], object] = str,
    received: Any = _VALUE,
) -> _Bounded:
    """
    ``value`` when ``low <= value <= high``; otherwise an ``OutOfRangeError`` ``code`` naming
    ``field``. The one range check of the core and of the API's adapters (issue 14): every
    refusal of a number or date outside its range goes through here, with its own words.

    Args:
        expected: The ``expected`` of the error, a template (above); ``detail`` is the message.
        unit: The unit the templates show; ``why`` the source or other words they show.
        shown: How ``low``, ``high`` and ``value`` are shown (``number``: without exponent).
        received: The ``received`` of the error when it is not ``value`` as given.
    """
    if low <= value <= high:
        return value
    words: dict[str, object] = {
        "field": field,
        "low": shown(low),
        "high": shown(high),
        "value": shown(value),
        "unit": unit,
        "why": why,
    }
    words["expected"] = wanted = expected.format_map(words)
    got = value if received is _VALUE else received
    raise OutOfRangeError(code, field, wanted, got, detail.format_map(words))
