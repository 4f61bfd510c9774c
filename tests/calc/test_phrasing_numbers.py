"""
``number`` writes a Decimal as ``format(x.normalize(), ",f")`` would (exact, no trailing zeros,
thousands separated) by a shorter way for the common cases, and ``amount`` a metric as ``number``
of it; these tests hold them to the definition.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.phrasing import amount, number
from calc.rounding import metric


def _definition(x: Decimal) -> str:
    return format(x.normalize(), ",f") if x else "0"


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_number_is_the_definition(x: Decimal) -> None:
    """Any finite Decimal: plain, whole with trailing zeros, tiny (1E-7), huge, negative."""
    assert _definition(x) == number(x)


@given(st.integers(min_value=-(10**30), max_value=10**30), st.integers(-12, 12))
def test_number_is_the_definition_at_every_scale(digits: int, exponent: int) -> None:
    x = Decimal(digits).scaleb(exponent)

    assert _definition(x) == number(x)


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        ("0", "0"),
        ("-0.00", "0"),
        ("7.50", "7.5"),
        ("100", "100"),
        ("120.0", "120"),
        ("999.99", "999.99"),
        ("1000", "1,000"),
        ("1200.50", "1,200.5"),
        ("-2500", "-2,500"),
        ("0.0000001", "0.0000001"),
        ("1E+7", "10,000,000"),
    ],
)
def test_examples(x: str, expected: str) -> None:
    assert expected == number(Decimal(x))


METRICS = st.decimals(
    min_value=Decimal(-(10**9)), max_value=Decimal(10**9), allow_nan=False, allow_infinity=False
)


@given(METRICS)
def test_amount_is_the_number_of_the_metric(x: Decimal) -> None:
    assert _definition(metric(x)) == amount(x)


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        ("0.004", "0"),
        ("-0.004", "0"),
        ("-0.006", "-0.01"),
        ("999.995", "1,000"),
        ("999.994", "999.99"),
        ("105", "105"),
        ("87.50", "87.5"),
        ("-12.30", "-12.3"),
        ("1E+2", "100"),
        ("1234.5", "1,234.5"),
    ],
)
def test_amount_examples(x: str, expected: str) -> None:
    assert expected == amount(Decimal(x))
