"""
POST /v1/adjuncts/{ketamine,clonidine,gabapentin,pregabalin,naltrexone}.

The schema bounds only what is physically plausible (400 when broken); the clinical ranges live in
the adjunct tables and a value outside them is a 422 from the core naming the range and sources.
"""

from __future__ import annotations

from typing import Annotated

from msgspec import Meta

from api.schemas.common import (
    Medication,
    Patient,
    Request,
    Response,
    Summary,
    TableRef,
    TraceStep,
)
from api.schemas.common import (
    SafetyWarning as WarningOut,
)
from api.schemas.dosing import (
    BodyWeight,
    Clearance,
    Regimen,
    RenalBand,
    WeightBasis,
)


class _Result(Response):
    """Every adjunct result: warnings, trace, its own table and every table used, an id."""

    summary: Summary
    warnings: list[WarningOut]
    trace: list[TraceStep]
    table: TableRef
    tables: list[TableRef]
    calculation_id: str


class DoseRange(Response):
    """
    A range a request was checked against, with its source keys.

    Attributes:
        min: The range's lower end, in `unit`.
        max: The range's upper end, in `unit`.
        sources: Source keys of the range.
    """

    min: float
    max: float
    unit: str
    sources: list[str]


# --- ketamine -------------------------------------------------------------------------------


class KetamineRequest(Request):
    """A low-dose IV ketamine infusion. `patient.weight_kg` is required."""

    rate_mg_per_kg_per_h: Annotated[
        float,
        Meta(
            gt=0,
            le=10,
            description="Infusion rate; refused (422) outside the table's 0.1-0.5 mg/kg/h.",
        ),
    ]
    patient: Patient
    weight_basis: WeightBasis | None = None
    concentration_mg_per_ml: (
        Annotated[
            float, Meta(ge=0.01, le=1000, description="Concentration of the infusion, for mL/h.")
        ]
        | None
    ) = None
    bolus_mg_per_kg: (
        Annotated[
            float,
            Meta(ge=0.001, le=10, description="Optional bolus; refused (422) above 0.35 mg/kg."),
        ]
        | None
    ) = None


class KetamineBolus(Response):
    """
    An optional loading bolus.

    Attributes:
        mg_per_kg: The bolus asked for, in mg/kg (at most 0.35).
        dose_mg: mg/kg x dosing weight, rounded down, in mg.
        volume_ml: The bolus volume at the concentration, in mL; null without a concentration.
    """

    mg_per_kg: float
    dose_mg: float
    volume_ml: float | None


class KetamineResponse(_Result):
    """
    mg/h (rounded down), mL/h for the concentration, amount per 24 h, optional bolus.

    Attributes:
        rate_mg_per_kg_per_h: The rate asked for, in mg/kg/h (within 0.1-0.5).
        rate_range: The range the rate was checked against, with its sources.
        weight: The dosing weight and how it was chosen.
        dose_mg_per_h: Rate x dosing weight, rounded down to 0.01, in mg/h.
        concentration_mg_per_ml: The infusion's concentration, in mg/mL; null when not given.
        infusion_ml_per_h: `dose_mg_per_h` / concentration, rounded down, in mL/h; null without a
            concentration.
        amount_mg_per_24h: `dose_mg_per_h` x 24, in mg.
        bolus: The loading bolus, when asked for; null otherwise.
    """

    rate_mg_per_kg_per_h: float
    rate_range: DoseRange
    weight: BodyWeight
    dose_mg_per_h: float
    concentration_mg_per_ml: float | None
    infusion_ml_per_h: float | None
    amount_mg_per_24h: float
    bolus: KetamineBolus | None


# --- clonidine ------------------------------------------------------------------------------


class BloodPressure(Request):
    """
    Current blood pressure, checked against the hold parameters.

    Attributes:
        systolic_mmhg: Systolic pressure, in mmHg (40-300).
        diastolic_mmhg: Diastolic pressure, in mmHg (20-200).
    """

    systolic_mmhg: Annotated[float, Meta(ge=40, le=300)]
    diastolic_mmhg: Annotated[float, Meta(ge=20, le=200)]


