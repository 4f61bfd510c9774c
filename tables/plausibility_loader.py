"""
Validation of the ``plausibility`` kind (tables/README.md), decoded with msgspec: the row shapes
are typed Structs (unknown keys forbidden, numbers bounded), the cross-row rules are code.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import msgspec

from calc.alerts import RenalAdvice, RenalOpioids
from calc.errors import TableError
from calc.plausibility import ANY_DRUG, DoseRange, IntervalRange, PlausibilityTable
from calc.vocabulary import DOSE_UNITS, RATE_UNITS, RELEASES, ROUTES


if TYPE_CHECKING:
    from tables.dosing_loader import RawTable
    from tables.loader import _Checker


__all__ = ["parse_plausibility", "parse_renal_opioids"]

# msgspec bounds apply to int and float, not Decimal: positivity is checked in ``_positive``.
_Positive = Decimal


class _Dose(msgspec.Struct, forbid_unknown_fields=True):
    drug: str
    routes: list[str]
    unit: str
    dose_min: _Positive
    dose_max: _Positive
    source: str
    note: str | None = None


class _Interval(msgspec.Struct, forbid_unknown_fields=True):
    drug: str
    routes: list[str]
    releases: list[str]
    interval_min_hours: _Positive
    interval_max_hours: _Positive
    source: str
    note: str | None = None


class _Rate(msgspec.Struct, forbid_unknown_fields=True):
    drug: str
    routes: list[str]
    unit: str
    rate_min: _Positive
    rate_max: _Positive
    source: str
    note: str | None = None


class _Body(msgspec.Struct, forbid_unknown_fields=True):
    doses: list[_Dose]
    intervals: list[_Interval]
    rates: list[_Rate] = msgspec.field(default_factory=list)


def _members(values: list[str], allowed: tuple[str, ...], where: str) -> tuple[str, ...]:
    if not values or any(v not in allowed for v in values):
        raise TableError(where, f"expected a non-empty list of {list(allowed)}, got {values}")
    return tuple(values)


def _positive(values: tuple[Decimal, ...], where: str) -> None:
    if any(not v.is_finite() or v <= 0 for v in values):
        raise TableError(where, f"expected finite numbers above 0, got {[str(v) for v in values]}")


def _doses(
    check: _Checker, rows: Sequence[_Dose | _Rate], name: str
) -> dict[tuple[str, str], DoseRange]:
    doses: dict[tuple[str, str], DoseRange] = {}
    units: tuple[str, ...]
    for i, row in enumerate(rows):
        where = f"{name}[{i}]"
        routes = _members(row.routes, ROUTES, f"{where}.routes")
        if isinstance(row, _Rate):
            units, low, high = RATE_UNITS, row.rate_min, row.rate_max
        else:
            units, low, high = DOSE_UNITS, row.dose_min, row.dose_max
        if row.unit not in units:
            raise TableError(f"{where}.unit", f"expected one of {list(units)}")
        _positive((low, high), where)
        if low >= high:
            raise TableError(where, "the minimum must be below the maximum")
        check.source(row.source, f"{where}.source")
        dose = DoseRange(row.drug, routes, row.unit, low, high, row.source)
        for route in routes:
            if (row.drug, route) in doses:
                raise TableError(where, f"({row.drug}, {route}) appears twice")
            doses[row.drug, route] = dose
    return doses


def _intervals(
    check: _Checker, rows: list[_Interval], name: str
) -> dict[tuple[str, str, str], IntervalRange]:
    intervals: dict[tuple[str, str, str], IntervalRange] = {}
    for i, item in enumerate(rows):
        where = f"{name} intervals[{i}]"
        routes = _members(item.routes, ROUTES, f"{where}.routes")
        releases = _members(item.releases, RELEASES, f"{where}.releases")
        _positive((item.interval_min_hours, item.interval_max_hours), where)
        if item.interval_min_hours > item.interval_max_hours:
            raise TableError(where, "interval_min_hours must not be above interval_max_hours")
        check.source(item.source, f"{where}.source")
        interval = IntervalRange(
            item.drug,
            routes,
            releases,
            item.interval_min_hours,
            item.interval_max_hours,
            item.source,
        )
        for route in routes:
            for release in releases:
                key = (item.drug, route, release)
                if key in intervals:
                    raise TableError(where, f"{key} appears twice")
                intervals[key] = interval
    if not any(key[0] == ANY_DRUG for key in intervals):
        raise TableError(f"{name} intervals", f"expected at least one {ANY_DRUG!r} row")
    return intervals


def parse_plausibility(check: _Checker, raw: RawTable) -> PlausibilityTable:
    if raw.meta:
        raise TableError(f"{raw.name} [meta]", f"unknown keys {sorted(raw.meta)}")
    try:
        body = msgspec.convert(raw.body, _Body)
    except msgspec.ValidationError as exc:
        raise TableError(raw.name, str(exc)) from exc
    return PlausibilityTable(
        ref=raw.ref,
        doses=_doses(check, body.doses, f"{raw.name} doses"),
        intervals=_intervals(check, body.intervals, raw.name),
        notes=raw.notes,
        rates=_doses(check, body.rates, f"{raw.name} rates"),
    )


class _RenalDrug(msgspec.Struct, forbid_unknown_fields=True):
    drug: str
    advice: str
    source: str
    note: str | None = None


class _RenalMeta(msgspec.Struct, forbid_unknown_fields=True):
    breakthrough_order: list[str]
    breakthrough_order_source: str


class _RenalBody(msgspec.Struct, forbid_unknown_fields=True):
    drugs: list[_RenalDrug]


_ADVICE = ("avoid", "caution", "safest")


def parse_renal_opioids(check: _Checker, raw: RawTable) -> RenalOpioids:
    try:
        meta = msgspec.convert(raw.meta, _RenalMeta)
        body = msgspec.convert(raw.body, _RenalBody)
    except msgspec.ValidationError as exc:
        raise TableError(raw.name, str(exc)) from exc
    check.source(meta.breakthrough_order_source, f"{raw.name} [meta].breakthrough_order_source")
    if not meta.breakthrough_order:
        raise TableError(f"{raw.name} [meta].breakthrough_order", "expected at least one drug")
    drugs: dict[str, RenalAdvice] = {}
    for i, row in enumerate(body.drugs):
        where = f"{raw.name} drugs[{i}]"
        if row.advice not in _ADVICE:
            raise TableError(f"{where}.advice", f"expected one of {list(_ADVICE)}")
        if row.drug in drugs:
            raise TableError(where, f"{row.drug!r} appears twice")
        check.source(row.source, f"{where}.source")
        drugs[row.drug] = RenalAdvice(row.drug, row.advice, row.source)
    if not any(a.advice == "safest" for a in drugs.values()):
        raise TableError(f"{raw.name} drugs", "expected at least one 'safest' drug")
    return RenalOpioids(
        ref=raw.ref,
        drugs=drugs,
        breakthrough_order=tuple(meta.breakthrough_order),
        breakthrough_order_source=meta.breakthrough_order_source,
    )
