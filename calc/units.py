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
from calc.vocabulary import INFUSION_ROUTES, PATCH_UNIT, RATE_UNITS


__all__ = [
    "DAYS_PER_WEEK",
    "HOURS_PER_DAY",
    "MCG_PER_MG",
    "PATCH_UNIT",
    "convert_amount",
    "daily_amount",
    "doses_per_day",
    "is_infusion",
    "is_rate",
]

HOURS_PER_DAY = Decimal(24)
MCG_PER_MG = Decimal(1000)
DAYS_PER_WEEK = Decimal(7)


def doses_per_day(med: Medication, field: str, basis: bool = False) -> Decimal:
    """
    Administrations per day: the scheduled count, or an as-needed line's maximum (its average use
    when ``basis`` and the average is known).
    """
    if med.quantity_dispensed is not None and med.days_supply is not None:
        return med.quantity_dispensed / med.days_supply
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


def is_rate(unit: str) -> bool:
    """A rate (mcg/h, mg/h): a patch or a continuous infusion, not a dose per administration."""
    return unit in RATE_UNITS


def is_infusion(med: Medication) -> bool:
    """A continuous infusion line: a rate on an infusion route (a patch is transdermal)."""
    return is_rate(med.dose_unit) and med.route in INFUSION_ROUTES


def convert_amount(amount: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """An amount in mg or mcg (or a rate in mg/h or mcg/h) expressed in the other unit."""
    if from_unit == to_unit:
        return amount
    if to_unit.startswith("mg"):
        return amount / MCG_PER_MG
    return amount * MCG_PER_MG


def daily_amount(med: Medication, unit: str, field: str, basis: bool = False) -> Decimal:
    """
    The medication's daily amount expressed in ``unit`` (``mg``, ``mcg``), or its rate (a patch's
    ``mcg/h``, an infusion's ``mg/h`` or ``mcg/h``) when ``unit`` is a rate.
    """
    rate = unit in RATE_UNITS
    if (med.dose_unit in RATE_UNITS) != rate:
        name = f"{field}.{med.unit_field}"
        msg = f"{name}: {med.drug} by route {med.route} is dosed in {unit}, got {med.dose_unit}"
        raise OutOfRangeError("medication.unit_mismatch", name, unit, med.dose_unit, msg)
    if rate:
        return convert_amount(med.dose, med.dose_unit, unit)
    return convert_amount(med.dose * doses_per_day(med, field, basis), med.dose_unit, unit)
