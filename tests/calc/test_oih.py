"""OIH plan: strategies side by side; a refusal rules out one strategy, never the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.errors import OutOfRangeError
from calc.models import Medication, Patient
from calc.oih import OIHOptions, plan_oih
from calc.oih_cut import cut_and_methadone
from calc.reference import Reference


START = dt.date(2026, 12, 1)
OXY_ER_60_BID = Medication("oxycodone", "oral", D(60), "mg", "extended", interval_hours=D(12))


class TestPlan:
    """Oxycodone ER 60 mg q12h = 120 mg/day = 180 oral morphine (UTD x1.5)."""

    def test_all_strategies(self, reference: Reference) -> None:
        """Taper, cut + methadone, rotation to methadone and to buprenorphine all computed."""
        plan = plan_oih(reference, [OXY_ER_60_BID], OIHOptions(start=START))

        assert D(180) == plan.total_mme_per_day
        assert D(180) == plan.oral_morphine_equivalent_per_day
        assert plan.taper.result is not None
        # Time on opioids unknown: CDC 2022's long-term taper, about 10% a month [CDC22].
        assert "cdc-2022-long-term" == plan.taper.result.preset.name
        assert plan.methadone_rotation.result is not None
        # 180 / 8 (CCDHB 91-300) = 22.5 (the next band starts at 300 / 12 = 25, no smoothing); -25% -> 16.87.
        assert D("16.87") == plan.methadone_rotation.result.reduction.reduced_daily_dose
        bup = plan.buprenorphine_rotation.result
        assert bup is not None
        # 180 mg/day is above the Butrans bands (<= 80), so sublingual (FPM x40) with the induction warning.
        assert "sublingual" == bup.target.route
        assert "buprenorphine.induction" in [w.code for w in bup.warnings]

    def test_butrans_band_when_low(self, reference: Reference) -> None:
        """Below 30 mg/day oral morphine the Butrans 5 mcg/h band applies [BUTRANS]."""
        low = Medication("morphine", "oral", D(10), "mg", "extended", interval_hours=D(12))

        plan = plan_oih(reference, [low], OIHOptions(start=START))

        assert plan.buprenorphine_rotation.result is not None
        assert "transdermal" == plan.buprenorphine_rotation.result.target.route

    def test_refusal_rules_out_one_strategy(self, reference: Reference) -> None:
        """QTc above 500 ms refuses methadone [APS14]; the other strategies stand."""
        plan = plan_oih(reference, [OXY_ER_60_BID], OIHOptions(start=START), Patient(qtc_ms=D(510)))

        assert plan.methadone_rotation.result is None
        assert plan.methadone_rotation.refusal is not None
        assert "methadone.qtc_over_limit" == plan.methadone_rotation.refusal.code
        # Low-dose methadone is methadone too: the add-on strategy is refused for the same reason.
        assert plan.cut_and_methadone.refusal is not None
        assert "methadone.qtc_over_limit" == plan.cut_and_methadone.refusal.code
        assert plan.taper.result is not None


class TestTaperPreset:
    """
    CDC 2022 [CDC22]: patients on opioids for a year or more (or for an unknown time) get about
    10% a month; weeks to months 10% a week; under a month the acute tapers. The OIH source
    document's 10-25% every 2-3 days (oih-rapid, SRC-000) is only the requested alternative.
    """

    @pytest.mark.parametrize(
        ("days", "preset"),
        [
            (None, "cdc-2022-long-term"),
            (365, "cdc-2022-long-term"),
            (364, "cdc-2022-weeks"),
            (30, "cdc-2022-weeks"),
            (29, "acute-weeks"),
            (7, "acute-weeks"),
            (6, "acute-short"),
        ],
    )
    def test_by_time_on_opioids(self, reference: Reference, days: int | None, preset: str) -> None:
        patient = Patient(days_on_current_opioids=None if days is None else D(days))

        plan = plan_oih(reference, [OXY_ER_60_BID], OIHOptions(start=START), patient)

        assert plan.taper.result is not None
        assert preset == plan.taper.result.preset.name
        assert "oih.taper_preset_chosen" in [w.code for w in plan.warnings]

    def test_a_year_on_opioids_is_not_tapered_to_zero_in_weeks(self, reference: Reference) -> None:
        """The issue's case: a year on opioids no longer reaches zero in 33 days."""
        plan = plan_oih(
            reference,
            [OXY_ER_60_BID],
            OIHOptions(start=START),
            Patient(days_on_current_opioids=D(365)),
        )

        assert plan.taper.result is not None
        last = plan.taper.result.steps[-1]
        assert last.day > 28 * 9  # 10% of the original a month: about ten months to zero

    def test_rapid_taper_on_request(self, reference: Reference) -> None:
        plan = plan_oih(
            reference, [OXY_ER_60_BID], OIHOptions(start=START, taper_preset="oih-rapid")
        )

        assert plan.taper.result is not None
        assert "oih-rapid" == plan.taper.result.preset.name
        assert "taper.oih-rapid.unconfirmed" in [w.code for w in plan.taper.result.warnings]


