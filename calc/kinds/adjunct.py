"""
Kind ``adjunct``: everything the core needs to dose one adjunct drug (ketamine, clonidine,
gabapentin, pregabalin, naltrexone): named values, strengths, a label's renal dose bands and
hemodialysis supplements, named drug lists and the advice every result carries.
``REQUIRED_ADJUNCTS`` lists, per drug, what the core reads: a table without it does not load.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated

import attrs
import msgspec
from msgspec import Meta

from calc.errors import OutOfRangeError, TableError
from calc.kinds.bands import Band, BandEdges, check_touch, edge_band
from calc.kinds.base import Advice, AdviceRow, Context, Kind, Loaded, advice_of, ascending
from calc.kinds.formula import NamedValues, ValueRow, WeightBasisMeta, named_values, weight_basis
from calc.kinds.grammar import Amount, DosesPerDay, DrugName, Edge, Hours, Text, Units
from calc.results import TableRef, number
from calc.rounding import compositions as dose_compositions
from calc.rounding import round_to_doses


__all__ = [
    "KIND",
    "REQUIRED_ADJUNCTS",
    "AdjunctFile",
    "AdjunctTable",
    "DrugList",
    "Hemodialysis",
    "RenalDoseBand",
    "RenalDoseTable",
    "Strengths",
    "build",
    "check_complete",
]


@attrs.frozen
class Strengths:
    """Unit strengths a dose is built from: sums of up to ``max_units_per_dose`` units."""

    form: str
    unit: str
    values: tuple[Decimal, ...]
    max_units_per_dose: int
    source: str
    max_units_per_dose_source: str

    @functools.cached_property
    def compositions(self) -> Mapping[Decimal, tuple[Decimal, ...]]:
        return dose_compositions(self.values, self.max_units_per_dose)

    @functools.cached_property
    def doses(self) -> tuple[Decimal, ...]:
        return tuple(sorted(self.compositions))

    @property
    def smallest(self) -> Decimal:
        return self.values[0]

    def floor(self, x: Decimal) -> Decimal | None:
        """The largest achievable dose not above ``x``; ``None`` below the smallest strength."""
        return round_to_doses(x, self.doses)

    def floor_or_refuse(self, x: Decimal, code: str, field: str) -> Decimal:
        """Like ``floor`` for a dose that must be achievable: below the smallest is refused."""
        dose = self.floor(x)
        if dose is None:
            expected = f"at least {number(self.smallest)} {self.unit} (smallest {self.form})"
            msg = f"{field}: {number(x)} {self.unit} is below the smallest {self.form}"
            raise OutOfRangeError(code, field, expected, x, msg)
        return dose


@attrs.frozen
class RenalDoseBand:
    """
    One row of a label's renal dosing table, over creatinine clearance (mL/min).

    Attributes:
        edge: the clearance band (``value`` is ``daily_max``).
        doses_per_day: the administrations per day the label allows in this band.
        daily_min: lower end of the label's total daily range (mg/day).
        daily_max: upper end (mg/day).
        column_doses: the label's per-administration doses of this row, one per column.
        proportional_below: below this clearance the label scales doses by clearance / this.
    """

    edge: Band
    doses_per_day: tuple[int, ...]
    daily_min: Decimal
    daily_max: Decimal
    column_doses: tuple[Decimal, ...]
    proportional_below: Decimal | None
    source: str
    note: str | None = None

    def scale(self, crcl: Decimal) -> Decimal:
        """1, or clearance / ``proportional_below`` below that clearance (label rule)."""
        if self.proportional_below is not None and crcl < self.proportional_below:
            return crcl / self.proportional_below
        return Decimal(1)

    @property
    def label(self) -> str:
        low = f"{'at least' if self.edge.low_inclusive else 'above'} {number(self.edge.low)}"
        if self.edge.high is None:
            return f"{low} mL/min"
        high = f"{'at most' if self.edge.high_inclusive else 'below'} {number(self.edge.high)}"
        return f"{low} and {high} mL/min"


@attrs.frozen
class RenalDoseTable:
    """Contiguous renal bands, ascending (validated by the loader)."""

    bands: tuple[RenalDoseBand, ...]

    def band_for(self, crcl: Decimal, field: str) -> RenalDoseBand:
        for band in self.bands:
            if band.edge.contains(crcl):
                return band
        expected = f"a creatinine clearance the label covers ({self.bands[0].label} upward)"
        msg = f"{field}: creatinine clearance {number(crcl)} mL/min is outside the label's table"
        raise OutOfRangeError(
            code="renal.clearance_not_covered",
            field=field,
            expected=expected,
            received=crcl,
            detail=msg,
        )


@attrs.frozen
class Hemodialysis:
    """Supplement after each hemodialysis session: per label column, or only a range."""

    column_supplements: tuple[Decimal, ...]
    supplement_min: Decimal | None
    supplement_max: Decimal | None
    session_hours: Decimal
    source: str
    note: str | None = None


@attrs.frozen
class DrugList:
    """A named list of ingredient names, with its source."""

    name: str
    drugs: tuple[str, ...]
    source: str


@attrs.frozen
class AdjunctTable:
    """Everything the core needs to dose one adjunct, with provenance."""

    ref: TableRef
    drug: str
    values: NamedValues
    strengths: Strengths | None = None
    renal: RenalDoseTable | None = None
    hemodialysis: Hemodialysis | None = None
    drug_lists: Mapping[str, DrugList] = attrs.field(eq=False, factory=dict)
    advice: tuple[Advice, ...] = ()
    default_weight_basis: str | None = None
    default_weight_basis_source: str | None = None
    notes: tuple[str, ...] = ()


# Per adjunct: required values, and the sections it must have (strengths, renal, hemodialysis,
# drug lists, advice codes).  An edit that drops a "secondary only" or "UNCONFIRMED" warning fails.
REQUIRED_ADJUNCTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ketamine": {
        "values": (
            "rate_min_mg_per_kg_per_h",
            "rate_max_mg_per_kg_per_h",
            "bolus_max_mg_per_kg",
            "unmonitored_infusion_max_mg_per_kg_per_h",
        ),
        "advice": (
            "ketamine.range_secondary_only",
            "ketamine.contraindications",
            "ketamine.monitoring",
        ),
        "sections": ("default_weight_basis",),
    },
    "clonidine": {
        "values": (
            "dose_min_mg",
            "dose_max_mg",
            "doses_per_day",
            "start_dose_mg",
            "titration_step_mg_per_day",
            "titration_interval_days",
            "hold_systolic_below_mmhg",
            "hold_diastolic_below_mmhg",
            "taper_days_min",
            "taper_days_max",
            "lower_start_dose_mg",
        ),
        "advice": ("clonidine.range_unconfirmed", "clonidine.taper_unconfirmed"),
        "sections": ("strengths",),
    },
    "gabapentin": {
        "values": (
            "daily_min_mg",
            "daily_max_mg",
            "titration_start_mg_per_day",
            "titration_step_mg_per_day",
            "taper_min_days",
        ),
        "advice": ("gabapentin.range_unconfirmed",),
        "sections": ("strengths", "renal", "hemodialysis"),
    },
    "pregabalin": {
        "values": (
            "label_start_mg_per_day",
            "titration_first_step_days",
            "titration_later_step_days",
            "titration_max_step_ratio",
            "taper_min_days",
        ),
        "advice": ("pregabalin.label_columns_unconfirmed",),
        "sections": ("strengths", "renal", "hemodialysis"),
    },
    "naltrexone": {
        "values": (
            "daily_min_mg",
            "daily_max_mg",
            "start_min_mg",
            "start_max_mg",
            "step_min_mg",
            "step_max_mg",
            "step_interval_min_days",
            "step_interval_max_days",
            "default_start_mg",
            "default_step_mg",
            "default_step_interval_days",
            "opioid_free_days_min",
            "opioid_free_days_max",
        ),
        "advice": ("naltrexone.titration_secondary",),
        "sections": ("partial_agonists",),
    },
}


# --- file grammar -------------------------------------------------------------------------------


class StrengthsRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Unit strengths (ascending); a practical dose is a sum of up to that many units."""

    form: Text
    unit: Text
    values: Annotated[list[Amount], Meta(min_length=1)]
    max_units_per_dose: Units
    source: str
    max_units_per_dose_source: str


