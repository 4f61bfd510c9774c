"""
Kind ``products``: the products practical regimens are built from (strengths, intervals, liquids
and their measuring steps) and the usual solutions of continuous infusions.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, Literal

import attrs
import msgspec
from msgspec import Meta

from calc.kinds.base import Context, Header, Kind, ascending
from calc.kinds.grammar import (
    Amount,
    DefaultUnits,
    DoseUnit,
    DrugName,
    Hours,
    InfusionRoute,
    Release,
    Route,
    Text,
    Units,
    Volume,
)
from calc.results import TableRef
from calc.rounding import compositions as dose_compositions
from calc.units import HOURS_PER_DAY
from calc.vocabulary import PATCH_UNIT


__all__ = [
    "KIND",
    "InfusionProduct",
    "Product",
    "ProductCatalog",
    "ProductsFile",
    "UnitCount",
    "build",
]


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
        strengths: unit strengths (mg, mcg or mcg/h); for a liquid, the amount in one measuring
            step (concentration x volume step).
        intervals_hours: dosing intervals the product is given at.
        max_units_per_dose: how many units (measuring steps) one administration may combine.
        concentration_per_ml: a liquid's concentration (unit per mL); ``None`` for solids.
        tolerant_only: the label restricts it to opioid-tolerant patients (concentrates).
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
    concentration_per_ml: Decimal | None = None
    tolerant_only: bool = False

    @functools.cached_property
    def compositions(self) -> Mapping[Decimal, tuple[Decimal, ...]]:
        return dose_compositions(self.strengths, self.max_units_per_dose)

    @functools.cached_property
    def intervals_longest_first(self) -> tuple[Decimal, ...]:
        """The intervals, longest first (the order a regimen is built in; sorted once)."""
        return tuple(sorted(self.intervals_hours, reverse=True))

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

    @functools.cached_property
    def regimens(self) -> dict[tuple[Decimal, Decimal], Any]:
        """
        The scheduled regimens built from this product (calc/regimen.py ``regimen_of``: each a
        PracticalRegimen, typed loosely here, as calc/regimen.py imports this module) by dose and
        interval: only from its own doses and intervals, so no more than the product offers.
        """
        return {}

    @functools.cached_property
    def scheduled_options(self) -> dict[int, Any]:
        """
        The scheduled regimens a taper may step down to (calc/taper_lines.py), sorted, with their
        daily totals (calc/taper_lines.py ``Option`` tuples), by how many of the product's doses
        (smallest first) they use.
        """
        return {}

    @property
    def smallest(self) -> Decimal:
        return min(self.strengths)

    def volume_ml(self, dose: Decimal) -> Decimal | None:
        """The volume of a liquid dose (exact: doses are whole measuring steps)."""
        return None if self.concentration_per_ml is None else dose / self.concentration_per_ml


@attrs.frozen
class InfusionProduct:
    """
    The usual solution of a continuous infusion: its concentration (``unit`` per mL) and the
    pump's rate step (mL/h).
    """

    drug: str
    routes: tuple[str, ...]
    unit: str
    concentration_per_ml: Decimal
    rate_step_ml_per_h: Decimal
    source: str


@attrs.frozen
class ProductCatalog:
    """The products (strengths and intervals) that regimens are built from."""

    ref: TableRef
    products: tuple[Product, ...]
    infusions: Mapping[tuple[str, str], InfusionProduct] = attrs.field(eq=False, factory=dict)

    def find(
        self, drug: str, route: str, release: str | None, form: str | None = None
    ) -> Product | None:
        """
        The product for drug, route and release (``None`` prefers immediate); with ``form``
        only that form, else the first listed.
        """
        return self._choices.get((drug, route, release, form))

    def find_all(self, drug: str, route: str, release: str | None) -> tuple[Product, ...]:
        """Every product for drug, route and release, in the order the table lists them."""
        return self._all.get((drug, route, release), ())

    @functools.cached_property
    def _all(self) -> Mapping[tuple[str, str, str | None], tuple[Product, ...]]:
        found: dict[tuple[str, str, str | None], list[Product]] = {}
        for p in self.products:
            found.setdefault((p.drug, p.route, p.release), []).append(p)
        for drug, route in {(p.drug, p.route) for p in self.products}:
            # Release not given: the release ``find`` prefers (immediate when there is one).
            first = self._scan(drug, route, None, None)
            assert first is not None  # noqa: S101  (the pair comes from a listed product)
            found[drug, route, None] = found[drug, route, first.release]
        return {key: tuple(value) for key, value in found.items()}

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


# --- file grammar -------------------------------------------------------------------------------

Positive = Annotated[list[Amount], Meta(min_length=1)]


class ProductRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """
    One product: a solid's unit ``strengths``, or a liquid's ``concentration_per_ml`` measured in
    ``volume_step_ml`` steps up to ``max_volume_ml`` per dose (its "strength" is one step).
    """

    drug: DrugName
    route: Route
    release: Release
    form: Text
    unit: DoseUnit
    intervals_hours: Annotated[list[Hours], Meta(min_length=1)]
    source: str
    intervals_source: str
    note: str | None = None
    max_units_per_dose: Units | None = None
    strengths: Positive | None = None
    concentration_per_ml: Amount | None = None
    volume_step_ml: Volume | None = None
    max_volume_ml: Volume | None = None
    tolerant_only: bool = False


class InfusionRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The usual solution of a continuous infusion and the pump's rate step."""

    drug: DrugName
    routes: Annotated[list[InfusionRoute], Meta(min_length=1)]
    unit: Literal["mg", "mcg"]
    concentration_per_ml: Amount
    rate_step_ml_per_h: Volume
    source: str
    note: str | None = None


