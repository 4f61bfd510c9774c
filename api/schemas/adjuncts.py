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
    """A range a request was checked against, with its source keys."""

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
    mg_per_kg: float
    dose_mg: float
    volume_ml: float | None


class KetamineResponse(_Result):
    """mg/h (rounded down), mL/h for the concentration, amount per 24 h, optional bolus."""

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
    """Current blood pressure, checked against the hold parameters."""

    systolic_mmhg: Annotated[float, Meta(ge=40, le=300)]
    diastolic_mmhg: Annotated[float, Meta(ge=20, le=200)]


class ClonidineRequest(Request):
    """Oral clonidine twice daily."""

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
    """Days `day_from`-`day_to` (null: continuing); `doses_mg` in order, the larger at bedtime."""

    day_from: int
    day_to: int | None
    doses_mg: list[float]
    daily_mg: float


class HoldParameters(Response):
    systolic_below_mmhg: float
    diastolic_below_mmhg: float
    source: str


class ClonidineResponse(_Result):
    """The regimen (one tablet per dose), weekly titration, hold parameters, taper on stopping."""

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
    """A titration level: from `day` (day 1 is the first) until the next level's day."""

    day: int
    target_mg_per_day: float
    regimen: Regimen


class GabapentinResponse(_Result):
    """Never above the label's renal band (scaled below 15 mL/min) or 1800 mg/day."""

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
    min_mg: float
    max_mg: float
    source: str


class PregabalinResponse(_Result):
    """
    Starts at the label's first renal-table column for the clearance band (never the band
    maximum), titrates by the label's steps to the target capped by the band maximum; doses
    rounded down to capsules.
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
    """Low-dose naltrexone; `medications` (as for /v1/mme) is checked for full agonists."""

    target_mg_per_day: Annotated[
        float, Meta(gt=0, le=100, description="Refused (422) outside the table's 1-4.5 mg/day.")
    ]
    start_mg: Annotated[float, Meta(ge=0.01, le=100)] | None = None
    step_mg: Annotated[float, Meta(ge=0.01, le=100)] | None = None
    step_interval_days: Annotated[int, Meta(ge=1, le=365)] | None = None
    medications: Annotated[list[Medication], Meta(max_length=20)] | None = None
    patient: Patient | None = None


class NaltrexoneStep(Response):
    day_from: int
    daily_mg: float


class NaltrexoneResponse(_Result):
    """A titration to the target and the regimen's full and partial agonists."""

    target_mg_per_day: float
    start_mg: float
    step_mg: float
    step_interval_days: int
    titration: list[NaltrexoneStep]
    full_agonists: list[str]
    partial_agonists: list[str]
