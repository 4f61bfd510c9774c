"""POST /v1/oih-plans."""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta

from api.schemas.adjuncts import ClonidineResponse, GabapentinResponse, KetamineResponse
from api.schemas.common import (
    Medications,
    Patient,
    Request,
    Response,
    SafetyWarning,
    StartDate,
    TableId,
    TraceStep,
)
from api.schemas.rotation import PracticalRegimen, RotationResponse
from api.schemas.taper import TaperResponse


class OIHRequest(Request):
    """The current regimen and patient; every candidate strategy is computed side by side."""

    medications: Medications
    start_date: StartDate
    cut_percent: (
        Annotated[float, Meta(ge=40, le=50, description="Cut of the current opioid (default 40).")]
        | None
    ) = None
    methadone_mg_per_day: (
        Annotated[float, Meta(gt=0, le=15, description="Low-dose methadone (default 7.5).")] | None
    ) = None
    table: TableId | None = None
    mme_table: TableId | None = None
    taper_preset: (
        Annotated[
            Literal[
                "oih-rapid",
                "cdc-2022-long-term",
                "cdc-2022-weeks",
                "acute-short",
                "acute-weeks",
            ],
            Meta(
                description="The taper strategy's preset; omitted: chosen by "
                "patient.days_on_current_opioids (CDC 2022: a year or more, or unknown, "
                "cdc-2022-long-term)."
            ),
        ]
        | None
    ) = None
    patient: Patient | None = None


class Refusal(Response):
    """Why a strategy does not apply to this patient: the rule's code, field, expectation, value."""

    code: str
    field: str
    expected: str
    received: str
    detail: str


class CutLine(Response):
    """One line after the cut (an as-needed line: its maximum per day is what is cut)."""

    drug: str
    route: str
    original_daily_dose: float
    reduced_daily_dose: float
    unit: str
    regimen: PracticalRegimen | None
    as_needed: bool


class CutAndMethadone(Response):
    """Cut each line by 40-50% and add low-dose methadone (at most 15 mg/day)."""

    cut_percent: float
    lines: list[CutLine]
    methadone_target_mg_per_day: float
    methadone: PracticalRegimen | None
    warnings: list[SafetyWarning]
    trace: list[TraceStep]


Status = Literal["available", "not_applicable"]
ResultingMME = Annotated[
    float | None,
    Meta(
        description="MME/day (the request's MME table) this strategy leads to: after the first "
        "taper step, after the cut with methadone, on the new regimen, or unchanged for an "
        "adjunct; null when refused or the table gives no factor (CDC 2022: buprenorphine)."
    ),
]


class TaperStrategy(Response):
    status: Status
    result: TaperResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class CutAndMethadoneStrategy(Response):
    status: Status
    result: CutAndMethadone | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class RotationStrategy(Response):
    status: Status
    result: RotationResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class KetamineStrategy(Response):
    status: Status
    result: KetamineResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class ClonidineStrategy(Response):
    status: Status
    result: ClonidineResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class GabapentinStrategy(Response):
    status: Status
    result: GabapentinResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class OIHPlanResponse(Response):
    """
    The candidate strategies, each a full calculation or the refusal that rules it out.
    `total_mme_per_day` is the regimen on the MME table (risk, thresholds), null when the table
    gives no factor for a line (warning `mme.not_computed`);
    `oral_morphine_equivalent_per_day` the conversion basis of the rotations.
    """

    total_mme_per_day: Annotated[float, Meta(ge=0)] | None
    oral_morphine_equivalent_per_day: float
    taper: TaperStrategy
    cut_and_methadone: CutAndMethadoneStrategy
    methadone_rotation: RotationStrategy
    buprenorphine_rotation: RotationStrategy
    ketamine: KetamineStrategy
    clonidine: ClonidineStrategy
    gabapentin: GabapentinStrategy
    warnings: list[SafetyWarning]
    calculation_id: str
