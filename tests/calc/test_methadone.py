"""Rotation to methadone: scheme bands, smoothing, cap, QTc, strategies."""

from __future__ import annotations

from decimal import ROUND_FLOOR
from decimal import Decimal as D

import pytest

from calc.errors import ClinicalRefusalError, OutOfRangeError, UnknownEntryError
from calc.models import Patient, Target
from calc.reference import Reference
from tests.calc.test_rotation import METHADONE, rotate


class TestCCDHB:
    """CCDHB 2009 [CCDHB]: <90: 4:1; 91-300: 8:1; 301-600: 12:1; then reduce 25-50%."""

    def test_120_mg(self, reference: Reference) -> None:
        """
        120 / 8 = 15 mg/day; 25% -> 11.25. 5 mg tablets q12h = 10 mg/day is 88.9%, below the 90%
        a product must reach (regimen_shortfall_percent): the 1 mg/mL solution makes 5.5 mg q12h
        (5.5 mL), 11 mg/day.
        """
        result = rotate(reference, "120", METHADONE)

        assert D(15) == result.equianalgesic_daily_dose
        assert D("11.25") == result.reduction.reduced_daily_dose
        assert result.practical_regimen is not None
        assert (D("5.5"), D(12), D(11), "solution") == (
            result.practical_regimen.dose_per_administration,
            result.practical_regimen.interval_hours,
            result.practical_regimen.daily_total,
            result.practical_regimen.form,
        )
        assert result.methadone is not None
        assert (D(8), False) == (result.methadone.ratio, result.methadone.smoothed)

    @pytest.mark.parametrize(
        ("total", "ratio", "raw", "smoothed"),
        [
            ("44", "4", "11", "11"),
            ("60", "4", "15", "11.25"),
            ("89.99", "4", "22.4975", "11.25"),
            ("90", "8", "11.25", "11.25"),
            ("300", "8", "37.5", "25"),
            ("300.01", "12", "25.000833", "25.000833"),
            ("600", "12", "50", "50"),
        ],
    )
    def test_band_edges_and_envelope(
        self, reference: Reference, total: str, ratio: str, raw: str, smoothed: str
    ) -> None:
        """Each band edge as the source states it; the tier cliff is smoothed down, never up."""
        result = rotate(reference, total, METHADONE, methadone_max_daily_mg=None)

        assert result.methadone is not None
        assert D(ratio) == result.methadone.ratio
        assert D(raw) == result.methadone.unsmoothed_daily_dose.quantize(D("0.000001"))
        assert D(smoothed).quantize(D("0.01"), ROUND_FLOOR) == result.equianalgesic_daily_dose
        assert (D(smoothed) < D(raw)) == result.methadone.smoothed

    @pytest.mark.parametrize("total", ["600.01", "1500", "5000"])
    def test_above_scheme_is_a_fixed_start_with_a_specialist_warning(
        self, reference: Reference, total: str
    ) -> None:
        """
        CCDHB stops at 600 mg/day. Above it: the scheme's top value (600 / 12 = 50 mg/day), the
        25% reduction (37.5) and the 30 mg/day cap [STELIZ]: a fixed start of 30 mg/day, as in the
        cohort above 1,200 mg/day oral morphine [FISHER]; critical warning, no refusal.
        """
        result = rotate(reference, total, METHADONE)

        assert (D(50), D(30), True) == (
            result.equianalgesic_daily_dose,
            result.reduction.reduced_daily_dose,
            result.reduction.capped,
        )
        assert result.methadone is not None
        assert result.methadone.above_scheme
        assert ("methadone.above_scheme", "critical") in [
            (w.code, w.severity) for w in result.warnings
        ]

    def test_cap_thirty(self, reference: Reference) -> None:
        """600 / 12 = 50; 25% -> 37.5; capped at 30 mg/day [STELIZ]; the 50% end 25 is not capped."""
        result = rotate(reference, "600", METHADONE)

        assert (D(30), True) == (result.reduction.reduced_daily_dose, result.reduction.capped)
        assert (D(30), D(25)) == (result.reduction.dose_at_low, result.reduction.dose_at_high)
        assert "methadone.capped" in [w.code for w in result.warnings]
        assert result.practical_regimen is not None
        assert result.practical_regimen.daily_total <= D(30)

    def test_caller_may_lower_the_cap(self, reference: Reference) -> None:
        """A lower cap is honoured; a higher one is refused."""
        lowered = rotate(reference, "600", METHADONE, methadone_max_daily_mg=D(15))

        assert D(15) == lowered.reduction.reduced_daily_dose
        with pytest.raises(OutOfRangeError):
            rotate(reference, "600", METHADONE, methadone_max_daily_mg=D("30.5"))