class RenalBandRow(BandEdges, kw_only=True):
    """
    One row of the label's renal table, over creatinine clearance (mL/min): the frequencies it
    allows, its daily range (mg/day), optionally its per-administration columns and the
    clearance below which every dose scales by clearance / that value.
    """

    doses_per_day: Annotated[list[DosesPerDay], Meta(min_length=1)]
    daily_min: Amount
    daily_max: Amount
    column_doses: Annotated[list[Amount], Meta(min_length=1)] | None = None
    proportional_below: Edge | None = None


class HemodialysisRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The supplement after each session: one per renal column, or only a range."""

    session_hours: Hours
    source: str
    column_supplements: Annotated[list[Amount], Meta(min_length=1)] | None = None
    supplement_min: Amount | None = None
    supplement_max: Amount | None = None
    note: str | None = None


class DrugListRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A named list of ingredients (for example the partial agonists)."""

    name: Annotated[str, Meta(pattern="^[a-z][a-z0-9_]*$")]
    drugs: Annotated[list[DrugName], Meta(min_length=1)]
    source: str
    note: str | None = None


class AdjunctMeta(WeightBasisMeta, kw_only=True):
    """``drug``: the adjunct this table doses (one table per drug)."""

    drug: DrugName


class AdjunctFile(msgspec.Struct, forbid_unknown_fields=True):
    """An adjunct table (kind ``adjunct``)."""

    meta: AdjunctMeta
    values: Annotated[list[ValueRow], Meta(min_length=1)]
    strengths: StrengthsRow | None = None
    renal_bands: Annotated[list[RenalBandRow], Meta(min_length=1)] | None = None
    hemodialysis: HemodialysisRow | None = None
    drug_lists: list[DrugListRow] = msgspec.field(default_factory=list)
    advice: list[AdviceRow] = msgspec.field(default_factory=list)


