"""
Continuous infusions (issue 10): first-class lines and targets, converted through continuous
relationships, never a single-dose bolus factor; the fentanyl infusion <-> patch switch; and
rotations that keep the drug.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from calc.errors import CalcError, ClinicalRefusalError
from calc.kinds.products import KIND as PRODUCTS
from calc.mme import calculate_mme
from calc.models import Medication, Target
from calc.reference import Reference
from calc.rotation import RotationOptions, plan_rotation


FENTANYL_IV_50 = Medication("fentanyl", "intravenous", D(50), "mcg/h")


class TestFentanylInfusionAndPatch:
    def test_infusion_to_patch_is_one_to_one_with_the_overlap(self, reference: Reference) -> None:
        """
        Kornick 2001 [KORNICK01]: the patch at the infusion's rate, 50 mcg/h (not 75, the bug the
        issue saw); no reduction; the infusion halved at 6 h and stopped at 12 h.
        """
        result = plan_rotation(reference, [FENTANYL_IV_50], Target("fentanyl", "transdermal"))

        assert (D(50), D(0), D(50)) == (
            result.equianalgesic_daily_dose,
            result.reduction.applied_percent,
            result.reduction.reduced_daily_dose,
        )
        assert result.practical_regimen is not None
        assert D(50) == result.practical_regimen.dose_per_administration
        assert [(D(0), "KORNICK01"), (D(6), "KORNICK01"), (D(12), "KORNICK01")] == [
            (t.hour, t.source) for t in result.transition
        ]
        assert "halve" in result.transition[1].action

    def test_patch_to_infusion_at_the_same_hourly_rate(self, reference: Reference) -> None:
        """
        Kornick 2003 [KORNICK03]: patches off, the infusion at the same rate: 75 mcg/h, 7.5 mL/h
        of 10 mcg/mL; the residual-release warning (12-36 h after removal).
        """
        patch = Medication("fentanyl", "transdermal", D(75), "mcg/h")

        result = plan_rotation(reference, [patch], Target("fentanyl", "intravenous", infusion=True))

        assert result.infusion is not None
        assert (D(75), D("7.5"), D(1800)) == (
            result.infusion.rate,
            result.infusion.ml_per_hour,
            result.infusion.daily_total,
        )
        assert [(D(0), "KORNICK03")] == [(t.hour, t.source) for t in result.transition]
        assert "fentanyl_patch.residual" in [w.code for w in result.warnings]

    def test_a_low_infusion_is_not_a_tolerant_patient(self, reference: Reference) -> None:
        """The label's tolerance is 25 mcg/h of transdermal fentanyl: 12 mcg/h IV is below it."""
        low = Medication("fentanyl", "intravenous", D(12), "mcg/h")

        with pytest.raises(ClinicalRefusalError) as info:
            plan_rotation(reference, [low], Target("fentanyl", "transdermal"))

        assert "fentanyl_patch.opioid_naive" == info.value.code

    def test_infusion_to_oral_morphine_uses_the_continuous_relationship(
        self, reference: Reference
    ) -> None:
        """
        50 mcg/h x 2 mg/day per mcg/h (a patch of the same rate, UTD, KORNICK01) = 100 mg/day
        oral morphine, not 50 x 24 x 0.3 = 360 (the single-dose factor the issue saw); - 25% = 75.
        """
        result = plan_rotation(reference, [FENTANYL_IV_50], Target("morphine", "oral", "extended"))

        assert (D(100), D(75)) == (
            result.oral_morphine_equivalent_per_day,
            result.reduction.reduced_daily_dose,
        )
        assert "infusion rate" in result.trace[0].step