class TestCutAndMethadone:
    """Cut 40-50% (SRC-004) and add methadone at most 15 mg/day [SALP13]."""

    def test_default(self, reference: Reference) -> None:
        """40% off 120 -> 72 mg/day -> OxyContin 30 + 5 mg q12h (70); methadone 2.5 mg q8h (GRPH-METH)."""
        result = cut_and_methadone(reference, [OXY_ER_60_BID], OIHOptions(start=START))

        line = result.lines[0]
        assert (D(40), D(72)) == (result.cut_percent, line.reduced_daily_dose)
        assert line.regimen is not None
        assert D(70) == line.regimen.daily_total
        assert result.methadone is not None
        assert (D("2.5"), D(8), "solution") == (
            result.methadone.dose_per_administration,
            result.methadone.interval_hours,
            result.methadone.form,
        )
        assert "oih.cut_and_methadone_unconfirmed" in [w.code for w in result.warnings]

    def test_deeper_than_range_is_warned(self, reference: Reference) -> None:
        """30 mg/day - 40% = 18 -> the nearest real regimen is 10 (5 mg q12h): a 67% cut, warned."""
        small = Medication("oxycodone", "oral", D(15), "mg", "extended", interval_hours=D(12))

        result = cut_and_methadone(reference, [small], OIHOptions(start=START))

        assert "oih.cut_deeper_than_range" in [w.code for w in result.warnings]

    def test_line_without_product(self, reference: Reference) -> None:
        """Codeine has no product table: the reduced daily dose is given with a warning."""
        codeine = Medication("codeine", "oral", D(30), "mg", doses_per_day=D(4))

        result = cut_and_methadone(reference, [codeine], OIHOptions(start=START))

        assert (D(72), None) == (result.lines[0].reduced_daily_dose, result.lines[0].regimen)
        assert "oih.cut_line_without_regimen" in [w.code for w in result.warnings]

    @pytest.mark.parametrize(
        ("options", "field"),
        [
            ({"cut_percent": D(39)}, "cut_percent"),
            ({"cut_percent": D(51)}, "cut_percent"),
            ({"methadone_mg_per_day": D("15.5")}, "methadone_mg_per_day"),
        ],
    )
    def test_bounds(self, reference: Reference, options: dict[str, Any], field: str) -> None:
        """40-50% and at most 15 mg/day methadone."""
        with pytest.raises(OutOfRangeError) as info:
            cut_and_methadone(reference, [OXY_ER_60_BID], OIHOptions(start=START, **options))

        assert field == info.value.field

    @given(
        cut=st.decimals(min_value=D(40), max_value=D(50), places=1),
        methadone=st.decimals(min_value=D("0.5"), max_value=D(15), places=1),
        dose=st.decimals(min_value=D(5), max_value=D(200), places=0),
    )
    def test_never_above_targets(self, reference: Reference, cut: D, methadone: D, dose: D) -> None:
        """Each line at or below its reduced dose; methadone at or below the target and 15 mg/day."""
        med = Medication("morphine", "oral", dose, "mg", "extended", interval_hours=D(12))

        result = cut_and_methadone(
            reference,
            [med],
            OIHOptions(start=START, cut_percent=cut, methadone_mg_per_day=methadone),
        )

        for line in result.lines:
            assert line.regimen is None or line.regimen.daily_total <= line.reduced_daily_dose
        if result.methadone is not None:
            assert result.methadone.daily_total <= min(methadone, D(15))


class TestAdjunctStrategies:
    """Adjuncts at the start of their ranges (SRC-000), or the reason they do not apply."""

    def test_with_weight_and_clearance(self, reference: Reference) -> None:
        """80 kg actual weight x 0.1 mg/kg/h = 8 mg/h; clonidine 0.1 mg BID; gabapentin by band."""
        patient = Patient(weight_kg=D(80), creatinine_clearance_ml_min=D(45))

        plan = plan_oih(reference, [OXY_ER_60_BID], OIHOptions(start=START), patient)

        assert plan.ketamine.result is not None
        assert D(8) == plan.ketamine.result.dose_mg_per_h
        assert plan.clonidine.result is not None
        assert (D("0.1"), D("0.2")) == (
            plan.clonidine.result.dose_mg,
            plan.clonidine.result.daily_mg,
        )
        assert plan.gabapentin.result is not None
        # Neurontin Table 1: CrCl >30-59 -> 400-1400 mg/day in two doses; 300 mg/day target -> 150 per dose
        # rounded down to a 100 mg capsule: 200 mg/day, never above the band.
        assert D(200) == plan.gabapentin.result.maintenance.daily_mg

    def test_without_context(self, reference: Reference) -> None:
        """No weight: ketamine refused; no renal function: gabapentin refused; clonidine stands."""
        plan = plan_oih(reference, [OXY_ER_60_BID], OIHOptions(start=START))

        assert plan.ketamine.refusal is not None
        assert "oih.ketamine_needs_weight" == plan.ketamine.refusal.code
        assert plan.gabapentin.refusal is not None
        assert "patient.creatinine_clearance_ml_min" == plan.gabapentin.refusal.field
        assert plan.clonidine.result is not None
