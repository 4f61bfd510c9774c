"""
Read-only views of the reference data for listing: which drugs, routes and tables exist.
"""

from __future__ import annotations

import attrs

from calc.alerts import RenalOpioids
from calc.dosing_tables import AdjunctTable, FormulaTable
from calc.errors import UnknownEntryError
from calc.label_tables import PatchTable
from calc.plausibility import PlausibilityTable
from calc.products import ProductCatalog
from calc.reference import (
    BandSet,
    FactorTable,
    MethadoneScheme,
    Reference,
    TaperPresets,
    Thresholds,
)
from calc.results import TableRef
from calc.rxnorm import RxNormTable


__all__ = ["DrugEntry", "TableView", "drug_index", "table_view"]

AnyTable = (
    FactorTable
    | MethadoneScheme
    | PatchTable
    | ProductCatalog
    | Thresholds
    | TaperPresets
    | FormulaTable
    | AdjunctTable
    | PlausibilityTable
    | RenalOpioids
    | RxNormTable
)


@attrs.frozen
class DrugEntry:
    """One drug by route: the tables that convert it and the products that dose it."""

    drug: str
    route: str
    mme_tables: tuple[str, ...]
    equianalgesic_tables: tuple[str, ...]
    products: tuple[str, ...]


@attrs.frozen
class TableView:
    """A table with its rows in a uniform shape."""

    ref: TableRef
    notes: tuple[str, ...]
    table: AnyTable


def drug_index(reference: Reference) -> tuple[DrugEntry, ...]:
    keys: set[tuple[str, str]] = set()
    for tables in (reference.mme, reference.equianalgesic):
        for table in tables.values():
            keys.update(table.rows)
    keys.update((p.drug, p.route) for p in reference.products.products)
    entries = []
    for drug, route in sorted(keys):
        entries.append(
            DrugEntry(
                drug=drug,
                route=route,
                mme_tables=tuple(
                    t for t, v in sorted(reference.mme.items()) if (drug, route) in v.rows
                ),
                equianalgesic_tables=tuple(
                    t for t, v in sorted(reference.equianalgesic.items()) if (drug, route) in v.rows
                ),
                products=tuple(
                    f"{p.release} {p.form}"
                    for p in reference.products.products
                    if (p.drug, p.route) == (drug, route)
                ),
            )
        )
    return tuple(entries)


def _all_tables(reference: Reference) -> dict[str, AnyTable]:
    tables: dict[str, AnyTable] = {}
    tables.update(reference.mme)
    tables.update(reference.equianalgesic)
    tables.update(reference.methadone)
    for single in (
        reference.fentanyl_patch,
        reference.buprenorphine_patch,
        reference.products,
        reference.thresholds,
        reference.tapers,
    ):
        tables[single.ref.id] = single
    tables.update({t.ref.id: t for t in reference.formulas.values()})
    tables.update({t.ref.id: t for t in reference.adjuncts.values()})
    for table in (reference.plausibility, reference.renal_opioids, reference.rxnorm):
        if table is not None:
            tables[table.ref.id] = table
    return tables


def table_view(reference: Reference, table_id: str) -> TableView:
    table = _all_tables(reference).get(table_id)
    if table is None:
        ids = sorted(_all_tables(reference))
        msg = f"no table with id {table_id!r}; available: {', '.join(ids)}"
        raise UnknownEntryError("table.unknown", "table_id", f"one of {ids}", table_id, msg)
    notes: tuple[str, ...] = getattr(table, "notes", ())
    return TableView(ref=table.ref, notes=notes, table=table)


def bands_of(table: AnyTable) -> BandSet | None:
    if isinstance(table, MethadoneScheme | PatchTable):
        return table.bands
    return None
