"""
The single rounding policy of the core.

- ``dose_down``: a dose offered to a patient (or a dose range end) is rounded DOWN to 0.01 of its
  unit; a practical dose is rounded down further to what real strengths make (``round_to_doses``).
- ``down_to_step``: a dose rounded DOWN to a whole multiple of a unit (for example whole mg when
  the strengths of a product are not in the reference).
- ``metric``: a computed metric (MME/day, a factor) is reported to 0.01, half-even; flags are
  decided on the exact value, never on the rounded one.
"""

from __future__ import annotations

from bisect import bisect_right
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal


__all__ = [
    "as_percent",
    "compositions",
    "dose_down",
    "down_to_step",
    "metric",
    "percent_of",
    "round_to_doses",
]

_CENT = Decimal("0.01")
_HUNDRED = Decimal(100)


# ``rounding`` is passed positionally: the keyword form costs twice as much (Decimal is C code
# with keyword parsing), and these run several times per calculation.


def dose_down(x: Decimal) -> Decimal:
    return x.quantize(_CENT, ROUND_FLOOR)


def down_to_step(x: Decimal, step: Decimal) -> Decimal:
    """``x`` rounded DOWN to a whole multiple of ``step`` (a dose made of ``step``-sized units)."""
    return (x / step).to_integral_value(rounding=ROUND_FLOOR) * step


def metric(x: Decimal) -> Decimal:
    return x.quantize(_CENT, ROUND_HALF_EVEN)


def percent_of(x: Decimal, percent: Decimal) -> Decimal:
    return x * percent / _HUNDRED


def as_percent(part: Decimal, whole: Decimal) -> Decimal:
    return part * _HUNDRED / whole


def compositions(
    strengths: tuple[Decimal, ...], max_units: int
) -> dict[Decimal, tuple[Decimal, ...]]:
    """
    Every dose that up to ``max_units`` units make, with its composition of fewest units (among
    those, the one with the strongest units first, compared unit by unit).

    Built count by count: the best composition of a dose with ``c`` units is a best composition
    with ``c - 1`` units plus one unit (removing the weakest unit of a best composition leaves a
    best one), so each level needs only the previous level's best per dose: the work grows with
    the number of distinct doses, not with the number of combinations.
    """
    best: dict[Decimal, tuple[Decimal, ...]] = {}
    level: dict[Decimal, tuple[Decimal, ...]] = {Decimal(0): ()}
    for _ in range(max_units):
        following: dict[Decimal, tuple[Decimal, ...]] = {}
        for total, combo in level.items():
            for strength in strengths:
                candidate = tuple(sorted((*combo, strength), reverse=True))
                key = total + strength
                if key not in following or candidate > following[key]:
                    following[key] = candidate
        for total, combo in following.items():
            best.setdefault(total, combo)
        level = following
    return best


def round_to_doses(x: Decimal, doses: tuple[Decimal, ...]) -> Decimal | None:
    """The largest achievable dose not above ``x``; ``None`` when ``x`` is below the smallest."""
    i = bisect_right(doses, x)
    return doses[i - 1] if i else None
