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
        """120 / 8 = 15 mg/day; 25% -> 11.25; 5 mg tablets q12h = 10 mg/day (q8h cannot)."""
        result = rotate(reference, "120", METHADONE)

        assert D(15) == result.equianalgesic_daily_dose
        assert D("11.25") == result.reduction.reduced_daily_dose
        assert result.practical_regimen is not None
        assert (D(5), D(12), D(10)) == (
            result.practical_regimen.dose_per_administration,
            result.practical_regimen.interval_hours,
            result.practical_regimen.daily_total,
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
        result = rotate(
            reference, total, METHADONE, reduction_percent=D(0), methadone_max_daily_mg=None
        )

        assert result.methadone is not None
        assert D(ratio) == result.methadone.ratio
        assert D(raw) == result.methadone.unsmoothed_daily_dose.quantize(D("0.000001"))
        assert D(smoothed).quantize(D("0.01"), ROUND_FLOOR) == result.equianalgesic_daily_dose
        assert (D(smoothed) < D(raw)) == result.methadone.smoothed

    def test_above_scheme_is_refused(self, reference: Reference) -> None:
        """CCDHB stops at 600 mg/day: above it the scheme has no ratio."""
        with pytest.raises(ClinicalRefusalError) as info:
            rotate(reference, "600.01", METHADONE)

        assert info.value.code == "methadone.above_scheme"

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
        """Methadone is rotated to orally; strategies are named."""
        with pytest.raises(UnknownEntryError):
            rotate(reference, "60", Target("methadone", "intravenous"))
        with pytest.raises(UnknownEntryError):
            rotate(reference, "60", METHADONE, methadone_strategy="ad_lib")


class TestThreeDaySwitch:
    """Edmonton three-day switch [WHOCP]: thirds per day (UNCONFIRMED steps -> warning)."""

    def test_schedule(self, reference: Reference) -> None:
        """240 mg/day morphine / 8 = 30, smoothed to 25 (300 / 12 at the next band), 25% -> 18.75.

        Day d gives (3-d)/3 of the previous regimen and d/3 of 18.75 mg methadone, rounded down to
        5 mg tablets q8h or q12h: 6.25 is below 5 mg q12h... no: 5 mg q12h = 10 > 6.25, so none.
        """
        result = rotate(reference, "240", METHADONE, methadone_strategy="three_day_switch")

        assert result.methadone is not None
        days = result.methadone.schedule
        assert [d.day for d in days] == [1, 2, 3]
        assert [D("66.66"), D("33.33"), D(0)] == [d.previous_percent for d in days]
        assert [D(160), D(80), D(0)] == [d.previous_lines[0][2] for d in days]
        assert [D("6.25"), D("12.5"), D("18.75")] == [d.methadone_daily_target for d in days]
        totals = [d.methadone.daily_total if d.methadone else None for d in days]
        assert [None, D(10), D(15)] == totals
        assert "methadone.switch_day_below_strength" in [w.code for w in result.warnings]
        assert "methadone.three_day_switch_unconfirmed" in [w.code for w in result.warnings]

    def test_every_day_has_methadone(self, reference: Reference) -> None:
        """600 mg/day -> 50 -> 37.5 capped at 30: thirds 10, 20, 30 mg/day all have tablets."""
        result = rotate(reference, "600", METHADONE, methadone_strategy="three_day_switch")

        assert result.methadone is not None
        assert [D(10), D(20), D(30)] == [
            d.methadone.daily_total if d.methadone else None for d in result.methadone.schedule
        ]
        assert "methadone.switch_day_below_strength" not in [w.code for w in result.warnings]
