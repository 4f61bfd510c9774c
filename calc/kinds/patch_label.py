"""
Kinds ``fentanyl-patch`` and ``buprenorphine-patch``: a patch label's conversion bands from oral
morphine mg/day to a patch rate, its per-drug columns, its definition of opioid tolerance, what to
do above its table, and the advice every result carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Literal

import attrs
import msgspec
from msgspec import Meta

from calc.kinds.bands import BandSet, RateBandRow, band_set
from calc.kinds.base import Advice, AdviceRow, Context, Header, Kind, advice_of
from calc.kinds.grammar import Amount, DoseUnit, DrugName, Rate, Route
from calc.results import TableRef


__all__ = [
    "BUPRENORPHINE",
    "FENTANYL",
    "LabelColumn",
    "PatchFile",
    "PatchTable",
    "ToleranceRow",
    "build_buprenorphine",
    "build_fentanyl",
]


@attrs.frozen
class LabelColumn:
    """A label's conversion column for one drug and route: its daily amount -> patch rate."""

    drug: str
    routes: tuple[str, ...]
    unit: str
    bands: BandSet
    source: str


@attrs.frozen
class ToleranceRow:
    """A label's opioid-tolerance threshold for one drug and route (a daily amount or a rate)."""

    drug: str
    routes: tuple[str, ...]
    unit: str
    daily_min: Decimal
    source: str


@attrs.frozen
class PatchTable:
    """
    Label conversion bands from oral morphine mg/day to a patch rate (mcg/h); optionally the
    label's per-drug columns and its definition of opioid tolerance (both by (drug, route)).

    Attributes:
        above_table: above the last band, ``top-band`` (use it, with a critical warning) or
            ``refuse``.
        advice: warnings every patch result of this drug carries.
    """

    ref: TableRef
    drug: str
    bands: BandSet
    max_rate: Decimal | None = None
    max_rate_source: str | None = None
    notes: tuple[str, ...] = ()
    columns: Mapping[tuple[str, str], LabelColumn] = attrs.field(eq=False, factory=dict)
    tolerance: Mapping[tuple[str, str], ToleranceRow] = attrs.field(eq=False, factory=dict)
    above_table: str = "refuse"
    advice: tuple[Advice, ...] = ()

    @property
    def checks_tolerance(self) -> bool:
        """The label defines opioid tolerance (a tolerance row or a per-drug column)."""
        return bool(self.tolerance or self.columns)


# --- file grammar -------------------------------------------------------------------------------

Routes = Annotated[list[Route], Meta(min_length=1)]


class ColumnRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The label's column for one drug: bands over its daily amount (or rate) -> patch rate."""

    drug: DrugName
    routes: Routes
    unit: DoseUnit
    bands: Annotated[list[RateBandRow], Meta(min_length=1)]
    source: str
    note: str | None = None


class ToleranceGrammar(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The label's opioid-tolerance threshold for one drug and route."""

    drug: DrugName
    routes: Routes
    unit: DoseUnit
    daily_min: Amount
    source: str
    note: str | None = None


class PatchMeta(Header, kw_only=True):
    """
    ``max_rate`` (mcg/h) with its source; ``above_table``: what a regimen above the last band
    gets, ``top-band`` (the top band, with a critical warning) or ``refuse`` (the default).
    """

    max_rate: Rate | None = None
    max_rate_source: str | None = None
    above_table: Literal["top-band", "refuse"] = "refuse"


class PatchFile(msgspec.Struct, forbid_unknown_fields=True):
    """A patch label (kinds ``fentanyl-patch`` and ``buprenorphine-patch``)."""

    meta: PatchMeta
    bands: Annotated[list[RateBandRow], Meta(min_length=1)]
    columns: list[ColumnRow] = msgspec.field(default_factory=list)
    tolerance: list[ToleranceGrammar] = msgspec.field(default_factory=list)
    advice: list[AdviceRow] = msgspec.field(default_factory=list)


# --- building -----------------------------------------------------------------------------------


def _columns(rows: list[ColumnRow], ctx: Context) -> dict[tuple[str, str], LabelColumn]:
    columns: dict[tuple[str, str], LabelColumn] = {}
    for i, row in enumerate(rows):
        at = f"columns[{i}]"
        bands = band_set(row.bands, ctx, f"{at}.bands")
        if bands.top.high is None:
            raise ctx.error(f"{at}.bands", "a label column ends where the label's table ends")
        column = LabelColumn(row.drug, tuple(row.routes), row.unit, bands, row.source)
        for route in column.routes:
            if (row.drug, route) in columns:
                raise ctx.error(at, f"({row.drug}, {route}) appears twice")
            columns[row.drug, route] = column
    return columns


def _tolerance(rows: list[ToleranceGrammar], ctx: Context) -> dict[tuple[str, str], ToleranceRow]:
    found: dict[tuple[str, str], ToleranceRow] = {}
    for i, row in enumerate(rows):
        threshold = ToleranceRow(row.drug, tuple(row.routes), row.unit, row.daily_min, row.source)
        for route in threshold.routes:
            if (row.drug, route) in found:
                raise ctx.error(f"tolerance[{i}]", f"({row.drug}, {route}) appears twice")
            found[row.drug, route] = threshold
    return found


def _build(file: PatchFile, ref: TableRef, ctx: Context, drug: str) -> PatchTable:
    meta = file.meta
    if (meta.max_rate is None) != (meta.max_rate_source is None):
        raise ctx.error("[meta]", "max_rate and max_rate_source go together")
    bands = band_set(file.bands, ctx, "bands")
    rates = [b.value for b in bands.bands]
    if rates != sorted(rates):
        raise ctx.error("bands", f"rates must not decrease as the dose rises: {rates}")
    if meta.max_rate is not None and rates[-1] > meta.max_rate:
        raise ctx.error("bands", f"a band rate exceeds max_rate {meta.max_rate}")
    return PatchTable(
        ref=ref,
        drug=drug,
        bands=bands,
        max_rate=meta.max_rate,
        max_rate_source=meta.max_rate_source,
        notes=tuple(meta.notes),
        columns=_columns(file.columns, ctx),
        tolerance=_tolerance(file.tolerance, ctx),
        above_table=meta.above_table,
        advice=advice_of(file.advice, ctx, "advice"),
    )


def build_fentanyl(file: PatchFile, ref: TableRef, ctx: Context) -> PatchTable:
    return _build(file, ref, ctx, "fentanyl")


def build_buprenorphine(file: PatchFile, ref: TableRef, ctx: Context) -> PatchTable:
    return _build(file, ref, ctx, "buprenorphine")


FENTANYL: Kind[PatchTable] = Kind("fentanyl-patch", PatchFile, build_fentanyl, "duragesic-label")
BUPRENORPHINE: Kind[PatchTable] = Kind(
    "buprenorphine-patch", PatchFile, build_buprenorphine, "butrans-label"
)
