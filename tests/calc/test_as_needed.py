"""
As-needed (PRN) lines (issue 9): "oxycodone IR 10 mg every 4 hours as needed, at most 4 a day".

MME counts the prescribed maximum (CDC 2022's MME counts the maximum daily dose prescribed; the
CDC FHIR MME calculator uses frequencyMax), a rotation converts from the average use when given,
and tapers and OIH strategies keep the line as-needed, cutting its maximum.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from calc.mme import calculate_mme
from calc.models import Medication, Target
from calc.oih import OIHOptions
from calc.oih_cut import cut_and_methadone
from calc.reference import Reference
from calc.rotation import plan_rotation
from calc.taper import TaperOptions, plan_taper


START = dt.date(2026, 12, 1)


def prn(average: str | None = None) -> Medication:
    return Medication(
        "oxycodone",
        "oral",
        D(10),
        "mg",
        "immediate",
        interval_hours=D(4),
        as_needed=True,
        max_doses_per_day=D(4),
        average_doses_per_day=None if average is None else D(average),
    )


def test_mme_counts_the_maximum(reference: Reference) -> None:
    """10 mg x 4 a day at most = 40 mg/day x 1.5 [CDC22] = 60 MME/day."""
    result = calculate_mme(reference, [prn()])

    assert D(60) == result.total_mme_per_day
    assert (D(40), True) == (result.lines[0].daily_dose, result.lines[0].as_needed)
    assert "maximum doses per day (as needed)" in result.trace[0].step


def test_mme_ignores_the_average(reference: Reference) -> None:
    """The risk metric stays on the prescribed maximum, whatever the patient takes."""
    assert D(60) == calculate_mme(reference, [prn("2")]).total_mme_per_day


def test_rotation_converts_from_the_average_when_given(reference: Reference) -> None:
    """
    Average 2 a day: 20 mg/day x 1.5 [UTD] = 30 mg oral morphine basis; the MME stays 60.
    Without an average the maximum (60) is the basis, and the result says so.
    """
    target = Target("morphine", "oral", "extended")
    with_average = plan_rotation(reference, [prn("2")], target)
    at_maximum = plan_rotation(reference, [prn()], target)

    assert (D(30), D(60)) == (
        with_average.oral_morphine_equivalent_per_day,
        with_average.total_mme_per_day,
    )
    assert "rotation.as_needed_at_maximum" not in [w.code for w in with_average.warnings]
    assert D(60) == at_maximum.oral_morphine_equivalent_per_day
    assert "rotation.as_needed_at_maximum" in [w.code for w in at_maximum.warnings]


def test_taper_keeps_it_as_needed_and_cuts_the_maximum(reference: Reference) -> None:
    """
    CDC 2022 long-term, 10% of the original (40 mg/day) a month (28 days) [CDC22]: 4 mg a month
    cannot be made from 5, 7.5 and 10 mg tablets (no single dose above 10 mg, at most 4 a day),
    so the dose holds until the allowance reaches 12 mg after three months: 7.5 mg, at most 4
    a day = 30 mg/day, still every 4 hours as needed.
    """
    result = plan_taper(reference, [prn()], TaperOptions(start=START))

    first = result.steps[0]
    line = first.lines[0]
    assert (56, 3) == (first.day, first.intervals_since_previous)
    assert (D(30), True) == (line.daily_dose, line.as_needed)
    assert line.regimen is not None
    assert (D("7.5"), D(4), D(4), True) == (
        line.regimen.dose_per_administration,
        line.regimen.interval_hours,
        line.regimen.doses_per_day,
        line.regimen.as_needed,
    )
    assert all(line.as_needed for step in result.steps for line in step.lines)


def test_oih_cut_keeps_it_as_needed(reference: Reference) -> None:
    """
    Cut by 40% (SRC-004): at most 24 mg/day. No dose above 10 mg and at most 4 a day: 7.5 mg at
    most 3 a day (22.5 mg) is the largest below; every 4 hours as needed.
    """
    result = cut_and_methadone(reference, [prn()], OIHOptions(start=START))

    line = result.lines[0]
    assert (D(40), D(24), True) == (
        line.original_daily_dose,
        line.reduced_daily_dose,
        line.as_needed,
    )
    assert line.regimen is not None
    assert (D("7.5"), D(3), D(4), True) == (
        line.regimen.dose_per_administration,
        line.regimen.doses_per_day,
        line.regimen.interval_hours,
        line.regimen.as_needed,
    )
