"""POST /v1/oih-plans."""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta

import calc
from api.schemas.adjuncts import ClonidineResponse, GabapentinResponse, KetamineResponse
from api.schemas.common import (
    Medications,
    Patient,
    Request,
    Response,
    SafetyWarning,
    StartDate,
    Summary,
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
            calc.FixedTaperPreset,
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
    """
    Why a strategy does not apply to this patient: the rule's code, field, expectation, value.

    Attributes:
        code: The refusal's stable code (listed in Problem.code's `x-codes`).
        field: The request field that would change the answer (`patient.weight_kg`).
        expected: What that field would need to be.
        received: What the request gave, as JSON (`null` when it gave nothing).
        detail: The reason, in words.
    """

    code: str
    field: str
    expected: str
    received: str
    detail: str


class CutLine(Response):
    """
    One line after the cut (an as-needed line: its maximum per day is what is cut).

    Attributes:
        original_daily_dose: The line's daily amount before the cut, in `unit`.
        reduced_daily_dose: The target after the cut, in `unit`.
        regimen: The nearest real regimen at or below the target; null when none fits (warned).
    """

    drug: str
    route: str
    original_daily_dose: float
    reduced_daily_dose: float
    unit: str
    regimen: PracticalRegimen | None
    as_needed: bool


class CutAndMethadone(Response):
    """
    Cut each line by 40-50% and add low-dose methadone (at most 15 mg/day).

    Attributes:
        cut_percent: The cut, in % (40 by default, 40-50).
        lines: Each line after the cut.
        methadone_target_mg_per_day: The low-dose methadone target, in mg/day (7.5 by default).
        methadone: The methadone regimen (2.5 mg every 8 hours from the 1 mg/mL solution by
            default); null when no product makes it.
    """

    summary: Summary
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
    """
    The taper strategy: its full result when it applies, or the refusal that rules it out.
    """

    status: Status
    result: TaperResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class CutAndMethadoneStrategy(Response):
    """
    The cut-and-low-dose-methadone strategy: its full result when it applies, or the refusal
    that rules it out.
    """

    status: Status
    result: CutAndMethadone | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class RotationStrategy(Response):
    """
    The rotation (to methadone or to buprenorphine) strategy: its full result when it applies,
    or the refusal that rules it out.
    """

    status: Status
    result: RotationResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class KetamineStrategy(Response):
    """
    The ketamine infusion strategy: its full result when it applies, or the refusal that rules it out.
    """

    status: Status
    result: KetamineResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class ClonidineStrategy(Response):
    """
    The clonidine strategy: its full result when it applies, or the refusal that rules it out.
    """

    status: Status
    result: ClonidineResponse | None
    refusal: Refusal | None
    resulting_mme_per_day: ResultingMME


class GabapentinStrategy(Response):
    """
    The gabapentin strategy: its full result when it applies, or the refusal that rules it out.
    """

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

    Attributes:
        total_mme_per_day: The current regimen's MME/day on the MME table; null when the table
            gives no factor for a full-agonist line (warning `mme.not_computed`).
        oral_morphine_equivalent_per_day: The current regimen's oral morphine equivalent in mg/day
            (equianalgesic table), the basis of the rotations.
        taper: A taper chosen by the days on opioids (CDC 2022), or `taper_preset`.
        cut_and_methadone: Cut the current opioid by 40-50% and add low-dose methadone.
        methadone_rotation: Rotation to oral methadone.
        buprenorphine_rotation: Rotation to buprenorphine (patch).
        ketamine: A low-dose ketamine infusion at the low end of its range (needs a weight).
        clonidine: Clonidine at the low end of its range.
        gabapentin: Gabapentin at the low end of its range (needs renal function).
    """

    summary: Summary
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
    trace: Annotated[
        list[TraceStep],
        Meta(
            description="How the plan read its input (spellings normalised, see the README); "
            "each strategy's result carries its own trace."
        ),
    ]
    calculation_id: str
