"""
Parts shared by the renal-function and adjunct operations: weight basis, dosing weight,
creatinine clearance, renal band, practical regimen.
"""

from __future__ import annotations

from typing import Annotated

from msgspec import Meta

import calc
from api.schemas.common import Response


WeightBasis = Annotated[
    calc.WeightBasis,
    Meta(
        description="Body weight to dose (or to estimate clearance) from. `ideal` is Devine; "
        "`adjusted` is IBW + 0.4 x (actual - IBW). Never above the actual weight. Omitted: the "
        "table's default (`ideal`), which needs `patient.sex` and `patient.height_cm`."
    ),
]


class BodyWeight(Response):
    """
    The weight used and how it was chosen.

    Attributes:
        basis: `actual`, `ideal` or `adjusted`, as asked for or defaulted.
        basis_defaulted: The request gave no basis: the table's default was used.
        dosing_weight_kg: The weight the dose or clearance used, in kg (never above the actual).
        actual_weight_kg: The patient's actual weight, in kg.
        ideal_body_weight_kg: Devine ideal body weight in kg, when the basis needed it; else null.
        adjusted_body_weight_kg: Adjusted body weight in kg, when the basis needed it; else null.
        actual_weight_used: The dosing weight is the actual weight (asked for, or below the ideal).
    """

    basis: str
    basis_defaulted: bool
    dosing_weight_kg: float
    actual_weight_kg: float
    ideal_body_weight_kg: float | None
    adjusted_body_weight_kg: float | None
    actual_weight_used: bool


class Clearance(Response):
    """
    Creatinine clearance used for renal dosing: `given`, or estimated by `cockcroft-gault`.

    Attributes:
        creatinine_clearance_ml_min: The clearance, in mL/min (an estimate rounded down to 0.01).
        method: `given` (patient.creatinine_clearance_ml_min) or `cockcroft-gault`.
        weight: The estimate's weight and basis; null when the clearance was given.
    """

    creatinine_clearance_ml_min: float
    method: calc.ClearanceMethod
    weight: BodyWeight | None


class RenalBand(Response):
    """
    The label's renal row that applies; `max_ml_min` null means open-ended.

    Attributes:
        label: The band in words (`at least 30 and below 60 mL/min`).
        min_ml_min: The band's lower clearance bound, in mL/min.
        max_ml_min: The band's upper clearance bound, in mL/min; null: open-ended.
        daily_min_mg: The label's lowest total daily dose for the band, in mg/day.
        daily_max_mg: The label's highest total daily dose for the band, in mg/day.
        doses_per_day: The administrations a day the label allows in the band.
    """

    label: str
    min_ml_min: float
    max_ml_min: float | None
    min_inclusive: bool
    max_inclusive: bool
    daily_min_mg: float
    daily_max_mg: float
    doses_per_day: list[int]
    source: str


class Regimen(Response):
    """
    A practical regimen. `dose_mg` is per administration, rounded down to what the strengths
    make; null (never 0) when that is below the smallest strength.

    Attributes:
        doses_per_day: Administrations a day.
        dose_mg: One administration, in mg; null when below the smallest strength.
        daily_mg: `dose_mg` x `doses_per_day`, in mg/day; null with `dose_mg`.
        units_mg: The strengths one administration is made of, in mg (`[300, 100]` is 400 mg).
    """

    doses_per_day: int
    dose_mg: float | None
    daily_mg: float | None
    units_mg: list[float]
