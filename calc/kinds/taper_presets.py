"""Kind ``taper-presets``: named tapers (cut per step, days between steps, basis, ranges)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated

import attrs
import msgspec
from msgspec import Meta

from calc.kinds.base import Context, Header, Kind
from calc.kinds.grammar import Days, Percent
from calc.results import TableRef
from calc.vocabulary import PresetBasis


__all__ = ["KIND", "TaperPreset", "TaperPresets", "TaperPresetsFile", "build"]


@attrs.frozen
class TaperPreset:
    """
    A named taper: the cut per step (percent of the basis), the days between steps, the basis
    (``original``, ``current`` or ``original-then-current`` with ``switch_at_percent``), and the
    ranges a caller may choose within.
    """

    name: str
    percent: Decimal
    percent_min: Decimal
    percent_max: Decimal
    interval_days: Decimal
    interval_days_min: Decimal
    interval_days_max: Decimal
    basis: str
    source: str
    unconfirmed: bool
    switch_at_percent: Decimal | None = None


@attrs.frozen
class TaperPresets:
    ref: TableRef
    presets: Mapping[str, TaperPreset] = attrs.field(eq=False)
    notes: tuple[str, ...] = ()


class PresetRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """
    A taper: ``percent`` per step within ``percent_min``-``percent_max``, every
    ``interval_days`` within its range, of the ``basis`` dose; ``unconfirmed`` ships a warning.
    """

    name: Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9-]{1,39}$")]
    percent: Percent
    percent_min: Percent
    percent_max: Percent
    interval_days: Days
    interval_days_min: Days
    interval_days_max: Days
    basis: PresetBasis
    source: str
    unconfirmed: bool
    switch_at_percent: Percent | None = None


class TaperPresetsFile(msgspec.Struct, forbid_unknown_fields=True):
    """The taper presets (kind ``taper-presets``)."""

    meta: Header
    presets: Annotated[list[PresetRow], Meta(min_length=1)]


def _preset(row: PresetRow, ctx: Context, where: str) -> TaperPreset:
    if not row.percent_min <= row.percent <= row.percent_max:
        raise ctx.error(where, "expected percent_min <= percent <= percent_max <= 100")
    if not row.interval_days_min <= row.interval_days <= row.interval_days_max:
        raise ctx.error(where, "expected interval_days_min <= interval_days <= max")
    if (row.basis == "original-then-current") != (row.switch_at_percent is not None):
        raise ctx.error(where, "switch_at_percent goes with basis original-then-current")
    return TaperPreset(
        name=row.name,
        percent=row.percent,
        percent_min=row.percent_min,
        percent_max=row.percent_max,
        interval_days=row.interval_days,
        interval_days_min=row.interval_days_min,
        interval_days_max=row.interval_days_max,
        basis=row.basis,
        source=row.source,
        unconfirmed=row.unconfirmed,
        switch_at_percent=row.switch_at_percent,
    )


def build(file: TaperPresetsFile, ref: TableRef, ctx: Context) -> TaperPresets:
    presets: dict[str, TaperPreset] = {}
    for i, row in enumerate(file.presets):
        if row.name in presets:
            raise ctx.error(f"presets[{i}]", f"preset {row.name!r} defined twice")
        presets[row.name] = _preset(row, ctx, f"presets[{i}]")
    return TaperPresets(ref=ref, presets=presets, notes=tuple(file.meta.notes))


KIND: Kind[TaperPresets] = Kind("taper-presets", TaperPresetsFile, build, "taper-presets")
