"""Patch targets: Duragesic bands [DURAGESIC] and Butrans bands [BUTRANS]."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from calc.errors import ClinicalRefusalError
from calc.models import Patient
from calc.reference import Reference
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

    def test_default_reduction_rounds_down_to_a_patch(self, reference: Reference) -> None:
        """25 mcg/h - 25% = 18.75 -> 12 mcg/h patch; the 50% end 12.5."""
        result = rotate(reference, "60", FENTANYL_PATCH)

        assert (D("18.75"), D("12.5")) == (
            result.reduction.reduced_daily_dose,
            result.reduction.dose_at_high,
        )
        assert result.practical_regimen is not None
        assert D(12) == result.practical_regimen.dose_per_administration
        assert result.unit == "mcg/h"

    def test_opioid_naive_refused(self, reference: Reference) -> None:
        """Label: only for opioid-tolerant patients (at least 60 mg/day oral morphine)."""
        with pytest.raises(ClinicalRefusalError) as info:
            rotate(reference, "59.99", FENTANYL_PATCH)

        assert (info.value.code, info.value.field) == ("fentanyl_patch.opioid_naive", "from")

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
        """Breakthrough for a patch: 10% of the reduced morphine equivalent (200 x 37.5/50 = 150) -> 15 mg."""
        result = rotate(reference, "200", FENTANYL_PATCH)

        assert result.breakthrough is not None
        assert (D(150), D(15), D(15), "morphine") == (
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

    def test_default_reduction_below_smallest_patch(self, reference: Reference) -> None:
        """5 mcg/h - 25% = 3.75: below the 5 mcg/h patch; said, never 0."""
        result = rotate(reference, "20", BUTRANS)

        assert result.practical_regimen is None
        assert "regimen.below_smallest_strength" in [w.code for w in result.warnings]
