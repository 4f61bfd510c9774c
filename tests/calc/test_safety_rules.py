"""
The safety floor's rules (issue 9), each reproducing the case the issue saw and citing the rule:
renal avoid targets, no silent shortfall, high-dose tapers that do not crash, the two named
totals, the strategies' resulting MME, and the four bugs the issue lists.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from calc.adjuncts import KetamineOrder, dose_ketamine
from calc.errors import ClinicalRefusalError, OutOfRangeError
from calc.kinds.plausibility import KIND as PLAUSIBILITY
from calc.kinds.renal_opioids import KIND as RENAL_OPIOIDS
from calc.mme import calculate_mme
from calc.models import Medication, Patient, Target
from calc.oih import OIHOptions, plan_oih
from calc.reference import Reference
from calc.renal import estimate_creatinine_clearance
from calc.rotation import RotationOptions, plan_rotation
from calc.taper import TaperOptions, plan_taper


START = dt.date(2026, 12, 1)
OXY_ER = Medication("oxycodone", "oral", D(60), "mg", "extended", interval_hours=D(12))
KIDNEYS_10 = Patient(creatinine_clearance_ml_min=D(10))


class TestRenalTarget:
    """CKJ23: morphine (M3G/M6G) is not recommended in CKD; SPS-RENAL: fentanyl, buprenorphine safest."""

    def test_avoided_target_is_refused_naming_safer_ones(self, reference: Reference) -> None:
        with pytest.raises(ClinicalRefusalError) as info:
            plan_rotation(reference, [OXY_ER], Target("morphine", "oral"), patient=KIDNEYS_10)

        error = info.value
        assert (error.code, error.field, error.received) == (
            "renal.target_avoid",
            "to.drug",
            "morphine",
        )
        assert "(safest: buprenorphine, fentanyl)" in error.expected

    def test_override_keeps_a_critical_warning(self, reference: Reference) -> None:
        result = plan_rotation(
            reference,
            [OXY_ER],
            Target("morphine", "oral"),
            RotationOptions(allow_renal_avoid=True),
            KIDNEYS_10,
        )

        codes = [(w.code, w.severity) for w in result.warnings]
        assert ("renal.target_avoid_overridden", "critical") in codes
        assert ("renal.avoid.morphine", "critical") in codes

    def test_estimated_clearance_counts_too(self, reference: Reference) -> None:
        """Cockcroft-Gault from serum creatinine [TABERS]: 80 y, 50 kg woman, SCr 1.5 -> 23.6."""
        patient = Patient(
            age_years=D(80),
            sex="female",
            weight_kg=D(50),
            height_cm=D(160),
            serum_creatinine_mg_dl=D("1.5"),
        )

        with pytest.raises(ClinicalRefusalError):
            plan_rotation(reference, [OXY_ER], Target("morphine", "oral"), patient=patient)

    def test_breakthrough_is_not_the_avoided_drug(self, reference: Reference) -> None:
        """A methadone target's rescue is oral morphine, except at this clearance: oxycodone."""
        result = plan_rotation(reference, [OXY_ER], Target("methadone", "oral"), patient=KIDNEYS_10)

        assert result.breakthrough is not None
        assert "oxycodone" == result.breakthrough.drug
        assert "breakthrough.renal_alternative" in [w.code for w in result.warnings]

    def test_normal_clearance_keeps_morphine(self, reference: Reference) -> None:
        result = plan_rotation(reference, [OXY_ER], Target("methadone", "oral"))

        assert result.breakthrough is not None
        assert "morphine" == result.breakthrough.drug


class TestShortfall:
    def test_3000_mme_to_hydromorphone_says_34_percent(self, reference: Reference) -> None:
        """
        3,000 mg/day oral morphine / 4 [UTD] = 750 mg hydromorphone, - 25% = 562.5 mg/day; four
        8 mg tablets every 4 h make at most 192 mg/day: 34.13%, below 90% (regimen.shortfall).
        """
        morphine = Medication("morphine", "oral", D(500), "mg", interval_hours=D(4))

        result = plan_rotation(reference, [morphine], Target("hydromorphone", "oral"))

        assert result.practical_regimen is not None
        assert (D("562.5"), D(192)) == (
            result.reduction.reduced_daily_dose,
            result.practical_regimen.daily_total,
        )
        shortfall = [w for w in result.warnings if w.code == "regimen.shortfall"]
        assert len(shortfall) == 1
        assert "192" in shortfall[0].message
        assert "562.5" in shortfall[0].message
        assert "34.13%" in shortfall[0].message

    def test_no_shortfall_at_or_above_90_percent(self, reference: Reference) -> None:
        """120 mg/day oral morphine -> OxyContin 30 mg q12h = 60 of 60 mg/day: no warning."""
        morphine = Medication("morphine", "oral", D(60), "mg", interval_hours=D(12))

        result = plan_rotation(reference, [morphine], Target("oxycodone", "oral", "extended"))

        assert "regimen.shortfall" not in [w.code for w in result.warnings]


