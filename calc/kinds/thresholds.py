"""
Kind ``thresholds``: the named clinical thresholds and defaults the core reads, each with its unit
and source.  ``REQUIRED`` lists every name the core reads: a table without one does not load.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, NamedTuple

import attrs
import msgspec
from msgspec import Meta

from calc.kinds.base import Context, Header, Kind
from calc.kinds.grammar import Text, Value
from calc.results import TableRef


__all__ = ["KIND", "REQUIRED", "Threshold", "Thresholds", "ThresholdsFile", "build"]


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


class ValueRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One named value with its unit and source."""

    name: Annotated[str, Meta(pattern="^[a-z][a-z0-9_]*$")]
    value: Value
    unit: Text
    source: str
    note: str | None = None


class ThresholdsFile(msgspec.Struct, forbid_unknown_fields=True):
    """The thresholds table (kind ``thresholds``)."""

    meta: Header
    values: list[ValueRow]


REQUIRED = (
    "mme_caution",
    "mme_high",
    "cross_tolerance_low_percent",
    "cross_tolerance_high_percent",
    "cross_tolerance_default_percent",
    "cross_tolerance_max_percent",
    "breakthrough_default_percent",
    "breakthrough_min_percent",
    "breakthrough_max_percent",
    "methadone_cap_mg_per_day",
    "qtc_caution_ms",
    "qtc_avoid_ms",
    "older_adult_age",
    "renal_impairment_crcl",
    "opioid_tolerance_days",
    "three_day_switch_days",
    "taper_max_intervals",
    "taper_large_step_multiple",
    "methadone_titration_min_days",
    "methadone_titration_max_days",
    "oih_cut_low_percent",
    "oih_cut_high_percent",
    "oih_methadone_max_mg_per_day",
    "oih_methadone_default_mg_per_day",
    "mme_very_high",
    "regimen_shortfall_percent",
    "long_term_opioid_days",
    "weeks_opioid_days",
    "breakthrough_max_doses_per_day",
    "opioid_tolerant_mme_per_day",
    "methadone_oral_to_parenteral_ratio",
    "morley_makin_ratio",
    "morley_makin_interval_hours",
    "infusion_rate_step_ml_per_h",
    "fentanyl_infusion_halve_hours",
    "fentanyl_infusion_stop_hours",
)


def build(file: ThresholdsFile, ref: TableRef, ctx: Context) -> Thresholds:
    values: dict[str, Threshold] = {}
    for i, row in enumerate(file.values):
        if row.name in values:
            raise ctx.error(f"values[{i}]", f"threshold {row.name!r} defined twice")
        values[row.name] = Threshold(row.value, row.unit, row.source)
    missing = [n for n in REQUIRED if n not in values]
    if missing:
        raise ctx.error("", f"missing thresholds {missing}")
    return Thresholds(ref=ref, values=values)


KIND: Kind[Thresholds] = Kind("thresholds", ThresholdsFile, build, "thresholds")
