"""
Summary lines of a period MME result (calc/summary_period.py). Expected lines come from the
NIH HEAL definitions worked by hand: oxycodone 10 mg four times a day is 40 mg/day x 1.5 (the
nih-heal table's oxycodone factor) = 60 MME a day; for 30 days, 1,800 MME.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import attrs

from calc.period import PeriodWindows, Prescription, calculate_period_mme
from calc.reference import Reference
from calc.summary_period import period_summary


OXYCODONE_30_DAYS = Prescription(
    "oxycodone", "oral", dose=D(10), dose_unit="mg", doses_per_day=D(4), days_of_medication=30
)


def test_undated(reference: Reference) -> None:
    """
    One prescription, 30 therapy days and a 90-day window: mme1 = 1,800 / 30 = 60, mme2 = 1,800
    / 30 = 60, mme3 = 1,800 / 90 = 20, mme4 = 60. Without buprenorphine: the same.
    """
    windows = PeriodWindows(therapy_days=30, observation_window_days=90)
    result = calculate_period_mme(reference, [OXYCODONE_30_DAYS], windows)
    lines = period_summary(result)
    group = (
        "total 1,800 MME over 30 days of medication; mme1 60 MME/day (total / days of "
        "medication), mme2 60 MME/day (/ 30 therapy days), mme3 20 MME/day (/ 90 observation "
        "window days), mme4 60 MME/day (sum of single-day MME)."
    )

    assert lines[len(result.warnings) :] == (
        f"With buprenorphine: {group}",
        f"Without buprenorphine: {group}",
        "Oxycodone by mouth: 40 mg/day x 1.5 = 60 MME a day, for 30 days = 1,800 MME.",
        "A research measure of opioid exposure over the period, not a dose.",
    )


def test_dated_and_undefined(reference: Reference) -> None:
    """
    Dated from 2026-01-01: 30 days supplied, a window from the first dispensing to its last day
    (30 days), 30 days exposed: every equation 1,800 / 30 = 60; the peak 60 on the first day. A
    group with no days has its definitions not defined.
    """
    dated = attrs.evolve(OXYCODONE_30_DAYS, start_date=dt.date(2026, 1, 1))
    result = calculate_period_mme(reference, [dated], PeriodWindows())
    empty = attrs.evolve(
        result.without_buprenorphine, total_days=0, mme1=None, mme2=None, mme3=None
    )
    lines = period_summary(attrs.evolve(result, without_buprenorphine=empty))

    assert (
        "Dated prescriptions, 2026-01-01 to 2026-01-30: average daily MME 60 over 30 days "
        "supplied, 60 over the 30-day window, 60 over 30 days exposed, 60 as the mean per "
        "prescription; peak 60 MME/day on 2026-01-01."
    ) in lines
    assert any("mme1 not defined (no days)" in line for line in lines)
