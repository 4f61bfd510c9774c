"""
Regimen lines converted to oral morphine mg/day with one factor table: the arithmetic of a line.

A scheduled line is its dose x doses per day (an as-needed line at its prescribed maximum; a
rotation's basis at its average use where given), a patch its rate, an infusion its rate, each x
the row's factor.  A dispensing-based line (the CDC and CMS data files) is strength x quantity
dispensed / days supply x factor; a patch row that gives its factor per patch dispensed
(``days_per_unit``: 7.2 per mcg/h of a fentanyl patch worn 3 days) is divided by the days a patch
is worn for a patch worn continuously, and needs no division for a dispensing line.  Drugs the
table leaves out of the threshold comparison (``not_compared``: buprenorphine, a partial agonist)
are converted on their line but left out of the total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

import attrs

from calc.errors import UnknownEntryError
from calc.kinds.factors import Factor, FactorTable, RateFactor, chosen_factor
from calc.models import Medication
from calc.results import Lazy, TraceStep
from calc.units import HOURS_PER_DAY, convert_amount, daily_amount, is_infusion, is_rate
from calc.vocabulary import INFUSION_ROUTES, RATE_UNITS


__all__ = ["Converted", "MMELine", "Steps", "convert_lines", "convert_parts", "write_trace"]


@attrs.frozen(slots=False)  # built per calculation (calc/results.py, Alert)
class MMELine:
    """
    One converted regimen line (an as-needed line at its prescribed maximum per day).

    Attributes:
        conversion_factor: what ``daily_dose`` is multiplied by (a per-patch factor divided by
            the days a patch is worn).
        compared: False for a drug the table leaves out of the threshold comparison; its MME is
            shown on the line and not added to the total.
    """

    drug: str
    route: str
    release: str | None
    daily_dose: Decimal
    daily_dose_unit: str
    conversion_factor: Decimal
    factor_source: str
    mme_per_day: Decimal
    as_needed: bool = False
    form: str | None = None
    compared: bool = True


# What a conversion's trace is written from, kept until the trace is first read (most
# conversions' traces never are: the safety context's, an OIH plan's strategies', the core called
# without the API): the request field, the table's id and source, the exact total, whether
# as-needed lines count their average use, and each converted line as (its index, the line, the
# daily amount, its unit, the factor, the MME, the factor's source, compared, and how the amount
# was found, or None for what ``_how`` says of the line).
_Step = tuple[int, Medication, Decimal, str, Decimal, Decimal, str, bool, str | None]
Steps = tuple[str, str, str, Decimal, bool, tuple[_Step, ...]]


def write_trace(steps: Steps | None) -> tuple[TraceStep, ...]:
    """A conversion's trace: one step per converted line, then their sum (none untraced)."""
    if steps is None:
        return ()
    field, table_id, table_source, total, basis, lines = steps
    trace = [
        TraceStep(
            f"{field}[{i}]: {med.drug} {med.route} {amount.normalize():f} {unit} "
            f"({_how(med, basis) if how is None else how}) x {factor!s} ({table_id}) = oral "
            f"morphine mg/day{'' if compared else '; not compared: left out of the total'}",
            mme,
            "mg/day",
            source,
        )
        for i, med, amount, unit, factor, mme, source, compared, how in lines
    ]
    trace.append(TraceStep(f"sum of the lines ({table_id})", total, "mg/day", table_source))
    return tuple(trace)


@attrs.frozen(slots=False)  # built per calculation (calc/results.py, Alert)
class Converted:
    """
    Lines converted with one table: the lines, the exact total of the compared lines, the trace
    (written when first read), what was left out (not covered), and the MME of lines the table
    does not compare (or None).
    """

    lines: tuple[MMELine, ...]
    total: Decimal
    _steps: Steps | None = attrs.field(repr=False)
    excluded: tuple[str, ...] = ()
    excluded_at: tuple[int, ...] = ()
    not_compared: Decimal | None = None

    @Lazy
    def trace(self) -> tuple[TraceStep, ...]:
        """One step per converted line, then their sum (empty for an untraced conversion)."""
        return write_trace(self._steps)


