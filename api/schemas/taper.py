"""POST /v1/tapers."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from msgspec import Meta

from api.schemas.common import (
    Medications,
    Patient,
    Request,
    Response,
    SafetyWarning,
    StartDate,
    TableId,
    TableRef,
    TraceStep,
)
from api.schemas.rotation import PracticalRegimen


Preset = Literal[
    "oih-rapid", "cdc-2022-long-term", "cdc-2022-weeks", "acute-short", "acute-weeks", "custom"
]


class TaperRequest(Request):
    """
    A regimen and a preset (or `custom` with `percent`, `interval_days` and `basis`). Presets
    allow `percent` and `interval_days` only within their own ranges (GET /v1/tables/taper-presets).
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
    basis: Literal["original", "current"] | None = None
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
    name: str
    source: str
    unconfirmed: bool


class TaperResponse(Response):
    """Dated steps, each a real regimen never higher than the one before; ends at zero or the floor."""

    preset: PresetInfo
    percent: float
    interval_days: float
    basis: str
    original_mme_per_day: Annotated[float, Meta(ge=0)] | None
    steps: list[TaperStep]
    ends_at: Literal["zero", "floor", "incomplete"]
    warnings: list[SafetyWarning]
    trace: list[TraceStep]
    table: TableRef
    tables: list[TableRef]
    calculation_id: str
