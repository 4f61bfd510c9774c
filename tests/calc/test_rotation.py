"""Rotation: cited factors, cross-tolerance range, methadone schemes, patch bands, refusals."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.models import Medication, Patient, Target
from calc.reference import Reference
from calc.regimen import PracticalRegimen, UnitCount
from calc.rotation import RotationOptions, RotationResult, plan_rotation
from tests.strategies import morphine


def rotate(
    reference: Reference,
    daily_morphine: str,
    target: Target,
    patient: Patient | None = None,
    **options: object,
) -> RotationResult:
    return plan_rotation(
        reference,
        [morphine(D(daily_morphine))],
        target,
        RotationOptions(**options),  # type: ignore[arg-type]
        patient,
    )


OXY = Target("oxycodone", "oral")
METHADONE = Target("methadone", "oral")
FENTANYL_PATCH = Target("fentanyl", "transdermal")
BUTRANS = Target("buprenorphine", "transdermal")


class TestFactorTargets:
    """Equianalgesic factors of equianalgesic-us (UpToDate [UTD]: 30 mg PO morphine = 20 mg PO oxycodone)."""

    def test_morphine_120_to_oxycodone(self, reference: Reference) -> None:
        """120 / 1.5 = 80 mg/day; 25% (CCDHB) -> 60; the 50% end -> 40; ER 30 mg q12h = 60."""
        result = rotate(reference, "120", Target("oxycodone", "oral", "extended"))

        assert D(120) == result.total_mme_per_day
        assert D(80) == result.equianalgesic_daily_dose
        assert (D(60), D(60), D(40)) == (
            result.reduction.reduced_daily_dose,
            result.reduction.dose_at_low,
            result.reduction.dose_at_high,
        )
        assert result.practical_regimen is not None
        assert (D(30), D(12), D(60)) == (
            result.practical_regimen.dose_per_administration,
            result.practical_regimen.interval_hours,
            result.practical_regimen.daily_total,
        )

    def test_breakthrough_ten_percent_as_own_ir(self, reference: Reference) -> None:
        """
        NCCN 10% [NCCN-MEDSCAPE] of 60 mg/day = 6 mg. A 5 mg tablet is 83% of it, below the 90%
        a product must reach (regimen_shortfall_percent), so the 1 mg/mL solution makes 6 mg
        (6 mL); as needed every 4 h (UTD-IR), at most 4 a day [MEDSCAPE-QUIZ].
        """
        result = rotate(reference, "120", Target("oxycodone", "oral", "extended"))

        bt = result.breakthrough
        assert bt is not None
        assert (D(6), D(6), "oxycodone", "solution", D(6)) == (
            bt.computed_dose,
            bt.dose,
            bt.drug,
            bt.form,
            bt.volume_ml,
        )
        assert (D(4), D(4)) == (bt.interval_hours, bt.max_doses_per_day)

    def test_release_defaults_to_immediate(self, reference: Reference) -> None:
        """No release given: the immediate-release product; 60 -> 40 -> 30 mg/day = 7.5 mg q6h."""
        result = rotate(reference, "60", OXY)

        assert result.target.release == "immediate"
        assert result.practical_regimen is not None
        assert (D("7.5"), D(6)) == (
            result.practical_regimen.dose_per_administration,
            result.practical_regimen.interval_hours,
        )

    def test_reduction_zero_and_seventy_five(self, reference: Reference) -> None:
        """The applied percent is the caller's, 0-75; the 25 and 50 ends are always shown."""
        none = rotate(reference, "120", OXY, reduction_percent=D(0))
        most = rotate(reference, "120", OXY, reduction_percent=D(75))

        assert D(80) == none.reduction.reduced_daily_dose
        assert D(20) == most.reduction.reduced_daily_dose
        assert (D(60), D(40)) == (most.reduction.dose_at_low, most.reduction.dose_at_high)

    def test_below_smallest_strength(self, reference: Reference) -> None:
        """
        Morphine 2 -> oxycodone 1.33 -> 25% = 1 mg/day: below the 5 mg tablet and below 0.5 mg of
        the solution four times a day (its longest interval, 6 h); said, never 0.
        """
        result = rotate(reference, "2", OXY)

        assert result.practical_regimen is None
        assert "regimen.below_smallest_strength" in [w.code for w in result.warnings]

    def test_parenteral_target_has_no_product(self, reference: Reference) -> None:
        """
        Oxymorphone IV x30 [UTD]: 120 -> 4 mg/day; no product -> the daily dose only, and no
        oral rescue for a parenteral target (issue 10): none at all rather than the wrong route.
        """
        result = rotate(reference, "120", Target("oxymorphone", "intravenous"))

        assert D(4) == result.equianalgesic_daily_dose
        assert result.practical_regimen is None
        codes = [w.code for w in result.warnings]
        assert {"regimen.no_product", "breakthrough.no_product"} <= set(codes)
        assert result.breakthrough is None

    def test_parenteral_target_gets_a_parenteral_rescue(self, reference: Reference) -> None:
        """
        Hydromorphone IV x20 [UTD]: 120 -> 6 mg/day, -25% = 4.5 mg/day. The 2 mg/mL injection in
        0.1 mL (0.2 mg) steps makes 0.6 mg every 4 h (0.3 mL, 3.6 mg/day: 80%, with the shortfall
        warning); the 10 mg/mL (1 mg steps) makes less. Rescue 10% = 0.45 mg -> 0.4 mg (0.2 mL)
        IV, every 3 h as needed (the label's 2-3 h, the longer end), at most 4 a day.
        """
        result = rotate(reference, "120", Target("hydromorphone", "intravenous"))

        regimen, bt = result.practical_regimen, result.breakthrough
        assert regimen is not None
        assert (D("0.6"), D(4), D("0.3")) == (
            regimen.dose_per_administration,
            regimen.interval_hours,
            regimen.volume_ml,
        )
        assert "regimen.shortfall" in [w.code for w in result.warnings]
        assert bt is not None
        assert ("hydromorphone", "intravenous", D("0.4"), D("0.2"), D(3)) == (
            bt.drug,
            bt.route,
            bt.dose,
            bt.volume_ml,
            bt.interval_hours,
        )

    def test_release_without_product(self, reference: Reference) -> None:
        """Codeine tablets are not in the product table: the release asked for is kept."""
        result = rotate(reference, "30", Target("codeine", "oral", "immediate"))

        assert result.target.release == "immediate"
        assert result.practical_regimen is None

    def test_buprenorphine_sublingual_warns_induction(self, reference: Reference) -> None:
        """FPM 40 per mg [FPM21]; induction warning [CDC22]."""
        result = rotate(reference, "80", Target("buprenorphine", "sublingual"))

        assert D(2) == result.equianalgesic_daily_dose
        assert "buprenorphine.induction" in [w.code for w in result.warnings]

    def test_unknown_target(self, reference: Reference) -> None:
        """A drug the equianalgesic table does not cover is a refusal naming to.drug."""
        with pytest.raises(UnknownEntryError) as info:
            rotate(reference, "60", Target("heroin", "oral"))

        assert info.value.field == "to.drug"

    def test_unknown_equianalgesic_table(self, reference: Reference) -> None:
        """An equianalgesic table id that is not loaded names the field `table`."""
        with pytest.raises(UnknownEntryError) as info:
            plan_rotation(reference, [morphine(D(90))], OXY, RotationOptions(table_id="nope"))

        assert (info.value.code, info.value.field) == ("table.unknown", "table")


