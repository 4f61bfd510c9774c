"""
Frozen reference data as the calculation core sees it.

``tables/loader.py`` reads and validates the TOML files and builds these objects; the core only
looks things up in them.  Nothing here reads a file.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import attrs

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.results import TableRef
from calc.rounding import compositions as dose_compositions


if TYPE_CHECKING:
    from calc.dosing_tables import AdjunctTable, FormulaTable


__all__ = [
    "Band",
    "BandSet",
    "Factor",
    "FactorTable",
    "MethadoneScheme",
    "PatchTable",
    "Product",
    "ProductCatalog",
    "Reference",
    "Source",
    "TaperPreset",
    "TaperPresets",
    "Threshold",
    "Thresholds",
    "UnitCount",
]


@attrs.frozen
class Source:
    """A citable source: the key rows use, the citation and an optional URL."""

    key: str
    citation: str
    url: str | None = None


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
    """Contiguous ascending bands (validated by the loader)."""

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

    def factor_at(self, daily_amount: Decimal) -> tuple[Decimal, str]:
        """The factor for this daily amount and the source key of that number."""
        if self.bands is None:
            assert self.factor is not None  # noqa: S101  (the loader guarantees one of the two)
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
class FactorTable:
    """
    An MME or equianalgesic table: rows keyed by (drug, route); rows limited to named dose forms
    keyed by (drug, route) and then form in ``forms`` (a (drug, route) is in one or the other).
    """

    ref: TableRef
    rows: Mapping[tuple[str, str], Factor] = attrs.field(eq=False)
    notes: tuple[str, ...] = ()
    forms: Mapping[tuple[str, str], Mapping[str, Factor]] = attrs.field(eq=False, factory=dict)

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


@attrs.frozen
class MethadoneScheme:
    """A dose-dependent morphine:methadone ratio scheme over total oral morphine mg/day."""

    ref: TableRef
    bands: BandSet
    default_reduction_percent: Decimal
    reduction_source: str
    notes: tuple[str, ...] = ()


@attrs.frozen
class PatchTable:
    """Label conversion bands from oral morphine mg/day to a patch rate (mcg/h)."""

    ref: TableRef
    drug: str
    bands: BandSet
    max_rate: Decimal | None = None
    max_rate_source: str | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen
class UnitCount:
    """``count`` units of ``strength`` make up (part of) one administration."""

    strength: Decimal
    count: int


@attrs.frozen
class Product:
    """
    A marketed product used to build practical regimens.

    Attributes:
        strengths: unit strengths (mg, mcg or mcg/h).
        intervals_hours: dosing intervals the product is given at.
        max_units_per_dose: how many units one administration may combine.
    """

    drug: str
    route: str
    release: str
    form: str
    unit: str
    strengths: tuple[Decimal, ...]
    intervals_hours: tuple[Decimal, ...]
    source: str
    intervals_source: str
    max_units_per_dose: int

    @functools.cached_property
    def compositions(self) -> Mapping[Decimal, tuple[Decimal, ...]]:
        return dose_compositions(self.strengths, self.max_units_per_dose)

    @functools.cached_property
    def doses(self) -> tuple[Decimal, ...]:
        """Achievable doses per administration, ascending."""
        return tuple(sorted(self.compositions))

    @functools.cached_property
    def unit_counts(self) -> Mapping[Decimal, tuple[UnitCount, ...]]:
        """Per achievable dose, the units it is made of: strongest first, with their counts."""
        return {
            dose: tuple(
                UnitCount(strength=s, count=combo.count(s))
                for s in sorted(set(combo), reverse=True)
            )
            for dose, combo in self.compositions.items()
        }

    @property
    def smallest(self) -> Decimal:
        return min(self.strengths)


@attrs.frozen
class ProductCatalog:
    """The products (strengths and intervals) that regimens are built from."""

    ref: TableRef
    products: tuple[Product, ...]

    def find(
        self, drug: str, route: str, release: str | None, form: str | None = None
    ) -> Product | None:
        """
        The product for drug, route and release (``None`` prefers immediate); with ``form``
        only that form, else the first listed.
        """
        return self._choices.get((drug, route, release, form))

    @functools.cached_property
    def _choices(self) -> Mapping[tuple[str, str, str | None, str | None], Product]:
        """
        ``find`` for every drug, route, release and form the catalog lists (with ``None`` for
        release and form), worked out once: a request then costs one dict lookup instead of a
        scan of every product (a rotation looks up two or three).  Any other key finds nothing.
        """
        releases = (None, *sorted({p.release for p in self.products}))
        forms = (None, *sorted({p.form for p in self.products}))
        choices: dict[tuple[str, str, str | None, str | None], Product] = {}
        for drug, route in {(p.drug, p.route) for p in self.products}:
            for release in releases:
                for form in forms:
                    found = self._scan(drug, route, release, form)
                    if found is not None:
                        choices[drug, route, release, form] = found
        return choices

    def _scan(self, drug: str, route: str, release: str | None, form: str | None) -> Product | None:
        matches = [p for p in self.products if p.drug == drug and p.route == route]
        if release is not None:
            matches = [p for p in matches if p.release == release]
        if form is not None:
            matches = [p for p in matches if p.form == form]
        matches.sort(key=lambda p: p.release != "immediate")
        return matches[0] if matches else None


class Threshold(NamedTuple):
    value: Decimal
    unit: str
    source: str


@attrs.frozen
class Thresholds:
    """Named clinical thresholds, each with its unit and source."""

    ref: TableRef
    values: Mapping[str, Threshold] = attrs.field(eq=False)

    def __getitem__(self, name: str) -> Decimal:
        return self.values[name].value

    def source(self, name: str) -> str:
        return self.values[name].source


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


@attrs.frozen
class Reference:
    """Every table the core may use, with the defaults the product picked."""

    sources: Mapping[str, Source] = attrs.field(eq=False)
    mme: Mapping[str, FactorTable] = attrs.field(eq=False)
    equianalgesic: Mapping[str, FactorTable] = attrs.field(eq=False)
    methadone: Mapping[str, MethadoneScheme] = attrs.field(eq=False)
    fentanyl_patch: PatchTable
    buprenorphine_patch: PatchTable
    products: ProductCatalog
    thresholds: Thresholds
    tapers: TaperPresets
    default_mme: str = "cdc-2022"
    default_equianalgesic: str = "equianalgesic-us"
    default_methadone: str = "ccdhb-2009"
    # Dosing tables (kinds `formula` and `adjunct`): formulas by table id, adjuncts by drug.
    formulas: Mapping[str, FormulaTable] = attrs.field(eq=False, factory=dict)
    adjuncts: Mapping[str, AdjunctTable] = attrs.field(eq=False, factory=dict)

    def all_refs(self) -> tuple[TableRef, ...]:
        refs = [t.ref for t in self.mme.values()]
        refs += [t.ref for t in self.equianalgesic.values()]
        refs += [t.ref for t in self.methadone.values()]
        refs += [self.fentanyl_patch.ref, self.buprenorphine_patch.ref, self.products.ref]
        refs += [self.thresholds.ref, self.tapers.ref]
        refs += [t.ref for t in self.formulas.values()]
        refs += [t.ref for t in self.adjuncts.values()]
        return tuple(sorted(refs, key=lambda r: r.id))

    def mme_table(self, table_id: str | None, field: str = "table") -> FactorTable:
        return _pick(self.mme, table_id or self.default_mme, field, "mme")

    def equianalgesic_table(self, table_id: str | None, field: str = "table") -> FactorTable:
        return _pick(self.equianalgesic, table_id or self.default_equianalgesic, field, "equi")

    def methadone_scheme(self, scheme_id: str | None, field: str) -> MethadoneScheme:
        return _pick(self.methadone, scheme_id or self.default_methadone, field, "methadone")


_T = TypeVar("_T")


def _pick(tables: Mapping[str, _T], table_id: str, field: str, kind: str) -> _T:
    found = tables.get(table_id)
    if found is None:
        ids = sorted(tables)
        msg = f"no {kind} table with id {table_id!r}; available: {', '.join(ids)}"
        raise UnknownEntryError("table.unknown", field, f"one of {ids}", table_id, msg)
    return found
