"""Patch targets: Duragesic bands [DURAGESIC] and Butrans bands [BUTRANS]."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from calc.errors import ClinicalRefusalError
from calc.models import Medication, Patient
from calc.reference import Reference
from calc.rotation import plan_rotation
from tests.calc.test_rotation import BUTRANS, FENTANYL_PATCH, rotate


class TestFentanylPatch:
    """Duragesic morphine PO column (clinical.md A7a): 60-134 -> 25; 135-224 -> 50; ... 315-404 -> 100."""

    @pytest.mark.parametrize(
        ("total", "rate"),
        [
            ("60", "25"),
            ("134.99", "25"),
            ("135", "50"),
            ("224.99", "50"),
            ("225", "75"),
            ("315", "100"),
            ("404.99", "100"),
        ],
    )
    def test_bands(self, reference: Reference, total: str, rate: str) -> None:
        """Both sides of each band edge; with no reduction the label rate is the practical patch."""
        result = rotate(reference, total, FENTANYL_PATCH, reduction_percent=D(0))

        assert D(rate) == result.equianalgesic_daily_dose
        assert result.practical_regimen is not None
        assert (D(rate), D(72)) == (
            result.practical_regimen.daily_total,
            result.practical_regimen.interval_hours,
        )

    def test_label_bands_get_no_stacked_reduction(self, reference: Reference) -> None:
        """
        The label's bands build in the reduction (issue 10; Duragesic label): 60-134 mg/day oral
        morphine -> 25 mcg/h by default, not 25 - 25%; an explicit 50% never goes below the
        label's lowest starting strength, 25 mcg/h.
        """
        result = rotate(reference, "60", FENTANYL_PATCH)
        asked = rotate(reference, "200", FENTANYL_PATCH, reduction_percent=D(50))

        assert (D(0), D(25)) == (
            result.reduction.applied_percent,
            result.reduction.reduced_daily_dose,
        )
        assert result.practical_regimen is not None
        assert D(25) == result.practical_regimen.dose_per_administration
        assert result.unit == "mcg/h"
        # 135-224 -> 50 mcg/h; - 50% = 25, the floor itself
        assert D(25) == asked.reduction.reduced_daily_dose
        assert (
            D(25)
            == rotate(
                reference, "60", FENTANYL_PATCH, reduction_percent=D(50)
            ).reduction.reduced_daily_dose
        )

    def test_opioid_naive_refused(self, reference: Reference) -> None:
        """Label: only for opioid-tolerant patients (at least 60 mg/day oral morphine)."""
        with pytest.raises(ClinicalRefusalError) as info:
            rotate(reference, "59.99", FENTANYL_PATCH)

        assert (info.value.code, info.value.field) == ("fentanyl_patch.opioid_naive", "from")

    @pytest.mark.parametrize(
        ("line", "rate"),
        [
            # The label's own 25 mcg/h rows that were refused as opioid-naive (issue 10):
            (Medication("oxycodone", "oral", D(15), "mg", doses_per_day=D(2)), "25"),
            (Medication("hydromorphone", "oral", D(2), "mg", doses_per_day=D(4)), "25"),
            (Medication("morphine", "intravenous", D(2), "mg", interval_hours=D(4)), "25"),
            # 60 mg/day oral hydrocodone: tolerant by the label's definition, converted through
            # the oral morphine column (hydrocodone x1, UTD: 60 mg -> 25 mcg/h).
            (Medication("hydrocodone", "oral", D(30), "mg", "extended", doses_per_day=D(2)), "25"),
            # Oxycodone 67.5 mg/day: the oxycodone column's 50 mcg/h row (67.5-112).
            (Medication("oxycodone", "oral", D("22.5"), "mg", doses_per_day=D(3)), "50"),
            # Hydromorphone PO 28.1-39 -> 75 mcg/h.
            (Medication("hydromorphone", "oral", D(8), "mg", doses_per_day=D(4)), "75"),
        ],
    )
    def test_the_label_s_own_columns_and_definitions(
        self, reference: Reference, line: Medication, rate: str
    ) -> None:
        result = plan_rotation(reference, [line], FENTANYL_PATCH)

        assert D(rate) == result.equianalgesic_daily_dose

    def test_a_source_the_label_does_not_cover(self, reference: Reference) -> None:
        """Tramadol is neither in the label's tolerance definition nor in its table."""
        line = Medication("tramadol", "oral", D(100), "mg", doses_per_day=D(4))

        with pytest.raises(ClinicalRefusalError) as info:
            plan_rotation(reference, [line], FENTANYL_PATCH)

        assert (info.value.code, info.value.field) == (
            "fentanyl_patch.source_not_in_label",
            "from[0].drug",
        )
        assert "not covered by the label" in info.value.detail

    def test_below_the_label_threshold_by_its_own_definition(self, reference: Reference) -> None:
        """Oxycodone 29 mg/day is below the label's 30: refused, at 96.67% of the threshold."""
        line = Medication("oxycodone", "oral", D("14.5"), "mg", doses_per_day=D(2))

        with pytest.raises(ClinicalRefusalError) as info:
            plan_rotation(reference, [line], FENTANYL_PATCH)

        assert (info.value.code, info.value.received) == ("fentanyl_patch.opioid_naive", D("96.67"))

    def test_lines_add_their_fractions(self, reference: Reference) -> None:
        """Oxycodone 15 mg/day (half of 30) + hydromorphone 4 mg/day (half of 8): tolerant."""
        lines = [
            Medication("oxycodone", "oral", D("7.5"), "mg", doses_per_day=D(2)),
            Medication("hydromorphone", "oral", D(2), "mg", doses_per_day=D(2)),
        ]

        result = plan_rotation(reference, lines, FENTANYL_PATCH)

        # 15 x 1.5 + 4 x 4 = 38.5 mg/day oral morphine [UTD]: below the morphine column (60),
        # so the lowest band, 25 mcg/h, is the label's starting strength.
        assert D(25) == result.equianalgesic_daily_dose

    def test_tolerance_needs_a_week(self, reference: Reference) -> None:
        """Label: for a week or longer; 6 days is refused, 7 accepted without the confirm warning."""
        with pytest.raises(ClinicalRefusalError) as info:
            rotate(reference, "90", FENTANYL_PATCH, Patient(days_on_current_opioids=D(6)))
        week = rotate(reference, "90", FENTANYL_PATCH, Patient(days_on_current_opioids=D(7)))
        unknown = rotate(reference, "90", FENTANYL_PATCH)

        assert info.value.field == "patient.days_on_current_opioids"
        assert "fentanyl_patch.confirm_tolerance" not in [w.code for w in week.warnings]
        assert "fentanyl_patch.confirm_tolerance" in [w.code for w in unknown.warnings]

    def test_above_label_table(self, reference: Reference) -> None:
        """Above 404 mg/day the top band is used, with a critical warning."""
        result = rotate(reference, "405", FENTANYL_PATCH, reduction_percent=D(0))

        assert D(100) == result.equianalgesic_daily_dose
        assert "fentanyl_patch.above_label_table" in [w.code for w in result.warnings]

    def test_breakthrough_in_oral_morphine(self, reference: Reference) -> None:
        """Breakthrough for a patch: 10% of the morphine equivalent (200 x 50/50 = 200) -> 20 mg:
        one 15 mg tablet is 75% of it, the 2 mg/mL solution makes 20 mg (10 mL)."""
        result = rotate(reference, "200", FENTANYL_PATCH)

        assert result.breakthrough is not None
        assert (D(200), D(20), D(20), "morphine") == (
            result.breakthrough.basis_daily_dose,
            result.breakthrough.computed_dose,
            result.breakthrough.dose,
            result.breakthrough.drug,
        )


