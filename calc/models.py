"""
Input value objects of the calculation core.

All quantities are ``Decimal``; the HTTP layer converts at the edge.
"""

from __future__ import annotations

from decimal import Decimal

import attrs


__all__ = ["Medication", "Patient", "Target"]


@attrs.frozen
class Medication:
    """
    One line of a regimen.

    Attributes:
        drug: lower-case ingredient name.
        route: oral, intravenous, transdermal, ...
        dose: amount per administration (for patches: the labelled rate).
        dose_unit: ``mg``, ``mcg`` or ``mcg/h`` (patches).
        release: ``immediate`` or ``extended``; optional.
        doses_per_day: administrations per day; or give ``interval_hours``. Not used for patches.
        interval_hours: hours between administrations.
    """

    drug: str
    route: str
    dose: Decimal
    dose_unit: str
    release: str | None = None
    doses_per_day: Decimal | None = None
    interval_hours: Decimal | None = None


@attrs.frozen
class Target:
    """The drug, route and release a rotation goes to."""

    drug: str
    route: str
    release: str | None = None


@attrs.frozen
class Patient:
    """
    Optional patient context; every field may be unknown (``None``).

    ``days_on_current_opioids`` is how long the current regimen has been taken (the opioid-tolerance
    rule of the fentanyl patch label asks for at least a week).
    """

    age_years: Decimal | None = None
    sex: str | None = None
    weight_kg: Decimal | None = None
    height_cm: Decimal | None = None
    serum_creatinine_mg_dl: Decimal | None = None
    serum_creatinine_umol_l: Decimal | None = None
    creatinine_clearance_ml_min: Decimal | None = None
    hepatic_impairment: str | None = None
    frail: bool | None = None
    benzodiazepine: bool | None = None
    qtc_ms: Decimal | None = None
    days_on_current_opioids: Decimal | None = None
