"""
Low-dose IV ketamine infusion: mg/kg/h within the table's range -> mg/h, mL/h and mg per 24 h on
a stated dosing weight, with an optional bolus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from calc.adjuncts.common import advice_alerts, refuse_outside, unique_refs
from calc.errors import OutOfRangeError
from calc.reference import adjunct_table, formula_table
from calc.results import Alert, TableRef, TraceStep, number, ordered
from calc.rounding import dose_down
from calc.units import HOURS_PER_DAY
from calc.weights import DosingWeight, dosing_weight


if TYPE_CHECKING:
    from collections.abc import Sequence
    from decimal import Decimal

    from calc.models import Patient
    from calc.reference import Reference


__all__ = ["KetamineBolus", "KetamineOrder", "KetamineResult", "dose_ketamine"]


@attrs.frozen
class KetamineOrder:
    """
    What is asked for.

    Attributes:
        rate_mg_per_kg_per_h: infusion rate; refused outside the table's range.
        weight_basis: ``actual``, ``ideal`` or ``adjusted``; ``None`` takes the table default.
        concentration_mg_per_ml: bag or syringe concentration, for mL/h.
        bolus_mg_per_kg: optional loading bolus; refused above the table's limit.
        basis_chosen_by_plan: the weight basis is the OIH plan's choice, not the caller's.
    """

    rate_mg_per_kg_per_h: Decimal
    weight_basis: str | None = None
    concentration_mg_per_ml: Decimal | None = None
    bolus_mg_per_kg: Decimal | None = None
    basis_chosen_by_plan: bool = False


@attrs.frozen
class KetamineBolus:
    """An optional loading bolus: mg/kg as requested, mg (rounded down) and mL."""

    mg_per_kg: Decimal
    dose_mg: Decimal
    volume_ml: Decimal | None


@attrs.frozen
class KetamineResult:
    """
    A ketamine infusion.

    Attributes:
        rate_mg_per_kg_per_h: the requested rate (within the table's range).
        dose_mg_per_h: rate x dosing weight, rounded down to 0.01 mg/h.
        infusion_ml_per_h: ``dose_mg_per_h`` / concentration, rounded down (when given).
        amount_mg_per_24h: ``dose_mg_per_h`` x 24.
        rate_min / rate_max: the range the rate was checked against, with its sources.
    """

    rate_mg_per_kg_per_h: Decimal
    weight: DosingWeight
    dose_mg_per_h: Decimal
    concentration_mg_per_ml: Decimal | None
    infusion_ml_per_h: Decimal | None
    amount_mg_per_24h: Decimal
    bolus: KetamineBolus | None
    rate_min: Decimal
    rate_max: Decimal
    rate_sources: tuple[str, ...]
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    table: TableRef
    tables: tuple[TableRef, ...]


def _volume(dose_mg: Decimal, concentration: Decimal | None) -> Decimal | None:
    return None if concentration is None else dose_down(dose_mg / concentration)


def dose_ketamine(
    reference: Reference,
    patient: Patient,
    order: KetamineOrder,
    *,
    context: Sequence[Alert] | None = None,
) -> KetamineResult:
    """
    Ketamine infusion at a rate the table allows, on a dosing weight never above actual.

    ``context``: the safety context of a regimen (an OIH plan's) that comes before the result's
    own warnings, all ordered as every result orders them.
    """
    concentration_mg_per_ml, bolus_mg_per_kg = order.concentration_mg_per_ml, order.bolus_mg_per_kg
    table = adjunct_table(reference, "ketamine")
    v = table.values
    rate = refuse_outside(
        order.rate_mg_per_kg_per_h,
        table,
        ("rate_min_mg_per_kg_per_h", "rate_max_mg_per_kg_per_h"),
        code="ketamine.rate_out_of_range",
        field="rate_mg_per_kg_per_h",
    )
    bolus_max = v["bolus_max_mg_per_kg"]
    if bolus_mg_per_kg is not None and not 0 < bolus_mg_per_kg <= bolus_max:
        why = v.sources("bolus_max_mg_per_kg")
        expected = f"more than 0 and at most {number(bolus_max)} mg/kg ({why})"
        msg = f"bolus_mg_per_kg: expected {expected}, got {number(bolus_mg_per_kg)} mg/kg"
        raise OutOfRangeError(
            code="ketamine.bolus_out_of_range",
            field="bolus_mg_per_kg",
            expected=expected,
            received=bolus_mg_per_kg,
            detail=msg,
        )
    if concentration_mg_per_ml is not None and concentration_mg_per_ml <= 0:
        msg = f"concentration_mg_per_ml: expected > 0, got {number(concentration_mg_per_ml)}"
        raise OutOfRangeError(
            code="ketamine.concentration_invalid",
            field="concentration_mg_per_ml",
            expected="> 0 mg/mL",
            received=concentration_mg_per_ml,
            detail=msg,
        )
    body = formula_table(reference, "body-weight")
    assert table.default_weight_basis is not None  # noqa: S101  (the loader requires it)
    because = (
        "chosen by the OIH plan: the ideal-weight basis needs sex and height"
        if order.basis_chosen_by_plan
        else None
    )
    weight = dosing_weight(
        body, patient, order.weight_basis, table.default_weight_basis, chosen_because=because
    )
    dose_mg_h = dose_down(rate * weight.kg)
    per_day = dose_mg_h * HOURS_PER_DAY
    rate_source = v.source("rate_min_mg_per_kg_per_h")
    trace = [
        *weight.trace,
        TraceStep(
            f"{number(rate)} mg/kg/h x {number(dose_down(weight.kg))} kg, rounded down",
            dose_mg_h,
            "mg/h",
            rate_source,
        ),
        TraceStep(f"x {HOURS_PER_DAY} h", per_day, "mg/24 h", rate_source),
    ]
    ml_h = _volume(dose_mg_h, concentration_mg_per_ml)
    if ml_h is not None and ml_h <= 0:
        expected = f"a concentration at which {number(dose_mg_h)} mg/h is at least 0.01 mL/h"
        msg = (
            f"concentration_mg_per_ml: {number(dose_mg_h)} mg/h at "
            f"{number(concentration_mg_per_ml or ml_h)} mg/mL rounds down to 0 mL/h; a pump "
            "cannot run it: use a more dilute solution"
        )
        raise OutOfRangeError(
            code="ketamine.volume_rounds_to_zero",
            field="concentration_mg_per_ml",
            expected=expected,
            received=concentration_mg_per_ml,
            detail=msg,
        )
    if concentration_mg_per_ml is not None:
        step = f"{number(dose_mg_h)} mg/h / {number(concentration_mg_per_ml)} mg/mL, rounded down"
        trace.append(TraceStep(step, ml_h, "mL/h", "PRODUCT"))
    warnings = advice_alerts(table) + list(weight.warnings)
    bolus = None
    if bolus_mg_per_kg is not None:
        bolus_mg = dose_down(bolus_mg_per_kg * weight.kg)
        bolus_ml = _volume(bolus_mg, concentration_mg_per_ml)
        if bolus_ml is not None and bolus_ml <= 0:
            msg = (
                f"concentration_mg_per_ml: a {number(bolus_mg)} mg bolus rounds down to 0 mL at "
                "this concentration; it cannot be measured: use a more dilute solution"
            )
            raise OutOfRangeError(
                code="ketamine.volume_rounds_to_zero",
                field="concentration_mg_per_ml",
                expected=f"a concentration at which {number(bolus_mg)} mg is at least 0.01 mL",
                received=concentration_mg_per_ml,
                detail=msg,
            )
        bolus = KetamineBolus(bolus_mg_per_kg, bolus_mg, bolus_ml)
        step = f"bolus {number(bolus_mg_per_kg)} mg/kg x {number(dose_down(weight.kg))} kg"
        trace.append(TraceStep(step, bolus_mg, "mg", v.source("bolus_max_mg_per_kg")))
        warnings.append(
            Alert(
                "ketamine.bolus",
                "warning",
                f"Bolus {number(bolus_mg)} mg: the at most {number(bolus_max)} mg/kg limit is "
                "from the ASRA 2018 acute-pain consensus via a secondary summary (primary text not "
                "retrieved); give it with monitoring.",
                v.source("bolus_max_mg_per_kg"),
            )
        )
    if patient.hepatic_impairment == "severe":
        warnings.append(
            Alert(
                "ketamine.hepatic_severe",
                "critical",
                "Severe hepatic impairment: ketamine should be avoided (ASRA 2018 via DoctorYG).",
                "DOCTORYG",
            )
        )
    row = v.row("rate_min_mg_per_kg_per_h")
    return KetamineResult(
        rate_mg_per_kg_per_h=rate,
        weight=weight,
        dose_mg_per_h=dose_mg_h,
        concentration_mg_per_ml=concentration_mg_per_ml,
        infusion_ml_per_h=ml_h,
        amount_mg_per_24h=per_day,
        bolus=bolus,
        rate_min=row.value,
        rate_max=v["rate_max_mg_per_kg_per_h"],
        rate_sources=(row.source, *row.also),
        warnings=tuple(warnings) if context is None else ordered((*context, *warnings)),
        trace=tuple(trace),
        table=table.ref,
        tables=unique_refs(table.ref, body.ref),
    )
