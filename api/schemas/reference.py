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
    """
    Oral morphine mg/day per unit of the drug's daily amount (`unit`) on these routes; `forms`
    limits the row to those dose forms (empty: every form); `days_per_unit`: a patch factor per
    patch dispensed, worn that many days.
    """

    drug: str
    routes: list[str]
    unit: str
    factor: float | None
    bands: list[FactorBand] | None
    source: str
    note: str | None
    alternatives: list[Alternative]
    forms: list[str]
    days_per_unit: float | None


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


class DoseBandRow(Response):
    """A renal dosing row of an adjunct table, over creatinine clearance (mL/min)."""

    min: float
    max: float | None
    min_inclusive: bool
    max_inclusive: bool
    doses_per_day: list[int]
    daily_min: float
    daily_max: float
    column_doses: list[float]
    proportional_below: float | None
    source: str


class AdviceRow(Response):
    code: str
    severity: str
    message: str
    source: str


class DosingDetail(Response):
    """The dosing parts of an `adjunct` table (its named values are in `thresholds`)."""

    drug: str
    default_weight_basis: str | None
    strengths: list[float]
    strengths_source: str | None
    renal_bands: list[DoseBandRow]
    hemodialysis_supplements: list[float]
    hemodialysis_supplement_range: list[float]
    hemodialysis_source: str | None
    drug_lists: dict[str, list[str]]
    advice: list[AdviceRow]


class PlausibleDoseRow(Response):
    """Plausible amount per administration, in `unit`; outside it a line is refused (422)."""

    drug: str
    routes: list[str]
    unit: str
    dose_min: float
    dose_max: float
    source: str


class PlausibleIntervalRow(Response):
    """Plausible hours between administrations (`drug` `*`: any drug without its own row)."""

    drug: str
    routes: list[str]
    releases: list[str]
    interval_min_hours: float
    interval_max_hours: float
    source: str


class PlausibilityDetail(Response):
    """The rows of a `plausibility` table."""

    doses: list[PlausibleDoseRow]
    intervals: list[PlausibleIntervalRow]


class RenalAdviceRow(Response):
    drug: str
    advice: str
    source: str


class RenalOpioidsDetail(Response):
    """The rows of a `renal-opioids` table and the order rescue drugs are tried in."""

    drugs: list[RenalAdviceRow]
    breakthrough_order: list[str]
    breakthrough_order_source: str


class TableDetail(Response):
    """A table with its rows; which list is filled depends on `table.kind`."""

    table: TableRef
    notes: list[str]
    factors: list[FactorRow]
    bands: list[FactorBand]
    products: list[ProductRow]
    thresholds: list[ThresholdRow]
    dosing: DosingDetail | None = None
    plausibility: PlausibilityDetail | None = None
    renal_opioids: RenalOpioidsDetail | None = None


class DrugRoute(Response):
    drug: str
    route: str
    mme_tables: list[str]
    equianalgesic_tables: list[str]
    products: list[str]


class RxNormProduct(Response):
    """An opioid product by RxCUI, as a medication line's `rxcui` names it."""

    rxcui: str
    name: str
    drug: str
    routes: list[str]
    release: str
    form: str
    strength: float
    strength_unit: str


class DrugList(Response):
    """The drugs and routes the tables cover, and the opioid products a line may name by RxCUI."""

    drugs: list[DrugRoute]
    rxnorm_products: list[RxNormProduct]
