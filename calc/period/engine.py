"""
The arithmetic of period MME, shared by the single call and the batch path.

Both paths normalise each prescription to a plain tuple (``Rx``), convert it with a
``Converter`` (one table lookup per drug, route, form and unit, then a dict hit) and total it
with ``patient()``; the single call only adds detail objects, a trace and the curve. Same
functions, same order of Decimal operations: the batch results are bit-identical by
construction (tests/calc/test_period_batch.py checks it on random prescriptions).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from calc.errors import OutOfRangeError, in_range
from calc.kinds.factors import Factor, FactorTable
from calc.units import MCG_PER_MG, PATCH_UNIT


__all__ = [
    "Conversion",
    "Converter",
    "Line",
    "PatientNumbers",
    "Rx",
    "Windows",
    "line",
    "patient",
    "rx",
]

# drug, route, form, unit, amount (dose or strength), times (doses per day, 1 for a patch without
# it, or quantity dispensed), days, dispensing-based, start date as a day ordinal.
Rx = tuple[str, str, str | None, str, Decimal, Decimal, int, bool, int | None]
# therapy days, observation window days, the same two without buprenorphine, window start and
# end (day ordinals, inclusive).
Windows = tuple[int | None, int | None, int | None, int | None, int | None, int | None]

BUPRENORPHINE = "buprenorphine"
_ZERO = Decimal(0)
_ONE = Decimal(1)
_NONE_4 = (None, None, None, None)
_DISPENSING_FIELDS = ("strength", "strength_unit", "quantity_dispensed", "days_supply")
_KINDS = (
    "dose, dose_unit, doses_per_day and days_of_medication; or strength, strength_unit, "
    "quantity_dispensed and days_supply"
)


def _missing(field: str, expected: str) -> OutOfRangeError:
    return OutOfRangeError(
        "period.field_missing", field, expected, None, f"{field}: give {expected}"
    )


def rx(
    field: str,
    i: int,
    drug: str,
    route: str,
    form: str | None,
    dose: Decimal | None,
    dose_unit: str | None,
    doses_per_day: Decimal | None,
    days_of_medication: int | None,
    strength: Decimal | None,
    strength_unit: str | None,
    quantity_dispensed: Decimal | None,
    days_supply: int | None,
    start_date: dt.date | None,
) -> Rx:
    """
    One prescription as an ``Rx``: dose-based or dispensing-based, never both or neither
    (``field[i]`` names it in a refusal).
    """
    start = None if start_date is None else start_date.toordinal()
    dispensing = (strength, strength_unit, quantity_dispensed, days_supply)
    if dispensing == _NONE_4:
        if (
            dose is None
            or dose_unit is None
            or days_of_medication is None
            or (doses_per_day is None)
        ):
            at = f"{field}[{i}]"
            return _dose_rx(at, drug, route, form, dose, dose_unit, days_of_medication, start)
        return (drug, route, form, dose_unit, dose, doses_per_day, days_of_medication, False,
                start)  # fmt: skip
    at = f"{field}[{i}]"
    if any(v is not None for v in (dose, dose_unit, doses_per_day, days_of_medication)):
        name = _DISPENSING_FIELDS[[v is not None for v in dispensing].index(True)]
        msg = f"{at}.{name}: a prescription is dose-based or dispensing-based, not both"
        raise OutOfRangeError("period.prescription_kind", f"{at}.{name}", _KINDS, None, msg)
    if strength is None:
        raise _missing(f"{at}.strength", "strength (a dispensing-based prescription)")
    if strength_unit is None:
        raise _missing(f"{at}.strength_unit", "strength_unit (mg, mcg or mcg/h)")
    if quantity_dispensed is None:
        raise _missing(f"{at}.quantity_dispensed", "quantity_dispensed (units dispensed)")
    if days_supply is None:
        raise _missing(f"{at}.days_supply", "days_supply (a dispensing-based prescription)")
    return (drug, route, form, strength_unit, strength, quantity_dispensed, days_supply, True,
            start)  # fmt: skip


def _dose_rx(
    at: str,
    drug: str,
    route: str,
    form: str | None,
    dose: Decimal | None,
    dose_unit: str | None,
    days_of_medication: int | None,
    start: int | None,
) -> Rx:
    if dose is None:
        raise _missing(f"{at}.dose", _KINDS)
    if dose_unit is None:
        raise _missing(f"{at}.dose_unit", "dose_unit (mg, mcg or mcg/h)")
    if days_of_medication is None:
        raise _missing(f"{at}.days_of_medication", "days_of_medication (a dose-based prescription)")
    # Only doses_per_day is missing here (rx returned otherwise): a patch is one worn at once.
    if dose_unit != PATCH_UNIT:
        expected = "doses_per_day (required unless dose_unit is mcg/h)"
        raise _missing(f"{at}.doses_per_day", expected)
    return (drug, route, form, dose_unit, dose, _ONE, days_of_medication, False, start)


class Conversion(NamedTuple):
    """How one drug, route, form and unit converts: resolved once per table and key."""

    row: Factor
    factor: Decimal | None  # None: the factor depends on the daily amount (bands)
    source: str
    to_mg: bool  # an amount in mcg for a row in mg: / 1000
    to_mcg: bool  # an amount in mg for a row in mcg: x 1000
    patch: bool
    buprenorphine: bool
    unit_label: str


class Converter:
    """Table lookups for one table, each key resolved once (the batch reuses one Converter)."""

    def __init__(self, table: FactorTable) -> None:
        self.table = table
        self.cache: dict[tuple[str, str, str | None, str], Conversion] = {}

    def resolve(self, p: Rx, at: str) -> Conversion:
        """The conversion of ``p`` (``at`` names it in a refusal), remembered for its key."""
        drug, route, form, unit, _, _, _, dispensing, _ = p
        row = self.table.lookup_form(drug, route, form, at)
        if (unit == PATCH_UNIT) != (row.unit == PATCH_UNIT):
            name = f"{at}.{'strength_unit' if dispensing else 'dose_unit'}"
            msg = f"{name}: {drug} by route {route} is dosed in {row.unit}, got {unit}"
            raise OutOfRangeError("medication.unit_mismatch", name, row.unit, unit, msg)
        label = PATCH_UNIT if row.unit == PATCH_UNIT else f"{row.unit}/day"
        found = self.cache[drug, route, form, unit] = Conversion(
            row,
            row.factor,
            row.source,
            unit != row.unit and row.unit == "mg",
            unit != row.unit and row.unit == "mcg",
            row.unit == PATCH_UNIT,
            drug == BUPRENORPHINE,
            label,
        )
        return found


class Line(NamedTuple):
    """The numbers of one prescription."""

    daily_amount: Decimal
    factor: Decimal
    factor_source: str
    single_day_mme: Decimal
    mme: Decimal


_new = tuple.__new__  # builds a NamedTuple from a tuple without its Python-level __new__


def line(conv: Conversion, amount: Decimal, times: Decimal, days: int, dispensing: bool) -> Line:
    """
    Dose-based (NIH HEAL): single-day MME = dose x doses per day x factor, MME = that x days.
    Dispensing-based (CDC data files, Opioid Data Lab): MME = strength x quantity x factor,
    single-day MME = MME / days supply. A patch: its rate (x patches worn at once) x factor.
    """
    row, factor, source, to_mg, to_mcg, patch, _, _ = conv
    if patch:
        daily = amount if dispensing else amount * times
    else:
        daily = amount * times
        if to_mg:
            daily = daily / MCG_PER_MG
        elif to_mcg:
            daily = daily * MCG_PER_MG
        if dispensing:
            if factor is None:
                factor, source = row.factor_at(daily / days)
            mme = daily * factor
            return _new(Line, (daily / days, factor, source, mme / days, mme))
    if factor is None:
        factor, source = row.factor_at(daily)
    single = daily * factor
    return _new(Line, (daily, factor, source, single, single * days))


# --- calendar -----------------------------------------------------------------------------------


def exposed_days(starts: Sequence[int], days: Sequence[int]) -> int:
    """Calendar days covered by at least one prescription, each day counted once."""
    total = 0
    end = None  # last day of the current merged run
    for start, length in sorted(zip(starts, days, strict=True)):
        last = start + length - 1
        if end is None or start > end:
            total += length
            end = last
        elif last > end:
            total += last - end
            end = last
    return total


def segments(
    starts: Sequence[int], days: Sequence[int], singles: Sequence[Decimal], lo: int, hi: int
) -> list[tuple[int, int, Decimal]]:
    """
    The daily MME curve over days ``lo``..``hi`` (inclusive) as runs of equal value:
    ``(first day, last day, MME)``. Each run's value is the sum of the single-day MME of the
    prescriptions covering it, added in prescription order (so every path gets the same sum).
    """
    cuts = {lo, hi + 1}
    for start, length in zip(starts, days, strict=True):
        for cut in (start, start + length):
            if lo < cut <= hi:
                cuts.add(cut)
    points = sorted(cuts)
    runs = []
    for first, after in itertools.pairwise(points):
        value = _ZERO
        for start, length, single in zip(starts, days, singles, strict=True):
            if start <= first < start + length:
                value += single
        runs.append((first, after - 1, value))
    return runs


# --- one patient ----------------------------------------------------------------------------------

# Warning keys (calc/period/alerts.py turns them into warnings).
RESEARCH = "research_use"
BUPRENORPHINE_INCLUDED = "buprenorphine_included"
NO_FULL_AGONIST = "no_full_agonist"
THERAPY_BELOW_LONGEST = "therapy_days_below_longest"
THERAPY_ABOVE_TOTAL = "therapy_days_above_total"
THERAPY_DIFFERS = "therapy_days_differ_from_dates"
BEYOND_WINDOW = "supply_beyond_window"
PATCH_QUANTITY = "patch_quantity_not_used"
WINDOW_FROM_DATES = "window_from_dates"


class Group(NamedTuple):
    """The NIH HEAL totals and definitions of one group of prescriptions."""

    total_mme: Decimal
    total_days: int
    therapy_days: int
    observation_window_days: int
    mme1: Decimal | None
    mme2: Decimal | None
    mme3: Decimal | None
    mme4: Decimal


class Dated(NamedTuple):
    """The Opioid Data Lab equations and the curve's peak (days as ordinals)."""

    window_start: int
    window_end: int
    prescriptions: int
    total_mme: Decimal
    days_supplied: int
    window_days: int
    exposed_days: int
    equation_1: Decimal
    equation_2: Decimal
    equation_3: Decimal
    equation_4: Decimal
    peak_daily_mme: Decimal
    peak_day: int


