"""POST /v1/rotations."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from api.schemas.common import (
    DrugName,
    Medications,
    Patient,
    Release,
    Request,
    Response,
    Route,
    SafetyWarning,
    TableId,
    TableRef,
    TraceStep,
)
from api.schemas.mme import MMELine


# Bounds mirror tables/thresholds.toml (a test keeps them equal).
ReductionPercent = Annotated[
    float,
    Meta(ge=0, le=75, description="Incomplete cross-tolerance reduction applied (default 25)."),
]
BreakthroughPercent = Annotated[
    float, Meta(ge=10, le=20, description="Breakthrough dose as % of the daily dose (default 10).")
]


class TargetSpec(Request):
    """The drug, route and (optionally) release to rotate to; `infusion` for a continuous one."""

    drug: DrugName
    route: Route
    release: Release | None = None
    infusion: Annotated[
        bool,
        Meta(
            description="A continuous intravenous or subcutaneous infusion (a rate in mg/h or "
            "mcg/h) rather than doses."
        ),
    ] = False


class MethadoneOptions(Request):
    """Methadone targets only: ratio scheme, switch strategy and an optional lower cap."""

    scheme: TableId | None = None
    strategy: Literal["stop_and_go", "three_day_switch", "ad_lib"] = "stop_and_go"
    max_daily_dose_mg: Annotated[float, Meta(gt=0, le=30)] | None = None


class FactorChoice(Request):
    """A conversion factor chosen by its source key (the row's own or a listed alternative)."""

    drug: DrugName
    route: Route
    source: Annotated[
        str,
        Meta(
            pattern="^[A-Za-z0-9][A-Za-z0-9-]{0,39}$",
            description="A source key the row lists (GET /v1/tables/{table}), e.g. `SCOT`.",
        ),
    ]


class RotationRequest(Request):
    """
    A regimen and a target. `table` selects the equianalgesic table of the conversion (default
    equianalgesic-us); `mme_table` the MME table of `total_mme_per_day` and its thresholds
    (default cdc-2022).
    """

    from_: Medications = msgspec.field(name="from")
    to: TargetSpec
    cross_tolerance_reduction_percent: ReductionPercent | None = None
    breakthrough_percent: BreakthroughPercent | None = None
    table: TableId | None = None
    mme_table: TableId | None = None
    methadone: MethadoneOptions | None = None
    patient: Patient | None = None
    infusion_concentration_per_ml: (
        Annotated[
            float,
            Meta(
                gt=0,
                le=10000,
                description="An infusion target's solution, in the rate's amount per mL (mg/mL "
                "for mg/h, mcg/mL for mcg/h); omitted: the usual solution (GET /v1/tables/"
                "us-products).",
            ),
        ]
        | None
    ) = None
    factor_choices: Annotated[
        list[FactorChoice],
        Meta(
            max_length=20,
            description="Factors chosen by source for a drug and route, in both directions (for "
            "example the UK 2:1 oral : subcutaneous morphine ratio, source SCOT).",
        ),
    ] = []  # noqa: RUF012  (msgspec copies mutable defaults)
    allow_renal_avoid: Annotated[
        bool,
        Meta(
            description="Rotate to a drug the renal guidance says to avoid at the patient's "
            "creatinine clearance (refused with 422 renal.target_avoid otherwise); the result "
            "then carries a critical warning."
        ),
    ] = False


class ResolvedTarget(Response):
    drug: str
    route: str
    release: str | None


class Reduction(Response):
    """The 25% and 50% ends of the cross-tolerance range and the applied percent's dose."""

    applied_percent: float
    applied_percent_source: str
    low_percent: float
    high_percent: float
    dose_at_low: float
    dose_at_high: float
    reduced_daily_dose: float
    unit: str
    capped: bool
    source: str


class UnitCount(Response):
    strength: float
    count: int


class PracticalRegimen(Response):
    """
    Real strengths; `daily_total` never exceeds the reduced daily dose (for patches: mcg/h). An
    as-needed regimen: `interval_hours` is the shortest interval, `doses_per_day` the maximum.
    """

    drug: str
    route: str
    release: str
    form: str
    unit: str
    dose_per_administration: float
    units: list[UnitCount]
    interval_hours: float
    doses_per_day: float
    daily_total: float
    source: str
    intervals_source: str
    as_needed: bool
    volume_ml: Annotated[
        float | None,
        Meta(description="A liquid's volume per administration, in whole measuring steps."),
    ]
    concentration_per_ml: Annotated[
        float | None, Meta(description="A liquid's concentration, in `unit` per mL.")
    ]
    tolerant_only: Annotated[
        bool, Meta(description="A concentrate its label restricts to opioid-tolerant patients.")
    ]


class Breakthrough(Response):
    """
    Rescue dose as needed: `dose` (null when below the smallest product) by `route`, at least
    `interval_hours` apart, at most `max_doses_per_day` a day.
    """

    percent: float
    percent_source: str
    drug: str
    route: str
    release: str
    form: str
    basis_daily_dose: float
    basis_unit: str
    computed_dose: float
    dose: float | None
    unit: str
    units: list[UnitCount]
    source: str
    interval_hours: float
    max_doses_per_day: float
    limits_source: str
    volume_ml: float | None
    concentration_per_ml: float | None


class PreviousLine(Response):
    drug: str
    route: str
    daily_dose: float
    daily_dose_unit: str


class SwitchDay(Response):
    day: int
    previous_percent: float
    previous_lines: list[PreviousLine]
    methadone_daily_target: float
    methadone: PracticalRegimen | None


class MethadoneDetail(Response):
    scheme: TableRef
    ratio: float
    ratio_source: str
    unsmoothed_daily_dose: float
    smoothed: bool
    cap: float
    cap_source: str
    strategy: str
    schedule: list[SwitchDay]


class ConversionLine(Response):
    """One line of the conversion basis (equianalgesic table); as-needed lines at their average
    use when given, else their maximum."""

    drug: str
    route: str
    release: str | None
    daily_dose: float
    daily_dose_unit: str
    conversion_factor: float
    factor_source: str
    oral_morphine_equivalent_per_day: float
    as_needed: bool


class InfusionRegimen(Response):
    """
    A continuous infusion: the rate rounded down to the pump's step at the concentration, its
    mL/h, the 24-hour amount and, subcutaneously, the syringe driver's 24-hour volume.
    """

    drug: str
    route: str
    rate: float
    rate_unit: str
    concentration_per_ml: float
    concentration_unit: str
    ml_per_hour: float
    daily_total: float
    daily_unit: str
    syringe_24h_ml: float | None
    rate_step_ml_per_h: float
    source: str


class TransitionStep(Response):
    """What to do, hours after the start of the switch."""

    hour: float
    action: str
    source: str


class RotationResponse(Response):
    """
    The rotation with every intermediate number, warnings, trace and tables.
    `total_mme_per_day` is the regimen on the MME table (risk, thresholds; `mme_lines`), null
    when the table gives no factor for a line (warning `mme.not_computed`);
    `oral_morphine_equivalent_per_day` is the conversion basis (equianalgesic table; `lines`).
    """

    total_mme_per_day: Annotated[float, Meta(ge=0)] | None
    mme_lines: list[MMELine]
    oral_morphine_equivalent_per_day: Annotated[float, Meta(ge=0)]
    lines: list[ConversionLine]
    target: ResolvedTarget
    equianalgesic_daily_dose: float
    unit: str
    reduction: Reduction
    practical_regimen: PracticalRegimen | None
    breakthrough: Breakthrough | None
    methadone: MethadoneDetail | None
    infusion: Annotated[
        InfusionRegimen | None, Meta(description="An infusion target's rate; null otherwise.")
    ]
    transition: Annotated[
        list[TransitionStep],
        Meta(
            description="The timed steps of a switch that has them (fentanyl infusion and patch)."
        ),
    ]
    resulting_mme_per_day: Annotated[
        float | None,
        Meta(
            description="MME/day of the practical regimen on the MME table; null when there is "
            "no regimen or the table gives the target no factor (CDC 2022: buprenorphine)."
        ),
    ]
    warnings: list[SafetyWarning]
    trace: list[TraceStep]
    table: TableRef
    tables: list[TableRef]
    calculation_id: str