class TestBreakthroughAndReductionBounds:
    """Out-of-range choices are refused with the field named."""

    @pytest.mark.parametrize("percent", [D("9.99"), D("20.01")])
    def test_breakthrough_range(self, reference: Reference, percent: D) -> None:
        """NCCN 10-20% [NCCN-MEDSCAPE]."""
        with pytest.raises(OutOfRangeError) as info:
            rotate(reference, "60", OXY, breakthrough_percent=percent)

        assert info.value.field == "breakthrough_percent"

    def test_breakthrough_twenty(self, reference: Reference) -> None:
        """20% of 60 mg/day oxycodone = 12 mg: a 10 mg tablet is 83%, so 12 mg of solution."""
        result = rotate(reference, "120", OXY, breakthrough_percent=D(20))

        assert result.breakthrough is not None
        assert (D(12), D(12)) == (result.breakthrough.computed_dose, result.breakthrough.dose)

    @pytest.mark.parametrize("percent", [D(-1), D("75.01")])
    def test_reduction_range(self, reference: Reference, percent: D) -> None:
        """DESIGN.md 5: applied percent bounded 0-75."""
        with pytest.raises(OutOfRangeError) as info:
            rotate(reference, "60", OXY, reduction_percent=percent)

        assert info.value.field == "cross_tolerance_reduction_percent"

    def test_older_or_frail_patient_gets_fifty_by_default(self, reference: Reference) -> None:
        """
        Older adults (65, CDC22 extra caution) and frail patients get the 50% end of the CCDHB
        25-50% range applied by default: 60 mg/day oral morphine / 1.5 = 40 mg oxycodone, - 50% =
        20 mg/day; a younger patient gets the 25% default, 30 mg/day.
        """
        older = rotate(reference, "60", OXY, Patient(age_years=D(65)))
        frail = rotate(reference, "60", OXY, Patient(age_years=D(40), frail=True))
        young = rotate(reference, "60", OXY, Patient(age_years=D(40)))

        assert (D(50), D(20)) == (
            older.reduction.applied_percent,
            older.reduction.reduced_daily_dose,
        )
        assert older.reduction.applied_percent_source == "CDC22"
        assert (D(50), D(20)) == (
            frail.reduction.applied_percent,
            frail.reduction.reduced_daily_dose,
        )
        assert (D(25), D(30)) == (
            young.reduction.applied_percent,
            young.reduction.reduced_daily_dose,
        )
        assert any("older or frail" in t.step for t in older.trace)

    def test_older_patient_told_to_consider_fifty(self, reference: Reference) -> None:
        """Older adults [CDC22]: a caller's explicit percent below 50 is kept, with a warning."""
        older = Patient(age_years=D(65))

        at_25 = rotate(reference, "60", OXY, older, reduction_percent=D(25))
        at_50 = [
            w.code for w in rotate(reference, "60", OXY, older, reduction_percent=D(50)).warnings
        ]
        young = [w.code for w in rotate(reference, "60", OXY, Patient(age_years=D(40))).warnings]

        assert "cross_tolerance.consider_50_percent" in [w.code for w in at_25.warnings]
        assert D(25) == at_25.reduction.applied_percent
        assert "cross_tolerance.consider_50_percent" not in at_50
        assert "cross_tolerance.consider_50_percent" not in young