class TestHighDoseTaper:
    def test_oxycodone_er_360_mg_every_12_h(self, reference: Reference) -> None:
        """
        The issue's 500: 720 mg/day = 1,080 MME/day [CDC22]. 10% a month of the original is 72
        mg/day: the first step is the lowest real dose at or above 648 mg/day, 325 mg every 12 h
        (four 80 mg tablets and a 5 mg), never above the patient's own 360 mg.
        """
        med = Medication("oxycodone", "oral", D(360), "mg", "extended", interval_hours=D(12))

        result = plan_taper(reference, [med], TaperOptions(start=START))

        assert D(1080) == result.original_mme_per_day
        first = result.steps[0].lines[0]
        assert first.regimen is not None
        assert (D(650), D(325)) == (first.daily_dose, first.regimen.dose_per_administration)
        assert "zero" == result.ends_at
        assert "mme.very_high" in [w.code for w in result.warnings]
        assert ("mme.at_or_above_50", "mme.at_or_above_90") == result.steps[0].thresholds_reached[
            :2
        ]

    def test_an_oih_plan_for_it_too(self, reference: Reference) -> None:
        med = Medication("oxycodone", "oral", D(360), "mg", "extended", interval_hours=D(12))

        plan = plan_oih(reference, [med], OIHOptions(start=START))

        assert plan.taper.result is not None

    def test_a_start_date_past_the_calendar_is_refused(self, reference: Reference) -> None:
        """A schedule that would run past year 9999 is a refusal, not an OverflowError."""
        with pytest.raises(OutOfRangeError) as info:
            plan_taper(reference, [OXY_ER], TaperOptions(start=dt.date(9999, 12, 1)))

        assert (info.value.code, info.value.field) == ("taper.date_out_of_range", "start_date")


class TestTwoTotals:
    def test_rotation_names_both_and_traces_why(self, reference: Reference) -> None:
        """
        Hydromorphone 8 mg q4h = 48 mg/day: 240 MME/day on CDC 2022 (x5 [CDC22]), 192 mg/day
        oral morphine for the conversion (x4 [UTD]).
        """
        med = Medication("hydromorphone", "oral", D(8), "mg", interval_hours=D(4))

        result = plan_rotation(reference, [med], Target("oxycodone", "oral"))

        assert (D(240), D(192)) == (
            result.total_mme_per_day,
            result.oral_morphine_equivalent_per_day,
        )
        assert any("not the conversion basis" in t.step for t in result.trace)

    def test_oih_reports_each_strategy_s_resulting_mme(self, reference: Reference) -> None:
        """
        180 MME/day. The first long-term taper step (10% of 120 mg/day allowed [CDC22]) is the
        lowest real dose at or above 108 mg/day: 55 mg q12h (40 + 15 mg), 110 mg/day = 165
        MME/day; the adjuncts leave 180; CDC 2022 gives buprenorphine no factor (null).
        """
        plan = plan_oih(reference, [OXY_ER], OIHOptions(start=START))

        assert D(165) == plan.taper.resulting_mme_per_day
        assert D(180) == plan.clonidine.resulting_mme_per_day
        assert plan.buprenorphine_rotation.result is not None
        assert plan.buprenorphine_rotation.resulting_mme_per_day is None
        assert plan.methadone_rotation.result is not None
        regimen = plan.methadone_rotation.result.practical_regimen
        assert regimen is not None
        # methadone x 4.7 [CDC22]
        assert regimen.daily_total * D("4.7") == plan.methadone_rotation.resulting_mme_per_day


class TestTheFourBugs:
    @pytest.mark.parametrize(
        ("table", "source"), [("cdc-2016", "CDC16-TDD"), ("fpm-2021", "FPM21")]
    )
    def test_sum_step_cites_the_table_used(
        self, reference: Reference, table: str, source: str
    ) -> None:
        result = calculate_mme(reference, [OXY_ER], table)

        assert (f"sum of the lines ({table})", source) == (
            result.trace[-1].step,
            result.trace[-1].source,
        )

    def test_oih_ketamine_basis_is_the_plan_s_choice(self, reference: Reference) -> None:
        """Without height the plan doses on actual weight: reported as its choice, not the caller's."""
        plan = plan_oih(reference, [OXY_ER], OIHOptions(start=START), Patient(weight_kg=D(80)))

        assert plan.ketamine.result is not None
        weight = plan.ketamine.result.weight
        assert (weight.basis, weight.basis_defaulted, weight.actual_used) == ("actual", True, True)
        assert any("chosen by the OIH plan" in t.step for t in weight.trace)

    @pytest.mark.parametrize("dose", [D(-100), D("-0"), D(0), D("NaN"), D("sNaN"), D("Infinity")])
    def test_the_core_refuses_a_dose_that_is_not_a_positive_number(self, dose: D) -> None:
        with pytest.raises(OutOfRangeError) as info:
            Medication("morphine", "oral", dose, "mg", doses_per_day=D(1))

        assert ("input.not_a_positive_number", "dose") == (info.value.code, info.value.field)

    def test_actual_weight_basis_is_reported_as_used(self, reference: Reference) -> None:
        patient = Patient(age_years=D(60), sex="male", weight_kg=D(80), serum_creatinine_mg_dl=D(1))

        result = estimate_creatinine_clearance(reference, patient, "actual")

        assert result.weight.actual_used is True


