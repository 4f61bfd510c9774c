"""
Read-only views of the reference data for listing: which drugs, routes and tables exist.
"""

from __future__ import annotations

from typing import Any, Protocol

import attrs

from calc.errors import UnknownEntryError
from calc.kinds.bands import BandSet
from calc.kinds.methadone_scheme import MethadoneScheme
from calc.kinds.patch_label import PatchTable
from calc.reference import Reference
from calc.results import TableRef


__all__ = ["DrugEntry", "TableView", "drug_index", "table_view"]


class Table(Protocol):
    """Any loaded table: every kind carries its provenance."""

    @property
    def ref(self) -> TableRef: ...


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
    table: Any


def drug_index(reference: Reference) -> tuple[DrugEntry, ...]:
    keys: set[tuple[str, str]] = set()
    for tables in (reference.mme, reference.equianalgesic):
        for table in tables.values():
            keys.update(table.rows)
            keys.update(table.forms)
    keys.update((p.drug, p.route) for p in reference.products.products)
    entries = []
    for drug, route in sorted(keys):
        entries.append(
            DrugEntry(
                drug=drug,
                route=route,
                mme_tables=tuple(
                    t
                    for t, v in sorted(reference.mme.items())
                    if (drug, route) in v.rows or (drug, route) in v.forms
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


def _all_tables(reference: Reference) -> dict[str, Table]:
    return {t.ref.id: t for tables in reference.tables.values() for t in tables.values()}


def table_view(reference: Reference, table_id: str) -> TableView:
    table = _all_tables(reference).get(table_id)
    if table is None:
        ids = sorted(_all_tables(reference))
        msg = f"no table with id {table_id!r}; available: {', '.join(ids)}"
        raise UnknownEntryError("table.unknown", "table_id", f"one of {ids}", table_id, msg)
    notes: tuple[str, ...] = getattr(table, "notes", ())
    return TableView(ref=table.ref, notes=notes, table=table)


def bands_of(table: Table) -> BandSet | None:
    if isinstance(table, MethadoneScheme | PatchTable):
        return table.bands
    return None
