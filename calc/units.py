"""
The only unit conversions of the core: mcg and mg, and per-administration to per-day.
"""

from __future__ import annotations

from decimal import Decimal

from calc.errors import OutOfRangeError
from calc.models import Medication


__all__ = ["HOURS_PER_DAY", "PATCH_UNIT", "daily_amount", "doses_per_day"]

HOURS_PER_DAY = Decimal(24)
MCG_PER_MG = Decimal(1000)
PATCH_UNIT = "mcg/h"


def doses_per_day(med: Medication, field: str) -> Decimal:
    """Administrations per day from ``doses_per_day`` or ``interval_hours``."""
    if med.doses_per_day is not None:
        return med.doses_per_day
    if med.interval_hours is not None:
        return HOURS_PER_DAY / med.interval_hours
    msg = f"{field}: give doses_per_day or interval_hours for a {med.dose_unit} dose"
    raise OutOfRangeError(
        "medication.frequency_missing",
        f"{field}.doses_per_day",
        "doses_per_day or interval_hours (required unless dose_unit is mcg/h)",
        None,
        msg,
    )


def daily_amount(med: Medication, unit: str, field: str) -> Decimal:
    """
    The medication's daily amount expressed in ``unit`` (``mg``, ``mcg``) or its patch rate
    (``mcg/h``).
    """
    if (med.dose_unit == PATCH_UNIT) != (unit == PATCH_UNIT):
        msg = (
            f"{field}.dose_unit: {med.drug} by route {med.route} is dosed in {unit}, "
            f"got {med.dose_unit}"
        )
        raise OutOfRangeError(
            "medication.unit_mismatch", f"{field}.dose_unit", unit, med.dose_unit, msg
        )
    if unit == PATCH_UNIT:
        return med.dose
    per_day = med.dose * doses_per_day(med, field)
    if med.dose_unit == unit:
        return per_day
    if unit == "mg":
        return per_day / MCG_PER_MG
    return per_day * MCG_PER_MG
