"""
The only unit conversions of the core: mcg and mg, and per-administration to per-day.

An as-needed line counts its prescribed maximum per day (the CDC's MME guidance and the CDC FHIR
MME calculator count the maximum); a rotation may convert from its average use instead
(``basis=True``).  A patch line is its rate; frequency fields do not change it.
"""

from __future__ import annotations

from decimal import Decimal

from calc.errors import OutOfRangeError
from calc.models import Medication
from calc.vocabulary import PATCH_UNIT


__all__ = ["HOURS_PER_DAY", "MCG_PER_MG", "PATCH_UNIT", "daily_amount", "doses_per_day"]

HOURS_PER_DAY = Decimal(24)
MCG_PER_MG = Decimal(1000)


def doses_per_day(med: Medication, field: str, basis: bool = False) -> Decimal:
    """
    Administrations per day: the scheduled count, or an as-needed line's maximum (its average use
    when ``basis`` and the average is known).
    """
    if med.as_needed:
        if basis and med.average_doses_per_day is not None:
            return med.average_doses_per_day
        if med.max_doses_per_day is not None:
            return med.max_doses_per_day
        msg = f"{field}: an as-needed line needs max_doses_per_day (its prescribed maximum)"
        raise OutOfRangeError(
            "medication.frequency_missing",
            f"{field}.max_doses_per_day",
            "max_doses_per_day (required for an as-needed line)",
            None,
            msg,
        )
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


def convert_amount(amount: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """An amount in mg or mcg expressed in the other (or the same) unit."""
    if from_unit == to_unit:
        return amount
    if to_unit == "mg":
        return amount / MCG_PER_MG
    return amount * MCG_PER_MG


def daily_amount(med: Medication, unit: str, field: str, basis: bool = False) -> Decimal:
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
    return convert_amount(med.dose * doses_per_day(med, field, basis), med.dose_unit, unit)
