"""
Parts shared by the renal-function and adjunct operations: weight basis, dosing weight,
creatinine clearance, renal band, practical regimen.
"""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta

from api.schemas.common import Response


WeightBasis = Annotated[
    Literal["actual", "ideal", "adjusted"],
    Meta(
        description="Body weight to dose (or to estimate clearance) from. `ideal` is Devine; "
        "`adjusted` is IBW + 0.4 x (actual - IBW). Never above the actual weight. Omitted: the "
        "table's default (`ideal`), which needs `patient.sex` and `patient.height_cm`."
    ),
]


class BodyWeight(Response):
    """The weight used and how it was chosen."""

    basis: str
    basis_defaulted: bool
    dosing_weight_kg: float
    actual_weight_kg: float
    ideal_body_weight_kg: float | None
    adjusted_body_weight_kg: float | None
    actual_weight_used: bool


class Clearance(Response):
    """Creatinine clearance used for renal dosing: `given`, or estimated by `cockcroft-gault`."""

    creatinine_clearance_ml_min: float
    method: Literal["given", "cockcroft-gault"]
    weight: BodyWeight | None


class RenalBand(Response):
    """The label's renal row that applies; `max_ml_min` null means open-ended."""

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
    """

    doses_per_day: int
    dose_mg: float | None
    daily_mg: float | None
    units_mg: list[float]
