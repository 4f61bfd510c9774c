"""GET /v1/tables, GET /v1/tables/{table_id}, GET /v1/drugs."""

from __future__ import annotations

from api.schemas.common import Response, TableRef


class TableSummary(Response):
    """
    A loaded table: provenance and notes.

    Attributes:
        table: The table's provenance: id, kind, version, citation and checksum.
        notes: The table's notes: choices made, alternatives, what is UNCONFIRMED.
    """

    table: TableRef
    notes: list[str]


class TableList(Response):
    """
    Every loaded table with its provenance (GET /v1/tables/{table_id} gives its rows).

    Attributes:
        tables: The tables, each with its provenance and notes.
    """

    tables: list[TableSummary]


class Alternative(Response):
    """
    A factor the sources disagree on, selectable by its source key (RotationRequest.factor_choices).

    Attributes:
        factor: The alternative factor, in the row's unit.
    """

    factor: float
    source: str


class FactorBand(Response):
    """
    A band of a tiered factor, ratio or rate; `max` null means open-ended.

    Attributes:
        min: The band's lower bound (daily dose, or oral morphine mg/day for a scheme or label band).
        max: The band's upper bound; null: open-ended.
        value: The factor, ratio or patch rate of the band.
        advice: The label's advice for the band, when it has one.
    """

    min: float
    max: float | None
    min_inclusive: bool
    max_inclusive: bool
    value: float
    source: str
    advice: str | None = None