class PatientNumbers(NamedTuple):
    with_buprenorphine: Group
    without_buprenorphine: Group
    dated: Dated | None
    warnings: tuple[str, ...]
    runs: list[tuple[int, int, Decimal]]


def _group(total: Decimal, total_days: int, therapy: int, window: int, peak: Decimal) -> Group:
    return _new(
        Group,
        (
            total,
            total_days,
            therapy,
            window,
            total / total_days if total_days else None,
            total / therapy if therapy else None,
            total / window if window else None,
            peak,
        ),
    )


def _therapy_checks(therapy: int, longest: int, total_days: int, keys: list[str]) -> None:
    if therapy < longest and THERAPY_BELOW_LONGEST not in keys:
        keys.append(THERAPY_BELOW_LONGEST)
    if therapy > total_days and THERAPY_ABOVE_TOTAL not in keys:
        keys.append(THERAPY_ABOVE_TOTAL)


class _Totals(NamedTuple):
    """Sums over one patient's prescriptions, all and without buprenorphine."""

    total: Decimal
    days: int
    day_sum: Decimal
    longest: int
    total_wo: Decimal
    days_wo: int
    day_sum_wo: Decimal
    longest_wo: int
    singles: list[Decimal]
    dated: int
    buprenorphine: bool
    patch_dispensed: bool