class TestButrans:
    """Butrans [BUTRANS]: prior OME < 30 -> 5 mcg/h; 30-80 -> 10 mcg/h after tapering to <= 30; cap 20."""

    @pytest.mark.parametrize(
        ("total", "rate", "advice"), [("29.99", "5", False), ("30", "10", True), ("80", "10", True)]
    )
    def test_bands(self, reference: Reference, total: str, rate: str, advice: bool) -> None:
        """Both sides of 30 and the top edge 80 (inclusive)."""
        result = rotate(reference, total, BUTRANS, reduction_percent=D(0))

        codes = [w.code for w in result.warnings]
        assert D(rate) == result.equianalgesic_daily_dose
        assert advice == ("buprenorphine_patch.band_advice" in codes)
        assert "buprenorphine.induction" in codes

    def test_above_80_refused(self, reference: Reference) -> None:
        """Above 80 mg/day the label bands do not apply (wording UNCONFIRMED, so refused)."""
        with pytest.raises(ClinicalRefusalError) as info:
            rotate(reference, "80.01", BUTRANS)

        assert info.value.code == "buprenorphine_patch.above_label_bands"

    def test_below_30_is_5_mcg_per_hour(self, reference: Reference) -> None:
        """Butrans below 30 mg/day: start 5 mcg/h (label); not 5 - 25% = 3.75 and refused."""
        result = rotate(reference, "20", BUTRANS)

        assert result.practical_regimen is not None
        assert D(5) == result.practical_regimen.dose_per_administration


def test_above_a_drug_column_goes_through_the_morphine_column(reference: Reference) -> None:
    """
    Oxycodone 250 mg/day is above the label's oxycodone column (to 202 mg/day): its oral morphine
    equivalent (x1.5 [UTD] = 375 mg/day) is in the morphine column's 315-404 band: 100 mcg/h.
    """
    line = Medication("oxycodone", "oral", D(125), "mg", "extended", interval_hours=D(12))

    result = plan_rotation(reference, [line], FENTANYL_PATCH)

    assert D(100) == result.equianalgesic_daily_dose
    assert "oral morphine column" in result.trace[-4].step or any(
        "oral morphine column" in t.step for t in result.trace
    )
