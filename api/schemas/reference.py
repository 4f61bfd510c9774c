"""GET /v1/tables, GET /v1/tables/{table_id}, GET /v1/drugs."""

from __future__ import annotations

from api.schemas.common import Response, TableRef


class TableSummary(Response):
    """A loaded table: provenance and notes."""

    table: TableRef
    notes: list[str]


class TableList(Response):
    tables: list[TableSummary]


class Alternative(Response):
    factor: float
    source: str


class FactorBand(Response):
    """A band of a tiered factor, ratio or rate; `max` null means open-ended."""

    min: float
    max: float | None
    min_inclusive: bool
    max_inclusive: bool
    value: float
    source: str
    advice: str | None = None


class FactorRow(Response):
    """Oral morphine mg/day per unit of the drug's daily amount (`unit`) on these routes."""

    drug: str
    routes: list[str]
    unit: str
    factor: float | None
    bands: list[FactorBand] | None
    source: str
    note: str | None
    alternatives: list[Alternative]


class ProductRow(Response):
    drug: str
    route: str
    release: str
    form: str
    unit: str
    strengths: list[float]
    intervals_hours: list[float]
    source: str
    intervals_source: str


class ThresholdRow(Response):
    name: str
    value: float
    unit: str
    source: str


class TableDetail(Response):
    """A table with its rows; which list is filled depends on `table.kind`."""

    table: TableRef
    notes: list[str]
    factors: list[FactorRow]
    bands: list[FactorBand]
    products: list[ProductRow]
    thresholds: list[ThresholdRow]


class DrugRoute(Response):
    drug: str
    route: str
    mme_tables: list[str]
    equianalgesic_tables: list[str]
    products: list[str]


class DrugList(Response):
    drugs: list[DrugRoute]