class TestSourceWarnings:
    """Warnings about the regimen being rotated from."""

    def test_from_methadone_and_patch(self, reference: Reference) -> None:
        """Methadone as a source [MSD23]; fentanyl residual release 12-36 h [GRPH-MME]."""
        meds = [
            Medication("methadone", "oral", D(10), "mg", doses_per_day=D(2)),
            Medication("fentanyl", "transdermal", D(25), "mcg/h"),
        ]

        result = plan_rotation(reference, meds, Target("morphine", "oral", "extended"))

        codes = [w.code for w in result.warnings]
        assert {"methadone.source_unpredictable", "fentanyl_patch.residual"} <= set(codes)
        # Conversion basis (equianalgesic-us): 20 mg x 1.5 [MSD23] + 25 x 2 [UTD] = 80;
        # total_mme_per_day (CDC 2022): 20 mg x 4.7 + 25 x 2.4 = 154 [CDC22].
        assert D(80) == result.oral_morphine_equivalent_per_day
        assert D(154) == result.total_mme_per_day


class TestPracticalRegimenWhole:
    """The regimen names the product it was built from, with both its sources."""

    def test_every_field(self, reference: Reference) -> None:
        """OxyContin 30 mg q12h (RxNorm strength, 12 HR interval in the RxNorm name)."""
        result = rotate(reference, "120", Target("oxycodone", "oral", "extended"))

        assert (
            PracticalRegimen(
                "oxycodone",
                "oral",
                "extended",
                "tablet",
                "mg",
                D(30),
                (UnitCount(D(30), 1),),
                D(12),
                D(2),
                D(60),
                "RXNORM20",
                "RXNORM20",
            )
            == result.practical_regimen
        )