class FactorRow(Response):
    """
    Oral morphine mg/day per unit of the drug's daily amount (`unit`) on these routes.

    Attributes:
        routes: The routes the row covers.
        factor: The conversion factor; null when the row is tiered (see `bands`).
        bands: The tiers of a tiered factor (CDC 2016 methadone); null otherwise.
        note: The table's note on the row.
        alternatives: Factors other sources give, selectable by source key.
        forms: The dose forms the row is limited to (CMS 2018 transmucosal fentanyl); empty:
            every form.
        days_per_unit: A patch factor per patch dispensed, worn that many days (CMS 2018
            fentanyl: 7.2 per mcg/h, 3 days); null: the factor is per mcg/h worn, per day.
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
    """
    A marketed product the practical regimens are built from.

    Attributes:
        strengths: Unit strengths, in `unit` (a liquid: its measuring step).
        intervals_hours: The dosing intervals its label gives, in hours.
    """

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
    """
    A named number of a table (a threshold, limit or constant) with its unit and source.

    Attributes:
        name: The number's name (`mme_high`, `methadone_cap_mg_per_day`, ...).
        value: The number, in `unit`.
    """

    name: str
    value: float
    unit: str
    source: str


class DoseBandRow(Response):
    """
    A renal dosing row of an adjunct table, over creatinine clearance (mL/min).

    Attributes:
        min: The row's lower clearance bound, in mL/min.
        max: The row's upper clearance bound, in mL/min; null: open-ended.
        doses_per_day: The administrations a day the label allows in the row.
        daily_min: The label's lowest total daily dose for the row, in mg/day.
        daily_max: The label's highest total daily dose for the row, in mg/day.
        column_doses: The label's per-administration doses of the row, one per column, in mg.
        proportional_below: Below this clearance the label scales doses by clearance / this; null
            when it does not.
    """

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
    """
    A standing warning the adjunct's results carry.

    Attributes:
        code: The warning's stable code.
        severity: `critical`, `warning` or `info`.
        message: The warning, in words.
    """

    code: str
    severity: str
    message: str
    source: str


class DosingDetail(Response):
    """
    The dosing parts of an `adjunct` table (its named values are in `thresholds`).

    Attributes:
        default_weight_basis: The weight basis used when a request gives none; null when none.
        strengths: The product strengths doses are rounded down to, in mg.
        strengths_source: Source key of the strengths.
        renal_bands: The label's renal dosing rows.
        hemodialysis_supplements: The label's supplement after hemodialysis per column, in mg.
        hemodialysis_supplement_range: The supplement's confirmed range, in mg, when only a range is
            given.
        hemodialysis_source: Source key of the hemodialysis supplement.
        drug_lists: Named lists of drugs (naltrexone: `partial_agonists`).
        advice: The standing warnings the adjunct's results carry.
    """

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
    """
    Plausible amount per administration, in `unit`; outside it a line is refused (422).

    Attributes:
        routes: The routes the row covers.
        dose_min: The smallest plausible amount per administration, in `unit`.
        dose_max: The largest plausible amount per administration, in `unit`.
    """

    drug: str
    routes: list[str]
    unit: str
    dose_min: float
    dose_max: float
    source: str


class PlausibleIntervalRow(Response):
    """
    Plausible hours between administrations (`drug` `*`: any drug without its own row).

    Attributes:
        routes: The routes the row covers.
        releases: The releases the row covers.
        interval_min_hours: The shortest plausible interval, in hours.
        interval_max_hours: The longest plausible interval, in hours.
    """

    drug: str
    routes: list[str]
    releases: list[str]
    interval_min_hours: float
    interval_max_hours: float
    source: str


class PlausibilityDetail(Response):
    """
    The rows of a `plausibility` table.

    Attributes:
        doses: Plausible amounts per administration.
        intervals: Plausible dosing intervals.
    """

    doses: list[PlausibleDoseRow]
    intervals: list[PlausibleIntervalRow]


class RenalAdviceRow(Response):
    """
    What the renal guidance says about a drug.

    Attributes:
        advice: `avoid` or `caution` (low doses and extended intervals) below the threshold.
    """

    drug: str
    advice: str
    source: str


class RenalOpioidsDetail(Response):
    """
    The rows of a `renal-opioids` table and the order rescue drugs are tried in.

    Attributes:
        drugs: The advice per drug.
        breakthrough_order: The drugs a breakthrough dose is tried in, in order (one to be avoided
            at the patient's clearance is skipped).
        breakthrough_order_source: Source key of the order.
    """

    drugs: list[RenalAdviceRow]
    breakthrough_order: list[str]
    breakthrough_order_source: str


class TableDetail(Response):
    """
    A table with its rows; which list is filled depends on `table.kind`.

    Attributes:
        table: The table's provenance: id, kind, version, citation and checksum.
        notes: The table's notes.
        factors: Conversion factors (kinds `mme` and `equianalgesic`).
        bands: Tiers of a scheme or label (kinds `methadone-scheme`, `fentanyl-patch`,
            `buprenorphine-patch`).
        products: Products (kind `products`).
        thresholds: Named numbers (kinds `thresholds`, `formula`, `adjunct`).
        dosing: The dosing rows of an `adjunct` table; null otherwise.
        plausibility: The rows of a `plausibility` table; null otherwise.
        renal_opioids: The rows of a `renal-opioids` table; null otherwise.
    """

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
    """
    A drug and route the tables cover.

    Attributes:
        mme_tables: The MME tables that give it a factor.
        equianalgesic_tables: The equianalgesic tables that give it a factor.
        products: The products that dose it (`extended tablet`, `immediate solution`, ...).
    """

    drug: str
    route: str
    mme_tables: list[str]
    equianalgesic_tables: list[str]
    products: list[str]


class RxNormProduct(Response):
    """
    An opioid product by RxCUI, as a medication line's `rxcui` names it (rxnorm-opioids).

    Attributes:
        rxcui: The product's RxNorm code.
        name: The RxNorm name.
        drug: The opioid ingredient.
        routes: The routes it may be given by (a line names one when there are several).
        release: `immediate` or `extended`.
        form: The dose form as medication lines name it.
        strength: The opioid's strength per unit (tablet, mL, actuation) or a patch's rate.
        strength_unit: `mg`, `mg/mL`, `mg/{actuat}` or `mcg/h` (a patch).
    """

    rxcui: str
    name: str
    drug: str
    routes: list[str]
    release: str
    form: str
    strength: float
    strength_unit: str


class DrugList(Response):
    """
    The drugs and routes the loaded tables cover, and the opioid products a line may name.

    Attributes:
        drugs: Each drug and route, sorted.
        rxnorm_products: Every opioid product a medication line may name by `rxcui`, sorted by
            drug and name.
    """

    drugs: list[DrugRoute]
    rxnorm_products: list[RxNormProduct]
