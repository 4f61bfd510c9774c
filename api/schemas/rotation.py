"""POST /v1/rotations."""

from __future__ import annotations

from typing import Annotated

import msgspec
from msgspec import Meta

import calc
from api.schemas.common import (
    DrugName,
    Medications,
    Patient,
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
    """
    Methadone targets only: ratio scheme, switch strategy and an optional lower cap.

    Attributes:
        scheme: The ratio scheme's table id (`ccdhb-2009`, the default, or `msd-2023`).
        strategy: `stop_and_go` (stop the old opioid, start methadone), `three_day_switch` (a third
            a day over three days; warned as unconfirmed) or `ad_lib` (Morley-Makin, as needed;
            inpatient specialist palliative care only, warned critical).
        max_daily_dose_mg: A lower cap on the methadone daily dose, in mg/day, at most the default
            30.
    """

    scheme: TableId | None = None
    strategy: calc.MethadoneStrategy = "stop_and_go"
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

    Attributes:
        from: The current regimen: 1-20 lines (as for POST /v1/mme).
        to: The drug, route and release to rotate to, or a continuous infusion.
        methadone: Methadone targets only: scheme, switch strategy, cap.
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
    """
    The target as the calculation resolved it (its release filled in when the request left it out).
    """

    drug: str
    route: str
    release: str | None


class Reduction(Response):
    """
    The 25% and 50% ends of the cross-tolerance range and the applied percent's dose.

    Attributes:
        applied_percent: The reduction applied, in % (0-75; default 25, or 50 for an older or frail
            patient; 0 where a switch keeps the hourly rate).
        applied_percent_source: Source key of the applied percent (`request` when asked for).
        low_percent: The range's low end, 25%.
        high_percent: The range's high end, 50%.
        dose_at_low: The target's daily dose at the low end, rounded down, in `unit`.
        dose_at_high: The target's daily dose at the high end, rounded down, in `unit`.
        reduced_daily_dose: The daily dose at the applied percent (and after any cap), rounded down,
            in `unit`; the practical regimen never exceeds it.
        capped: A cap (methadone 30 mg/day by default) lowered the reduced dose.
    """

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
    """
    Part of one administration: `count` units of `strength`.

    Attributes:
        strength: The unit's strength, in the regimen's unit (mg, mcg or mcg/h).
        count: How many of that unit one administration takes.
    """

    strength: float
    count: int


class PracticalRegimen(Response):
    """
    Real strengths; `daily_total` never exceeds the reduced daily dose (for patches: mcg/h). An
    as-needed regimen: `interval_hours` is the shortest interval, `doses_per_day` the maximum.

    Attributes:
        dose_per_administration: One administration, in `unit`, rounded down to what the products make.
        units: The tablets, capsules or patches one administration is made of (empty for a liquid).
        interval_hours: Hours between administrations (a patch's change interval; an as-needed
            regimen's shortest interval).
        doses_per_day: Administrations a day (an as-needed regimen's maximum).
        daily_total: Amount a day in `unit` (a patch: its rate in mcg/h).
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

    Attributes:
        percent: The breakthrough dose as % of the daily dose (10 by default, 10-20 allowed).
        percent_source: Source key of the percent (`request` when asked for).
        basis_daily_dose: The daily dose the percent is taken of, in `basis_unit`.
        basis_unit: Unit of `basis_daily_dose` (the target's, or oral morphine equivalent for
            methadone, patch and parenteral targets).
        computed_dose: The percent of the basis, before rounding, in `unit`.
        dose: The dose offered, rounded down to what the product makes, in `unit`; null (never 0)
            when below the smallest strength.
        units: Tablets or capsules of one dose (empty for a liquid).
        interval_hours: The shortest interval between doses (the product's label).
        max_doses_per_day: At most this many doses a day.
        limits_source: Source key of the interval and the maximum.
        volume_ml: A liquid dose's volume, in mL.
        concentration_per_ml: A liquid's concentration, in `unit` per mL.
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
    """
    One line of the previous regimen on a switch day.

    Attributes:
        daily_dose: The day's amount of this line, in `daily_dose_unit`.
    """

    drug: str
    route: str
    daily_dose: float
    daily_dose_unit: str


class SwitchDay(Response):
    """
    One day of a cross-taper switch to methadone.

    Attributes:
        day: Day of the switch, from 1.
        previous_percent: The share of the previous regimen still given that day, in %.
        previous_lines: The previous regimen's lines at that share.
        methadone_daily_target: The day's methadone target, in mg/day.
        methadone: The day's practical methadone regimen; null when no product makes the target.
    """

    day: int
    previous_percent: float
    previous_lines: list[PreviousLine]
    methadone_daily_target: float
    methadone: PracticalRegimen | None


class MethadoneDetail(Response):
    """
    How the methadone dose was reached.

    Attributes:
        scheme: The ratio scheme's table.
        ratio: The oral morphine : methadone ratio applied (8 means 8:1).
        ratio_source: Source key of the ratio.
        unsmoothed_daily_dose: The scheme's own dose before smoothing, in mg/day.
        smoothed: The lower monotone envelope lowered the dose at a tier edge (the dose never falls
            as the morphine equivalent rises).
        cap: The methadone cap, in mg/day.
        cap_source: Source key of the cap.
        strategy: `stop_and_go`, `three_day_switch` or `ad_lib`.
        schedule: The days of a three-day switch; empty otherwise.
    """

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
    """
    One line of the conversion basis (equianalgesic table); as-needed lines at their average use
    when given, else their maximum.

    Attributes:
        daily_dose: The line's daily amount, in `daily_dose_unit`.
        conversion_factor: Oral morphine equivalent per unit of the line (equianalgesic table).
        oral_morphine_equivalent_per_day: The line's oral morphine equivalent, in mg/day.
    """

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
    A continuous infusion: the rate rounded down to the pump's step at the concentration, its mL/h,
    the 24-hour amount and, subcutaneously, the syringe driver's 24-hour volume.

    Attributes:
        rate: The infusion rate, in `rate_unit`.
        rate_unit: `mg/h` or `mcg/h`.
        concentration_per_ml: The solution's concentration, in `concentration_unit`.
        concentration_unit: `mg/mL` or `mcg/mL`.
        ml_per_hour: The pump rate, in mL/h.
        daily_total: The amount in 24 hours, in `daily_unit`.
        daily_unit: `mg/day` or `mcg/day`.
        syringe_24h_ml: A subcutaneous syringe driver's volume for 24 hours, in mL; null otherwise.
        rate_step_ml_per_h: The pump's smallest rate step, in mL/h (the rate is rounded down to it).
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
    """
    What to do, hours after the start of the switch.

    Attributes:
        hour: Hours from the start of the switch.
        action: What to do then.
    """

    hour: float
    action: str
    source: str


class RotationResponse(Response):
    """
    The rotation with every intermediate number, warnings, trace and tables.
    `total_mme_per_day` is the regimen on the MME table (risk, thresholds; `mme_lines`), null
    when the table gives no factor for a line (warning `mme.not_computed`);
    `oral_morphine_equivalent_per_day` is the conversion basis (equianalgesic table; `lines`).

    Attributes:
        total_mme_per_day: The current regimen's MME/day on the MME table (risk and thresholds);
            null when the table gives no factor for a full-agonist line (`mme.not_computed`).
        mme_lines: The current regimen's lines on the MME table.
        oral_morphine_equivalent_per_day: The conversion basis: oral morphine equivalent in mg/day
            on the equianalgesic table.
        lines: The current regimen's lines on the equianalgesic table.
        target: The target as resolved.
        equianalgesic_daily_dose: The target's equianalgesic daily dose before any reduction, in
            `unit`.
        unit: Unit of the target's doses (`mg/day`, or `mcg/h` for a patch or infusion).
        reduction: The 25% and 50% ends and the applied reduction.
        practical_regimen: The target's regimen from real strengths, never above the reduced dose;
            null when no product makes it (see the warnings) or for an infusion target.
        breakthrough: The rescue dose; null when no product is loaded for it.
        methadone: How a methadone dose was reached; null for other targets.
    """

    summary: Summary
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