# A line's arithmetic: the daily amount (or rate) reported on the line, what it is multiplied by,
# the factor's source, the MME and how the amount was found (None: what ``_how`` says, worked out
# only when the trace is written).  A plain tuple: it is built for every line of every
# calculation and read once.
_Arithmetic = tuple[Decimal, Decimal, str, Decimal, str | None]


def _how(med: Medication, basis: bool) -> str:
    if med.dose_unit in RATE_UNITS:
        return "infusion rate" if med.route in INFUSION_ROUTES else "patch rate"
    if basis and med.as_needed and med.average_doses_per_day is not None:
        return "dose x average doses per day"
    if med.as_needed:
        return "dose x maximum doses per day (as needed)"
    return "dose x doses per day"


def _factor(row: Factor | RateFactor, amount: Decimal, chosen: str | None) -> tuple[Decimal, str]:
    if chosen is None:
        return row.factor_at(amount)
    return chosen_factor(row, chosen, to=False, field="factor_choices")


def _dispensed(row: Factor, med: Medication, at: str, chosen: str | None) -> _Arithmetic:
    """strength x quantity / days supply x factor (exact: one division, last)."""
    assert med.quantity_dispensed is not None  # noqa: S101  (check_regimen holds)
    assert med.days_supply is not None  # noqa: S101
    days = med.days_supply
    supplied = convert_amount(med.dose * med.quantity_dispensed, med.dose_unit, row.unit)
    how = f"strength x quantity dispensed {med.quantity_dispensed} / days supply {days}"
    if not is_rate(row.unit):
        factor, source = _factor(row, supplied / days, chosen)
        return supplied / days, factor, source, supplied * factor / days, how
    per_patch = row.days_per_unit
    if per_patch is None:
        msg = (
            f"{at}: the table gives {med.drug} {med.route} a factor per mcg/h worn, not per patch "
            "dispensed, so a dispensing-based patch line has no days per patch; give the patch "
            "as its rate (and change interval), or choose a table with a per-patch factor"
        )
        raise UnknownEntryError(
            "mme.patch_dispensing_not_covered",
            f"{at}.quantity_dispensed",
            "a table whose patch factor is per patch dispensed (days_per_unit)",
            med.quantity_dispensed,
            msg,
        )
    factor, source = _factor(row, supplied, chosen)
    how += f" x {per_patch} days a patch (the average rate worn)"
    return supplied * per_patch / days, factor / per_patch, source, supplied * factor / days, how


def _arithmetic(
    row: Factor | RateFactor, med: Medication, at: str, basis: bool, chosen: str | None
) -> _Arithmetic:
    if med.quantity_dispensed is not None or med.days_supply is not None:  # med.dispensing
        assert isinstance(row, Factor)  # noqa: S101  (an infusion line is never dispensed)
        return _dispensed(row, med, at, chosen)
    amount = daily_amount(med, row.unit, at, basis)
    factor, source = row.factor_at(amount) if chosen is None else _factor(row, amount, chosen)
    per_patch = row.days_per_unit if type(row) is Factor else None
    if per_patch is None:
        return amount, factor, source, amount * factor, None
    how = f"{_how(med, basis)}; {factor} per patch / {per_patch} days a patch"
    factor = factor / per_patch
    return amount, factor, source, amount * factor, how


def _row(table: FactorTable, med: Medication, at: str) -> Factor | RateFactor:
    if med.dose_unit in RATE_UNITS and med.route in INFUSION_ROUTES:  # is_infusion, inlined
        return table.rate(med.drug, med.route, at)
    return table.lookup_form(med.drug, med.route, med.form, at)