class TestZeroes:
    def test_ketamine_volume_that_rounds_to_zero_is_refused(self, reference: Reference) -> None:
        """0.1 mg/kg/h x 70 kg = 7 mg/h at 1,000 mg/mL = 0.007 mL/h: not a silent 0.0."""
        patient = Patient(weight_kg=D(70))
        order = KetamineOrder(D("0.1"), "actual", concentration_mg_per_ml=D(1000))

        with pytest.raises(OutOfRangeError) as info:
            dose_ketamine(reference, patient, order)

        assert (info.value.code, info.value.field) == (
            "ketamine.volume_rounds_to_zero",
            "concentration_mg_per_ml",
        )


def test_naltrexone_names_an_uncovered_route_in_a_sentence(reference: Reference) -> None:
    """Found by test_totality: no table covers buccal buprenorphine; the detail said 'they cover '."""
    from calc.adjuncts import NaltrexoneOrder, dose_naltrexone
    from calc.errors import UnknownEntryError

    # No table gives tapentadol by injection (it is an oral drug; TAPENTADOL label).
    injected = Medication("tapentadol", "intravenous", D(50), "mg", doses_per_day=D(2))

    with pytest.raises(UnknownEntryError) as info:
        dose_naltrexone(reference, NaltrexoneOrder(D(2)), [injected])

    said = info.value.detail
    assert "by that route they cover " in said
    assert "fentanyl" in said.rsplit("they cover ", 1)[1]


class TestDefensivePaths:
    """What the request checks make unreachable through the API, still refused in the core."""

    def test_ketamine_bolus_volume_that_rounds_to_zero(self, reference: Reference) -> None:
        """0.001 mg/kg x 20 kg = 0.02 mg at 1,000 mg/mL = 0.00002 mL: unmeasurable."""
        patient = Patient(weight_kg=D(20))
        order = KetamineOrder(D("0.5"), "actual", D(100), bolus_mg_per_kg=D("0.001"))

        with pytest.raises(OutOfRangeError) as info:
            dose_ketamine(reference, patient, order)

        assert "bolus" in info.value.detail

    def test_no_plausibility_table_checks_only_the_frequency(self, reference: Reference) -> None:

        bare = reference.with_default(PLAUSIBILITY, None)
        med = Medication("morphine", "oral", D(5000), "mg", doses_per_day=D(1))

        assert D(5000) == calculate_mme(bare, [med]).total_mme_per_day

    def test_daily_amount_refuses_a_missing_maximum_and_a_unit_mismatch(self) -> None:
        from calc.units import daily_amount

        prn = Medication("oxycodone", "oral", D(5), "mg", as_needed=True)
        patch_in_mg = Medication("fentanyl", "transdermal", D(25), "mg", doses_per_day=D(1))

        with pytest.raises(OutOfRangeError) as missing:
            daily_amount(prn, "mg", "medications[0]")
        with pytest.raises(OutOfRangeError) as mismatch:
            daily_amount(patch_in_mg, "mcg/h", "medications[0]")

        assert "medications[0].max_doses_per_day" == missing.value.field
        assert "medication.unit_mismatch" == mismatch.value.code

    def test_an_as_needed_cut_below_the_smallest_tablet(self, reference: Reference) -> None:
        """Oxycodone IR 5 mg once a day as needed, cut by 40%: 3 mg/day, below 5 mg: said."""
        prn = Medication(
            "oxycodone", "oral", D(5), "mg", "immediate", as_needed=True, max_doses_per_day=D(1)
        )

        plan = plan_oih(reference, [prn], OIHOptions(start=START))

        result = plan.cut_and_methadone.result
        assert result is not None
        assert result.lines[0].regimen is None
        assert "oih.cut_line_without_regimen" in [w.code for w in result.warnings]
        # The reduced 3 mg/day oxycodone (x1.5) + methadone 2.5 mg q8h (x4.7) [CDC22]
        assert D("4.5") + D("7.5") * D("4.7") == plan.cut_and_methadone.resulting_mme_per_day

    def test_a_cut_without_methadone_counts_only_the_cut(self, reference: Reference) -> None:
        """methadone_mg_per_day 0 (the core allows it): 40% off 120 mg/day oxycodone ER ->
        OxyContin 35 mg q12h = 70 mg/day x 1.5 [CDC22] = 105 MME/day."""
        plan = plan_oih(reference, [OXY_ER], OIHOptions(start=START, methadone_mg_per_day=D(0)))

        assert plan.cut_and_methadone.result is not None
        assert plan.cut_and_methadone.result.methadone is None
        assert D(105) == plan.cut_and_methadone.resulting_mme_per_day


def test_a_reference_without_the_safety_tables_lists_without_them(reference: Reference) -> None:

    from calc.catalog import table_view
    from calc.errors import UnknownEntryError

    bare = reference.with_default(PLAUSIBILITY, None).with_default(RENAL_OPIOIDS, None)

    with pytest.raises(UnknownEntryError):
        table_view(bare, "plausibility-us")