class ProductsMeta(Header, kw_only=True):
    """How many units one administration may combine unless a product says otherwise."""

    max_units_per_dose: DefaultUnits
    max_units_per_dose_source: str


class ProductsFile(msgspec.Struct, forbid_unknown_fields=True):
    """A product catalog (kind ``products``)."""

    meta: ProductsMeta
    products: Annotated[list[ProductRow], Meta(min_length=1)]
    infusions: list[InfusionRow] = msgspec.field(default_factory=list)


# --- building -----------------------------------------------------------------------------------

_LIQUID = ("concentration_per_ml", "volume_step_ml", "max_volume_ml")


def _doses(row: ProductRow, ctx: Context, at: str, default: int) -> tuple[tuple[Decimal, ...], int]:
    """A solid's strengths and units per dose, or a liquid's one measuring step and steps."""
    given = [name for name in _LIQUID if getattr(row, name) is not None]
    if given:
        if len(given) != len(_LIQUID) or row.strengths is not None or row.max_units_per_dose:
            raise ctx.error(
                at,
                f"a liquid gives all of {list(_LIQUID)} and neither strengths nor "
                "max_units_per_dose",
            )
        assert row.concentration_per_ml is not None  # noqa: S101  (all three given)
        assert row.volume_step_ml is not None  # noqa: S101
        assert row.max_volume_ml is not None  # noqa: S101
        steps = row.max_volume_ml / row.volume_step_ml
        if steps != steps.to_integral_value():
            raise ctx.error(f"{at}.max_volume_ml", f"expected whole volume steps, got {steps}")
        amount = row.concentration_per_ml * row.volume_step_ml
        amount = (
            amount.quantize(Decimal(1)) if amount == amount.to_integral() else amount.normalize()
        )
        units = int(steps)
        ctx.within(Decimal(units), Units.quantity, f"{at}.max_volume_ml")
        return (amount,), units
    if row.strengths is None:
        raise ctx.error(at, "give strengths (a solid) or concentration_per_ml (a liquid)")
    strengths = ascending(row.strengths, ctx, f"{at}.strengths")
    return strengths, row.max_units_per_dose or default


def _product(row: ProductRow, ctx: Context, at: str, default: int) -> Product:
    strengths, units = _doses(row, ctx, at, default)
    intervals = ascending(row.intervals_hours, ctx, f"{at}.intervals_hours")
    if row.unit != PATCH_UNIT and any(HOURS_PER_DAY % i for i in intervals):
        shown = "[" + ", ".join(str(i) for i in intervals) + "]"
        raise ctx.error(
            f"{at}.intervals_hours",
            f"intervals must divide 24 h into whole administrations, got {shown}",
        )
    return Product(
        drug=row.drug,
        route=row.route,
        release=row.release,
        form=row.form,
        unit=row.unit,
        strengths=strengths,
        intervals_hours=intervals,
        source=row.source,
        intervals_source=row.intervals_source,
        max_units_per_dose=units,
        concentration_per_ml=row.concentration_per_ml,
        tolerant_only=row.tolerant_only,
    )


def _infusions(rows: list[InfusionRow], ctx: Context) -> dict[tuple[str, str], InfusionProduct]:
    infusions: dict[tuple[str, str], InfusionProduct] = {}
    for i, row in enumerate(rows):
        product = InfusionProduct(
            drug=row.drug,
            routes=tuple(row.routes),
            unit=row.unit,
            concentration_per_ml=row.concentration_per_ml,
            rate_step_ml_per_h=row.rate_step_ml_per_h,
            source=row.source,
        )
        for route in product.routes:
            if (product.drug, route) in infusions:
                raise ctx.error(f"infusions[{i}]", f"({product.drug}, {route}) appears twice")
            infusions[product.drug, route] = product
    return infusions


def build(file: ProductsFile, ref: TableRef, ctx: Context) -> ProductCatalog:
    products: list[Product] = []
    keys: set[tuple[str, str, str, str]] = set()
    for i, row in enumerate(file.products):
        product = _product(row, ctx, f"products[{i}]", file.meta.max_units_per_dose)
        key = (product.drug, product.route, product.release, product.form)
        if key in keys:
            raise ctx.error(f"products[{i}]", f"{key} appears twice")
        keys.add(key)
        products.append(product)
    return ProductCatalog(
        ref=ref, products=tuple(products), infusions=_infusions(file.infusions, ctx)
    )


KIND: Kind[ProductCatalog] = Kind("products", ProductsFile, build, "us-products")
