"""
Result value objects shared by every calculation: warnings, trace steps, table references.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import attrs

from calc.vocabulary import SEVERITY_RANK


__all__ = ["Alert", "TableRef", "TraceStep", "number", "ordered"]


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
