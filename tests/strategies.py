"""Hypothesis strategies, in one place, mirroring the API bounds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from calc.models import Medication
from calc.period import PeriodWindows, Prescription


# (drug, route, unit) lines the default tables convert, with realistic dose ceilings.
ORAL_MG = ("morphine", "oxycodone", "hydromorphone", "hydrocodone", "oxymorphone", "codeine")


def doses(max_value: str = "400") -> st.SearchStrategy[Decimal]:
    """Doses inside every oral row of tables/plausibility-us.toml (codeine's floor is 2 mg)."""
    return st.decimals(min_value=Decimal(2), max_value=Decimal(max_value), places=2)


@st.composite
def oral_line(draw: st.DrawFn, drugs: tuple[str, ...] = ORAL_MG) -> Medication:
    return Medication(
        drug=draw(st.sampled_from(drugs)),
        route="oral",
        dose=draw(doses("200")),
        dose_unit="mg",
        doses_per_day=Decimal(draw(st.sampled_from([1, 2, 3, 4, 6]))),
    )


def regimens(max_lines: int = 3) -> st.SearchStrategy[list[Medication]]:
    return st.lists(oral_line(), min_size=1, max_size=max_lines)


def morphine(daily_mg: Decimal) -> Medication:
    """
    Oral morphine, ``daily_mg`` mg/day: once daily up to 2,000 mg, else every 6 hours, so that
    each dose stays inside the plausible 0.5-2,000 mg per administration (plausibility-us).
    """
    per_day = Decimal(1) if daily_mg <= 2000 else Decimal(4)
    return Medication(
        drug="morphine",
        route="oral",
        dose=daily_mg / per_day,
        dose_unit="mg",
        doses_per_day=per_day,
    )


totals = st.decimals(min_value=Decimal(1), max_value=Decimal(1200), places=2)


# --- period MME (calc/period): the schema's whole input space ------------------------------------

# (drug, route, form, row unit) of every row of the nih-heal table, a form for the form rows.
NIH_HEAL_LINES = (
    ("buprenorphine", "buccal", None, "mcg"),
    ("buprenorphine", "transdermal", None, "mcg/h"),
    ("buprenorphine", "sublingual", None, "mg"),
    ("butorphanol", "intranasal", None, "mg"),
    ("codeine", "oral", None, "mg"),
    ("dihydrocodeine", "oral", None, "mg"),
    ("fentanyl", "buccal", "tablet", "mcg"),
    ("fentanyl", "sublingual", "lozenge", "mcg"),
    ("fentanyl", "buccal", "film", "mcg"),
    ("fentanyl", "sublingual", "spray", "mcg"),
    ("fentanyl", "intranasal", None, "mcg"),
    ("fentanyl", "transdermal", None, "mcg/h"),
    ("hydrocodone", "oral", None, "mg"),
    ("hydromorphone", "oral", None, "mg"),
    ("levorphanol", "oral", None, "mg"),
    ("meperidine", "oral", None, "mg"),
    ("methadone", "oral", None, "mg"),
    ("morphine", "oral", None, "mg"),
    ("opium", "oral", None, "mg"),
    ("oxycodone", "oral", None, "mg"),
    ("oxymorphone", "oral", None, "mg"),
    ("pentazocine", "oral", None, "mg"),
    ("tapentadol", "oral", None, "mg"),
    ("tramadol", "oral", None, "mg"),
)
PERIOD_START = dt.date(2024, 1, 1)
MAX_DAYS = 3660


def schema_numbers(high: float) -> st.SearchStrategy[Decimal]:
    """A JSON number within (0, high], as the API turns it into a Decimal (``Decimal(str(x))``)."""
    return st.floats(
        min_value=0, max_value=high, exclude_min=True, allow_nan=False, allow_infinity=False
    ).map(lambda x: Decimal(str(x)))


@st.composite
def prescriptions(
    draw: st.DrawFn, dated: bool = False, window_days: int = MAX_DAYS, max_days: int = MAX_DAYS
) -> Prescription:
    drug, route, form, unit = draw(st.sampled_from(NIH_HEAL_LINES))
    if unit != "mcg/h":
        unit = draw(st.sampled_from(["mg", "mcg"]))
    days = draw(st.integers(min_value=1, max_value=max_days))
    start = None
    if dated:
        start = PERIOD_START + dt.timedelta(days=draw(st.integers(0, window_days - 1)))
    if draw(st.booleans()):
        per_day = None if unit == "mcg/h" and draw(st.booleans()) else draw(schema_numbers(24))
        return Prescription(
            drug, route, form=form, dose=draw(schema_numbers(100000)), dose_unit=unit,
            doses_per_day=per_day, days_of_medication=days, start_date=start,
        )  # fmt: skip
    return Prescription(
        drug, route, form=form, strength=draw(schema_numbers(100000)), strength_unit=unit,
        quantity_dispensed=draw(schema_numbers(100000)), days_supply=days, start_date=start,
    )  # fmt: skip


def day_counts() -> st.SearchStrategy[int]:
    return st.integers(min_value=1, max_value=36600)


@st.composite
def period_windows(draw: st.DrawFn) -> PeriodWindows:
    optional = st.none() | day_counts()
    return PeriodWindows(
        therapy_days=draw(day_counts()),
        observation_window_days=draw(day_counts()),
        therapy_days_without_buprenorphine=draw(optional),
        observation_window_days_without_buprenorphine=draw(optional),
    )


@st.composite
def dated_period(draw: st.DrawFn) -> tuple[list[Prescription], PeriodWindows]:
    """Dated prescriptions within a window (or no window: it comes from the dates)."""
    length = draw(st.integers(min_value=1, max_value=400))
    items = draw(
        st.lists(
            prescriptions(dated=True, window_days=length, max_days=400), min_size=1, max_size=6
        )
    )
    if draw(st.booleans()):
        return items, PeriodWindows()
    end = PERIOD_START + dt.timedelta(days=length - 1)
    return items, PeriodWindows(window_start=PERIOD_START, window_end=end)


# --- dispensing-based lines (CDC and CMS data files) -----------------------------------------------


@st.composite
def dispensed_line(draw: st.DrawFn, drugs: tuple[str, ...] = ORAL_MG) -> Medication:
    """
    An oral dispensing-based line the CMS and CDC data-file tables convert: a strength, a
    quantity and a days supply within the API bounds, never more often than every 2 hours (the
    plausible shortest interval of the oral rows, plausibility-us).
    """
    days = Decimal(draw(st.integers(min_value=1, max_value=3660)))
    quantity = draw(
        st.decimals(min_value=Decimal(1), max_value=days * 12, places=1).filter(lambda q: q > 0)
    )
    return Medication(
        drug=draw(st.sampled_from(drugs)),
        route="oral",
        dose=draw(doses("200")),
        dose_unit="mg",
        quantity_dispensed=quantity,
        days_supply=days,
    )
