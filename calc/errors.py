"""
Errors raised by the calculation core.

Every error names the field it is about, what was expected and what arrived, and carries a
stable dotted ``code``.  The HTTP layer maps every ``CalcError`` to a 422 problem response.
"""

from __future__ import annotations

from typing import Any


__all__ = [
    "CalcError",
    "ClinicalRefusalError",
    "OutOfRangeError",
    "TableError",
    "UnknownEntryError",
]


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