def _sum(
    converter: Converter,
    rxs: Sequence[Rx],
    lines: list[tuple[Conversion, Line]] | None,
    field: str,
) -> _Totals:
    cache = converter.cache
    total = total_wo = day_sum = day_sum_wo = _ZERO
    days_all = days_wo = longest = longest_wo = dated = 0
    singles: list[Decimal] = []
    bup = patch_dispensed = False
    for i, p in enumerate(rxs):
        drug, route, form, unit, amount, times, days, dispensing, start = p
        conv = cache.get((drug, route, form, unit)) or converter.resolve(p, f"{field}[{i}]")
        numbers = line(conv, amount, times, days, dispensing)
        if lines is not None:
            lines.append((conv, numbers))
        _, _, _, single, mme = numbers
        if start is not None:
            dated += 1
            singles.append(single)
        # The sums without buprenorphine are the running sums until the first buprenorphine
        # line (the same additions in the same order), and their own sums after it.
        if conv.buprenorphine:
            if not bup:
                bup = True
                total_wo, day_sum_wo, days_wo, longest_wo = total, day_sum, days_all, longest
        elif bup:
            total_wo += mme
            days_wo += days
            day_sum_wo += single
            longest_wo = max(longest_wo, days)
        total += mme
        days_all += days
        day_sum += single
        if days > longest:  # noqa: PLR1730  (the hot loop: a comparison, not a call)
            longest = days
        patch_dispensed = patch_dispensed or (dispensing and conv.patch)
    return _new(
        _Totals,
        (total, days_all, day_sum, longest, total_wo, days_wo, day_sum_wo, longest_wo, singles,
         dated, bup, patch_dispensed),
    )  # fmt: skip


