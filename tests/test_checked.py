"""
The checked construction of tests/checked.py is installed for the whole session and refuses what
DESIGN.md section 4 rules out (so the invariants it adds to every test are not vacuous).
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import attrs
import pytest

from calc import calculate_mme
from calc.errors import OutOfRangeError
from calc.oih import Refusal
from calc.reference import Reference
from calc.results import Alert, TraceStep
from tests.checked import InvariantError
from tests.strategies import morphine


GOOD_ALERT = ("mme.at_or_above_50", "warning", "At or above 50 MME/day.", "CDC22")
GOOD_STEP = ("daily dose", D(30), "mg/day", "CDC22")
GOOD_ERROR = ("dose.implausible", "medications[0].dose", "> 0", D(0), "dose must be > 0")


@pytest.mark.parametrize(
    ("position", "value", "problem"),
    [
        (0, "MME.high", "code"),
        (0, "mme", "code"),
        (0, "mme.unlisted_code", "not listed in api/codes.py"),
        (1, "danger", "severity"),
        (2, "at or above 50 MME/day", "not a sentence"),
        (2, None, "not a sentence"),
        (3, "request", "source"),
        (3, None, "source"),
    ],
)
def test_alert(position: int, value: object, problem: str) -> None:
    """A warning: dotted code, one of three severities, a sentence, a source that resolves."""
    Alert(*GOOD_ALERT)
    args: list[Any] = list(GOOD_ALERT)
    args[position] = value

    with pytest.raises(InvariantError, match=problem):
        Alert(*args)


@pytest.mark.parametrize(
    ("position", "value", "problem"),
    [
        (0, "", "not a phrase"),
        (0, None, "not a phrase"),
        (1, D("NaN"), "finite"),
        (1, D(-1), "non-negative"),
        (1, None, "without a number has unit"),
        (2, "mg/week", "known units"),
        (3, "XX", "source"),
    ],
)
def test_trace_step(position: int, value: object, problem: str) -> None:
    """A step: a phrase, a finite non-negative number with a known unit, a source."""
    TraceStep(*GOOD_STEP)
    TraceStep("choice", None, "", "PRODUCT")
    args: list[Any] = list(GOOD_STEP)
    args[position] = value

    with pytest.raises(InvariantError, match=problem):
        TraceStep(*args)


@pytest.mark.parametrize(
    ("position", "value", "problem"),
    [
        (0, "x", "code"),
        (0, "dose.unlisted_code", "not listed in api/codes.py"),
        (1, "Medications[0]", "field"),
        (1, None, "field"),
        (2, "", "expected"),
        (4, None, "detail"),
    ],
)
def test_errors_and_refusals(position: int, value: object, problem: str) -> None:
    """An error or a strategy's refusal: dotted code, a request field, the expectation, a detail."""
    OutOfRangeError(*GOOD_ERROR)
    Refusal(*GOOD_ERROR)
    args: list[Any] = list(GOOD_ERROR)
    args[position] = value

    with pytest.raises(InvariantError, match=problem):
        OutOfRangeError(*args)
    with pytest.raises(InvariantError, match=problem):
        Refusal(*args)


@pytest.mark.parametrize("total", ["Infinity", "NaN", "-0.5"])
def test_results_hold_no_infinity_nan_or_negative(reference: Reference, total: str) -> None:
    """A result with an infinite, undefined or negative number is refused as it is built."""
    result = calculate_mme(reference, [morphine(D(30))])

    with pytest.raises(InvariantError, match="total_mme_per_day"):
        attrs.evolve(result, total_mme_per_day=D(total))
