"""
The response's numbers: ``num`` and ``trace`` round inline (no call to calc's ``metric`` per
number, for speed) and must give exactly what ``metric`` gives.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from api.convert import adapters as a
from calc import TraceStep, metric


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