class TestMSD:
    """MSD Manual / Stanford [MSD23]: <30: 2; 31-99: 4; 100-299: 8; 300-499: 12; 500-999: 15; >=1000: 20."""

    @pytest.mark.parametrize(
        ("total", "ratio"),
        [("29.99", "2"), ("30", "4"), ("99", "4"), ("99.01", "8"), ("1000", "20"), ("5000", "20")],
    )
    def test_bands(self, reference: Reference, total: str, ratio: str) -> None:
        """Integer gaps go to the higher ratio (the conservative side)."""
        result = rotate(reference, total, METHADONE, methadone_scheme="msd-2023")

        assert result.methadone is not None
        assert D(ratio) == result.methadone.ratio

    def test_unknown_scheme(self, reference: Reference) -> None:
        """A scheme id that is not loaded names the field."""
        with pytest.raises(UnknownEntryError) as info:
            rotate(reference, "60", METHADONE, methadone_scheme="fudin")

        assert info.value.field == "methadone.scheme"


class TestSafety:
    """QTc [APS14], titration [VAMETH16]."""

    def test_qtc_above_500_refused(self, reference: Reference) -> None:
        """APS 2014: do not use methadone if QTc > 500 ms."""
        with pytest.raises(ClinicalRefusalError) as info:
            rotate(reference, "60", METHADONE, Patient(qtc_ms=D("500.1")))

        assert (info.value.code, info.value.field) == ("methadone.qtc_over_limit", "patient.qtc_ms")

    @pytest.mark.parametrize(("qtc", "prolonged"), [("449", False), ("450", True), ("500", True)])
    def test_qtc_caution(self, reference: Reference, qtc: str, prolonged: bool) -> None:
        """APS 2014: 450-500 ms -> consider alternatives."""
        codes = [
            w.code for w in rotate(reference, "60", METHADONE, Patient(qtc_ms=D(qtc))).warnings
        ]

        assert {"methadone.qtc", "methadone.titration_interval"} <= set(codes)
        assert prolonged == ("methadone.qtc_prolonged" in codes)

    def test_route_and_strategy_checked(self, reference: Reference) -> None:
        """Methadone is rotated to orally or parenterally; strategies are named."""
        with pytest.raises(UnknownEntryError):
            rotate(reference, "60", Target("methadone", "transdermal"))
        with pytest.raises(UnknownEntryError):
            rotate(reference, "60", METHADONE, methadone_strategy="fast")