class TestInfusionTargets:
    def test_oral_morphine_to_a_subcutaneous_morphine_infusion(self, reference: Reference) -> None:
        """
        The same drug by another route: no cross-tolerance reduction. 120 mg/day oral / 72 (24 h x
        3, UTD) = 1.67 mg/h -> 1.6 mg/h (1.6 mL/h of 1 mg/mL): 38.4 mg and 38.4 mL in the 24-hour
        syringe driver. Rescue: 10% of the 24-hour amount (39.84 mg) = 3.98 mg -> 3 mg SC (0.3 mL
        of 10 mg/mL) every 4 h as needed: a parenteral rescue, not an oral one.
        """
        line = Medication("morphine", "oral", D(60), "mg", "extended", interval_hours=D(12))

        result = plan_rotation(reference, [line], Target("morphine", "subcutaneous", infusion=True))

        assert (D(0), D("1.66")) == (
            result.reduction.applied_percent,
            result.reduction.reduced_daily_dose,
        )
        infusion = result.infusion
        assert infusion is not None
        assert (D("1.6"), D("1.6"), D("38.4"), D("38.4")) == (
            infusion.rate,
            infusion.ml_per_hour,
            infusion.daily_total,
            infusion.syringe_24h_ml,
        )
        bt = result.breakthrough
        assert bt is not None
        assert ("subcutaneous", D(3), D("0.3"), D(4)) == (
            bt.route,
            bt.dose,
            bt.volume_ml,
            bt.interval_hours,
        )

    def test_uk_ratio_by_name(self, reference: Reference) -> None:
        """The UK 2:1 oral : subcutaneous morphine ratio, chosen by its source (SCOT)."""
        line = Medication("morphine", "oral", D(60), "mg", "extended", interval_hours=D(12))

        result = plan_rotation(
            reference,
            [line],
            Target("morphine", "subcutaneous", infusion=True),
            RotationOptions(factor_choices=(("morphine", "subcutaneous", "SCOT"),)),
        )

        assert result.infusion is not None
        # 120 / 48 = 2.5 mg/h
        assert D("2.5") == result.infusion.rate

    def test_hydromorphone_infusion_to_oral_hydromorphone(self, reference: Reference) -> None:
        """Reddy 2017 [REDDY17]: 24-hour IV x 2.5 = oral: 1 mg/h -> 60 mg/day, no reduction."""
        line = Medication("hydromorphone", "intravenous", D(1), "mg/h")

        result = plan_rotation(reference, [line], Target("hydromorphone", "oral"))

        assert (D(60), D(0), D(60)) == (
            result.equianalgesic_daily_dose,
            result.reduction.applied_percent,
            result.reduction.reduced_daily_dose,
        )

    def test_a_rate_below_one_pump_step_is_said(self, reference: Reference) -> None:
        """0.02 mg/h hydromorphone at 0.2 mg/mL is 0.1 mL/h; less cannot be pumped."""
        line = Medication("morphine", "oral", D(2), "mg", doses_per_day=D(1))

        result = plan_rotation(
            reference,
            [line],
            Target("hydromorphone", "intravenous", infusion=True),
            RotationOptions(infusion_concentration_per_ml=D(10)),
        )

        assert result.infusion is None
        assert "infusion.rate_below_pump_step" in [w.code for w in result.warnings]


class TestSameDrug:
    def test_immediate_to_extended_release_keeps_the_dose(self, reference: Reference) -> None:
        """
        MS Contin label [MSCONTIN-LABEL]: one-half of the 24-hour oral morphine requirement every
        12 hours; no cross-tolerance reduction for the same drug [MLP]: 20 mg every 4 h = 120
        mg/day -> 60 mg every 12 h.
        """
        line = Medication("morphine", "oral", D(20), "mg", "immediate", interval_hours=D(4))

        result = plan_rotation(reference, [line], Target("morphine", "oral", "extended"))

        assert result.practical_regimen is not None
        assert (D(0), D(60), D(12)) == (
            result.reduction.applied_percent,
            result.practical_regimen.dose_per_administration,
            result.practical_regimen.interval_hours,
        )
        assert any("the same drug by the same route" in t.step for t in result.trace)

    def test_methadone_oral_to_intravenous_is_half(self, reference: Reference) -> None:
        """Oral : IV methadone 2:1 [CCDHB]: 20 mg/day oral -> 10 mg/day IV, no scheme."""
        line = Medication("methadone", "oral", D(10), "mg", doses_per_day=D(2))

        result = plan_rotation(reference, [line], Target("methadone", "intravenous"))

        assert (D(10), D(0)) == (
            result.equianalgesic_daily_dose,
            result.reduction.applied_percent,
        )


