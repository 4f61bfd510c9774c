"""
Every table the core may use, as the core sees it: frozen tables by kind and key, the sources,
and the named views the calculations read.

``calc/kinds/registry.py`` builds it from parsed files (``tables/loader.py`` reads them); the core
only looks things up in it.  Nothing here reads a file.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar, cast

import attrs

from calc.errors import UnknownEntryError
from calc.kinds.adjunct import KIND as ADJUNCT
from calc.kinds.adjunct import AdjunctTable
from calc.kinds.base import Kind, Source
from calc.kinds.factors import EQUIANALGESIC, MME, FactorTable
from calc.kinds.formula import KIND as FORMULA
from calc.kinds.formula import FormulaTable
from calc.kinds.methadone_scheme import KIND as METHADONE
from calc.kinds.methadone_scheme import MethadoneScheme
from calc.kinds.patch_label import BUPRENORPHINE, FENTANYL, PatchTable
from calc.kinds.plausibility import KIND as PLAUSIBILITY
from calc.kinds.plausibility import PlausibilityTable
from calc.kinds.products import KIND as PRODUCTS
from calc.kinds.products import ProductCatalog
from calc.kinds.renal_opioids import KIND as RENAL_OPIOIDS
from calc.kinds.renal_opioids import RenalOpioids
from calc.kinds.rxnorm import KIND as RXNORM
from calc.kinds.rxnorm import RxNormTable
from calc.kinds.taper_presets import KIND as TAPER_PRESETS
from calc.kinds.taper_presets import TaperPresets
from calc.kinds.thresholds import KIND as THRESHOLDS
from calc.kinds.thresholds import Thresholds
from calc.results import TableRef


__all__ = ["Reference", "adjunct_table", "formula_table"]

_T = TypeVar("_T")
_NONE: Mapping[str, Any] = MappingProxyType({})


@attrs.frozen
class Reference:
    """
    Every loaded table, by kind name and then key (its id; an adjunct table by its drug).

    The properties are the views the core reads; ``of`` and ``default`` serve any kind.
    """

    sources: Mapping[str, Source] = attrs.field(eq=False)
    tables: Mapping[str, Mapping[str, Any]] = attrs.field(eq=False)

    # No ``typing.cast`` in these three: they run several times in every calculation, and cast
    # is a Python function call; the mappings hold Any.

    def of(self, kind: Kind[_T]) -> Mapping[str, _T]:
        """Every table of ``kind``, by key."""
        return self.tables.get(kind.name, _NONE)

    def default(self, kind: Kind[_T]) -> _T:
        """The table of ``kind`` the core reads (the registry requires it)."""
        found: _T = self.tables.get(kind.name, _NONE)[kind.default or ""]
        return found

    def optional(self, kind: Kind[_T]) -> _T | None:
        """The default table of ``kind``, or None when it is left out (tests and tools)."""
        found: _T | None = self.tables.get(kind.name, _NONE).get(kind.default or "")
        return found

    def with_tables(self, kind: Kind[_T], tables: Mapping[str, _T]) -> Reference:
        """A copy with the tables of ``kind`` replaced (tests and tools)."""
        return attrs.evolve(self, tables={**self.tables, kind.name: tables})

    def with_default(self, kind: Kind[_T], table: _T | None) -> Reference:
        """A copy with the default table of ``kind`` replaced, or left out (tests and tools)."""
        others = {k: v for k, v in self.of(kind).items() if k != kind.default}
        own = {} if table is None else {cast("str", kind.default): table}
        return self.with_tables(kind, {**others, **own})

    def all_refs(self) -> tuple[TableRef, ...]:
        refs = [t.ref for tables in self.tables.values() for t in tables.values()]
        return tuple(sorted(refs, key=lambda r: r.id))

    # --- the views the core reads -----------------------------------------------------------

    @functools.cached_property
    def mme(self) -> Mapping[str, FactorTable]:
        return self.of(MME)

    @functools.cached_property
    def equianalgesic(self) -> Mapping[str, FactorTable]:
        return self.of(EQUIANALGESIC)

    @functools.cached_property
    def methadone(self) -> Mapping[str, MethadoneScheme]:
        return self.of(METHADONE)

    @property
    def fentanyl_patch(self) -> PatchTable:
        return self.default(FENTANYL)

    @property
    def buprenorphine_patch(self) -> PatchTable:
        return self.default(BUPRENORPHINE)

    def patch_table(self, drug: str) -> PatchTable | None:
        """The patch label table of ``drug``, if there is one."""
        for kind in (FENTANYL, BUPRENORPHINE):
            table = self.optional(kind)
            if table is not None and table.drug == drug:
                return table
        return None

    # The views a rotation reads (the thresholds a dozen times, the products four) are looked
    # up once per reference, then read from the instance (its tables never change).
    @functools.cached_property
    def products(self) -> ProductCatalog:
        return self.default(PRODUCTS)

    @functools.cached_property
    def thresholds(self) -> Thresholds:
        return self.default(THRESHOLDS)

    @property
    def tapers(self) -> TaperPresets:
        return self.default(TAPER_PRESETS)

    @property
    def formulas(self) -> Mapping[str, FormulaTable]:
        return self.of(FORMULA)

    @property
    def adjuncts(self) -> Mapping[str, AdjunctTable]:
        return self.of(ADJUNCT)

    @functools.cached_property
    def plausibility(self) -> PlausibilityTable | None:
        """Plausible doses and intervals of regimen lines; None checks nothing."""
        return self.optional(PLAUSIBILITY)

    @functools.cached_property
    def renal_opioids(self) -> RenalOpioids | None:
        return self.optional(RENAL_OPIOIDS)

    @property
    def rxnorm(self) -> RxNormTable | None:
        return self.optional(RXNORM)

    def mme_table(self, table_id: str | None, field: str = "table") -> FactorTable:
        return _pick(self.mme, table_id or _MME, field, "mme")

    def equianalgesic_table(self, table_id: str | None, field: str = "table") -> FactorTable:
        return _pick(self.equianalgesic, table_id or _EQUIANALGESIC, field, "equi")

    def methadone_scheme(self, scheme_id: str | None, field: str) -> MethadoneScheme:
        return _pick(self.methadone, scheme_id or _METHADONE, field, "methadone")


# The default ids of the kinds a request may select from (the registry requires each), as str: no
# ``typing.cast`` call in _pick, which runs in every calculation.
_MME = MME.default or ""
_EQUIANALGESIC = EQUIANALGESIC.default or ""
_METHADONE = METHADONE.default or ""


def _pick(tables: Mapping[str, _T], table_id: str, field: str, kind: str) -> _T:
    found = tables.get(table_id)
    if found is None:
        ids = sorted(tables)
        msg = f"no {kind} table with id {table_id!r}; available: {', '.join(ids)}"
        raise UnknownEntryError("table.unknown", field, f"one of {ids}", table_id, msg)
    return found


def formula_table(reference: Reference, table_id: str) -> FormulaTable:
    """A formula table the registry guarantees (``body-weight``, ``cockcroft-gault``)."""
    return reference.formulas[table_id]


def adjunct_table(reference: Reference, drug: str) -> AdjunctTable:
    """The adjunct table of ``drug`` (the registry guarantees one per supported adjunct)."""
    return reference.adjuncts[drug]
