"""
Frozen reference data as the calculation core sees it.

``tables/loader.py`` reads and validates the TOML files and builds these objects; the core only
looks things up in them.  Nothing here reads a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import attrs

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.results import TableRef


if TYPE_CHECKING:
    from calc.alerts import RenalOpioids
    from calc.dosing_tables import AdjunctTable, FormulaTable
    from calc.label_tables import PatchTable
    from calc.plausibility import PlausibilityTable
    from calc.products import ProductCatalog
    from calc.rxnorm import RxNormTable


__all__ = [
    "Band",
    "BandSet",
    "Factor",
    "FactorTable",
    "MethadoneScheme",
    "RateFactor",
    "Reference",
    "Source",
    "TaperPreset",
    "TaperPresets",
    "Threshold",
    "Thresholds",
    "chosen_factor",
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
    # Plausible doses and intervals of regimen lines (kind `plausibility`); None checks nothing.
    plausibility: PlausibilityTable | None = None
    # Opioids to avoid or use with caution in renal impairment (kind `renal-opioids`).
    renal_opioids: RenalOpioids | None = None
    # Opioid products by RxCUI (kind `rxnorm`): the FHIR input's identity of a medication.
    rxnorm: RxNormTable | None = None

    def all_refs(self) -> tuple[TableRef, ...]:
        refs = [t.ref for t in self.mme.values()]
        refs += [t.ref for t in self.equianalgesic.values()]
        refs += [t.ref for t in self.methadone.values()]
        refs += [self.fentanyl_patch.ref, self.buprenorphine_patch.ref, self.products.ref]
        refs += [self.thresholds.ref, self.tapers.ref]
        refs += [t.ref for t in self.formulas.values()]
        refs += [t.ref for t in self.adjuncts.values()]
        refs += [
            t.ref for t in (self.plausibility, self.renal_opioids, self.rxnorm) if t is not None
        ]
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