class TestInfusionLines:
    def test_the_mg_mcg_slip_as_a_rate_is_refused(self, reference: Reference) -> None:
        """100 mg/h of fentanyl (meant: 100 mcg/h): above 1,000 mcg/h (plausibility-us)."""
        slip = Medication("fentanyl", "intravenous", D(100), "mg/h")

        with pytest.raises(CalcError) as info:
            plan_rotation(reference, [slip], Target("morphine", "oral"))

        assert (info.value.code, info.value.field) == ("dose.implausible", "from[0].dose")

    def test_an_infusion_takes_no_frequency(self, reference: Reference) -> None:
        line = Medication("morphine", "intravenous", D(2), "mg/h", interval_hours=D(4))

        with pytest.raises(CalcError) as info:
            plan_rotation(reference, [line], Target("oxycodone", "oral"))

        assert (info.value.code, info.value.field) == (
            "medication.frequency_conflict",
            "from[0].interval_hours",
        )

    def test_no_continuous_factor_is_refused_not_replaced_by_a_bolus_one(
        self, reference: Reference
    ) -> None:
        """CDC 2022 has no parenteral factors; the equianalgesic table none for oxymorphone."""
        with pytest.raises(CalcError) as mme:
            calculate_mme(reference, [FENTANYL_IV_50])
        oxymorphone = Medication("oxymorphone", "intravenous", D(1), "mg/h")
        with pytest.raises(CalcError) as rotation:
            plan_rotation(reference, [oxymorphone], Target("morphine", "oral"))

        assert "mme.infusion_not_covered" == mme.value.code
        assert "equianalgesic.infusion_not_covered" == rotation.value.code

    def test_an_infusion_line_in_mg_on_a_patch_route(self, reference: Reference) -> None:
        line = Medication("morphine", "transdermal", D(2), "mg/h")

        with pytest.raises(CalcError) as info:
            plan_rotation(reference, [line], Target("oxycodone", "oral"))

        assert "medication.unit_mismatch" == info.value.code


class TestCountryTables:
    def test_the_uk_table_is_selectable(self, reference: Reference) -> None:
        """
        equianalgesic-uk (extends equianalgesic-us): oral : subcutaneous morphine 2:1 [SCOT]; 120
        mg/day oral -> 60 mg/day subcutaneous (US 3:1 gives 40); intravenous stays 3:1.
        """
        line = Medication("morphine", "oral", D(60), "mg", "extended", interval_hours=D(12))
        uk = RotationOptions(table_id="equianalgesic-uk")

        sc = plan_rotation(reference, [line], Target("morphine", "subcutaneous"), uk)
        iv = plan_rotation(reference, [line], Target("morphine", "intravenous"), uk)

        assert (D(60), D(40)) == (sc.equianalgesic_daily_dose, iv.equianalgesic_daily_dose)

    def test_an_unlisted_source_is_refused(self, reference: Reference) -> None:
        line = Medication("morphine", "oral", D(60), "mg", "extended", interval_hours=D(12))
        options = RotationOptions(factor_choices=(("morphine", "subcutaneous", "NOPE"),))

        with pytest.raises(CalcError) as info:
            plan_rotation(reference, [line], Target("morphine", "subcutaneous"), options)

        assert (info.value.code, info.value.field) == ("table.factor_not_listed", "factor_choices")

    def test_an_alternative_chosen_for_a_source_line(self, reference: Reference) -> None:
        """Hydromorphone oral from CDC 2022's 5 (an alternative) instead of UTD's 4."""
        line = Medication("hydromorphone", "oral", D(4), "mg", interval_hours=D(4))
        options = RotationOptions(factor_choices=(("hydromorphone", "oral", "CDC22"),))

        result = plan_rotation(reference, [line], Target("oxycodone", "oral"), options)

        assert D(120) == result.oral_morphine_equivalent_per_day


