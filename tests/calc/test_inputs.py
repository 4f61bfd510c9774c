"""
A core that defends itself (issue 9): the input value objects refuse what is not a finite,
positive number in a known unit, route or release, so a direct caller of calc gets a CalcError
naming the field, never a wrong number or a raw decimal.InvalidOperation.
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from calc.errors import CalcError
from calc.models import Medication, Patient, Target


def line(**changes: Any) -> dict[str, Any]:
    return {
        "drug": "morphine",
        "route": "oral",
        "dose": D(10),
        "dose_unit": "mg",
        "doses_per_day": D(2),
    } | changes


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"dose": D(-100)}, "input.not_a_positive_number", "dose"),
        ({"dose": D("NaN")}, "input.not_a_positive_number", "dose"),
        ({"dose": 10.0}, "input.not_a_positive_number", "dose"),
        ({"doses_per_day": D("-Infinity")}, "input.not_a_positive_number", "doses_per_day"),
        ({"interval_hours": D(0)}, "input.not_a_positive_number", "interval_hours"),
        ({"max_doses_per_day": D(-1)}, "input.not_a_positive_number", "max_doses_per_day"),
        (
            {"average_doses_per_day": D("NaN")},
            "input.not_a_positive_number",
            "average_doses_per_day",
        ),
        ({"drug": ""}, "input.unknown_value", "drug"),
        ({"route": "nasal"}, "input.unknown_value", "route"),
        ({"dose_unit": "g"}, "input.unknown_value", "dose_unit"),
        ({"release": "sustained"}, "input.unknown_value", "release"),
        ({"as_needed": 1}, "input.unknown_value", "as_needed"),
    ],
)
def test_medication_refuses(changes: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(CalcError) as info:
        Medication(**line(**changes))

    assert (info.value.code, info.value.field) == (code, field)


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"age_years": D(-1)}, "input.not_a_number", "patient.age_years"),
        ({"weight_kg": D("NaN")}, "input.not_a_number", "patient.weight_kg"),
        ({"qtc_ms": 480.0}, "input.not_a_number", "patient.qtc_ms"),
        ({"sex": "unknown"}, "input.unknown_value", "patient.sex"),
        ({"hepatic_impairment": "worse"}, "input.unknown_value", "patient.hepatic_impairment"),
        ({"frail": "false"}, "input.unknown_value", "patient.frail"),
        ({"benzodiazepine": 0}, "input.unknown_value", "patient.benzodiazepine"),
    ],
)
def test_patient_refuses(changes: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(CalcError) as info:
        Patient(**changes)

    assert (info.value.code, info.value.field) == (code, field)


@pytest.mark.parametrize(
    ("changes", "field"), [({"route": "ear"}, "to.route"), ({"release": "slow"}, "to.release")]
)
def test_target_refuses(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(CalcError) as info:
        Target(**({"drug": "oxycodone", "route": "oral"} | changes))

    assert info.value.field == field


def test_zero_is_a_valid_patient_number() -> None:
    """Days on opioids may be 0 (non-negative, not positive)."""
    assert Patient(days_on_current_opioids=D(0)).days_on_current_opioids == 0
