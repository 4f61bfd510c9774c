"""Kind ``methadone-scheme``: a dose-dependent morphine:methadone ratio scheme."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

import attrs
import msgspec
from msgspec import Meta

from calc.kinds.bands import BandSet, RatioBandRow, band_set
from calc.kinds.base import Context, Header, Kind
from calc.kinds.grammar import Percent
from calc.results import TableRef


__all__ = ["KIND", "MethadoneScheme", "SchemeFile", "build"]


@attrs.frozen
class MethadoneScheme:
    """A dose-dependent morphine:methadone ratio scheme over total oral morphine mg/day."""

    ref: TableRef
    bands: BandSet
    default_reduction_percent: Decimal
    reduction_source: str
    notes: tuple[str, ...] = ()
    # The scheme's own reduction range is default_reduction_percent..reduction_max_percent.
    reduction_max_percent: Decimal = Decimal(100)


class SchemeMeta(Header, kw_only=True):
    """The scheme's own reduction range (its low end is the default) and its source."""

    default_reduction_percent: Percent
    reduction_max_percent: Percent
    reduction_source: str


class SchemeFile(msgspec.Struct, forbid_unknown_fields=True):
    """A methadone scheme (kind ``methadone-scheme``): ratio bands from 0 mg/day upward."""

    meta: SchemeMeta
    bands: Annotated[list[RatioBandRow], Meta(min_length=1)]


def build(file: SchemeFile, ref: TableRef, ctx: Context) -> MethadoneScheme:
    meta = file.meta
    if not meta.default_reduction_percent <= meta.reduction_max_percent:
        raise ctx.error(
            "[meta]", "expected default_reduction_percent <= reduction_max_percent <= 100"
        )
    bands = band_set(file.bands, ctx, "bands")
    if bands.bands[0].low != 0:
        raise ctx.error("bands[0]", "a methadone scheme must start at 0 mg/day")
    ratios = [b.value for b in bands.bands]
    if ratios != sorted(ratios):
        raise ctx.error("bands", f"ratios must not decrease as the dose rises: {ratios}")
    return MethadoneScheme(
        ref=ref,
        bands=bands,
        default_reduction_percent=meta.default_reduction_percent,
        reduction_source=meta.reduction_source,
        reduction_max_percent=meta.reduction_max_percent,
        notes=tuple(meta.notes),
    )


KIND: Kind[MethadoneScheme] = Kind(
    "methadone-scheme", SchemeFile, build, "ccdhb-2009", selectable=True
)
