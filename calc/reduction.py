"""
The incomplete cross-tolerance reduction of a rotation: the applied percent (the request's, or
the default: the scheme's own for methadone, none for label patch bands and for the same drug,
the 50% end for older or frail patients), both ends of the range and the reduced dose.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from calc.alerts import SafetyContext
from calc.errors import in_range
from calc.reference import Reference
from calc.results import Alert
from calc.rounding import dose_down, percent_of
from calc.targets import TargetDose


__all__ = ["Reduction", "applied_percent", "cross_tolerance_alerts", "reduce"]


@attrs.frozen
class Reduction:
    """The cross-tolerance range: both ends, and the applied percent with its dose."""

    applied_percent: Decimal
    applied_percent_source: str
    low_percent: Decimal
    high_percent: Decimal
    dose_at_low: Decimal
    dose_at_high: Decimal
    reduced_daily_dose: Decimal
    unit: str
    capped: bool
    source: str


def applied_percent(
    reference: Reference,
    requested: Decimal | None,
    dose: TargetDose,
    context: SafetyContext,
    same_drug: bool,
) -> tuple[Decimal, str, str]:
    """The percent, its source and why (a note for the trace)."""
    t = reference.thresholds
    if requested is None and same_drug:
        return (
            Decimal(0),
            "MLP",
            " (the same drug: cross-tolerance is between different opioids)",
        )
    if requested is None:
        high = t["cross_tolerance_high_percent"]
        if dose.percent_range is not None:
            high = min(max(high, dose.percent_range[0]), dose.percent_range[1])
        if context.older_or_frail and dose.default_percent < high:
            return high, t.source("older_adult_age"), " (older or frail patient: the 50% end)"
        return dose.default_percent, dose.default_percent_source, ""
    if dose.percent_range is not None:
        low, top = dose.percent_range
        percent = in_range(
            requested,
            low,
            top,
            code="methadone.reduction_outside_scheme",
            field="cross_tolerance_reduction_percent",
            detail="{field} for this methadone scheme must be {expected} (the scheme's own "
            "reduction; less would give more methadone than its source allows); got {value}",
        )
        return percent, "request", ""
    percent = in_range(
        requested,
        Decimal(0),
        t["cross_tolerance_max_percent"],
        code="rotation.reduction_out_of_range",
        field="cross_tolerance_reduction_percent",
    )
    return percent, "request", ""


def reduce(
    reference: Reference, dose: TargetDose, percent: Decimal, percent_source: str
) -> Reduction:
    t = reference.thresholds
    low, high = t["cross_tolerance_low_percent"], t["cross_tolerance_high_percent"]
    range_source = t.source("cross_tolerance_low_percent")
    if dose.percent_range is not None:
        (low, high), range_source = dose.percent_range, dose.default_percent_source
    equi, cap, floor = dose.equianalgesic, dose.cap, dose.floor
    # The three doses written out (no lists built and unpacked on every rotation).
    applied = dose_down(equi - percent_of(equi, percent))
    at_low = dose_down(equi - percent_of(equi, low))
    at_high = dose_down(equi - percent_of(equi, high))
    if floor is not None:
        applied, at_low, at_high = max(applied, floor), max(at_low, floor), max(at_high, floor)
    capped = cap is not None and applied > cap
    if cap is not None:
        applied, at_low, at_high = min(applied, cap), min(at_low, cap), min(at_high, cap)
    return Reduction(
        percent,  # applied_percent
        percent_source,  # applied_percent_source
        low,  # low_percent
        high,  # high_percent
        at_low,  # dose_at_low
        at_high,  # dose_at_high
        applied,  # reduced_daily_dose
        dose.unit,  # unit
        capped,  # capped
        range_source,  # source
    )


def cross_tolerance_alerts(
    reference: Reference, context: SafetyContext, percent: Decimal
) -> list[Alert]:
    t = reference.thresholds
    high = t["cross_tolerance_high_percent"]
    if not context.older_or_frail or percent >= high:
        return []
    return [
        Alert(
            "cross_tolerance.consider_50_percent",
            "warning",
            f"Older or frail patient: consider the {high}% end of the cross-tolerance range "
            f"(applied: {percent}%, as requested).",
            t.source("cross_tolerance_high_percent"),
        )
    ]
