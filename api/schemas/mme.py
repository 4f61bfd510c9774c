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
    Summary,
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
    line at strength x quantity / days supply.

    Attributes:
        daily_dose: The line's daily amount, in `daily_dose_unit` (a patch or infusion: its rate;
            a dispensed patch: the average rate worn).
        conversion_factor: MME per unit of the line on the MME table (CDC 2022: oxycodone 1.5; a
            per-patch factor divided by the days a patch is worn: CMS 2018 fentanyl 7.2 / 3).
        mme_per_day: The line's MME/day (daily dose x factor), rounded half-even to 0.01.
        form: The line's dose form, when it gave one (or its product has one).
        compared: False for a drug the table leaves out of the threshold comparison
            (buprenorphine, a partial agonist): its MME is shown here and not added to
            `total_mme_per_day`.
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
    """
    A threshold (MME/day) and whether the exact total reached it.

    Attributes:
        code: The threshold's stable code (`mme.at_or_above_50`, `mme.at_or_above_90`,
            `mme.very_high`).
        threshold: The threshold, in MME/day.
        reached: The exact (unrounded) total is at or above the threshold.
    """

    code: str
    threshold: float
    reached: bool
    source: str


class MMEResponse(Response):
    """
    MME/day of the regimen with per-line detail, flags, warnings and a trace.

    Attributes:
        total_mme_per_day: The regimen's total MME/day on the table, rounded half-even to 0.01
            (lines the table gives no factor are left out and warned, never counted as 0).
        lines: Each line converted.
        flags: The 50, 90 and 1,000 MME/day thresholds and whether the total reached them.
        not_compared_mme_per_day: The MME/day of lines the table leaves out of the threshold
            comparison (buprenorphine where the table gives it a factor); null when there are
            none.
    """

    summary: Summary
    total_mme_per_day: Annotated[float, Meta(ge=0)]
    lines: list[MMELine]
    flags: list[Flag]
    warnings: list[SafetyWarning]
    trace: list[TraceStep]
    table: TableRef
    calculation_id: str
    not_compared_mme_per_day: Annotated[float, Meta(ge=0)] | None = None
