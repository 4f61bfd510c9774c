"""POST /v1/period-mme and POST /v1/batch/period-mme (one NDJSON line per patient)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from msgspec import Meta

import calc
from api.schemas.common import (
    DoseUnit,
    DrugName,
    Problem,
    Release,
    Request,
    Response,
    Route,
    SafetyWarning,
    Summary,
    TableId,
    TableRef,
    TraceStep,
)


Amount = Annotated[
    float, Meta(gt=0, le=100000, description="Per administration (dose) or per unit (strength).")
]
PerDay = Annotated[
    float,
    Meta(
        gt=0,
        le=24,
        description="Administrations per 24 hours (the NIH HEAL calculator's "
        "`doses_per_24_hours`); for a patch, patches worn at once (default 1).",
    ),
]
Quantity = Annotated[float, Meta(gt=0, le=100000, description="Units dispensed.")]
PrescriptionDays = Annotated[int, Meta(ge=1, le=3660)]
PeriodDays = Annotated[int, Meta(ge=1, le=36600)]
Form = Annotated[
    str,
    Meta(
        pattern="^[a-z][a-z-]{1,29}$",
        description="Dose form (`tablet`, `lozenge`, `film`, `spray`, ...); needed only where "
        "the table splits a drug and route by form (transmucosal fentanyl in `nih-heal`).",
    ),
]
PatientId = Annotated[str, Meta(min_length=1, max_length=128)]


class PeriodPrescription(Request):
    """
    One prescription. Dose-based: `dose`, `dose_unit`, `doses_per_day` (not needed for a patch)
    and `days_of_medication`. Dispensing-based: `strength`, `strength_unit`,
    `quantity_dispensed` and `days_supply`. `start_date` (all prescriptions or none) dates it.

    Attributes:
        days_of_medication: Days the dose-based prescription covers, 1-3660.
        days_supply: Days the dispensing covers, 1-3660.
        start_date: The first day of the prescription (ISO 8601); give it for every prescription
            or for none.
    """

    drug: DrugName
    route: Route
    release: Release | None = None
    form: Form | None = None
    dose: Amount | None = None
    dose_unit: DoseUnit | None = None
    doses_per_day: PerDay | None = None
    days_of_medication: PrescriptionDays | None = None
    strength: Amount | None = None
    strength_unit: DoseUnit | None = None
    quantity_dispensed: Quantity | None = None
    days_supply: PrescriptionDays | None = None
    start_date: dt.date | None = None


class ObservationWindow(Request):
    """
    A calendar window, both days included (at most 3660 days).

    Attributes:
        start_date: The window's first day (ISO 8601).
        end_date: The window's last day, included (ISO 8601).
    """

    start_date: dt.date
    end_date: dt.date


class PeriodMMERequest(Request):
    """
    One patient's prescriptions over a period. `therapy_days` and `observation_window_days` are
    the denominators of mme2 and mme3 (each with its own optional value without
    buprenorphine); with dated prescriptions they may be left out (counted from the dates and
    from `observation_window`). `table` defaults to `nih-heal`.

    Attributes:
        prescriptions: The patient's prescriptions, 1-100.
        therapy_days: Calendar days on therapy, each counted once: the denominator of mme2.
        observation_window_days: The study's fixed window in days: the denominator of mme3.
        therapy_days_without_buprenorphine: mme2's denominator without buprenorphine (default: the
            same as `therapy_days`).
        observation_window_days_without_buprenorphine: mme3's denominator without buprenorphine
            (default: the same as `observation_window_days`).
        observation_window: The calendar window of dated prescriptions (default: the first
            dispensing to the last day supplied).
    """

    prescriptions: Annotated[list[PeriodPrescription], Meta(min_length=1, max_length=100)]
    table: TableId | None = None
    therapy_days: PeriodDays | None = None
    observation_window_days: PeriodDays | None = None
    therapy_days_without_buprenorphine: PeriodDays | None = None
    observation_window_days_without_buprenorphine: PeriodDays | None = None
    observation_window: ObservationWindow | None = None


class PeriodLine(Response):
    """
    One prescription: its factor, MME (whole prescription) and single-day (24 h) MME.

    Attributes:
        kind: `dose` (dose-based) or `dispensing` (dispensing-based).
        daily_amount: The amount a day, in `daily_amount_unit`.
        daily_amount_unit: Unit of `daily_amount` (`mg/day`, `mcg/day`, or `mcg/h` for a patch).
        days: Days the prescription covers.
        conversion_factor: MME per unit of the daily amount (the table's factor).
        single_day_mme: MME of one day (24 h) of the prescription.
        mme: MME of the whole prescription: single-day MME x days.
        buprenorphine: The prescription is buprenorphine (left out of the totals without it).
        start_date: The prescription's first day; null when undated.
        end_date: The prescription's last day covered; null when undated.
    """

    drug: str
    route: str
    release: str | None
    form: str | None
    kind: calc.PeriodLineKind
    daily_amount: float
    daily_amount_unit: str
    days: int
    conversion_factor: float
    factor_source: str
    single_day_mme: float
    mme: float
    buprenorphine: bool
    start_date: dt.date | None
    end_date: dt.date | None


class Definitions(Response):
    """
    The NIH HEAL definitions: `mme1` = total MME / total days, `mme2` = / therapy days, `mme3` =
    / observation window days, `mme4` = sum of single-day MME (null: no days to divide by).

    Attributes:
        total_mme: Sum of the prescriptions' MME.
        total_days: Sum of the prescriptions' days of medication: mme1's denominator.
        therapy_days: Calendar days on therapy: mme2's denominator.
        observation_window_days: The observation window's days: mme3's denominator.
        mme1: Total MME / total days, in MME/day; null without days.
        mme2: Total MME / therapy days, in MME/day; null without days.
        mme3: Total MME / observation window days, in MME/day; null without days.
        mme4: Sum of the prescriptions' single-day MME, in MME/day.
    """

    total_mme: Annotated[float, Meta(ge=0)]
    total_days: int
    therapy_days: int
    observation_window_days: int
    mme1: float | None
    mme2: float | None
    mme3: float | None
    mme4: float


class AverageDailyMME(Response):
    """
    The Opioid Data Lab's average daily MME equations over dated prescriptions: 1 total MME /
    days supplied, 2 / days from the first dispensing to the window's end, 3 / days exposed
    (overlaps once), 4 the mean of each prescription's MME / days; and the curve's peak.

    Attributes:
        window_start: The window's first day.
        window_end: The window's last day, included.
        prescriptions: Dated prescriptions counted.
        total_mme: Their total MME.
        days_supplied: Sum of their days.
        window_days: Days from the first dispensing to the window's end.
        exposed_days: Days with any prescription, overlaps counted once.
        mme_over_days_supplied: Equation 1: total MME / days supplied, in MME/day.
        mme_over_window: Equation 2: total MME / window days, in MME/day.
        mme_over_exposed_days: Equation 3: total MME / days exposed, in MME/day.
        mean_prescription_daily_mme: Equation 4: the mean of each prescription's MME / its days.
        peak_daily_mme: The daily curve's highest MME/day.
        peak_date: The first day at the peak.
    """

    window_start: dt.date
    window_end: dt.date
    prescriptions: int
    total_mme: float
    days_supplied: int
    window_days: int
    exposed_days: int
    mme_over_days_supplied: float
    mme_over_window: float
    mme_over_exposed_days: float
    mean_prescription_daily_mme: float
    peak_daily_mme: float
    peak_date: dt.date


class DailyMME(Response):
    """
    The MME of one calendar day: the single-day MME of every prescription covering it.

    Attributes:
        date: The day.
        mme: Its MME.
    """

    date: dt.date
    mme: float


class PeriodMMEResponse(Response):
    """
    Per prescription and per group (with and without buprenorphine), with a trace.

    Attributes:
        prescriptions: Each prescription converted.
        with_buprenorphine: The NIH HEAL totals and definitions over every prescription.
        without_buprenorphine: The same without the buprenorphine prescriptions.
        average_daily_mme: The four equations over dated prescriptions; null when undated.
        daily_mme: The daily MME curve of dated prescriptions (empty when undated).
    """

    summary: Summary
    prescriptions: list[PeriodLine]
    with_buprenorphine: Definitions
    without_buprenorphine: Definitions
    average_daily_mme: AverageDailyMME | None
    daily_mme: list[DailyMME]
    warnings: list[SafetyWarning]
    trace: list[TraceStep]
    table: TableRef
    calculation_id: str


class PeriodBatchLine(Request):
    """One NDJSON input line of the batch: a patient id and the body of POST /v1/period-mme."""

    patient_id: PatientId
    request: PeriodMMERequest


class PeriodBatchSummary(Response):
    """
    The numbers of one patient, as POST /v1/period-mme gives them (no trace, no curve), with
    the calculation id that call would give.

    Attributes:
        with_buprenorphine: The NIH HEAL totals and definitions over every prescription.
        without_buprenorphine: The same without the buprenorphine prescriptions.
        average_daily_mme: The four equations over dated prescriptions; null when undated.
        warnings: The warnings' messages.
        prescriptions: Each prescription, with `?detail=prescriptions`; null otherwise.
    """

    with_buprenorphine: Definitions
    without_buprenorphine: Definitions
    average_daily_mme: AverageDailyMME | None
    warnings: list[str]
    calculation_id: str
    prescriptions: list[PeriodLine] | None = None


class PeriodBatchResult(Response):
    """
    One NDJSON output line: `result`, or `error` (the problem a single call would return).

    Attributes:
        patient_id: The input line's patient id; null when the line could not be read.
        line: The input line's number, from 1.
        result: The patient's numbers; null on an error.
        error: The problem a single call would return; null on success.
    """

    patient_id: str | None
    line: int
    result: PeriodBatchSummary | None
    error: Problem | None
