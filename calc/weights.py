"""
Body weight for dosing: actual, ideal (Devine) or adjusted, never above the actual weight.

Every constant comes from the ``body-weight`` formula table; the basis used is always stated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from calc.errors import (
    CITED_RANGE,
    EXPECTED_GOT,
    OutOfRangeError,
    UnknownEntryError,
    in_range,
)
from calc.kinds.formula import WEIGHT_BASES
from calc.results import Alert, TraceStep, number
from calc.rounding import dose_down
from calc.vocabulary import SEXES


if TYPE_CHECKING:
    from decimal import Decimal

    from calc.kinds.formula import FormulaTable
    from calc.models import Patient


__all__ = ["SEXES", "DosingWeight", "dosing_weight", "require_sex", "require_within"]


@attrs.frozen
class DosingWeight:
    """
    The weight a dose or a clearance is computed from, and how it was chosen.

    Attributes:
        basis: ``actual``, ``ideal`` or ``adjusted``, as requested (or defaulted).
        basis_defaulted: the caller gave no basis: the table's default (or the calculation's own
            choice, stated in the trace) was used.
        kg: the dosing weight (never above ``actual_kg``).
        ideal_kg: Devine ideal body weight, when the basis needed it.
        adjusted_kg: adjusted body weight, when the basis needed it.
        actual_used: the dosing weight is the actual weight (the actual basis, or an actual
            weight below the ideal weight).
    """

    basis: str
    basis_defaulted: bool
    kg: Decimal
    actual_kg: Decimal
    ideal_kg: Decimal | None
    adjusted_kg: Decimal | None
    actual_used: bool
    trace: tuple[TraceStep, ...]
    warnings: tuple[Alert, ...]


def require_within(
    value: Decimal | None,
    bounds: tuple[Decimal, Decimal, str],
    *,
    code: str,
    field: str,
    why: str,
) -> Decimal:
    """``value`` if given and within ``bounds`` (low, high, unit); otherwise a refusal."""
    low, high, unit = bounds
    if value is None:
        expected = CITED_RANGE.format(low=number(low), high=number(high), unit=unit, why=why)
        msg = f"{field} is required: expected {expected}"
        raise OutOfRangeError(code, field, expected, None, msg)
    return in_range(
        value,
        low,
        high,
        code=code,
        field=field,
        expected=CITED_RANGE,
        detail=EXPECTED_GOT,
        unit=unit,
        why=why,
        shown=number,
    )


def require_sex(sex: str | None, field: str, why: str) -> str:
    if sex not in SEXES:
        msg = f"{field}: expected 'female' or 'male' ({why}), got {sex!r}"
        raise OutOfRangeError(
            code="patient.sex_required",
            field=field,
            expected=f"female or male ({why})",
            received=sex,
            detail=msg,
        )
    return sex


def _ideal(table: FormulaTable, patient: Patient, field: str) -> tuple[Decimal, list[TraceStep]]:
    v = table.values
    why = "the ideal and adjusted weight bases (Devine) need sex and height"
    sex = require_sex(patient.sex, f"{field}.sex", f"{why}; weight_basis 'actual' does not")
    height = require_within(
        patient.height_cm,
        (v["height_min_cm"], v["height_max_cm"], "cm"),
        code="patient.height_required",
        field=f"{field}.height_cm",
        why=f"{why}; weight_basis 'actual' does not",
    )
    inches = height / v["cm_per_inch"]
    base_in = v["ibw_base_height_in"]
    if inches < base_in:
        least = base_in * v["cm_per_inch"]
        expected = (
            f"at least {number(least)} cm ({number(base_in)} in) for the Devine formula, "
            "or weight_basis 'actual'"
        )
        msg = (
            f"{field}.height_cm: the Devine ideal body weight adds "
            f"{number(v['ibw_kg_per_inch'])} kg per inch over {number(base_in)} in and the "
            f"sources give no rule below that; got {number(height)} cm"
        )
        raise OutOfRangeError(
            code="weight.ideal_undefined",
            field=f"{field}.height_cm",
            expected=expected,
            received=height,
            detail=msg,
        )
    base = v["ibw_male_base_kg"] if sex == "male" else v["ibw_female_base_kg"]
    ideal = base + v["ibw_kg_per_inch"] * (inches - base_in)
    trace = [
        TraceStep(
            f"ideal body weight (Devine, {sex}): {number(base)} kg + "
            f"{number(v['ibw_kg_per_inch'])} kg x ({number(height)} cm / "
            f"{number(v['cm_per_inch'])} - {number(base_in)} in)",
            ideal,
            "kg",
            v.source("ibw_kg_per_inch"),
        )
    ]
    return ideal, trace


def dosing_weight(
    table: FormulaTable,
    patient: Patient,
    basis: str | None,
    default_basis: str,
    field: str = "patient",
    chosen_because: str | None = None,
) -> DosingWeight:
    """
    The dosing weight on ``basis`` (or ``default_basis``), never above the actual weight.

    ``chosen_because``: the basis was chosen by the calculation, not the caller (the OIH plan
    uses the actual weight when height or sex is missing); the reason is traced.
    """
    v = table.values
    actual = require_within(
        patient.weight_kg,
        (v["weight_min_kg"], v["weight_max_kg"], "kg"),
        code="patient.weight_required",
        field=f"{field}.weight_kg",
        why="actual body weight",
    )
    chosen = basis or default_basis
    if chosen not in WEIGHT_BASES:
        msg = f"weight_basis: expected one of {list(WEIGHT_BASES)}, got {chosen!r}"
        raise UnknownEntryError(
            code="weight.basis_unknown",
            field="weight_basis",
            expected=f"one of {list(WEIGHT_BASES)}",
            received=chosen,
            detail=msg,
        )
    trace = [TraceStep("actual body weight", actual, "kg", "PRODUCT")]
    warnings: list[Alert] = []
    ideal = adjusted = None
    kg = actual
    actual_used = chosen == "actual"
    if chosen != "actual":
        ideal, ideal_trace = _ideal(table, patient, field)
        trace += ideal_trace
        kg = ideal
        if chosen == "adjusted":
            fraction = v["adjusted_weight_fraction"]
            adjusted = kg = ideal + fraction * (actual - ideal)
            trace.append(
                TraceStep(
                    f"adjusted body weight: IBW + {number(fraction)} x (actual - IBW)",
                    adjusted,
                    "kg",
                    v.source("adjusted_weight_fraction"),
                )
            )
        if actual < ideal:
            kg, actual_used = actual, True
            warnings.append(
                Alert(
                    "weight.actual_below_ideal",
                    "info",
                    f"Actual weight {number(actual)} kg is below the ideal body weight "
                    f"{number(dose_down(ideal))} kg; the actual weight is used (a dosing weight "
                    "is never above the actual weight).",
                    v.source("adjusted_weight_fraction"),
                )
            )
    requested = basis is not None and chosen_because is None
    source = "GRPH-CRCL" if requested else "PRODUCT"
    how = "requested" if requested else chosen_because or "default"
    trace.append(TraceStep(f"dosing weight ({chosen} basis, {how})", kg, "kg", source))
    return DosingWeight(
        basis=chosen,
        basis_defaulted=not requested,
        kg=kg,
        actual_kg=actual,
        ideal_kg=ideal,
        adjusted_kg=adjusted,
        actual_used=actual_used,
        trace=tuple(trace),
        warnings=tuple(warnings),
    )
