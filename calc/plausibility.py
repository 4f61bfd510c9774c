"""
Is a regimen line a real order?  Frequency fields that agree with each other and with the kind of
line, a dose per administration and an interval inside the cited plausible ranges
(tables/plausibility-us.toml).  Anything else is refused with the field, the range and the value:
a wrong number must not become a confident answer.

Every operation that takes a regimen calls ``check_regimen`` first.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from calc.errors import ClinicalRefusalError, OutOfRangeError
from calc.kinds.plausibility import PlausibilityTable
from calc.memo import last_result, remember
from calc.models import Medication
from calc.results import Alert
from calc.units import HOURS_PER_DAY, PATCH_UNIT, convert_amount, is_infusion, is_rate
from calc.vocabulary import INFUSION_ROUTES, RATE_UNITS


__all__ = ["check_regimen", "check_schedule", "interval_of"]


def _conflict(field: str, expected: str, received: object, detail: str) -> OutOfRangeError:
    return OutOfRangeError("medication.frequency_conflict", field, expected, received, detail)


def _rate_frequency(med: Medication, at: str) -> None:
    """A patch takes only its change interval; a continuous infusion no frequency at all."""
    infusion = is_infusion(med)
    if not infusion and (med.route != "transdermal" or med.dose_unit != PATCH_UNIT):
        routes = [*INFUSION_ROUTES, "transdermal"]
        msg = (
            f"{at}.dose_unit: a rate ({med.dose_unit}) is a patch (mcg/h, transdermal) or an "
            f"infusion (intravenous, subcutaneous); got route {med.route}"
        )
        raise OutOfRangeError(
            "medication.unit_mismatch",
            f"{at}.dose_unit",
            f"mg or mcg by route {med.route} (a rate only by route {routes})",
            med.dose_unit,
            msg,
        )
    names = ["doses_per_day", "max_doses_per_day", "average_doses_per_day"]
    if infusion:
        names.append("interval_hours")
    given = [name for name in names if getattr(med, name) is not None]
    if given or med.as_needed:
        name = given[0] if given else "as_needed"
        kind = (
            "an infusion line is its rate and runs continuously"
            if infusion
            else "a patch line is its rate (mcg/h) and takes its change interval (interval_hours)"
        )
        expected = "no frequency" if infusion else "interval_hours only (the change interval)"
        msg = f"{at}: {kind}, not {name}"
        raise _conflict(f"{at}.{name}", expected, name, msg)


def _as_needed_frequency(med: Medication, at: str) -> None:
    if med.doses_per_day is not None:
        msg = (
            f"{at}: an as-needed line takes max_doses_per_day (and optionally "
            "average_doses_per_day), not doses_per_day"
        )
        raise _conflict(f"{at}.doses_per_day", "max_doses_per_day", med.doses_per_day, msg)
    most = med.max_doses_per_day
    if most is None:
        msg = f"{at}: an as-needed line needs max_doses_per_day (its prescribed maximum)"
        raise OutOfRangeError(
            "medication.frequency_missing",
            f"{at}.max_doses_per_day",
            "max_doses_per_day (required for an as-needed line)",
            None,
            msg,
        )
    if med.interval_hours is not None and most * med.interval_hours > HOURS_PER_DAY:
        msg = f"{at}: {most} doses a day cannot be taken at least {med.interval_hours} h apart"
        raise _conflict(
            f"{at}.max_doses_per_day",
            f"at most 24 / interval_hours = {HOURS_PER_DAY / med.interval_hours:.2f}",
            most,
            msg,
        )
    if med.average_doses_per_day is not None and med.average_doses_per_day > most:
        msg = f"{at}: the average use is above the prescribed maximum per day"
        raise _conflict(
            f"{at}.average_doses_per_day",
            f"at most max_doses_per_day ({most})",
            med.average_doses_per_day,
            msg,
        )


def _scheduled_frequency(med: Medication, at: str) -> None:
    for name in ("max_doses_per_day", "average_doses_per_day"):
        value = getattr(med, name)
        if value is not None:
            msg = f"{at}: {name} is for as-needed lines; set as_needed true or use doses_per_day"
            raise _conflict(f"{at}.{name}", "as_needed true", value, msg)
    per_day, interval = med.doses_per_day, med.interval_hours
    if per_day is not None and interval is not None and per_day * interval != HOURS_PER_DAY:
        msg = (
            f"{at}: doses_per_day {per_day} and interval_hours {interval} disagree "
            "(doses_per_day x interval_hours must be 24); give one of them"
        )
        raise _conflict(
            f"{at}.interval_hours",
            f"24 / doses_per_day = {HOURS_PER_DAY / per_day:.2f}, or only one of the two",
            interval,
            msg,
        )


_FREQUENCY_FIELDS = (
    "doses_per_day",
    "interval_hours",
    "max_doses_per_day",
    "average_doses_per_day",
)


def _dispensing_frequency(med: Medication, at: str) -> None:
    """A dispensing line is its quantity over its days supply: both, and no other frequency."""
    for name in ("quantity_dispensed", "days_supply"):
        if getattr(med, name) is None:
            msg = f"{at}: a dispensing-based line gives quantity_dispensed and days_supply"
            raise OutOfRangeError(
                "medication.frequency_missing",
                f"{at}.{name}",
                f"{name} (with {'days_supply' if name == 'quantity_dispensed' else 'quantity_dispensed'})",
                None,
                msg,
            )
    given = [name for name in _FREQUENCY_FIELDS if getattr(med, name) is not None]
    if given or med.as_needed:
        name = given[0] if given else "as_needed"
        msg = (
            f"{at}: a dispensing-based line is taken at quantity_dispensed / days_supply units "
            f"a day; {name} does not go with it"
        )
        raise _conflict(f"{at}.{name}", "quantity_dispensed and days_supply only", name, msg)


def _check_frequency(med: Medication, at: str) -> None:
    """The frequency fields that fit the kind of line, and agree with each other."""
    if med.quantity_dispensed is not None or med.days_supply is not None:  # med.dispensing
        _dispensing_frequency(med, at)
    elif med.dose_unit in RATE_UNITS:
        _rate_frequency(med, at)
    elif med.as_needed:
        _as_needed_frequency(med, at)
    else:
        _scheduled_frequency(med, at)


def interval_of(med: Medication) -> tuple[Decimal, str] | None:
    """The hours between administrations a line implies, with the field that set it."""
    if med.interval_hours is not None:
        return med.interval_hours, "interval_hours"
    if med.dose_unit in RATE_UNITS:
        return None
    if med.as_needed:
        assert med.max_doses_per_day is not None  # noqa: S101  (_check_frequency holds)
        return HOURS_PER_DAY / med.max_doses_per_day, "max_doses_per_day"
    if med.doses_per_day is not None:
        return HOURS_PER_DAY / med.doses_per_day, "doses_per_day"
    return None


def _check_dose(table: PlausibilityTable, med: Medication, at: str) -> Alert | None:
    rate = med.dose_unit in RATE_UNITS
    infusion = rate and med.route in INFUSION_ROUTES  # is_infusion
    row = (table.rates if infusion else table.doses).get((med.drug, med.route))
    if row is None:
        return Alert(
            "dose.plausibility_unchecked",
            "info",
            f"{at}: {med.drug} {med.route} has no plausible-dose row; the dose was used as given.",
            "PRODUCT",
        )
    if rate != (row.unit in RATE_UNITS):
        name = f"{at}.{med.unit_field}"
        msg = f"{name}: {med.drug} by route {med.route} is dosed in {row.unit}, got {med.dose_unit}"
        raise OutOfRangeError("medication.unit_mismatch", name, row.unit, med.dose_unit, msg)
    amount = (
        med.dose if med.dose_unit == row.unit else convert_amount(med.dose, med.dose_unit, row.unit)
    )
    if row.dose_min <= amount <= row.dose_max:
        return None
    per = (
        "as a continuous infusion"
        if infusion
        else "per unit dispensed"
        if med.dispensing
        else "per administration"
    )
    expected = f"{row.dose_min}-{row.dose_max} {row.unit} {per}"
    name = f"{at}.{med.amount_field}"
    msg = (
        f"{name}: {med.dose} {med.dose_unit} of {med.drug} {med.route} {per} is "
        f"outside the plausible {expected}; check the unit (mg or mcg) and the number"
    )
    raise OutOfRangeError("dose.implausible", name, expected, med.dose, msg)


def _dispensing_interval(med: Medication) -> tuple[Decimal, str] | None:
    """Units spread evenly over the days supply: the shortest gap the supply allows."""
    if is_rate(med.dose_unit):
        return None
    assert med.quantity_dispensed is not None  # noqa: S101  (_check_frequency holds)
    assert med.days_supply is not None  # noqa: S101
    return HOURS_PER_DAY * med.days_supply / med.quantity_dispensed, "quantity_dispensed"


def _check_interval(table: PlausibilityTable, med: Medication, at: str) -> None:
    implied = _dispensing_interval(med) if med.dispensing else interval_of(med)
    release = med.release if med.dose_unit not in RATE_UNITS else "extended"
    row = table.interval_range(med.drug, med.route, release)
    if implied is None or row is None:
        return
    hours, name = implied
    # A supply may last longer than its doses would (taken as needed): only too often is wrong.
    longest = None if med.dispensing else row.interval_max_hours
    if row.interval_min_hours <= hours and (longest is None or hours <= longest):
        return
    kind = f"{med.drug} {med.route}" + (f" {med.release} release" if med.release else "")
    expected = f"every {row.interval_min_hours}-{row.interval_max_hours} h for {kind}"
    msg = (
        f"{at}.{name}: every {hours.normalize():f} h is outside the plausible interval; "
        f"expected {expected}"
    )
    received = getattr(med, name)
    raise OutOfRangeError(
        "medication.interval_not_for_release", f"{at}.{name}", expected, received, msg
    )


def _plain_in_range(table: PlausibilityTable, med: Medication) -> bool:
    """
    A scheduled line (a dose with doses_per_day or interval_hours, no other frequency field) or a
    patch (its rate, and its change interval or none) whose dose, in its row's unit, and interval
    are inside their plausible ranges: the common line, which every check of ``check_regimen``
    passes without a note.  It is decided here without building the line's field name or calling
    each check; False sends the line through them (a line they may refuse or note, or one this
    does not decide: both frequency fields, an infusion, another unit).
    """
    per_day, interval = med.doses_per_day, med.interval_hours
    patch = med.dose_unit == PATCH_UNIT and med.route == "transdermal"
    # A patch's interval is checked as an extended-release line's, whatever its release.
    found = table.dose_rows.get((med.drug, med.route, "extended" if patch else med.release))
    if (
        found is None
        or (per_day is not None and (patch or interval is not None))
        or (not patch and med.dose_unit in RATE_UNITS)
        or med.as_needed
        or med.quantity_dispensed is not None
        or med.days_supply is not None
        or med.max_doses_per_day is not None
        or med.average_doses_per_day is not None
    ):
        return False
    dose, row = found
    if dose.unit != med.dose_unit or not dose.dose_min <= med.dose <= dose.dose_max:
        return False
    if per_day is not None:  # interval_of
        hours = HOURS_PER_DAY / per_day
    elif interval is not None:
        hours = interval
    else:
        return True  # no interval to check
    return row is None or row.interval_min_hours <= hours <= row.interval_max_hours


def check_regimen(
    table: PlausibilityTable | None, medications: Sequence[Medication], field: str
) -> list[Alert]:
    """Refuse a line that is not a real order; the notes for lines the table does not cover."""
    alerts: list[Alert] = []
    for i, med in enumerate(medications):
        if table is not None and _plain_in_range(table, med):
            continue
        at = f"{field}[{i}]"
        _check_frequency(med, at)
        if med.as_needed and med.release == "extended":
            msg = (
                f"{at}: extended-release opioids are not for as-needed use (their labels: "
                "not indicated as an as-needed analgesic)"
            )
            raise ClinicalRefusalError(
                "medication.as_needed_extended_release",
                f"{at}.as_needed",
                "false for an extended-release line",
                received=True,
                detail=msg,
            )
        if table is None:
            continue
        note = _check_dose(table, med, at)
        if note is not None:
            alerts.append(note)
        _check_interval(table, med, at)
    return alerts


def check_schedule(
    table: PlausibilityTable | None, medications: Sequence[Medication], field: str
) -> list[Alert]:
    """
    ``check_regimen`` for an operation that rebuilds each line as a regimen (rotation, taper,
    OIH plan): a dispensing-based line gives an MME/day, not a dose and a schedule to step from.
    The OIH plan checks its regimen once per strategy: the same call gives the kept notes.
    """
    kept: tuple[Alert, ...] | None = last_result("check_schedule", table, medications, field)
    if kept is not None:
        return list(kept)
    for i, med in enumerate(medications):
        if med.dispensing:
            at = f"{field}[{i}]"
            msg = (
                f"{at}: a dispensing-based line (quantity_dispensed over days_supply) gives an "
                "MME/day (POST /v1/mme), not a dose and schedule to rotate or taper from; give the "
                "line as its dose and frequency"
            )
            raise OutOfRangeError(
                "medication.dispensing_not_a_regimen",
                f"{at}.quantity_dispensed",
                "a dose-based line (dose and its frequency)",
                med.quantity_dispensed,
                msg,
            )
    notes = check_regimen(table, medications, field)
    remember("check_schedule", tuple(notes), table, medications, field)
    return notes
