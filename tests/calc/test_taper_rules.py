"""
Taper rules that hold at every step, as properties: the MME of a step is the MME table applied to
its daily doses, steps are numbered in order, a line has a regimen exactly while its dose is above
zero, and CDC 2022's "10% of the original dose per week, then 10% of the remaining dose once 30%
of the original is reached" [CDC22] is the allowance of every cut of the cdc-2022-weeks preset.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from calc.models import Medication
from calc.reference import Reference
from calc.taper import TaperOptions, TaperResult, plan_taper
from tables.loader import load_reference


START = dt.date(2026, 12, 1)
REFERENCE = load_reference()
# CDC 2022 MME conversion factors (clinical.md A1) and CDC 2016's for hydromorphone (A2).
CDC_2022 = {"morphine": D(1), "oxycodone": D("1.5"), "hydromorphone": D(5)}
CDC_2016_HYDROMORPHONE = D(4)
PRESETS = ("oih-rapid", "cdc-2022-long-term", "cdc-2022-weeks", "acute-short", "acute-weeks")


@st.composite
def oral_regimens(draw: st.DrawFn) -> list[Medication]:
    """
    One to three oral lines of the drugs above, in 5 mg steps (every line has products), twice
    daily, except hydromorphone ER once daily (its only US interval, 24 HR: plausibility-us).
    """
    lines = []
    for drug in draw(st.lists(st.sampled_from(sorted(CDC_2022)), min_size=1, max_size=3)):
        release = draw(st.sampled_from(["immediate", "extended"]))
        dose = D(5) * draw(st.integers(1, 12))
        per_day = D(1) if (drug, release) == ("hydromorphone", "extended") else D(2)
        lines.append(Medication(drug, "oral", dose, "mg", release, doses_per_day=per_day))
    return lines


def plan(reference: Reference, meds: list[Medication], **options: object) -> TaperResult:
    return plan_taper(reference, meds, TaperOptions(start=START, **options))  # type: ignore[arg-type]


@given(meds=oral_regimens(), preset=st.sampled_from(PRESETS))
def test_every_step_is_numbered_and_costed_by_the_mme_table(
    meds: list[Medication], preset: str
) -> None:
    """Steps 1..n; each step's MME is the CDC 2022 sum over its daily doses, and its percent of
    the original is that MME over the original MME."""
    result = plan(REFERENCE, meds, preset=preset)
    original = sum((CDC_2022[m.drug] * m.dose * (m.doses_per_day or 0) for m in meds), D(0))

    assert original == result.original_mme_per_day
    assert list(range(1, len(result.steps) + 1)) == [s.number for s in result.steps]
    for step in result.steps:
        mme = sum((CDC_2022[line.drug] * line.daily_dose for line in step.lines), D(0))
        assert mme == step.total_mme_per_day
        assert mme * 100 / original == step.percent_of_original


@given(meds=oral_regimens(), preset=st.sampled_from(PRESETS))
def test_a_line_has_a_regimen_exactly_while_it_has_a_dose(
    meds: list[Medication], preset: str
) -> None:
    """A line at 0 mg/day is stopped (no regimen). Every other line has a regimen of exactly its
    daily dose: a real regimen once cut (the cut is chosen among achievable totals), the patient's
    own regimen until then. No single dose is ever higher than at the step before (issue 10)."""
    previous: dict[int, D] = {i: m.dose for i, m in enumerate(meds)}
    for step in plan(REFERENCE, meds, preset=preset).steps:
        for i, line in enumerate(step.lines):
            assert "mg/day" == line.unit
            if line.daily_dose == 0:
                assert line.regimen is None
                continue
            assert line.regimen is not None
            assert line.daily_dose == line.regimen.daily_total
            assert line.regimen.dose_per_administration <= previous[i]
            previous[i] = line.regimen.dose_per_administration


def test_another_mme_table_costs_the_steps(reference: Reference) -> None:
    """With CDC 2016 selected, hydromorphone counts x4 [CDC16], not CDC 2022's x5."""
    meds = [Medication("hydromorphone", "oral", D(4), "mg", "immediate", interval_hours=D(6))]

    result = plan(reference, meds, mme_table="cdc-2016")

    assert D(16) * CDC_2016_HYDROMORPHONE == result.original_mme_per_day
    for step in result.steps:
        assert step.lines[0].daily_dose * CDC_2016_HYDROMORPHONE == step.total_mme_per_day


