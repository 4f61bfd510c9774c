"""POST /v1/period-mme and POST /v1/batch/period-mme (one NDJSON line per patient)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from msgspec import Meta

from api.schemas.common import (
    DoseUnit,
    DrugName,
    Problem,
    Release,
    Request,
    Response,
    Route,
    SafetyWarning,
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
    """A calendar window, both days included (at most 3660 days)."""

    start_date: dt.date
    end_date: dt.date


class PeriodMMERequest(Request):
    """
    One patient's prescriptions over a period. `therapy_days` and `observation_window_days` are
    the denominators of mme2 and mme3 (each with its own optional value without
    buprenorphine); with dated prescriptions they may be left out (counted from the dates and
    from `observation_window`). `table` defaults to `nih-heal`.
    """

    prescriptions: Annotated[list[PeriodPrescription], Meta(min_length=1, max_length=100)]
    table: TableId | None = None
    therapy_days: PeriodDays | None = None
    observation_window_days: PeriodDays | None = None
    therapy_days_without_buprenorphine: PeriodDays | None = None
    observation_window_days_without_buprenorphine: PeriodDays | None = None
    observation_window: ObservationWindow | None = None


class PeriodLine(Response):
    """One prescription: its factor, MME (whole prescription) and single-day (24 h) MME."""

    drug: str
    route: str
    release: str | None
    form: str | None
    kind: Literal["dose", "dispensing"]
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
    date: dt.date
    mme: float


class PeriodMMEResponse(Response):
    """Per prescription and per group (with and without buprenorphine), with a trace."""

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
    """

    with_buprenorphine: Definitions
    without_buprenorphine: Definitions
    average_daily_mme: AverageDailyMME | None
    warnings: list[str]
    calculation_id: str
    prescriptions: list[PeriodLine] | None = None


class PeriodBatchResult(Response):
    """One NDJSON output line: `result`, or `error` (the problem a single call would return)."""

    patient_id: str | None
    line: int
    result: PeriodBatchSummary | None
    error: Problem | None
