"""
Result value objects shared by every calculation: warnings, trace steps, table references.
"""

from __future__ import annotations

from decimal import Decimal

import attrs


__all__ = ["Alert", "TableRef", "TraceStep"]


@attrs.frozen
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


@attrs.frozen
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
