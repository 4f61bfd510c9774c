"""
Kind ``plausibility``: plausible doses per administration and intervals per drug, route and
release, and plausible continuous-infusion rates; a regimen line outside them is refused.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Annotated

import attrs
import msgspec
from msgspec import Meta

from calc.kinds.base import Context, Header, Kind
from calc.kinds.grammar import (
    Amount,
    DoseUnit,
    DrugName,
    Hours,
    InfusionRoute,
    RateUnit,
    Release,
    Route,
    Word,
)
from calc.memo import cache_of
from calc.results import TableRef
from calc.vocabulary import RELEASES


__all__ = [
    "ANY_DRUG",
    "KIND",
    "DoseRange",
    "IntervalRange",
    "PlausibilityFile",
    "PlausibilityTable",
    "build",
]

ANY_DRUG = "*"


@attrs.frozen
class DoseRange:
    """Plausible amount per administration of a drug on a route, in ``unit``."""

    drug: str
    routes: tuple[str, ...]
    unit: str
    dose_min: Decimal
    dose_max: Decimal
    source: str


@attrs.frozen
class IntervalRange:
    """Plausible hours between administrations for a drug (or ``*``), route and release."""

    drug: str
    routes: tuple[str, ...]
    releases: tuple[str, ...]
    interval_min_hours: Decimal
    interval_max_hours: Decimal
    source: str


@attrs.frozen
class PlausibilityTable:
    ref: TableRef
    doses: Mapping[tuple[str, str], DoseRange] = attrs.field(eq=False)
    intervals: Mapping[tuple[str, str, str], IntervalRange] = attrs.field(eq=False)
    notes: tuple[str, ...] = ()
    # Continuous infusion rates (mg/h or mcg/h) by drug and route.
    rates: Mapping[tuple[str, str], DoseRange] = attrs.field(eq=False, factory=dict)

    @functools.cached_property
    def dose_rows(
        self,
    ) -> Mapping[tuple[str, str, str | None], tuple[DoseRange, IntervalRange | None]]:
        """
        Per drug, route and release (or none) of a dose row: that row and ``interval_range``'s,
        in one lookup for the common line of calc/plausibility.py (built once per table).
        """
        return {
            (drug, route, release): (row, self._interval_range(drug, route, release))
            for (drug, route), row in self.doses.items()
            for release in (None, *RELEASES)
        }

    def interval_range(self, drug: str, route: str, release: str | None) -> IntervalRange | None:
        """The drug's own row, else the ``*`` row; with no release, the widest of the releases."""
        cache = cache_of(self)
        key = (drug, route, release)
        if key in cache:
            found: IntervalRange | None = cache[key]
            return found
        row = self._interval_range(drug, route, release)
        known = cache.get("drugs")
        if known is None:
            known = cache["drugs"] = {d for d, _ in self.doses} | {d for d, _, _ in self.intervals}
        if drug in known:  # a request's unknown drug name is not kept
            cache[key] = row
        return row

    def _interval_range(self, drug: str, route: str, release: str | None) -> IntervalRange | None:
        releases = (release,) if release is not None else ("immediate", "extended")
        found = []
        for rel in releases:
            row = self.intervals.get((drug, route, rel)) or self.intervals.get(
                (ANY_DRUG, route, rel)
            )
            if row is not None:
                found.append(row)
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        return IntervalRange(
            drug,
            (route,),
            releases,
            min(r.interval_min_hours for r in found),
            max(r.interval_max_hours for r in found),
            found[0].source,
        )


# --- file grammar -------------------------------------------------------------------------------

Routes = Annotated[list[Route], Meta(min_length=1)]


class IntervalDrug(Word):
    """An ingredient name, or ``*``: every drug on those routes without a row of its own."""

    __slots__ = ()
    pattern = re.compile("^([a-z][a-z-]{1,39}|[*])$")
    what = "a lower-case ingredient name or *"


class DoseRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Plausible amount per administration (mg and mcg lines are converted to ``unit``)."""

    drug: DrugName
    routes: Routes
    unit: DoseUnit
    dose_min: Amount
    dose_max: Amount
    source: str
    note: str | None = None


class IntervalRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Plausible hours between administrations; drug ``*``: every drug without a row."""

    drug: IntervalDrug
    routes: Routes
    releases: Annotated[list[Release], Meta(min_length=1)]
    interval_min_hours: Hours
    interval_max_hours: Hours
    source: str
    note: str | None = None


class RateRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Plausible continuous-infusion rate (mg/h or mcg/h)."""

    drug: DrugName
    routes: Annotated[list[InfusionRoute], Meta(min_length=1)]
    unit: RateUnit
    rate_min: Amount
    rate_max: Amount
    source: str
    note: str | None = None


class PlausibilityFile(msgspec.Struct, forbid_unknown_fields=True):
    """The plausibility table (kind ``plausibility``)."""

    meta: Header
    doses: list[DoseRow]
    intervals: Annotated[list[IntervalRow], Meta(min_length=1)]
    rates: list[RateRow] = msgspec.field(default_factory=list)


# --- building -----------------------------------------------------------------------------------


def _doses(
    rows: Sequence[DoseRow | RateRow], ctx: Context, name: str
) -> dict[tuple[str, str], DoseRange]:
    doses: dict[tuple[str, str], DoseRange] = {}
    for i, row in enumerate(rows):
        where = f"{name}[{i}]"
        if isinstance(row, RateRow):
            low, high = row.rate_min, row.rate_max
        else:
            low, high = row.dose_min, row.dose_max
        if low >= high:
            raise ctx.error(where, "the minimum must be below the maximum")
        dose = DoseRange(row.drug, tuple(row.routes), row.unit, low, high, row.source)
        for route in dose.routes:
            if (row.drug, route) in doses:
                raise ctx.error(where, f"({row.drug}, {route}) appears twice")
            doses[row.drug, route] = dose
    return doses


def _intervals(rows: list[IntervalRow], ctx: Context) -> dict[tuple[str, str, str], IntervalRange]:
    intervals: dict[tuple[str, str, str], IntervalRange] = {}
    for i, item in enumerate(rows):
        where = f"intervals[{i}]"
        if item.interval_min_hours > item.interval_max_hours:
            raise ctx.error(where, "interval_min_hours must not be above interval_max_hours")
        interval = IntervalRange(
            item.drug,
            tuple(item.routes),
            tuple(item.releases),
            item.interval_min_hours,
            item.interval_max_hours,
            item.source,
        )
        for route in interval.routes:
            for release in interval.releases:
                key = (item.drug, route, release)
                if key in intervals:
                    raise ctx.error(where, f"{key} appears twice")
                intervals[key] = interval
    if not any(key[0] == ANY_DRUG for key in intervals):
        raise ctx.error("intervals", f"expected at least one {ANY_DRUG!r} row")
    return intervals


def build(file: PlausibilityFile, ref: TableRef, ctx: Context) -> PlausibilityTable:
    return PlausibilityTable(
        ref=ref,
        doses=_doses(file.doses, ctx, "doses"),
        intervals=_intervals(file.intervals, ctx),
        notes=tuple(file.meta.notes),
        rates=_doses(file.rates, ctx, "rates"),
    )


KIND: Kind[PlausibilityTable] = Kind("plausibility", PlausibilityFile, build, "plausibility-us")