# --- building -----------------------------------------------------------------------------------


def _strengths(row: StrengthsRow, ctx: Context) -> Strengths:
    return Strengths(
        row.form,
        row.unit,
        ascending(row.values, ctx, "[strengths].values"),
        row.max_units_per_dose,
        row.source,
        row.max_units_per_dose_source,
    )


def _renal_band(row: RenalBandRow, ctx: Context, at: str) -> RenalDoseBand:
    per_day = tuple(row.doses_per_day)
    if list(per_day) != sorted(set(per_day)):
        raise ctx.error(f"{at}.doses_per_day", "expected ascending distinct integers 1-4")
    if not row.daily_min <= row.daily_max:
        raise ctx.error(at, "expected 0 < daily_min <= daily_max")
    columns: tuple[Decimal, ...] = ()
    if row.column_doses is not None:
        columns = ascending(row.column_doses, ctx, f"{at}.column_doses")
        if (columns[0] * per_day[0], columns[-1] * per_day[-1]) != (row.daily_min, row.daily_max):
            raise ctx.error(f"{at}.column_doses", "columns x doses_per_day must span daily_min-max")
    below = row.proportional_below
    if below is not None and not (row.min < below <= (row.max or below)):
        raise ctx.error(
            f"{at}.proportional_below",
            "expected a clearance above min and at most max of the band",
        )
    return RenalDoseBand(
        edge_band(row, row.daily_max, ctx, at),
        per_day,
        row.daily_min,
        row.daily_max,
        columns,
        below,
        row.source,
        row.note,
    )


def _renal(rows: list[RenalBandRow], ctx: Context) -> RenalDoseTable:
    bands: list[RenalDoseBand] = []
    for i, row in enumerate(rows):
        band = _renal_band(row, ctx, f"renal_bands[{i}]")
        if bands:
            check_touch(bands[-1].edge, band.edge, ctx, f"renal_bands[{i}]")
        bands.append(band)
    if bands[0].edge.low != 0 or bands[-1].edge.high is not None:
        raise ctx.error("renal_bands", "renal bands must start at 0 mL/min and end open")
    return RenalDoseTable(tuple(bands))


def _hemodialysis(row: HemodialysisRow, ctx: Context, renal: RenalDoseTable | None) -> Hemodialysis:
    where = "[hemodialysis]"
    columns: tuple[Decimal, ...] = ()
    ranged = row.supplement_min is not None or row.supplement_max is not None
    if row.column_supplements is not None and ranged:
        raise ctx.error(where, "give column_supplements or supplement_min/max, not both")
    if row.column_supplements is not None:
        columns = ascending(row.column_supplements, ctx, f"{where}.column_supplements")
        widths = {len(b.column_doses) for b in renal.bands} if renal is not None else set()
        if widths != {len(columns)}:
            raise ctx.error(where, "one supplement per renal column is required")
    elif (
        row.supplement_min is None
        or row.supplement_max is None
        or row.supplement_min > row.supplement_max
    ):
        raise ctx.error(where, "give column_supplements, or supplement_min <= supplement_max")
    return Hemodialysis(
        columns,
        row.supplement_min,
        row.supplement_max,
        row.session_hours,
        row.source,
        row.note,
    )