def convert_lines(
    table: FactorTable,
    medications: Sequence[Medication],
    field: str,
    basis: bool = False,
    strict: bool = True,
    choices: Mapping[tuple[str, str], str] | None = None,
    *,
    traced: bool = True,
) -> Converted:
    """
    Convert each line to oral morphine mg/day with ``table``; exact totals, traced.

    ``basis``: as-needed lines at their average use where given (a rotation's conversion basis),
    else at their maximum.  ``strict``: a line the table does not cover is an error; otherwise it
    is left out of the total and named in ``excluded``.  ``choices``: a factor chosen by its
    source key for a drug and route (the row's own or a listed alternative).  ``traced`` False:
    no trace (a caller that reads only the totals: a taper's steps).
    """
    return Converted(*convert_parts(table, medications, field, basis, strict, choices, traced))


# Converted's fields, as convert_parts gives them.
_Parts = tuple[
    tuple[MMELine, ...], Decimal, Steps | None, tuple[str, ...], tuple[int, ...], Decimal | None
]


def convert_parts(
    table: FactorTable,
    medications: Sequence[Medication],
    field: str,
    basis: bool = False,
    strict: bool = True,
    choices: Mapping[tuple[str, str], str] | None = None,
    traced: bool = True,
) -> _Parts:
    """
    ``convert_lines``, its result's fields as a plain tuple (calculate_mme builds its own result
    from them, not a Converted as well: each frozen object costs about 5 k instructions).
    """
    lines: list[MMELine] = []
    steps: list[_Step] = []
    excluded: list[str] = []
    excluded_at: list[int] = []
    total = Decimal(0)
    others: Decimal | None = None
    not_compared = table.not_compared
    rows = table.rows
    for i, med in enumerate(medications):
        # A plain row first (most lines), else its form's or infusion's row (_row).
        plain = rows.get((med.drug, med.route)) if med.dose_unit not in RATE_UNITS else None
        if plain is None:
            try:
                row = _row(table, med, f"{field}[{i}]")
            except UnknownEntryError:
                if strict:
                    raise
                excluded.append(f"{med.drug} {med.route}{' infusion' if is_infusion(med) else ''}")
                excluded_at.append(i)
                continue
        else:
            row = plain
        chosen = choices.get((med.drug, med.route)) if choices else None
        per_day, interval = med.doses_per_day, med.interval_hours
        if (
            plain is not None
            and (per_day is not None or interval is not None)
            and chosen is None
            and not med.as_needed
            and med.quantity_dispensed is None
            and med.days_supply is None
            and plain.bands is None
            and plain.days_per_unit is None
            and plain.unit == med.dose_unit
        ):
            # _arithmetic of a scheduled line with its plain row's single factor, in the row's
            # own unit (most lines): dose x doses per day x factor, without its field name.
            assert plain.factor is not None  # noqa: S101  (a row has a factor or bands)
            if per_day is None:  # as doses_per_day(): 24 / interval_hours when only it is given
                assert interval is not None  # noqa: S101  (the condition above)
                per_day = HOURS_PER_DAY / interval
            amount = med.dose * per_day
            factor, source, how = plain.factor, plain.source, None
            mme = amount * factor
        else:
            amount, factor, source, mme, how = _arithmetic(row, med, f"{field}[{i}]", basis, chosen)
        compared = med.drug not in not_compared
        if compared:
            total += mme
        else:
            others = mme if others is None else others + mme
        unit = row.unit if row.unit in RATE_UNITS else f"{row.unit}/day"
        # Positional arguments: this loop is the hot path of every MME and rotation request.
        lines.append(
            MMELine(
                med.drug,
                med.route,
                med.release,
                amount,
                unit,
                factor,
                source,
                mme,
                med.as_needed,
                med.form,
                compared,
            )
        )
        if traced:
            steps.append((i, med, amount, unit, factor, mme, source, compared, how))
    kept = (field, table.ref.id, table.ref.source, total, basis, tuple(steps)) if traced else None
    return tuple(lines), total, kept, tuple(excluded), tuple(excluded_at), others