class TestThreeDaySwitch:
    """Edmonton three-day switch [WHOCP]: thirds per day (UNCONFIRMED steps -> warning)."""

    def test_schedule(self, reference: Reference) -> None:
        """240 mg/day morphine / 8 = 30, smoothed to 25 (300 / 12 at the next band), 25% -> 18.75.

        Day d gives (3-d)/3 of the previous regimen and d/3 of 18.75 mg methadone: 6.25 mg/day is
        below 5 mg tablets q12h, so the 1 mg/mL solution makes 3 mg q12h (6 mg/day); 12.5 ->
        tablets 5 mg q12h (10, 80%) fall short of 90%, the solution 6 mg q12h (12); 18.75 ->
        tablets 5 mg q8h (15, 80%), the solution 6 mg q8h (18). Never a day without methadone.
        """
        result = rotate(reference, "240", METHADONE, methadone_strategy="three_day_switch")

        assert result.methadone is not None
        days = result.methadone.schedule
        assert [d.day for d in days] == [1, 2, 3]
        assert [D("66.66"), D("33.33"), D(0)] == [d.previous_percent for d in days]
        assert [D(160), D(80), D(0)] == [d.previous_lines[0][2] for d in days]
        assert [D("6.25"), D("12.5"), D("18.75")] == [d.methadone_daily_target for d in days]
        totals = [d.methadone.daily_total if d.methadone else None for d in days]
        assert [D(6), D(12), D(18)] == totals
        assert "methadone.switch_day_below_strength" not in [w.code for w in result.warnings]
        assert "methadone.three_day_switch_unconfirmed" in [w.code for w in result.warnings]

    def test_every_day_has_methadone(self, reference: Reference) -> None:
        """600 mg/day -> 50 -> 37.5 capped at 30: thirds 10, 20, 30 mg/day all have tablets."""
        result = rotate(reference, "600", METHADONE, methadone_strategy="three_day_switch")

        assert result.methadone is not None
        assert [D(10), D(20), D(30)] == [
            d.methadone.daily_total if d.methadone else None for d in result.methadone.schedule
        ]
        assert "methadone.switch_day_below_strength" not in [w.code for w in result.warnings]


class TestSchemeReduction:
    """
    Each scheme carries its own source's reduction (issue 10): CCDHB reduce 25-50% [CCDHB]; MSD
    pairs its ratios with a 75-90% reduction [MSD23] (clinical.md B2, F).
    """

    def test_msd_applies_its_own_75_percent(self, reference: Reference) -> None:
        """
        MSD arithmetic: 160 mg/day oral morphine is in the 100-299 band, 8:1 -> 20 mg/day
        methadone; - 75% = 5 mg/day, shown with the 75-90% range (90%: 2 mg/day). Tablets (5 mg)
        cannot make 5 mg/day; the 1 mg/mL solution makes 2.5 mg every 12 h (2.5 mL).
        """
        result = rotate(reference, "160", METHADONE, methadone_scheme="msd-2023")

        red = result.reduction
        assert (D(20), D(75), D(75), D(90)) == (
            result.equianalgesic_daily_dose,
            red.applied_percent,
            red.low_percent,
            red.high_percent,
        )
        assert (D(5), D(5), D(2), "MSD23") == (
            red.reduced_daily_dose,
            red.dose_at_low,
            red.dose_at_high,
            red.source,
        )
        assert result.practical_regimen is not None
        assert ("solution", D("2.5"), D(12), D("2.5")) == (
            result.practical_regimen.form,
            result.practical_regimen.dose_per_administration,
            result.practical_regimen.interval_hours,
            result.practical_regimen.volume_ml,
        )

    @pytest.mark.parametrize(
        ("scheme", "percent"), [("msd-2023", "25"), ("msd-2023", "90.1"), ("ccdhb-2009", "60")]
    )
    def test_a_reduction_outside_the_scheme_is_refused(
        self, reference: Reference, scheme: str, percent: str
    ) -> None:
        """25% with MSD would offer 3 times the methadone MSD allows: refused, not warned."""
        with pytest.raises(OutOfRangeError) as info:
            rotate(
                reference, "200", METHADONE, methadone_scheme=scheme, reduction_percent=D(percent)
            )

        assert (info.value.code, info.value.field) == (
            "methadone.reduction_outside_scheme",
            "cross_tolerance_reduction_percent",
        )

    def test_older_patient_gets_the_schemes_own_end_or_50(self, reference: Reference) -> None:
        """CCDHB: 50% for an older patient; MSD: its 75% is already above 50."""
        older = Patient(age_years=D(70))

        ccdhb = rotate(reference, "200", METHADONE, older)
        msd = rotate(reference, "200", METHADONE, older, methadone_scheme="msd-2023")

        assert (D(50), D(75)) == (ccdhb.reduction.applied_percent, msd.reduction.applied_percent)