def _drug_lists(rows: list[DrugListRow], ctx: Context) -> dict[str, DrugList]:
    lists: dict[str, DrugList] = {}
    for i, row in enumerate(rows):
        if row.name in lists:
            raise ctx.error(f"drug_lists[{i}].name", f"drug list {row.name!r} defined twice")
        lists[row.name] = DrugList(row.name, tuple(row.drugs), row.source)
    return lists


# value -> the (min, max) values it must lie within; names that must be whole numbers.
_WITHIN = {
    "default_start_mg": ("start_min_mg", "start_max_mg"),
    "default_step_mg": ("step_min_mg", "step_max_mg"),
    "default_step_interval_days": ("step_interval_min_days", "step_interval_max_days"),
    "start_dose_mg": ("dose_min_mg", "dose_max_mg"),
}
_WHOLE = ("doses_per_day", "titration_interval_days", "taper_days_min", "taper_days_max")


def _check_values(values: NamedValues, ctx: Context) -> None:
    """Defaults within their ranges; counts of days or doses whole numbers."""
    names = values.items
    for name, (low, high) in _WITHIN.items():
        if {name, low, high} <= set(names) and not values[low] <= values[name] <= values[high]:
            msg = (
                f"{name} {values[name]} must lie within {low}-{high} ({values[low]}-{values[high]})"
            )
            raise ctx.error(f"values.{name}", msg)
    for name in _WHOLE:
        if name in names and values[name] != values[name].to_integral_value():
            raise ctx.error(f"values.{name}", f"expected a whole number, got {values[name]}")


def build(file: AdjunctFile, ref: TableRef, ctx: Context) -> AdjunctTable:
    drug = file.meta.drug
    if drug not in REQUIRED_ADJUNCTS:
        raise ctx.error("[meta].drug", f"expected one of {sorted(REQUIRED_ADJUNCTS)}, got {drug!r}")
    basis, basis_source = weight_basis(file.meta, ctx)
    need = REQUIRED_ADJUNCTS[drug]
    values = named_values(file.values, ctx, need["values"])
    _check_values(values, ctx)
    strengths = _strengths(file.strengths, ctx) if file.strengths is not None else None
    renal = _renal(file.renal_bands, ctx) if file.renal_bands is not None else None
    hemodialysis = (
        _hemodialysis(file.hemodialysis, ctx, renal) if file.hemodialysis is not None else None
    )
    lists = _drug_lists(file.drug_lists, ctx)
    advice = advice_of(file.advice, ctx, "advice")
    present = {
        "strengths": strengths,
        "renal": renal,
        "hemodialysis": hemodialysis,
        "default_weight_basis": basis,
        **lists,
    }
    missing = [s for s in need["sections"] if present.get(s) is None]
    missing += [c for c in need["advice"] if c not in {a.code for a in advice}]
    if missing:
        raise ctx.error("", f"the {drug} table must give {missing}")
    return AdjunctTable(
        ref=ref,
        drug=drug,
        values=values,
        strengths=strengths,
        renal=renal,
        hemodialysis=hemodialysis,
        drug_lists=lists,
        advice=advice,
        default_weight_basis=basis,
        default_weight_basis_source=basis_source,
        notes=tuple(file.meta.notes),
    )


def check_complete(adjuncts: Mapping[str, AdjunctTable]) -> None:
    missing = [f"adjunct {d}" for d in REQUIRED_ADJUNCTS if d not in adjuncts]
    if missing:
        raise TableError(where="dosing tables", problem=f"required tables not found: {missing}")


def _finish(
    tables: dict[str, AdjunctTable], loaded: Mapping[str, Loaded]
) -> dict[str, AdjunctTable]:
    del loaded
    check_complete(tables)
    return tables


def _by_drug(table: AdjunctTable) -> str:
    return table.drug


KIND: Kind[AdjunctTable] = Kind("adjunct", AdjunctFile, build, key=_by_drug, finish=_finish)
