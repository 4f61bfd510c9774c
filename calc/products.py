"""
The products practical regimens are built from: strengths, intervals, liquids and their measuring
steps, and the usual solutions of continuous infusions.  ``tables/loader.py`` builds them from
``tables/products-us.toml``; nothing here reads a file.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal

import attrs

from calc.results import TableRef
from calc.rounding import compositions as dose_compositions


__all__ = ["InfusionProduct", "Product", "ProductCatalog", "UnitCount"]


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
