"""
Band sets (tables/README.md, "Bands"): contiguous ascending bands with explicit edge ownership,
used by factor tiers, methadone schemes, patch labels and renal dose tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs
import msgspec

from calc.kinds.base import Context
from calc.kinds.grammar import Edge, FactorValue, Rate, Ratio


__all__ = [
    "Band",
    "BandEdges",
    "BandSet",
    "FactorBandRow",
    "RateBandRow",
    "RatioBandRow",
    "band_set",
    "check_touch",
    "edge_band",
]


@attrs.frozen
class Band:
    """
    One band of a band set: ``low``..``high`` with explicit edge ownership and a value.

    ``high`` is ``None`` for an open-ended last band.  ``value`` is a factor, ratio or rate.
    """

    low: Decimal
    high: Decimal | None
    low_inclusive: bool
    high_inclusive: bool
    value: Decimal
    source: str
    advice: str | None = None

    def contains(self, x: Decimal) -> bool:
        above_low = x >= self.low if self.low_inclusive else x > self.low
        if not above_low:
            return False
        if self.high is None:
            return True
        return x <= self.high if self.high_inclusive else x < self.high


@attrs.frozen
class BandSet:
    """Contiguous ascending bands (validated when the table is built)."""

    bands: tuple[Band, ...]

    def find(self, x: Decimal) -> Band | None:
        """The band containing ``x``; ``None`` when ``x`` lies below the first or above the last."""
        for band in self.bands:
            if band.contains(x):
                return band
        return None

    def is_below(self, x: Decimal) -> bool:
        first = self.bands[0]
        return x < first.low or (x == first.low and not first.low_inclusive)

    @property
    def top(self) -> Band:
        return self.bands[-1]


class BandEdges(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A band's edges: ``min`` (owned by default) up to ``max`` (not owned by default)."""

    min: Edge
    max: Edge | None = None
    min_inclusive: bool = True
    max_inclusive: bool = False
    source: str
    note: str | None = None


class FactorBandRow(BandEdges, kw_only=True):
    """A factor tier over the drug's own daily amount."""

    factor: FactorValue


class RatioBandRow(BandEdges, kw_only=True):
    """A morphine:methadone ratio over total oral morphine mg/day."""

    ratio: Ratio


class RateBandRow(BandEdges, kw_only=True):
    """A patch rate (mcg/h) over a daily amount, with the label's advice for the band."""

    rate: Rate
    advice: str | None = None


def check_touch(prev: Band, band: Band, ctx: Context, at: str) -> None:
    """Two consecutive bands touch, and exactly one owns the shared edge."""
    if prev.high is None:
        raise ctx.error(at, "only the last band may be open-ended (no max)")
    if prev.high != band.low:
        raise ctx.error(at, f"gap or overlap: previous max {prev.high}, this min {band.low}")
    if prev.high_inclusive == band.low_inclusive:
        raise ctx.error(at, f"exactly one of two touching bands must own the edge {band.low}")


def edge_band(row: BandEdges, value: Decimal, ctx: Context, at: str) -> Band:
    """The band of ``row`` carrying ``value``; its max must lie above its min."""
    band = Band(
        low=row.min,
        high=row.max,
        low_inclusive=row.min_inclusive,
        high_inclusive=row.max_inclusive,
        value=value,
        source=row.source,
        advice=getattr(row, "advice", None),
    )
    if band.high is not None and band.high <= band.low:
        raise ctx.error(at, f"max {band.high} must be above min {band.low}")
    return band


def band_set(
    rows: Sequence[FactorBandRow] | Sequence[RatioBandRow] | Sequence[RateBandRow],
    ctx: Context,
    where: str,
) -> BandSet:
    """The rows as a band set; ``where`` names the array (``rows[4].bands``)."""
    bands: list[Band] = []
    for i, row in enumerate(rows):
        at = f"{where}[{i}]"
        value: Decimal
        if isinstance(row, FactorBandRow):
            value = row.factor
        elif isinstance(row, RatioBandRow):
            value = row.ratio
        else:
            assert isinstance(row, RateBandRow)  # noqa: S101  (the three band grammars)
            value = row.rate
        band = edge_band(row, value, ctx, at)
        if bands:
            check_touch(bands[-1], band, ctx, at)
        bands.append(band)
    return BandSet(tuple(bands))