class ClonidineRequest(Request):
    """
    Oral clonidine twice daily.

    Attributes:
        blood_pressure: Current blood pressure: below the hold parameters is a critical warning.
    """

    dose_mg: Annotated[
        float,
        Meta(
            gt=0,
            le=10,
            description="Dose per administration; refused (422) outside the table's 0.1-0.3 mg, "
            "except 0.05 mg as a lower start with renal impairment or age 65 or over.",
        ),
    ]
    patient: Patient | None = None
    blood_pressure: BloodPressure | None = None


class ClonidineLevel(Response):
    """
    Days `day_from`-`day_to` (null: continuing); `doses_mg` in order, the larger at bedtime.

    Attributes:
        day_from: First day of the level (day 1 is the first day).
        day_to: Last day of the level; null: it continues.
        doses_mg: The day's administrations in mg, in order (morning, bedtime).
        daily_mg: The day's total, in mg.
    """

    day_from: int
    day_to: int | None
    doses_mg: list[float]
    daily_mg: float


class HoldParameters(Response):
    """
    Hold the dose when the blood pressure is below these.

    Attributes:
        systolic_below_mmhg: Hold when the systolic pressure is below this, in mmHg.
        diastolic_below_mmhg: Hold when the diastolic pressure is below this, in mmHg.
    """

    systolic_below_mmhg: float
    diastolic_below_mmhg: float
    source: str


class ClonidineResponse(_Result):
    """
    The regimen (one tablet per dose), weekly titration, hold parameters, taper on stopping.

    Attributes:
        requested_dose_mg: The dose asked for, in mg.
        dose_mg: The dose per administration, rounded down to a tablet (0.05 as half a 0.1 mg
            tablet), in mg.
        doses_per_day: Administrations a day (2).
        interval_hours: Hours between administrations (12).
        daily_mg: The daily total, in mg.
        titration: Weekly levels from the label's start to the dose; the last continues.
        taper: The levels for stopping, day 1 being the taper's first day.
        stop_day: The day of the taper on which no clonidine is given.
        hold_parameters: When to hold a dose.
    """

    requested_dose_mg: float
    dose_mg: float
    doses_per_day: int
    interval_hours: float
    daily_mg: float
    titration: list[ClonidineLevel]
    taper: list[ClonidineLevel]
    stop_day: int
    hold_parameters: HoldParameters


# --- gabapentin and pregabalin --------------------------------------------------------------

TargetMgPerDay = Annotated[
    float,
    Meta(gt=0, le=10000, description="Target mg/day; refused (422) outside the table's range."),
]


class GabapentinRequest(Request):
    """
    Gabapentin. `patient` needs `creatinine_clearance_ml_min`, or serum creatinine with age,
    sex, weight (and height for the ideal basis) for a Cockcroft-Gault estimate.
    """

    target_mg_per_day: TargetMgPerDay
    patient: Patient
    hemodialysis: bool = False
    weight_basis: WeightBasis | None = None


class TitrationDay(Response):
    """
    A titration level: from `day` (day 1 is the first) until the next level's day.

    Attributes:
        day: First day of the level.
        target_mg_per_day: The level's target, in mg/day.
        regimen: The level's practical regimen.
    """

    day: int
    target_mg_per_day: float
    regimen: Regimen


class GabapentinResponse(_Result):
    """
    Never above the label's renal band (scaled below 15 mL/min) or 1800 mg/day.

    Attributes:
        target_mg_per_day: The target asked for, in mg/day.
        clearance: The creatinine clearance used and how it was obtained.
        renal_band: The Neurontin label's row for that clearance.
        band_scale: 1, or clearance / 15 below 15 mL/min (the label's footnote).
        band_max_mg_per_day: The band's maximum, scaled, in mg/day.
        cap_mg_per_day: The lower of the band maximum and the product maximum (1800), in mg/day.
        daily_target_mg: The target after the cap, in mg/day.
        maintenance: The practical regimen for the target, never above it.
        titration: The label's initiation, day by day, to the maintenance.
        hemodialysis_supplement_mg: The supplement after each hemodialysis session, rounded down to
            strengths, in mg; null when not on hemodialysis.
        hemodialysis_supplement_label_mg: The label's supplement for the row, in mg; null when not
            on hemodialysis.
    """

    target_mg_per_day: float
    clearance: Clearance
    renal_band: RenalBand
    band_scale: float
    band_max_mg_per_day: float
    cap_mg_per_day: float
    daily_target_mg: float
    maintenance: Regimen
    titration: list[TitrationDay]
    hemodialysis_supplement_mg: float | None
    hemodialysis_supplement_label_mg: float | None


