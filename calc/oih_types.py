"""
The OIH plan's shared parts: the caller's options, and a strategy's outcome (its result, or the
refusal that rules it out, with the MME/day it leads to).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Generic, TypeVar

import attrs

from calc.errors import CalcError


__all__ = ["OIHOptions", "Outcome", "Refusal", "attempt"]

_T = TypeVar("_T")


@attrs.frozen
class OIHOptions:
    """``taper_preset`` None: chosen by the patient's time on opioids (``choose_taper_preset``)."""

    start: dt.date
    cut_percent: Decimal | None = None
    methadone_mg_per_day: Decimal | None = None
    table_id: str | None = None
    mme_table_id: str | None = None
    taper_preset: str | None = None


@attrs.frozen
class Refusal:
    """Why a strategy does not apply: the clinical rule's code, field, expectation and value."""

    code: str
    field: str
    expected: str
    received: object
    detail: str


@attrs.frozen
class Outcome(Generic[_T]):
    """
    A strategy's result, or the refusal that rules it out; ``resulting_mme_per_day`` is the
    MME/day (selected MME table) the strategy leads to, when the table covers it.
    """

    result: _T | None = None
    refusal: Refusal | None = None
    resulting_mme_per_day: Decimal | None = None


def attempt(
    compute: Callable[[], _T], resulting: Callable[[_T], Decimal | None] = lambda _: None
) -> Outcome[_T]:
    try:
        result = compute()
    except CalcError as exc:
        return Outcome(refusal=Refusal(exc.code, exc.field, exc.expected, exc.received, exc.detail))
    return Outcome(result=result, resulting_mme_per_day=resulting(result))