def patient(
    converter: Converter,
    rxs: Sequence[Rx],
    windows: Windows,
    lines: list[tuple[Conversion, Line]] | None = None,
    field: str = "prescriptions",
) -> PatientNumbers:
    """
    The NIH HEAL totals and definitions with and without buprenorphine, and for dated
    prescriptions the Opioid Data Lab equations and the daily curve. ``lines``, when given,
    receives each prescription's conversion and numbers.
    """
    keys = [RESEARCH]
    t = _sum(converter, rxs, lines, field)
    if t.patch_dispensed:
        keys.append(PATCH_QUANTITY)
    if t.buprenorphine:
        keys.append(BUPRENORPHINE_INCLUDED)
        total_wo, days_wo, day_sum_wo, longest_wo = (
            t.total_wo,
            t.days_wo,
            t.day_sum_wo,
            t.longest_wo,
        )
    else:  # no buprenorphine line: the sums without it are the sums
        total_wo, days_wo, day_sum_wo, longest_wo = t.total, t.days, t.day_sum, t.longest
    if not days_wo:
        keys.append(NO_FULL_AGONIST)
    therapy, window, therapy_wo, window_wo, lo, hi = windows
    dated: Dated | None = None
    runs: list[tuple[int, int, Decimal]] = []
    exposure: int | None = None
    exposure_wo: int | None = None
    if lo is not None and hi is not None and lo > hi:
        msg = "observation_window.end_date lies before observation_window.start_date"
        raise OutOfRangeError(
            "period.window_reversed",
            "observation_window.end_date",
            "a date on or after observation_window.start_date",
            _day(hi),
            msg,
        )
    if t.dated:
        dated, runs, exposure, exposure_wo, lo, hi = _dated(rxs, t, (lo, hi), keys, field)
    window = _window_days(window, lo, hi)
    window_wo = window if window_wo is None else window_wo
    if exposure is None and therapy is not None:
        therapy_wo = therapy if therapy_wo is None else therapy_wo
    else:
        therapy, therapy_wo = _therapy(therapy, therapy_wo, exposure, exposure_wo, keys)
    if not t.longest <= therapy <= t.days:
        _therapy_checks(therapy, t.longest, t.days, keys)
    if days_wo and not longest_wo <= therapy_wo <= days_wo:
        _therapy_checks(therapy_wo, longest_wo, days_wo, keys)
    return _new(
        PatientNumbers,
        (
            _group(t.total, t.days, therapy, window, t.day_sum),
            _group(total_wo, days_wo, therapy_wo, window_wo, day_sum_wo),
            dated,
            tuple(keys),
            runs,
        ),
    )


