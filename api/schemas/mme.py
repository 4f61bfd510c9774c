"""POST /v1/mme."""

from __future__ import annotations

from typing import Annotated

from msgspec import Meta

from api.schemas.common import (
    Medications,
    Patient,
    Request,
    Response,
    SafetyWarning,
    TableId,
    TableRef,
    TraceStep,
)


class MMERequest(Request):
    """A regimen; `table` selects the MME table (default `cdc-2022`)."""

    medications: Medications
    table: TableId | None = None
    patient: Patient | None = None


class MMELine(Response):
    """
    One converted line; an as-needed line at its prescribed maximum per day, a dispensing-based
    line at strength x quantity / days supply (a patch: the average rate worn). `compared` is
    false for a drug the table leaves out of the threshold comparison (buprenorphine, a partial
    agonist): its MME is shown here and not added to `total_mme_per_day`.
    """

    drug: str
    route: str
    release: str | None
    daily_dose: float
    daily_dose_unit: str
    conversion_factor: float
    factor_source: str
    mme_per_day: float
    as_needed: bool
    form: str | None = None
    compared: bool = True


class Flag(Response):
    """A threshold (MME/day) and whether the exact total reached it."""

    code: str
    threshold: float
    reached: bool
    source: str


class MMEResponse(Response):
    """
    MME/day of the regimen with per-line detail, flags, warnings and a trace.
    `total_mme_per_day` is what the flags compare; `not_compared_mme_per_day` the MME of lines
    the table leaves out of that comparison (null when there are none).
    """

    total_mme_per_day: Annotated[float, Meta(ge=0)]
    lines: list[MMELine]
    flags: list[Flag]
    warnings: list[SafetyWarning]
    trace: list[TraceStep]
    table: TableRef
    calculation_id: str
    not_compared_mme_per_day: Annotated[float, Meta(ge=0)] | None = None
