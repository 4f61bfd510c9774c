"""
Kinds ``mme`` and ``equianalgesic``: conversion rows keyed by drug and route (and, where a table
splits a drug and route by dose form, by form), and an equianalgesic table's continuous-infusion
rows.  Both kinds share the row objects; each has its own file grammar.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from decimal import Decimal
from typing import Annotated

import attrs
import msgspec
from msgspec import Meta

from calc.errors import OutOfRangeError, TableError, UnknownEntryError
from calc.kinds.bands import BandSet, FactorBandRow, band_set
from calc.kinds.base import Advice, AdviceRow, Context, Header, Kind, Loaded, advice_of
from calc.kinds.grammar import (
    Days,
    DrugName,
    FactorUnit,
    FactorValue,
    FormName,
    InfusionRoute,
    RateUnit,
    Route,
    TableId,
)
from calc.results import TableRef
from calc.vocabulary import PATCH_UNIT


__all__ = [
    "EQUIANALGESIC",
    "MME",
    "EquianalgesicFile",
    "Factor",
    "FactorTable",
    "MMEFile",
    "RateFactor",
    "build_equianalgesic",
    "build_mme",
    "chosen_factor",
    "merge_extensions",
]


@attrs.frozen
class Factor:
    """
    A conversion row: oral morphine mg/day per unit of the drug's daily amount on these routes.

    Either ``factor`` or ``bands`` (factor by the drug's own daily amount) is set.
    """

    drug: str
    routes: tuple[str, ...]
    unit: str
    factor: Decimal | None
    bands: BandSet | None
    source: str
    note: str | None = None
    alternatives: tuple[tuple[Decimal, str], ...] = ()
    # Dose forms this row is limited to (tables/README.md, "forms"); empty: every form.
    forms: tuple[str, ...] = ()
    # A patch factor per unit dispensed: the days one patch is worn (CDC data files, CMS: 7.2 per
    # mcg/h of a fentanyl patch worn 3 days); None: the factor is per mcg/h worn, per day.
    days_per_unit: Decimal | None = None

    def factor_at(self, daily_amount: Decimal) -> tuple[Decimal, str]:
        """The factor for this daily amount and the source key of that number."""
        if self.bands is None:
            assert self.factor is not None  # noqa: S101  (the build guarantees one of the two)
            return self.factor, self.source
        band = self.bands.find(daily_amount)
        if band is None:
            first = self.bands.bands[0]
            msg = f"{self.drug}: no factor band covers a daily amount of {daily_amount} {self.unit}"
            raise OutOfRangeError(
                "mme.outside_bands",
                "dose",
                f"above {first.low} {self.unit}/day",
                daily_amount,
                msg,
            )
        return band.value, band.source


@attrs.frozen
class RateFactor:
    """
    A continuous-infusion row: oral morphine mg/day per unit of rate (mg/h or mcg/h).

    ``factor`` converts FROM the infusion, ``target_factor`` TO it; where sources give different
    continuous ratios, each direction takes the one that gives less of the new drug.
    """

    drug: str
    routes: tuple[str, ...]
    unit: str
    factor: Decimal
    source: str
    target_factor: Decimal
    target_source: str
    note: str | None = None
    alternatives: tuple[tuple[Decimal, str], ...] = ()

    def factor_at(self, daily_amount: Decimal) -> tuple[Decimal, str]:
        del daily_amount
        return self.factor, self.source


def chosen_factor(
    row: Factor | RateFactor, source: str, to: bool, field: str
) -> tuple[Decimal, str]:
    """
    The factor a caller chose by its source key: the row's own (its target factor for an
    infusion converted TO), or one of its listed alternatives; an unlisted key is refused.
    """
    if isinstance(row, RateFactor):
        own = [(row.target_factor, row.target_source)] if to else [(row.factor, row.source)]
        own += [(row.factor, row.source), (row.target_factor, row.target_source)]
    elif row.factor is not None:
        own = [(row.factor, row.source)]
    else:
        msg = f"{row.drug}: the row is banded (its factor depends on the dose); none can be chosen"
        raise UnknownEntryError(
            "table.factor_not_listed", field, "a row with a single factor", source, msg
        )
    for factor, key in (*own, *row.alternatives):
        if key == source:
            return factor, key
    keys = sorted({k for _, k in (*own, *row.alternatives)})
    msg = f"{row.drug}: no factor from source {source!r}; the row lists {', '.join(keys)}"
    raise UnknownEntryError("table.factor_not_listed", field, f"one of {keys}", source, msg)


@attrs.frozen
class FactorTable:
    """
    An MME or equianalgesic table: rows keyed by (drug, route); rows limited to named dose forms
    keyed by (drug, route) and then form in ``forms`` (a (drug, route) is in one or the other).
    """

    ref: TableRef
    rows: Mapping[tuple[str, str], Factor] = attrs.field(eq=False)
    notes: tuple[str, ...] = ()
    forms: Mapping[tuple[str, str], Mapping[str, Factor]] = attrs.field(eq=False, factory=dict)
    rates: Mapping[tuple[str, str], RateFactor] = attrs.field(eq=False, factory=dict)
    # Drugs the table leaves out on purpose (CDC 2022: buprenorphine, a partial agonist): a
    # regimen's total without them is still that table's total.  Any other line it does not
    # cover makes the total unknown.
    not_compared: tuple[str, ...] = ()
    not_compared_source: str | None = None
    # Warnings the table attaches to every result, or only to results with one of ``drugs``.
    advice: tuple[tuple[Advice, tuple[str, ...]], ...] = ()

    def advice_for(self, drugs: Collection[str]) -> tuple[Advice, ...]:
        """The table's advice for a regimen of these drugs."""
        return tuple(a for a, only in self.advice if not only or any(d in drugs for d in only))

    def rate(self, drug: str, route: str, at: str) -> RateFactor:
        """The continuous-infusion row; a table without one refuses, never a bolus factor."""
        row = self.rates.get((drug, route))
        if row is not None:
            return row
        covered = sorted(f"{d} {r}" for d, r in self.rates)
        msg = (
            f"table {self.ref.id!r} has no continuous-infusion factor for {drug} {route} (a "
            f"single-dose factor is not used for an infusion); it has: {', '.join(covered) or 'none'}"
        )
        raise UnknownEntryError(
            f"{self.ref.kind}.infusion_not_covered",
            f"{at}.drug",
            f"an infusion the table covers: {covered}",
            drug,
            msg,
        )

    def lookup(self, drug: str, route: str, at: str) -> Factor:
        """The row for drug and route; ``at`` is the request path of the line (``from[0]``)."""
        row = self.rows.get((drug, route))
        if row is not None:
            return row
        return self.lookup_form(drug, route, None, at)

    def lookup_form(self, drug: str, route: str, form: str | None, at: str) -> Factor:
        """
        The row for drug, route and dose form: a row without forms applies to every form; where
        the table splits a drug and route by form, the form is required and must be listed.
        """
        row = self.rows.get((drug, route))
        if row is not None:
            return row
        by_form = self.forms.get((drug, route))
        if by_form is not None:
            found = by_form.get(form) if form is not None else None
            if found is not None:
                return found
            listed = sorted(by_form)
            what = "needs the dose form" if form is None else f"does not cover form {form!r}"
            msg = (
                f"table {self.ref.id!r} {what} for {drug} by route {route}: "
                f"one of {', '.join(listed)}"
            )
            code = "form_required" if form is None else "form_not_covered"
            raise UnknownEntryError(
                f"{self.ref.kind}.{code}", f"{at}.form", f"one of {listed}", form, msg
            )
        keys = [*self.rows, *self.forms]
        covered = sorted({d for d, _ in keys})
        if drug in covered:
            routes = sorted(r for d, r in keys if d == drug)
            msg = f"table {self.ref.id!r} covers {drug} only by route {', '.join(routes)}"
            raise UnknownEntryError(
                f"{self.ref.kind}.route_not_covered",
                f"{at}.route",
                f"one of {routes}",
                route,
                f"{msg}; got route {route!r}",
            )
        msg = f"table {self.ref.id!r} does not cover drug {drug!r}; it covers {', '.join(covered)}"
        raise UnknownEntryError(
            f"{self.ref.kind}.drug_not_covered", f"{at}.drug", f"one of {covered}", drug, msg
        )


