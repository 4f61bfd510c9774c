"""MME of a regimen: worked examples from the sources, both sides of every threshold."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from calc import Medication, Patient, calculate_mme
from calc.errors import OutOfRangeError, UnknownEntryError
from calc.reference import Reference


def oral(drug: str, dose: str, per_day: int, release: str | None = None) -> Medication:
    return Medication(drug, "oral", D(dose), "mg", release, doses_per_day=D(per_day))


class TestWorkedExamples:
    """Cases printed in the sources (clinical.md A1 footnote, A3 documentation)."""

    def test_hydrocodone_5mg_four_times_daily_is_20(self, reference: Reference) -> None:
        """CDC 2022 footnote [CDC22]: hydrocodone 5 mg QID = 20 MME/day."""
        result = calculate_mme(reference, [oral("hydrocodone", "5", 4)])

        assert D(20) == result.total_mme_per_day

    def test_oxycodone_er_10mg_twice_daily_is_30(self, reference: Reference) -> None:
        """CDC 2022 footnote [CDC22]: oxycodone ER 10 mg BID = 30 MME/day."""
        med = Medication("oxycodone", "oral", D(10), "mg", "extended", interval_hours=D(12))

        assert D(30) == calculate_mme(reference, [med]).total_mme_per_day

    def test_cdc_data_file_example_is_60(self, reference: Reference) -> None:
        """CDC NDC file documentation [CDC-NDC16]: 10 mg oxycodone x (120 units / 30 days) x 1.5 = 60."""
        med = Medication("oxycodone", "oral", D(10), "mg", doses_per_day=D(120) / D(30))

        assert D(60) == calculate_mme(reference, [med]).total_mme_per_day

    def test_both_examples_together_sum_to_50(self, reference: Reference) -> None:
        """Lines add up: 20 + 30 = 50, which reaches the 50 MME/day flag [CDC22]."""
        result = calculate_mme(
            reference, [oral("hydrocodone", "5", 4), oral("oxycodone", "10", 2, "extended")]
        )

        assert D(50) == result.total_mme_per_day
        assert [(f.code, f.reached) for f in result.flags] == [
            ("mme.at_or_above_50", True),
            ("mme.at_or_above_90", False),
            ("mme.very_high", False),
        ]

    def test_fentanyl_patch_25_is_60(self, reference: Reference) -> None:
        """CDC 2022 factor 2.4 per mcg/h [CDC22]: a 25 mcg/h patch = 60 MME/day."""
        patch = Medication("fentanyl", "transdermal", D(25), "mcg/h")

        result = calculate_mme(reference, [patch])

        assert D(60) == result.total_mme_per_day
        assert result.lines[0].daily_dose_unit == "mcg/h"

    def test_fpm_buprenorphine_patch_10_is_20(self, reference: Reference) -> None:
        """ANZCA FPM 2021 [FPM21]: buprenorphine transdermal factor 2 per mcg/h; shown on its
        line and left out of the compared total (CDC22: buprenorphine is not compared with the
        thresholds meant for full agonists)."""
        patch = Medication("buprenorphine", "transdermal", D(10), "mcg/h")
        result = calculate_mme(reference, [patch], "fpm-2021")

        assert (D(20), False) == (result.lines[0].mme_per_day, result.lines[0].compared)
        assert (D(0), D(20)) == (result.total_mme_per_day, result.not_compared_mme_per_day)
        assert "mme.not_compared" in [w.code for w in result.warnings]

    def test_fpm_parenteral_fentanyl_in_mcg(self, reference: Reference) -> None:
        """FPM 2021 [FPM21]: parenteral fentanyl 0.2 per mcg/day; 50 mcg x 4 = 200 mcg -> 40."""
        med = Medication("fentanyl", "intravenous", D(50), "mcg", doses_per_day=D(4))

        assert D(40) == calculate_mme(reference, [med], "fpm-2021").total_mme_per_day

    def test_dose_in_mcg_for_an_mg_row_is_converted(self, reference: Reference) -> None:
        """Hydromorphone 2000 mcg x 2 = 4 mg/day x 5 (CDC 2022) = 20."""
        med = Medication("hydromorphone", "oral", D(2000), "mcg", doses_per_day=D(2))

        assert D(20) == calculate_mme(reference, [med]).total_mme_per_day

    def test_mg_dose_for_an_mcg_row_is_converted(self, reference: Reference) -> None:
        """FPM parenteral fentanyl 0.2 per mcg: 0.1 mg x 2 = 200 mcg/day -> 40."""
        med = Medication("fentanyl", "intravenous", D("0.1"), "mg", doses_per_day=D(2))

        assert D(40) == calculate_mme(reference, [med], "fpm-2021").total_mme_per_day


class TestMethadoneTablesDisagree:
    """clinical.md D3: 60 mg/day methadone is 282 MME (CDC 2022 x4.7) or 600 (CDC 2016 x10)."""

    @pytest.mark.parametrize(
        ("table", "daily", "expected"),
        [
            ("cdc-2022", "60", "282"),
            ("cdc-2016", "60", "600"),
            ("cdc-2016", "61", "732"),
            ("cdc-2016", "20", "80"),
            ("cdc-2016", "21", "168"),
        ],
        ids=["2022-60x4.7", "2016-60x10", "2016-61x12", "2016-20x4", "2016-21x8"],
    )
    def test_tiers(self, reference: Reference, table: str, daily: str, expected: str) -> None:
        """The same methadone dose under each table (arithmetic on the cited factors)."""
        result = calculate_mme(reference, [oral("methadone", daily, 1)], table)

        assert D(expected) == result.total_mme_per_day


class TestThresholds:
    """
    Both sides of the 50 and 90 MME/day flags [CDC22], [CDC16] and of the very-high warning
    (thresholds mme_very_high, 1,000 MME/day, a product decision); critical warnings first.
    """

    @pytest.mark.parametrize(
        ("daily", "per_day", "codes"),
        [
            ("49.99", 1, []),
            ("50", 1, ["mme.at_or_above_50", "naloxone.offer"]),
            ("89.99", 1, ["mme.at_or_above_50", "naloxone.offer"]),
            ("90", 1, ["mme.at_or_above_90", "mme.at_or_above_50", "naloxone.offer"]),
            ("999.99", 1, ["mme.at_or_above_90", "mme.at_or_above_50", "naloxone.offer"]),
            (
                "250",
                4,
                ["mme.very_high", "mme.at_or_above_90", "mme.at_or_above_50", "naloxone.offer"],
            ),
        ],
    )
    def test_flags_and_warnings(
        self, reference: Reference, daily: str, per_day: int, codes: list[str]
    ) -> None:
        """Morphine factor 1: the daily dose is the MME; flags are decided on the exact total."""
        result = calculate_mme(reference, [oral("morphine", daily, per_day)])
        total = D(daily) * per_day

        assert codes == [w.code for w in result.warnings]
        assert [total >= 50, total >= 90, total >= 1000] == [f.reached for f in result.flags]


class TestRefusals:
    """Uncovered input is an error naming the field, never a silent zero."""

    def test_buprenorphine_is_not_in_cdc_2022(self, reference: Reference) -> None:
        """CDC 2022 excludes buprenorphine [CDC22]."""
        with pytest.raises(UnknownEntryError) as info:
            calculate_mme(reference, [oral("buprenorphine", "2", 1)])

        assert info.value.code == "mme.drug_not_covered"
        assert info.value.field == "medications[0].drug"
        assert info.value.received == "buprenorphine"

    def test_route_not_covered(self, reference: Reference) -> None:
        """CDC 2022 has only oral morphine."""
        med = Medication("morphine", "intravenous", D(5), "mg", doses_per_day=D(4))

        with pytest.raises(UnknownEntryError) as info:
            calculate_mme(reference, [med])

        assert info.value.code == "mme.route_not_covered"

    def test_tramadol_not_in_cdc_2016(self, reference: Reference) -> None:
        """Tramadol is absent from the CDC 2016 clinical sheet (clinical.md A2)."""
        with pytest.raises(UnknownEntryError):
            calculate_mme(reference, [oral("tramadol", "50", 4)], "cdc-2016")

    def test_unknown_table(self, reference: Reference) -> None:
        """A table id that is not loaded."""
        with pytest.raises(UnknownEntryError) as info:
            calculate_mme(reference, [oral("morphine", "10", 1)], "nope")

        assert info.value.code == "table.unknown"

    def test_patch_rate_for_an_oral_drug(self, reference: Reference) -> None:
        """mcg/h is a patch unit; oral morphine is dosed in mg."""
        med = Medication("morphine", "oral", D(25), "mcg/h")

        with pytest.raises(OutOfRangeError) as info:
            calculate_mme(reference, [med])

        assert info.value.field == "medications[0].dose_unit"

    def test_mg_for_a_patch(self, reference: Reference) -> None:
        """A fentanyl patch is dosed in mcg/h."""
        med = Medication("fentanyl", "transdermal", D(25), "mg", doses_per_day=D(1))

        with pytest.raises(OutOfRangeError):
            calculate_mme(reference, [med])

    def test_frequency_missing(self, reference: Reference) -> None:
        """A non-patch line needs doses_per_day or interval_hours."""
        with pytest.raises(OutOfRangeError) as info:
            calculate_mme(reference, [Medication("morphine", "oral", D(10), "mg")])

        assert info.value.field == "medications[0].doses_per_day"


class TestPatientWarnings:
    """Patient context drives warnings with stable codes."""

    def test_each_context_warning(self, reference: Reference) -> None:
        """Benzodiazepines [CDC22], age [CDC22], hepatic [UTD-IR], renal [SPS-RENAL], [CKJ23]."""
        patient = Patient(
            age_years=D(70),
            benzodiazepine=True,
            hepatic_impairment="severe",
            creatinine_clearance_ml_min=D(25),
        )
        meds = [oral("morphine", "5", 1), oral("oxycodone", "5", 1), oral("tapentadol", "50", 1)]

        codes = [w.code for w in calculate_mme(reference, meds, patient=patient).warnings]

        assert codes == [  # critical first, then warning (DESIGN.md section 4, issue 9)
            "benzodiazepine.co_use",
            "renal.avoid.morphine",
            "age.older_or_frail",
            "hepatic.impairment",
            "renal.caution.oxycodone",
        ]

    def test_no_renal_warning_at_normal_clearance(self, reference: Reference) -> None:
        """At or above the threshold no renal warning is given."""
        patient = Patient(creatinine_clearance_ml_min=D(60), frail=False)

        result = calculate_mme(reference, [oral("morphine", "5", 1)], patient=patient)

        assert [w.code for w in result.warnings] == []

    def test_creatinine_without_enough_to_estimate(self, reference: Reference) -> None:
        """Serum creatinine alone cannot give a Cockcroft-Gault clearance: said, with the reason."""
        patient = Patient(serum_creatinine_mg_dl=D("1.2"), frail=True)

        codes = [
            w.code
            for w in calculate_mme(reference, [oral("morphine", "5", 1)], patient=patient).warnings
        ]

        assert ["age.older_or_frail", "renal.clearance_not_estimated"] == codes

    def test_creatinine_estimates_clearance_for_renal_warnings(self, reference: Reference) -> None:
        """
        Cockcroft-Gault [TABERS]: 80 y, female, 50 kg, 160 cm, SCr 1.5 mg/dL. Devine ideal weight
        45.5 + 2.3 x (160/2.54 - 60) = 52.4 kg > 50 kg actual, so the actual weight is used:
        (140 - 80) x 50 / (72 x 1.5) x 0.85 = 23.6 mL/min, below 60: morphine is to be avoided.
        """
        patient = Patient(
            age_years=D(80),
            sex="female",
            weight_kg=D(50),
            height_cm=D(160),
            serum_creatinine_mg_dl=D("1.5"),
        )

        result = calculate_mme(reference, [oral("morphine", "5", 1)], patient=patient)

        codes = [w.code for w in result.warnings]
        assert ["renal.avoid.morphine", "age.older_or_frail", "renal.clearance_estimated"] == codes
        assert "23.61 mL/min" in result.warnings[2].message
