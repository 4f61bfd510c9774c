"""POST /v1/oih-plans."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from msgspec import Meta

from api.schemas.adjuncts import ClonidineResponse, GabapentinResponse, KetamineResponse
from api.schemas.common import (
    Medications,
    Patient,
    Request,
    Response,
    SafetyWarning,
    TableId,
    TraceStep,
)
from api.schemas.rotation import PracticalRegimen, RotationResponse
from api.schemas.taper import TaperResponse


class OIHRequest(Request):
    """The current regimen and patient; every candidate strategy is computed side by side."""

    medications: Medications
    start_date: Annotated[dt.date, Meta(description="Date the taper strategy would start.")]
    cut_percent: (
        Annotated[float, Meta(ge=40, le=50, description="Cut of the current opioid (default 40).")]
        | None
    ) = None
    methadone_mg_per_day: (
        Annotated[float, Meta(gt=0, le=15, description="Low-dose methadone (default 7.5).")] | None
    ) = None
    table: TableId | None = None
    patient: Patient | None = None


class Refusal(Response):
    """Why a strategy does not apply to this patient: the rule's code, field, expectation, value."""

    code: str
    field: str
    expected: str
    received: str
    detail: str


class CutLine(Response):
    drug: str
    route: str
    original_daily_dose: float
    reduced_daily_dose: float
    unit: str
    regimen: PracticalRegimen | None


class CutAndMethadone(Response):
    """Cut each line by 40-50% and add low-dose methadone (at most 15 mg/day)."""

    cut_percent: float
    lines: list[CutLine]
    methadone_target_mg_per_day: float
    methadone: PracticalRegimen | None
    warnings: list[SafetyWarning]
    trace: list[TraceStep]


Status = Literal["available", "not_applicable"]


class TaperStrategy(Response):
    status: Status
    result: TaperResponse | None
    refusal: Refusal | None


class CutAndMethadoneStrategy(Response):
    status: Status
    result: CutAndMethadone | None
    refusal: Refusal | None


class RotationStrategy(Response):
    status: Status
    result: RotationResponse | None
    refusal: Refusal | None


class KetamineStrategy(Response):
    status: Status
    result: KetamineResponse | None
    refusal: Refusal | None


class ClonidineStrategy(Response):
    status: Status
    result: ClonidineResponse | None
    refusal: Refusal | None


class GabapentinStrategy(Response):
    status: Status
    result: GabapentinResponse | None
    refusal: Refusal | None


class OIHPlanResponse(Response):
    """The candidate strategies, each a full calculation or the refusal that rules it out."""

    total_mme_per_day: float
    taper: TaperStrategy
    cut_and_methadone: CutAndMethadoneStrategy
    methadone_rotation: RotationStrategy
    buprenorphine_rotation: RotationStrategy
    ketamine: KetamineStrategy
    clonidine: ClonidineStrategy
    gabapentin: GabapentinStrategy
    warnings: list[SafetyWarning]
    calculation_id: str