class PregabalinRequest(Request):
    """Pregabalin; renal context as for gabapentin."""

    target_mg_per_day: TargetMgPerDay
    patient: Patient
    doses_per_day: (
        Annotated[
            int,
            Meta(
                ge=1,
                le=4,
                description="One the clearance band allows; omitted, each titration step takes "
                "the allowed frequency whose capsules come closest to it from below.",
            ),
        ]
        | None
    ) = None
    hemodialysis: bool = False
    weight_basis: WeightBasis | None = None


class SupplementRange(Response):
    """
    The supplement after each hemodialysis session, as a range.

    Attributes:
        min_mg: Lower end, in mg.
        max_mg: Upper end, in mg.
    """

    min_mg: float
    max_mg: float
    source: str


class PregabalinResponse(_Result):
    """
    Starts at the label's first renal-table column for the clearance band (never the band
    maximum), titrates by the label's steps to the target capped by the band maximum; doses
    rounded down to capsules.

    Attributes:
        target_mg_per_day: The target asked for, in mg/day.
        clearance: The creatinine clearance used and how it was obtained.
        renal_band: The Lyrica label's row for that clearance.
        start_mg_per_day: Day 1, the band's first label column (or the target when lower), in mg/day.
        daily_target_mg: The target capped by the band maximum, in mg/day.
        titration: The levels from day 1 to the maintenance.
        maintenance: The last level's regimen, each dose rounded down to capsules.
        hemodialysis_supplement: The supplement range after each session; null when not on
            hemodialysis.
    """

    target_mg_per_day: float
    clearance: Clearance
    renal_band: RenalBand
    start_mg_per_day: float
    daily_target_mg: float
    titration: list[TitrationDay]
    maintenance: Regimen
    hemodialysis_supplement: SupplementRange | None


# --- low-dose naltrexone --------------------------------------------------------------------


class NaltrexoneRequest(Request):
    """
    Low-dose naltrexone; `medications` (as for /v1/mme) is checked for full agonists.

    Attributes:
        start_mg: The first daily dose, in mg (default 1, the cautious end of 1-1.5).
        step_mg: The increase per step, in mg (default 0.5, the cautious end of 0.5-1).
        step_interval_days: Days between increases (default 14, the cautious end of 7-14).
    """

    target_mg_per_day: Annotated[
        float, Meta(gt=0, le=100, description="Refused (422) outside the table's 1-4.5 mg/day.")
    ]
    start_mg: Annotated[float, Meta(ge=0.01, le=100)] | None = None
    step_mg: Annotated[float, Meta(ge=0.01, le=100)] | None = None
    step_interval_days: Annotated[int, Meta(ge=1, le=365)] | None = None
    medications: Annotated[list[Medication], Meta(max_length=20)] | None = None
    patient: Patient | None = None


class NaltrexoneStep(Response):
    """
    From `day_from` on, `daily_mg` once daily (until the next step).

    Attributes:
        day_from: First day of the step (day 1 is the first).
        daily_mg: The once-daily dose, in mg.
    """

    day_from: int
    daily_mg: float


class NaltrexoneResponse(_Result):
    """
    A titration to the target and the regimen's full and partial agonists.

    Attributes:
        target_mg_per_day: The target, in mg/day (within 1-4.5).
        start_mg: The first daily dose, in mg.
        step_mg: The increase per step, in mg.
        step_interval_days: Days between increases.
        titration: The steps from the start to the target; the last continues.
        full_agonists: Drugs of `medications` treated as full agonists (a critical conflict).
        partial_agonists: Drugs of `medications` listed as partial agonists (buprenorphine).
    """

    target_mg_per_day: float
    start_mg: float
    step_mg: float
    step_interval_days: int
    titration: list[NaltrexoneStep]
    full_agonists: list[str]
    partial_agonists: list[str]
