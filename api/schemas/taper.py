"""POST /v1/tapers."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from msgspec import Meta

import calc
from api.schemas.common import (
    Medications,
    Patient,
    Request,
    Response,
    SafetyWarning,
    StartDate,
    Summary,
    TableId,
    TableRef,
    TraceStep,
)
from api.schemas.rotation import PracticalRegimen


Preset = calc.TaperPresetName


class TaperRequest(Request):
    """
    A regimen and a preset (or `custom` with `percent`, `interval_days` and `basis`). Presets
    allow `percent` and `interval_days` only within their own ranges (GET /v1/tables/taper-presets).

    Attributes:
        preset: `cdc-2022-long-term` (about 10% a month, the default), `cdc-2022-weeks` (10% a
            week of the original to 30%, then of the current), `acute-weeks` (20% every 2 days),
            `acute-short` (50% for 2 days, then stop), `oih-rapid` (10-25% every 2-3 days; the OIH
            source document, warned) or `custom`.
        basis: What each cut is a percent of: `original` or `current` dose (custom; presets fix it).
    """

    medications: Medications
    start_date: StartDate
    preset: Preset = "cdc-2022-long-term"
    percent: (
        Annotated[float, Meta(ge=1, le=50, description="Cut per step, % of the basis.")] | None
    ) = None
    interval_days: Annotated[int, Meta(ge=1, le=90, description="Days between steps.")] | None = (
        None
    )
    basis: calc.TaperBasis | None = None
    floor_percent: (
        Annotated[float, Meta(ge=0, le=90, description="Stop at this % of the original.")] | None
    ) = None
    table: TableId | None = None
    patient: Patient | None = None


class TaperLine(Response):
    """
    A line at a step: its daily dose (an as-needed line's maximum) and regimen (the patient's own
    until its first cut; null once stopped); `interval_changed` when the cut needed a different
    dosing interval.

    Attributes:
        daily_dose: The line's daily amount at this step, in `unit` (0 once stopped).
        regimen: The line's practical regimen at this step; null once stopped.
        cut: How much the line's daily dose fell at this step, in `unit`.
        allowance: How much it was allowed to fall (percent x basis x intervals since the last cut).
        interval_changed: The cut needed a different dosing interval.
    """

    drug: str
    route: str
    daily_dose: float
    unit: str
    regimen: PracticalRegimen | None
    cut: float
    allowance: float
    as_needed: bool
    interval_changed: bool


class TaperStep(Response):
    """
    One dated step of the taper: from `date` until the next step's date.

    Attributes:
        number: Step number, from 1.
        date: The step's first day (ISO 8601).
        day: Days after `start_date` (0 on the start date).
        intervals_since_previous: Taper intervals since the previous step (above 1 when the
            strengths held the dose).
        lines: Each regimen line at this step.
        total_mme_per_day: The step's MME/day.
        percent_of_original: The step's MME/day as % of the original.
    """

    number: int
    date: dt.date
    day: int
    intervals_since_previous: int
    lines: list[TaperLine]
    total_mme_per_day: (
        Annotated[
            float,
            Meta(
                ge=0,
                description="The step on the MME table; null when the table gives no factor for "
                "a line (warning mme.not_computed).",
            ),
        ]
        | None
    )
    percent_of_original: float
    thresholds_reached: Annotated[
        list[str],
        Meta(description="The MME threshold codes this step's total is at or above."),
    ]


class PresetInfo(Response):
    """
    The preset the taper follows.

    Attributes:
        name: Preset name (`cdc-2022-long-term`, ...).
        unconfirmed: The preset's rate is not confirmed by a guideline (warned).
    """

    name: str
    source: str
    unconfirmed: bool


class TaperResponse(Response):
    """
    Dated steps, each a real regimen never higher than the one before; ends at zero or the floor.

    Attributes:
        preset: The preset followed.
        percent: The cut per step, in % of the basis.
        interval_days: Days between steps.
        basis: `original`, `current`, or `original-then-current` (CDC 2022 weeks).
        original_mme_per_day: The regimen's MME/day before the taper.
        steps: The dated steps.
        ends_at: `zero` (every line stopped), `floor` (held at the floor) or `incomplete` (warned).
    """

    summary: Summary
    preset: PresetInfo
    percent: float
    interval_days: float
    basis: str
    original_mme_per_day: Annotated[float, Meta(ge=0)] | None
    steps: list[TaperStep]
    ends_at: calc.TaperEnd
    warnings: list[SafetyWarning]
    trace: list[TraceStep]
    table: TableRef
    tables: list[TableRef]
    calculation_id: str