def test_a_patch_line_stays_a_rate(reference: Reference) -> None:
    """A fentanyl patch is tapered as its rate in mcg/h, costed x2.4 per mcg/h [CDC22]."""
    patch = Medication("fentanyl", "transdermal", D(50), "mcg/h")

    result = plan(reference, [patch], preset="oih-rapid")

    assert D(120) == result.original_mme_per_day
    assert {"mcg/h"} == {s.lines[0].unit for s in result.steps}
    for step in result.steps:
        assert step.lines[0].daily_dose * D("2.4") == step.total_mme_per_day


@given(daily=st.integers(4, 60).map(lambda n: D(5) * n))
def test_cdc_weeks_cuts_of_the_original_then_of_the_remaining(daily: D) -> None:
    """CDC 2022: 10% of the original dose per week until 30% of the original is reached, then
    10% of the remaining dose. Each cut's allowance is 10% of the dose it is based on, times the
    weeks since the previous cut."""
    med = Medication("morphine", "oral", daily / 2, "mg", "extended", doses_per_day=D(2))
    result = plan(REFERENCE, [med], preset="cdc-2022-weeks")
    switch = daily * D("0.3")
    base, previous = daily, daily

    for step in result.steps:
        line = step.lines[0]
        if line.cut == 0:
            continue
        assert line.allowance == base * D("0.1") * step.intervals_since_previous
        assert line.daily_dose == previous - line.cut
        if line.daily_dose <= switch:
            base = line.daily_dose
        previous = line.daily_dose


def test_cdc_weeks_switches_at_exactly_30_percent(reference: Reference) -> None:
    """Morphine ER 50 mg q12h (100 mg/day): 10 mg/day a week down to 30 mg/day, which is 30% of
    the original; the next allowance is 10% of 30 = 3 mg/day [CDC22]."""
    med = Medication("morphine", "oral", D(50), "mg", "extended", interval_hours=D(12))

    result = plan(reference, [med], preset="cdc-2022-weeks")

    at_30 = next(i for i, s in enumerate(result.steps) if s.lines[0].daily_dose == D(30))
    after = result.steps[at_30 + 1].lines[0]
    assert after.allowance == D(3) * result.steps[at_30 + 1].intervals_since_previous


def test_custom_preset_may_cut_of_the_original(reference: Reference) -> None:
    """The custom preset takes either basis; "original" keeps every allowance at 10% of 60."""
    med = Medication("oxycodone", "oral", D(30), "mg", "extended", interval_hours=D(12))

    result = plan(reference, [med], preset="custom", basis="original")

    assert "original" == result.basis
    allowances = {s.lines[0].allowance / s.intervals_since_previous for s in result.steps[1:]}
    assert {D(6)} == allowances


@given(meds=oral_regimens(), preset=st.sampled_from(PRESETS))
def test_a_step_larger_than_twice_the_pace_is_named(meds: list[Medication], preset: str) -> None:
    """
    taper.large_step is raised exactly when a step removes more than twice the preset's percent
    (of the original total) at once, and names each such step (thresholds:
    taper_large_step_multiple = 2).
    """
    result = plan(REFERENCE, meds, preset=preset)

    before, large = D(100), []
    for step in result.steps:
        if before - step.percent_of_original > 2 * result.percent:
            large.append(f"step {step.number} ({step.date.isoformat()})")
        before = step.percent_of_original
    alert = [a for a in result.warnings if a.code == "taper.large_step"]
    assert bool(large) == bool(alert)
    for name in large:
        assert name in alert[0].message


def test_tramadol_from_the_label_maximum_is_cut_in_half_with_a_warning() -> None:
    """
    Tramadol 100 mg every 6 h (400 mg/day, the ULTRAM maximum) made only of 50 mg tablets every
    6 h (products-us): the only lower regimen at that interval is 50 mg every 6 h, 200 mg/day, so
    CDC 2022's 10% a month becomes a hold and then a 50% cut; the warning names it.
    """
    tramadol = Medication("tramadol", "oral", D(100), "mg", doses_per_day=D(4))

    result = plan(REFERENCE, [tramadol])

    first = result.steps[0]
    assert (D(200), D(50)) == (first.lines[0].daily_dose, first.percent_of_original)
    alert = [a for a in result.warnings if a.code == "taper.large_step"]
    assert alert
    assert "step 1 (" in alert[0].message
    assert "50%" in alert[0].message