class TestSameRouteAndKind:
    def test_patches_add_up(self, reference: Reference) -> None:
        """Fentanyl 50 + 25 mcg/h patches -> one 75 mcg/h patch: the same drug and route [MLP]."""
        lines = [
            Medication("fentanyl", "transdermal", D(50), "mcg/h"),
            Medication("fentanyl", "transdermal", D(25), "mcg/h"),
        ]

        result = plan_rotation(reference, lines, Target("fentanyl", "transdermal"))

        assert result.practical_regimen is not None
        assert (D(75), D(0), D(75)) == (
            result.equianalgesic_daily_dose,
            result.reduction.applied_percent,
            result.practical_regimen.dose_per_administration,
        )

    def test_an_infusion_for_an_infusion(self, reference: Reference) -> None:
        """A morphine infusion of 2 mg/h stays 2 mg/h (2 mL/h of 1 mg/mL)."""
        line = Medication("morphine", "intravenous", D(2), "mg/h")

        result = plan_rotation(reference, [line], Target("morphine", "intravenous", infusion=True))

        assert result.infusion is not None
        assert (D(2), D(2)) == (result.infusion.rate, result.infusion.ml_per_hour)

    def test_an_infusion_to_boluses_on_the_same_route_is_converted(
        self, reference: Reference
    ) -> None:
        """
        Hydromorphone IV 0.5 mg/h -> IV doses: 0.5 x 240 (from the infusion) = 120 mg/day oral
        morphine / 20 (UTD, IV doses) = 6 mg/day, no reduction (the same drug).
        """
        line = Medication("hydromorphone", "intravenous", D("0.5"), "mg/h")

        result = plan_rotation(reference, [line], Target("hydromorphone", "intravenous"))

        assert (D(6), D(0)) == (result.equianalgesic_daily_dose, result.reduction.applied_percent)

    def test_no_usual_solution_and_none_given(self, reference: Reference) -> None:
        import attrs

        bare = reference.with_default(PRODUCTS, attrs.evolve(reference.products, infusions={}))
        line = Medication("morphine", "oral", D(60), "mg", "extended", interval_hours=D(12))

        result = plan_rotation(bare, [line], Target("morphine", "intravenous", infusion=True))

        assert result.infusion is None
        assert "infusion.no_solution" in [w.code for w in result.warnings]

    def test_methadone_to_a_route_methadone_has_not(self, reference: Reference) -> None:
        line = Medication("methadone", "oral", D(10), "mg", doses_per_day=D(2))

        with pytest.raises(CalcError) as info:
            plan_rotation(reference, [line], Target("methadone", "rectal"))

        assert "methadone.route_not_covered" == info.value.code

    def test_an_infusion_target_by_mouth_is_refused(self) -> None:
        with pytest.raises(CalcError) as info:
            Target("morphine", "oral", infusion=True)

        assert (info.value.code, info.value.field) == ("input.infusion_route", "to.route")

    def test_a_banded_row_lists_its_band_sources(self, reference: Reference) -> None:
        """CDC 2016 methadone is banded: no single factor to choose, only the sources listed."""
        from calc.kinds.factors import chosen_factor

        row = reference.mme["cdc-2016"].rows[("methadone", "oral")]

        with pytest.raises(CalcError) as info:
            chosen_factor(row, "CDC22", to=False, field="factor_choices")

        assert "table.factor_not_listed" == info.value.code


def test_infusion_to_patch_needs_a_week_on_opioids(reference: Reference) -> None:
    """The label's week of tolerance applies to the Kornick switch too."""
    from calc.models import Patient

    with pytest.raises(ClinicalRefusalError) as info:
        plan_rotation(
            reference,
            [FENTANYL_IV_50],
            Target("fentanyl", "transdermal"),
            patient=Patient(days_on_current_opioids=D(3)),
        )

    assert "patient.days_on_current_opioids" == info.value.field


def test_methadone_intravenous_to_oral_is_double(reference: Reference) -> None:
    """Oral : IV methadone 2:1 [CCDHB]: 5 mg IV every 12 h = 10 mg/day -> 20 mg/day oral."""
    line = Medication("methadone", "intravenous", D(5), "mg", interval_hours=D(12))

    result = plan_rotation(reference, [line], Target("methadone", "oral"))

    assert D(20) == result.equianalgesic_daily_dose


def test_methadone_between_parenteral_routes_is_one_to_one(reference: Reference) -> None:
    """Intravenous and subcutaneous methadone are both parenteral: 10 mg/day stays 10 [CCDHB]."""
    line = Medication("methadone", "intravenous", D(5), "mg", interval_hours=D(12))

    result = plan_rotation(reference, [line], Target("methadone", "subcutaneous"))

    assert D(10) == result.equianalgesic_daily_dose


def test_a_breakthrough_just_under_a_tablet_is_made_from_the_solution(
    reference: Reference,
) -> None:
    """
    Issue 10: 14.99 mg is not "none". 10% of 149.9 mg/day oral morphine = 14.99 mg: below the
    15 mg tablet, so the 2 mg/mL solution in 1 mg steps makes 14 mg (7 mL), every 4 h as needed.
    """
    from calc.breakthrough import breakthrough
    from calc.targets import TargetDose

    dose = TargetDose(D("149.9"), "mg/day", "extended", D(0), "MLP", None)

    bt, alerts, _ = breakthrough(
        reference, Target("morphine", "oral", "extended"), dose, D("149.9"), D("149.9"), None
    )

    assert bt is not None
    assert (D("14.99"), D(14), "solution", D(7), D(4)) == (
        bt.computed_dose,
        bt.dose,
        bt.form,
        bt.volume_ml,
        bt.interval_hours,
    )
    assert alerts == []
