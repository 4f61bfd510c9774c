"""
api/convert's hot conversions, written for speed, against their plain definitions: ``num`` and
``trace`` round inline (no call to calc's ``metric`` per number) and must give exactly what
``metric`` gives; ``line_input`` builds its LineInput positionally.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from api.convert import adapters as a
from api.schemas import common
from calc import LineInput, TraceStep, metric


NUMBERS = st.decimals(min_value=Decimal(-(10**6)), max_value=Decimal(10**6), places=6)


@given(NUMBERS)
def test_num_is_the_metric_as_a_float(x: Decimal) -> None:
    """Half-even to 0.01, as calc's rounding policy; never a negative zero."""
    expected = float(metric(x)) + 0.0

    assert expected == a.num(x)
    assert expected == a.opt_num(x)
    assert str(expected) == str(a.num(x))


def test_opt_num_keeps_none() -> None:
    assert a.opt_num(None) is None


@given(st.decimals(min_value=Decimal(0), max_value=Decimal(10**6), places=6))
def test_trace_values_are_the_metric(x: Decimal) -> None:
    """A trace step's value is reported as ``num`` reports it; a step without a value has None."""
    steps = a.trace([TraceStep("a", x, "mg", "PRODUCT"), TraceStep("b", None, "", "PRODUCT")])

    assert [a.num(x), None] == [step.value for step in steps]
    assert ["a", "b"] == [step.step for step in steps]


def test_negative_zero_is_reported_as_zero() -> None:
    assert "0.0" == str(a.num(Decimal("-0.001")))


def test_line_input_carries_every_field_to_its_own_name() -> None:
    """line_input builds LineInput positionally (speed): each field lands on its own name."""
    numbers = {
        "dose": 1.5,
        "doses_per_day": 2.5,
        "interval_hours": 3.5,
        "max_doses_per_day": 4.5,
        "average_doses_per_day": 5.5,
        "strength": 6.5,
        "quantity_dispensed": 7.5,
        "units_per_dose": 8.5,
    }
    line = common.Medication(
        drug="oxycodone",
        route="oral",
        dose_unit="mg",
        release="extended",
        as_needed=True,
        form="tablet",
        strength_unit="mcg",
        days_supply=9,
        rxcui="1049621",
        **numbers,
    )
    expected = LineInput(
        drug="oxycodone",
        route="oral",
        dose_unit="mg",
        release="extended",
        as_needed=True,
        form="tablet",
        strength_unit="mcg",
        days_supply=Decimal(9),
        rxcui="1049621",
        **{name: Decimal(str(value)) for name, value in numbers.items()},
    )

    assert expected == a.line_input(line)