def _window_days(window: int | None, lo: int | None, hi: int | None) -> int:
    """Observation window days: as given, or the window's days (the two must agree)."""
    if lo is None or hi is None:
        if window is None:
            raise _missing(
                "observation_window_days", "observation_window_days or an observation_window"
            )
        return window
    span = hi - lo + 1
    if window is not None and window != span:
        msg = f"observation_window_days is {window} but the observation window spans {span} days"
        raise OutOfRangeError(
            "period.window_conflict",
            "observation_window_days",
            f"{span} (the observation window's days) or left out",
            window,
            msg,
        )
    return span


def _day(ordinal: int) -> dt.date:
    return dt.date.fromordinal(ordinal)


def _therapy(
    therapy: int | None,
    therapy_wo: int | None,
    exposure: int | None,
    exposure_wo: int | None,
    keys: list[str],
) -> tuple[int, int]:
    """Therapy days: as given, else counted from the dates; without buprenorphine likewise, else
    the value with buprenorphine (the calculator's one number for both)."""
    if exposure is None or exposure_wo is None:
        raise _missing("therapy_days", "therapy_days (or a start_date on every prescription)")
    if (therapy is not None and therapy != exposure) or (
        therapy_wo is not None and exposure_wo and therapy_wo != exposure_wo
    ):
        keys.append(THERAPY_DIFFERS)
    with_bup = exposure if therapy is None else therapy
    return with_bup, exposure_wo if therapy_wo is None else therapy_wo


def _dated(
    rxs: Sequence[Rx],
    t: _Totals,
    window: tuple[int | None, int | None],
    keys: list[str],
    field: str,
) -> tuple[Dated, list[tuple[int, int, Decimal]], int, int, int, int]:
    dates: list[int] = []
    days: list[int] = []
    for i, (_, _, _, _, _, _, length, _, start) in enumerate(rxs):
        if start is None:
            msg = f"{field}[{i}].start_date: give a start_date on every prescription or on none"
            raise OutOfRangeError(
                "period.start_date_missing",
                f"{field}[{i}].start_date",
                "a date, as on the other prescriptions",
                None,
                msg,
            )
        dates.append(start)
        days.append(length)
    last = max(s + d - 1 for s, d in zip(dates, days, strict=True))
    lo, hi = window
    if lo is None or hi is None:
        lo, hi = min(dates), last
        keys.append(WINDOW_FROM_DATES)
    for i, start in enumerate(dates):
        in_range(
            start,
            lo,
            hi,
            code="period.start_outside_window",
            field=f"{field}[{i}].start_date",
            expected="a date from {low} to {high}",
            detail="{field} lies outside the observation window",
            shown=_day,
            received=_day(start),
        )
    if last > hi:
        keys.append(BEYOND_WINDOW)
    exposure = exposed_days(dates, days)
    full = [
        (s, d) for (drug, *_), s, d in zip(rxs, dates, days, strict=True) if drug != BUPRENORPHINE
    ]
    exposure_wo = exposed_days([s for s, _ in full], [d for _, d in full])
    runs = segments(dates, days, t.singles, lo, hi)
    peak, peak_day = _ZERO, lo
    for first, _, value in runs:
        if value > peak:
            peak, peak_day = value, first
    window_days = hi - min(dates) + 1
    dated = Dated(
        lo,
        hi,
        len(rxs),
        t.total,
        t.days,
        window_days,
        exposure,
        t.total / t.days,
        t.total / window_days,
        t.total / exposure,
        t.day_sum / len(rxs),
        peak,
        peak_day,
    )
    return dated, runs, exposure, exposure_wo, lo, hi
