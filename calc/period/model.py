"""
Value objects of period MME: the prescriptions and windows a caller gives, and the result.

A prescription is either dose-based (the NIH HEAL calculator's fields: dose and unit, doses per
day, ``days_of_medication``) or dispensing-based (claims and PDMP fields: strength and unit,
``quantity_dispensed``, ``days_supply``); either may carry the ``start_date`` it was dispensed
or started on, which dates it on the calendar (daily curve, Opioid Data Lab equations).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from calc.results import Alert, TableRef, TraceStep


__all__ = [
    "AverageDailyMME",
    "DailyMME",
    "Definitions",
    "PeriodResult",
    "PeriodWindows",
    "Prescription",
    "PrescriptionMME",
]


@attrs.frozen
class Prescription:
    """
    One prescription of a period.

    Dose-based: ``dose`` and ``dose_unit`` (``mg``, ``mcg``; for a patch the labelled rate in
    ``mcg/h``), ``doses_per_day`` (for a patch: patches worn at once, default 1) and
    ``days_of_medication``. Dispensing-based: ``strength`` and ``strength_unit`` per unit
    dispensed, ``quantity_dispensed`` (units) and ``days_supply``. ``form`` (dose form) is needed
    only where the table splits a drug and route by form (transmucosal fentanyl in ``nih-heal``).
    """

    drug: str
    route: str
    release: str | None = None
    form: str | None = None
    dose: Decimal | None = None
    dose_unit: str | None = None
    doses_per_day: Decimal | None = None
    days_of_medication: int | None = None
    strength: Decimal | None = None
    strength_unit: str | None = None
    quantity_dispensed: Decimal | None = None
    days_supply: int | None = None
    start_date: dt.date | None = None


@attrs.frozen
class PeriodWindows:
    """
    The denominators of the NIH HEAL definitions and the calendar window of dated prescriptions.

    ``therapy_days``: calendar days on therapy, each counted once (definition 2);
    ``observation_window_days``: the study's fixed window (definition 3). Each has its own value
    for the totals without buprenorphine (default: the same). With dated prescriptions both may
    be left out: therapy days are counted from the dates, the window from ``window_start`` and
    ``window_end`` (inclusive; by default the first dispensing to the last day supplied).
    """

    therapy_days: int | None = None
    observation_window_days: int | None = None
    therapy_days_without_buprenorphine: int | None = None
    observation_window_days_without_buprenorphine: int | None = None
    window_start: dt.date | None = None
    window_end: dt.date | None = None


@attrs.frozen
class PrescriptionMME:
    """
    One converted prescription: the NIH HEAL calculator's factor, MME (whole prescription) and
    single-day (24 h) MME, with the daily amount they come from.
    """

    drug: str
    route: str
    release: str | None
    form: str | None
    kind: str
    daily_amount: Decimal
    daily_amount_unit: str
    days: int
    conversion_factor: Decimal
    factor_source: str
    single_day_mme: Decimal
    mme: Decimal
    buprenorphine: bool
    start_date: dt.date | None
    end_date: dt.date | None


@attrs.frozen
class Definitions:
    """
    The NIH HEAL calculator's totals and MME/day definitions for one group of prescriptions.

    ``mme1`` = total MME / total days of medication, ``mme2`` = / therapy days, ``mme3`` = /
    observation window days, ``mme4`` = sum of single-day MME. A definition whose denominator is
    0 (no prescription in the group) is ``None``, as the calculator's null.
    """

    total_mme: Decimal
    total_days: int
    therapy_days: int
    observation_window_days: int
    mme1: Decimal | None
    mme2: Decimal | None
    mme3: Decimal | None
    mme4: Decimal


@attrs.frozen
class AverageDailyMME:
    """
    The four average-daily-MME equations the Opioid Data Lab compares, over dated prescriptions,
    and the peak of the daily curve.

    Equation 1: total MME / days supplied; 2: / days from the first dispensing to the window's
    end; 3: / days exposed, overlaps counted once; 4: the mean of each prescription's MME / days.
    """

    window_start: dt.date
    window_end: dt.date
    prescriptions: int
    total_mme: Decimal
    days_supplied: int
    window_days: int
    exposed_days: int
    mme_over_days_supplied: Decimal
    mme_over_window: Decimal
    mme_over_exposed_days: Decimal
    mean_prescription_daily_mme: Decimal
    peak_daily_mme: Decimal
    peak_date: dt.date


@attrs.frozen
class DailyMME:
    """MME of one calendar day: the single-day MME of every prescription covering it."""

    date: dt.date
    mme: Decimal


@attrs.frozen
class PeriodResult:
    prescriptions: tuple[PrescriptionMME, ...]
    with_buprenorphine: Definitions
    without_buprenorphine: Definitions
    average_daily_mme: AverageDailyMME | None
    daily_mme: tuple[DailyMME, ...]
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    table: TableRef