class TestRealMethadoneDoses:
    """Oral solution 1 mg/mL (RxNorm, clinical.md A11) makes the low doses tablets cannot."""

    @pytest.mark.parametrize(
        ("total", "reduced", "dose", "interval"),
        [
            # 40 / 4 [CCDHB] = 10, -25% = 7.5 mg/day: 2.5 mg every 8 h (2.5 mL)
            ("40", "7.5", "2.5", "8"),
            # 20 / 4 = 5, -25% = 3.75: 1 mg every 8 h = 3 mg/day (80%) or 1.5 mg every 12 h
            # = 3 mg/day; the longer interval wins the tie
            ("20", "3.75", "1.5", "12"),
            # 13.33 / 4 = 3.33, -25% = 2.5: 1 mg every 12 h (2 mg/day, 80%; 0.5 q8h is 1.5)
            ("13.34", "2.5", "1", "12"),
        ],
    )
    def test_low_dose_rotations_exist(
        self, reference: Reference, total: str, reduced: str, dose: str, interval: str
    ) -> None:
        result = rotate(reference, total, METHADONE)

        assert result.practical_regimen is not None
        assert (D(reduced), D(dose), D(interval), "solution") == (
            result.reduction.reduced_daily_dose,
            result.practical_regimen.dose_per_administration,
            result.practical_regimen.interval_hours,
            result.practical_regimen.form,
        )


class TestParenteral:
    def test_half_the_oral_dose(self, reference: Reference) -> None:
        """
        Oral : IV methadone 2:1 [CCDHB]: 120 mg/day oral morphine -> 15 mg/day oral methadone
        (8:1) -> 7.5 mg/day IV, -25% = 5.62 mg/day; the 10 mg/mL injection in 1 mg steps makes 2
        mg every 8 h (6 > 5.62: no), 2 mg every 12 h = 4 mg/day. The cap is halved too (15).
        """
        result = rotate(reference, "120", Target("methadone", "intravenous"))

        assert (D("7.5"), D("5.62")) == (
            result.equianalgesic_daily_dose,
            result.reduction.reduced_daily_dose,
        )
        assert result.practical_regimen is not None
        assert (D(2), D(12), "intravenous") == (
            result.practical_regimen.dose_per_administration,
            result.practical_regimen.interval_hours,
            result.practical_regimen.route,
        )
        assert result.methadone is not None
        assert D(15) == result.methadone.cap


class TestAdLib:
    def test_morley_makin(self, reference: Reference) -> None:
        """
        Morley-Makin [STELIZ]: 1/10 of 150 mg/day oral morphine = 15 mg as needed, no more often
        than every 3 h, at most 30 mg/day (the cap): 15 mg, at most twice a day; no reduction.
        """
        result = rotate(reference, "150", METHADONE, methadone_strategy="ad_lib")

        regimen = result.practical_regimen
        assert regimen is not None
        assert (D(15), D(3), D(2), True, D(30)) == (
            regimen.dose_per_administration,
            regimen.interval_hours,
            regimen.doses_per_day,
            regimen.as_needed,
            regimen.daily_total,
        )
        assert D(0) == result.reduction.applied_percent
        assert ("methadone.ad_lib_specialist", "critical") in [
            (w.code, w.severity) for w in result.warnings
        ]

    def test_high_doses_stay_within_the_cap(self, reference: Reference) -> None:
        """1/10 of 600 = 60 mg: at most 30 mg a dose (STELIZ), once a day (the 30 mg/day cap)."""
        result = rotate(reference, "600", METHADONE, methadone_strategy="ad_lib")

        regimen = result.practical_regimen
        assert regimen is not None
        assert (D(30), D(1)) == (regimen.dose_per_administration, regimen.doses_per_day)
