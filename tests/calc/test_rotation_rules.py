"""
Rotation and OIH rules at their edges: a warning appears exactly when its rule applies, the
methadone cap at its own value, the provenance of the methadone step, and the patient's context
reaching every OIH strategy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.catalog import drug_index
from calc.models import Medication, Patient, Target
from calc.oih import OIHOptions, plan_oih
from calc.oih_cut import cut_and_methadone
from calc.reference import Reference
from calc.results import Alert
from calc.rotation import RotationOptions, plan_rotation
from tables.loader import load_reference
from tests.strategies import morphine


REFERENCE = load_reference()
START = dt.date(2026, 12, 1)
METHADONE = Target("methadone", "oral")
OXY_ER_60_BID = Medication("oxycodone", "oral", D(60), "mg", "extended", interval_hours=D(12))


def codes(warnings: Iterable[Alert]) -> set[str]:
    return {w.code for w in warnings}


class TestSourceWarnings:
    """Conversion FROM methadone [MSD23] and from a fentanyl patch [GRPH-MME] warn; others not."""

    def test_morphine_source_has_neither(self, reference: Reference) -> None:
        result = plan_rotation(reference, [morphine(D(60))], Target("oxycodone", "oral"))

        assert not {"methadone.source_unpredictable", "fentanyl_patch.residual"} & codes(
            result.warnings
        )

    def test_a_buprenorphine_patch_is_not_a_fentanyl_patch(self, reference: Reference) -> None:
        """Only fentanyl patches keep releasing 12-36 h after removal (the warning's text)."""
        butrans = Medication("buprenorphine", "transdermal", D(10), "mcg/h")

        result = plan_rotation(reference, [butrans], Target("morphine", "oral", "extended"))

        assert "fentanyl_patch.residual" not in codes(result.warnings)

    def test_each_source_warns_once_present(self, reference: Reference) -> None:
        meds = [
            morphine(D(30)),
            Medication("methadone", "oral", D(5), "mg", doses_per_day=D(2)),
            Medication("fentanyl", "transdermal", D(25), "mcg/h"),
        ]

        result = plan_rotation(reference, meds, Target("morphine", "oral", "extended"))

        assert {"methadone.source_unpredictable", "fentanyl_patch.residual"} <= codes(
            result.warnings
        )


class TestMethadoneCap:
    """CCDHB: 600 mg/day oral morphine (its top) converts at 12:1 [CCDHB]; cap 30 mg/day [STELIZ]."""

    def test_a_dose_at_the_cap_is_not_capped(self, reference: Reference) -> None:
        """600 / 12 = 50; -40% = 30 mg/day: exactly the cap, so not "capped" and no warning."""
        result = plan_rotation(
            reference, [morphine(D(600))], METHADONE, RotationOptions(reduction_percent=D(40))
        )

        assert D(30) == result.reduction.reduced_daily_dose
        assert not result.reduction.capped
        assert "methadone.capped" not in codes(result.warnings)

    def test_the_caller_may_ask_for_the_cap_itself(self, reference: Reference) -> None:
        """Lowering the cap is allowed, and so is giving its own value (30 is not above 30)."""
        options = RotationOptions(methadone_max_daily_mg=D(30))

        result = plan_rotation(reference, [morphine(D(600))], METHADONE, options)

        assert D(30) == result.reduction.reduced_daily_dose
        assert result.reduction.capped

    def test_the_cap_warning_cites_the_cap_rule(self, reference: Reference) -> None:
        """600 / 12 = 50, -25% = 37.5, capped at 30 (or 20): the warning cites the cap's source."""
        cap_source = reference.thresholds.source("methadone_cap_mg_per_day")
        for options in (RotationOptions(), RotationOptions(methadone_max_daily_mg=D(20))):
            result = plan_rotation(reference, [morphine(D(600))], METHADONE, options)

            capped = [w for w in result.warnings if w.code == "methadone.capped"]
            assert [cap_source] == [w.source for w in capped]

    def test_the_ratio_step_and_the_scheme_are_in_the_result(self, reference: Reference) -> None:
        """The trace shows 600 / 12 = 50 mg/day from the scheme, and the scheme's table is listed."""
        result = plan_rotation(reference, [morphine(D(600))], METHADONE)

        assert "ccdhb-2009" in [t.id for t in result.tables]
        assert (D(50), "mg/day") in [(s.value, s.unit) for s in result.trace]


def test_breakthrough_at_the_low_end_is_accepted(reference: Reference) -> None:
    """Breakthrough 10-20% of the daily dose [clinical.md A8]: 10 itself is within the range."""
    result = plan_rotation(
        reference,
        [morphine(D(60))],
        Target("oxycodone", "oral"),
        RotationOptions(breakthrough_percent=D(10)),
    )

    assert result.breakthrough is not None
    assert D(10) == result.breakthrough.percent


class TestCutAndMethadone:
    """The OIH strategy: cut each line 40-50% [SRC-004] and add low-dose methadone."""

    @given(
        daily=st.integers(2, 80).map(lambda n: D(5) * n),
        drug=st.sampled_from(["morphine", "oxycodone", "hydromorphone"]),
        cut=st.sampled_from([D(40), D(45), D(50)]),
    )
    def test_deeper_than_the_range_is_warned_exactly_then(
        self, daily: D, drug: str, cut: D
    ) -> None:
        """The warning appears exactly when a line's real regimen cuts more than 50%."""
        med = Medication(drug, "oral", daily / 4, "mg", "immediate", doses_per_day=D(4))

        result = cut_and_methadone(REFERENCE, [med], OIHOptions(START, cut_percent=cut))

        (line,) = result.lines
        deeper = line.regimen is not None and line.regimen.daily_total < daily / 2
        assert deeper == ("oih.cut_deeper_than_range" in codes(result.warnings))

    def test_no_methadone_means_no_methadone_regimen(self, reference: Reference) -> None:
        result = cut_and_methadone(
            reference, [OXY_ER_60_BID], OIHOptions(START, methadone_mg_per_day=D(0))
        )

        assert result.methadone is None

    def test_one_mg_a_day_is_dosed(self, reference: Reference) -> None:
        """1 mg/day from the 1 mg/mL solution in 0.5 mL steps: a regimen of at most 1 mg/day."""
        result = cut_and_methadone(
            reference, [OXY_ER_60_BID], OIHOptions(START, methadone_mg_per_day=D(1))
        )

        assert result.methadone is not None
        assert D(0) < result.methadone.daily_total <= D(1)


class TestPatientReachesEveryStrategy:
    """CDC 2022: concurrent benzodiazepines are warned wherever an opioid is dosed."""

    PATIENT = Patient(benzodiazepine=True, creatinine_clearance_ml_min=D(25), weight_kg=D(70))

    @pytest.mark.parametrize("daily", [D(20), D(120)], ids=["butrans-band", "sublingual"])
    def test_opioid_strategies(self, reference: Reference, daily: D) -> None:
        """At 20 mg/day morphine the Butrans patch applies [BUTRANS]; at 120 sublingual."""
        med = Medication("morphine", "oral", daily / 2, "mg", "extended", interval_hours=D(12))

        plan = plan_oih(reference, [med], OIHOptions(START), self.PATIENT)

        for outcome in (plan.taper, plan.methadone_rotation, plan.buprenorphine_rotation):
            assert outcome.result is not None
            assert "benzodiazepine.co_use" in codes(outcome.result.warnings)

    def test_clonidine_sees_the_kidneys(self, reference: Reference) -> None:
        """Catapres label: renal impairment calls for a lower dose and monitoring."""
        plan = plan_oih(reference, [OXY_ER_60_BID], OIHOptions(START), self.PATIENT)

        assert plan.clonidine.result is not None
        assert "clonidine.renal_impairment" in codes(plan.clonidine.result.warnings)

    def test_ketamine_by_actual_weight_without_height(self, reference: Reference) -> None:
        """Ideal body weight needs sex and height; with only one of them the actual weight is used."""
        for patient in (
            Patient(weight_kg=D(70), sex="male"),
            Patient(weight_kg=D(70), height_cm=D(175)),
        ):
            plan = plan_oih(reference, [OXY_ER_60_BID], OIHOptions(START), patient)

            assert plan.ketamine.result is not None
            assert "actual" == plan.ketamine.result.weight.basis

    def test_ketamine_by_the_default_basis_with_sex_and_height(self, reference: Reference) -> None:
        patient = Patient(weight_kg=D(90), sex="male", height_cm=D(175))

        plan = plan_oih(reference, [OXY_ER_60_BID], OIHOptions(START), patient)

        assert plan.ketamine.result is not None
        assert plan.ketamine.result.weight.basis_defaulted


def test_the_drug_list_names_the_equianalgesic_tables(reference: Reference) -> None:
    """Oral morphine is the reference drug of equianalgesic-us [UTD]."""
    entries = {(e.drug, e.route): e for e in drug_index(reference)}

    assert "equianalgesic-us" in entries["morphine", "oral"].equianalgesic_tables
    # Oxycodone IM is only in the FPM 2021 MME table [FPM21].
    assert () == entries["oxycodone", "intramuscular"].equianalgesic_tables
