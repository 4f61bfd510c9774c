"""
Input value objects of the calculation core.

All quantities are ``Decimal``; the HTTP layer converts at the edge.  Each object checks its own
inputs when it is built (a finite, positive dose in a known unit; known route and release;
finite, non-negative patient numbers), so a direct caller of the core gets a ``CalcError``, not a
wrong number.  Whether the frequency fields of a line agree with each other and with the drug is
checked per request by calc/plausibility.py, which knows the line's position in the request.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.vocabulary import (
    DOSE_UNITS,
    FORMS,
    HEPATIC_IMPAIRMENTS,
    INFUSION_ROUTES,
    RELEASES,
    ROUTES,
    SEXES,
)


__all__ = ["Medication", "Patient", "Target"]

_SEXES = (None, *SEXES)
_HEPATIC = (None, *HEPATIC_IMPAIRMENTS)


def _positive(value: Any, name: str) -> None:
    """A finite Decimal above zero (an optional field's None is not passed here)."""
    if type(value) is not Decimal or not value.is_finite() or value <= 0:
        msg = f"{name} must be a finite number above 0; got {value!r}"
        raise OutOfRangeError(
            "input.not_a_positive_number", name, "a finite number > 0", value, msg
        )


def _non_negative(value: Any, name: str) -> None:
    if value is None:
        return
    if type(value) is not Decimal or not value.is_finite() or value < 0:
        msg = f"{name} must be a finite number of at least 0; got {value!r}"
        raise OutOfRangeError("input.not_a_number", name, "a finite number >= 0", value, msg)


def _member(value: Any, allowed: tuple[Any, ...], name: str) -> None:
    if value not in allowed:
        shown = [a for a in allowed if a is not None]
        msg = f"{name} must be one of {shown}; got {value!r}"
        raise UnknownEntryError("input.unknown_value", name, f"one of {shown}", value, msg)


def _flag(value: Any, name: str, optional: bool) -> None:
    if (value is None and optional) or type(value) is bool:
        return
    msg = f"{name} must be true or false; got {value!r}"
    raise UnknownEntryError("input.unknown_value", name, "true or false", value, msg)


@attrs.frozen
class Medication:
    """
    One line of a regimen.

    Attributes:
        drug: lower-case ingredient name.
        route: oral, intravenous, transdermal, ...
        dose: amount per administration (for patches: the labelled rate).
        dose_unit: ``mg``, ``mcg``, ``mcg/h`` (a patch, or an infusion) or ``mg/h`` (an
            infusion on an intravenous or subcutaneous route).
        release: ``immediate`` or ``extended``; optional.
        doses_per_day: administrations per day of a scheduled line; or give ``interval_hours``.
        interval_hours: hours between administrations (for a patch: between changes; for an
            as-needed line: the shortest interval allowed between doses).
        as_needed: taken as needed (PRN) rather than on a schedule.
        max_doses_per_day: an as-needed line's prescribed maximum per day (required for one);
            MME counts this maximum (CDC; the CDC FHIR MME calculator does the same).
        average_doses_per_day: an as-needed line's actual average use, when known; a rotation
            converts from it instead of the maximum.
        form: the dose form (calc/vocabulary.py FORMS), needed where the table splits the drug
            and route by form (transmucosal fentanyl).
        quantity_dispensed, days_supply: a dispensing-based line (the CDC and CMS data files):
            ``dose`` is then the strength of one unit dispensed, and the line is taken at
            quantity_dispensed / days_supply units a day; no other frequency field.
    """

    drug: str
    route: str
    dose: Decimal
    dose_unit: str
    release: str | None = None
    doses_per_day: Decimal | None = None
    interval_hours: Decimal | None = None
    as_needed: bool = False
    max_doses_per_day: Decimal | None = None
    average_doses_per_day: Decimal | None = None
    form: str | None = None
    quantity_dispensed: Decimal | None = None
    days_supply: Decimal | None = None

    @property
    def dispensing(self) -> bool:
        """A dispensing-based line (quantity_dispensed and days_supply)."""
        return self.quantity_dispensed is not None or self.days_supply is not None

    @property
    def amount_field(self) -> str:
        """The request field of the amount: a dispensing line's strength, else its dose."""
        return "strength" if self.dispensing else "dose"

    @property
    def unit_field(self) -> str:
        return "strength_unit" if self.dispensing else "dose_unit"

    def __attrs_post_init__(self) -> None:
        if type(self.drug) is not str or not self.drug:
            msg = f"drug must be an ingredient name; got {self.drug!r}"
            raise UnknownEntryError(
                "input.unknown_value", "drug", "an ingredient name", self.drug, msg
            )
        # The same checks in the same order as _member, _positive and _flag make them, each
        # helper called only when its value needs more than the common case's test (a line is
        # built for every request line, taper step and regimen; this halves its cost).
        if self.route not in ROUTES:
            _member(self.route, ROUTES, "route")
        if self.dose_unit not in DOSE_UNITS:
            _member(self.dose_unit, DOSE_UNITS, "dose_unit")
        if self.release is not None:
            _member(self.release, RELEASES, "release")
        _positive(self.dose, "dose")
        _optional_numbers(self)
        if self.form is not None:
            _member(self.form, FORMS, "form")
        if type(self.as_needed) is not bool:
            _flag(self.as_needed, "as_needed", optional=False)


def _optional_numbers(med: Medication) -> None:
    """The frequency and dispensing numbers a line gives: each above zero."""
    if med.doses_per_day is not None:
        _positive(med.doses_per_day, "doses_per_day")
    if med.interval_hours is not None:
        _positive(med.interval_hours, "interval_hours")
    if med.max_doses_per_day is not None:
        _positive(med.max_doses_per_day, "max_doses_per_day")
    if med.average_doses_per_day is not None:
        _positive(med.average_doses_per_day, "average_doses_per_day")
    if med.quantity_dispensed is not None:
        _positive(med.quantity_dispensed, "quantity_dispensed")
    if med.days_supply is not None:
        _positive(med.days_supply, "days_supply")


@attrs.frozen
class Target:
    """The drug, route and release a rotation goes to; ``infusion``: a continuous infusion."""

    drug: str
    route: str
    release: str | None = None
    infusion: bool = False

    def __attrs_post_init__(self) -> None:
        _member(self.route, ROUTES, "to.route")
        _member(self.release, (None, *RELEASES), "to.release")
        _flag(self.infusion, "to.infusion", optional=False)
        if self.infusion and self.route not in INFUSION_ROUTES:
            msg = f"a continuous infusion runs intravenously or subcutaneously; got {self.route!r}"
            raise UnknownEntryError(
                "input.infusion_route",
                "to.route",
                f"one of {list(INFUSION_ROUTES)}",
                self.route,
                msg,
            )


@attrs.frozen
class Patient:
    """
    Optional patient context; every field may be unknown (``None``).

    ``days_on_current_opioids`` is how long the current regimen has been taken (the opioid-tolerance
    rule of the fentanyl patch label asks for at least a week; the OIH plan picks its taper by it).
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

    def __attrs_post_init__(self) -> None:
        for name in _PATIENT_NUMBERS:
            _non_negative(getattr(self, name), f"patient.{name}")
        _member(self.sex, _SEXES, "patient.sex")
        _member(self.hepatic_impairment, _HEPATIC, "patient.hepatic_impairment")
        _flag(self.frail, "patient.frail", optional=True)
        _flag(self.benzodiazepine, "patient.benzodiazepine", optional=True)


_PATIENT_NUMBERS = (
    "age_years",
    "weight_kg",
    "height_cm",
    "serum_creatinine_mg_dl",
    "serum_creatinine_umol_l",
    "creatinine_clearance_ml_min",
    "qtc_ms",
    "days_on_current_opioids",
)