# --- file grammar -------------------------------------------------------------------------------

Routes = Annotated[list[Route], Meta(min_length=1)]


class Alternative(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A factor another source gives for the same row (a caller may choose it by source key)."""

    factor: FactorValue
    source: str


class _Row(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    drug: DrugName
    routes: Routes
    unit: FactorUnit
    source: str
    note: str | None = None


class MMERow(_Row, kw_only=True):
    """
    A factor for a drug on these routes: ``factor``, or ``bands`` over the drug's own daily
    amount; ``forms`` limits the row to those dose forms; ``days_per_unit`` (patches, mcg/h
    only) makes the factor one per patch dispensed, worn that many days.
    """

    factor: FactorValue | None = None
    bands: Annotated[list[FactorBandRow], Meta(min_length=1)] | None = None
    forms: Annotated[list[FormName], Meta(min_length=1)] | None = None
    days_per_unit: Days | None = None


class EquianalgesicRow(_Row, kw_only=True):
    """A single factor for a drug on these routes, and what other sources give."""

    factor: FactorValue
    alternatives: list[Alternative] = msgspec.field(default_factory=list)


class RateRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """
    A continuous infusion: ``factor`` converts from it, ``target_factor`` to it (oral morphine
    mg/day per mg/h or mcg/h).
    """

    drug: DrugName
    routes: Annotated[list[InfusionRoute], Meta(min_length=1)]
    unit: RateUnit
    factor: FactorValue
    source: str
    target_factor: FactorValue
    target_source: str
    note: str | None = None
    alternatives: list[Alternative] = msgspec.field(default_factory=list)


class MMEAdviceRow(AdviceRow, kw_only=True):
    """A warning every result of the table carries, or only those with one of ``drugs``."""

    drugs: Annotated[list[DrugName], Meta(min_length=1)] | None = None


class MMEMeta(Header, kw_only=True):
    """``not_compared``: drugs the table leaves out on purpose, with the source that says so."""

    not_compared: list[DrugName] | None = None
    not_compared_source: str | None = None


class MMEFile(msgspec.Struct, forbid_unknown_fields=True):
    """An MME table (kind ``mme``)."""

    meta: MMEMeta
    rows: Annotated[list[MMERow], Meta(min_length=1)]
    advice: list[MMEAdviceRow] = msgspec.field(default_factory=list)


class EquianalgesicMeta(Header, kw_only=True):
    """``extends``: the table this one lists only its differences from."""

    extends: TableId | None = None


class EquianalgesicFile(msgspec.Struct, forbid_unknown_fields=True):
    """A conversion table (kind ``equianalgesic``)."""

    meta: EquianalgesicMeta
    rows: Annotated[list[EquianalgesicRow], Meta(min_length=1)]
    rates: list[RateRow] = msgspec.field(default_factory=list)


# --- building -----------------------------------------------------------------------------------

FactorRows = tuple[dict[tuple[str, str], Factor], dict[tuple[str, str], dict[str, Factor]]]


def _register(factor: Factor, into: FactorRows, ctx: Context, where: str) -> None:
    """A row under each of its routes (and forms); a key may not appear twice."""
    rows, by_form = into
    for route in factor.routes:
        key = (factor.drug, route)
        if key in rows or (key in by_form and not factor.forms):
            raise ctx.error(where, f"({factor.drug}, {route}) appears twice")
        if not factor.forms:
            rows[key] = factor
            continue
        listed = by_form.setdefault(key, {})
        for form in factor.forms:
            if form in listed:
                raise ctx.error(where, f"({factor.drug}, {route}, {form}) appears twice")
            listed[form] = factor


def _alternatives(rows: list[Alternative]) -> tuple[tuple[Decimal, str], ...]:
    return tuple((alt.factor, alt.source) for alt in rows)


def _mme_row(row: MMERow, ctx: Context, where: str) -> Factor:
    if (row.factor is None) == (row.bands is None):
        raise ctx.error(where, "give exactly one of 'factor' or 'bands'")
    bands = None
    if row.bands is not None:
        bands = band_set(row.bands, ctx, f"{where}.bands")
        if bands.bands[0].low != 0 or bands.top.high is not None:
            raise ctx.error(f"{where}.bands", "factor bands must start at 0 and end open")
    if row.forms is not None and len(set(row.forms)) != len(row.forms):
        raise ctx.error(f"{where}.forms", f"a form appears twice in {row.forms}")
    if row.days_per_unit is not None and (row.unit != PATCH_UNIT or bands is not None):
        msg = "days_per_unit is for a patch's single factor per mcg/h (unit mcg/h, no bands)"
        raise ctx.error(f"{where}.days_per_unit", msg)
    return Factor(
        drug=row.drug,
        routes=tuple(row.routes),
        unit=row.unit,
        factor=row.factor,
        bands=bands,
        source=row.source,
        note=row.note,
        forms=tuple(row.forms or ()),
        days_per_unit=row.days_per_unit,
    )


def build_mme(file: MMEFile, ref: TableRef, ctx: Context) -> FactorTable:
    meta = file.meta
    if (meta.not_compared is None) != (meta.not_compared_source is None):
        raise ctx.error("[meta]", "not_compared and not_compared_source go together")
    into: FactorRows = ({}, {})
    for i, row in enumerate(file.rows):
        _register(_mme_row(row, ctx, f"rows[{i}]"), into, ctx, f"rows[{i}]")
    rows, by_form = into
    return FactorTable(
        ref=ref,
        rows=rows,
        notes=tuple(meta.notes),
        forms=by_form,
        not_compared=tuple(meta.not_compared or ()),
        not_compared_source=meta.not_compared_source,
        advice=tuple(
            zip(
                advice_of(list(file.advice), ctx, "advice"),
                (tuple(a.drugs or ()) for a in file.advice),
                strict=True,
            )
        ),
    )


def _rates(rows: list[RateRow], ctx: Context) -> dict[tuple[str, str], RateFactor]:
    rates: dict[tuple[str, str], RateFactor] = {}
    for i, row in enumerate(rows):
        rate = RateFactor(
            drug=row.drug,
            routes=tuple(row.routes),
            unit=row.unit,
            factor=row.factor,
            source=row.source,
            target_factor=row.target_factor,
            target_source=row.target_source,
            note=row.note,
            alternatives=_alternatives(row.alternatives),
        )
        for route in rate.routes:
            if (rate.drug, route) in rates:
                raise ctx.error(f"rates[{i}]", f"({rate.drug}, {route}) appears twice")
            rates[rate.drug, route] = rate
    return rates


def build_equianalgesic(file: EquianalgesicFile, ref: TableRef, ctx: Context) -> FactorTable:
    into: FactorRows = ({}, {})
    for i, row in enumerate(file.rows):
        factor = Factor(
            drug=row.drug,
            routes=tuple(row.routes),
            unit=row.unit,
            factor=row.factor,
            bands=None,
            source=row.source,
            note=row.note,
            alternatives=_alternatives(row.alternatives),
        )
        _register(factor, into, ctx, f"rows[{i}]")
    return FactorTable(
        ref=ref,
        rows=into[0],
        notes=tuple(file.meta.notes),
        rates=_rates(file.rates, ctx),
    )


def merge_extensions(
    tables: Mapping[str, FactorTable], extends: Mapping[str, tuple[str, str]]
) -> dict[str, FactorTable]:
    """
    Each extending table (id -> (base id, file name)): its base's rows and rates, overridden by
    its own.  A base must be loaded and must not extend another table itself.
    """
    merged = dict(tables)
    for table_id, (base_id, name) in extends.items():
        base = tables.get(base_id)
        if base is None:
            msg = f"required table {base_id!r} was not found (extended by {name})"
            raise TableError(base_id, msg)
        if base_id in extends:
            raise TableError(f"{name} [meta].extends", f"{base_id!r} extends another table")
        own = tables[table_id]
        merged[table_id] = attrs.evolve(
            own, rows={**base.rows, **own.rows}, rates={**base.rates, **own.rates}
        )
    return merged


def _finish(tables: dict[str, FactorTable], loaded: Mapping[str, Loaded]) -> dict[str, FactorTable]:
    extends = {
        table_id: (item.file.meta.extends, item.name)
        for table_id, item in loaded.items()
        if item.file.meta.extends is not None
    }
    return merge_extensions(tables, extends)


MME: Kind[FactorTable] = Kind("mme", MMEFile, build_mme, "cdc-2022", selectable=True)
EQUIANALGESIC: Kind[FactorTable] = Kind(
    "equianalgesic",
    EquianalgesicFile,
    build_equianalgesic,
    "equianalgesic-us",
    selectable=True,
    finish=_finish,
)
