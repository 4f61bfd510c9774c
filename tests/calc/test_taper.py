"""Taper schedules: presets from CDC 2022 [CDC22] and the OIH source [SRC-000]; bounds as properties."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.models import Medication
from calc.reference import Reference
from calc.taper import TaperOptions, TaperResult, plan_taper


START = dt.date(2026, 12, 1)
OXY_ER_30_BID = Medication("oxycodone", "oral", D(30), "mg", "extended", interval_hours=D(12))


def taper(reference: Reference, *meds: Medication, **options: Any) -> TaperResult:
    return plan_taper(
        reference, list(meds) or [OXY_ER_30_BID], TaperOptions(start=START, **options)
    )


def doses(result: TaperResult) -> list[D]:
    return [step.lines[0].daily_dose for step in result.steps]


class TestPresets:
    """Oxycodone ER 30 mg q12h (60 mg/day) through each preset.

    OxyContin strengths (clinical.md A11) at q12h make 10 mg/day steps.
    """

    def test_acute_short(self, reference: Reference) -> None:
        """CDC 2022: reduce to 50% for 2 days, then stop: 30 mg/day on day 0, stop on day 2."""
        result = taper(reference, preset="acute-short")

        assert [D(30), D(0)] == doses(result)
        assert [0, 2] == [s.day for s in result.steps]
        assert [START, START + dt.timedelta(days=2)] == [s.date for s in result.steps]
        assert "zero" == result.ends_at
        assert result.steps[-1].lines[0].regimen is None

    def test_acute_weeks(self, reference: Reference) -> None:
        """CDC 2022: ~20% (12 mg) every 2 days; the lowest real dose within the cut each time."""
        result = taper(reference, preset="acute-weeks")

        assert [D(50), D(40), D(30), D(20), D(10), D(0)] == doses(result)
        assert [0, 2, 4, 6, 8, 10] == [s.day for s in result.steps]

    def test_long_term_month(self, reference: Reference) -> None:
        """CDC 2022: 10% per month (6 mg); 10 mg steps need two months each; month = 28 days (HHS)."""
        result = taper(reference, preset="cdc-2022-long-term")

        assert [D(50), D(40), D(30), D(20), D(10), D(0)] == doses(result)
        assert {2} == {s.intervals_since_previous for s in result.steps}
        assert "taper.interval_lengthened" in [w.code for w in result.warnings]

    def test_weeks_switches_basis_at_thirty_percent(self, reference: Reference) -> None:
        """CDC 2022: 10% of the original weekly to 30%, then 10% of the remaining weekly."""
        result = taper(reference, preset="cdc-2022-weeks")

        last = result.steps[-1]

        assert "original-then-current" == result.basis
        # 10 mg/day is below 30% of 60; stopping it at 10% of the remaining per week takes 10 weeks.
        assert (D(0), 10, D(10)) == (
            last.lines[0].daily_dose,
            last.intervals_since_previous,
            last.lines[0].allowance,
        )

    def test_oih_rapid_warns_unconfirmed(self, reference: Reference) -> None:
        """10-25% every 2-3 days (SRC-000) is not a guideline rate: a warning says so."""
        result = taper(reference, preset="oih-rapid", percent=D(25), interval_days=D(2))

        # 25% of 60 = 15 mg per 2 days; 10 mg/day is the finest real step, so each step is 10.
        assert [D(50), D(40), D(30), D(20), D(10), D(0)] == doses(result)
        assert [0, 2, 4, 6, 8, 10] == [s.day for s in result.steps]
        assert "taper.oih-rapid.unconfirmed" in [w.code for w in result.warnings]

    def test_floor(self, reference: Reference) -> None:
        """A floor of 50% ends the taper at 30 mg/day."""
        result = taper(reference, preset="acute-weeks", floor_percent=D(50))

        assert (D(30), "floor") == (doses(result)[-1], result.ends_at)

    def test_custom_current_basis(self, reference: Reference) -> None:
        """Custom 20% of the current dose every 7 days ends at zero."""
        result = taper(
            reference, preset="custom", percent=D(20), interval_days=D(7), basis="current"
        )

        assert ("current", "zero") == (result.basis, result.ends_at)

    def test_patch_taper(self, reference: Reference) -> None:
        """A fentanyl patch tapers through real patch strengths (A7c) and stops."""
        patch = Medication("fentanyl", "transdermal", D(100), "mcg/h", "extended")

        result = taper(reference, patch, preset="acute-weeks")

        # 20% of 100 = 20 mcg/h: the lowest real rate at or above 80 is 86 (50 + 3 x 12, up to 4 patches).
        assert D(86) == doses(result)[0]
        assert D(240) == result.original_mme_per_day
        assert "zero" == result.ends_at


class TestRefusals:
    """Choices outside a preset's range and lines without products are refused."""

    @pytest.mark.parametrize(
        ("options", "field"),
        [
            ({"preset": "oih-rapid", "percent": D(30)}, "percent"),
            ({"preset": "oih-rapid", "interval_days": D(4)}, "interval_days"),
            ({"preset": "cdc-2022-long-term", "percent": D(20)}, "percent"),
            ({"preset": "acute-weeks", "basis": "current"}, "basis"),
        ],
    )
    def test_out_of_range(
        self, reference: Reference, options: dict[str, object], field: str
    ) -> None:
        """The field named is the one out of range."""
        with pytest.raises(OutOfRangeError) as info:
            taper(reference, **options)

        assert field == info.value.field

    def test_unknown_preset(self, reference: Reference) -> None:
        """Preset names are listed in the error."""
        with pytest.raises(UnknownEntryError):
            taper(reference, preset="cold-turkey")

    def test_no_product(self, reference: Reference) -> None:
        """Codeine tablets are not in the product table: no real regimens, so refused."""
        codeine = Medication("codeine", "oral", D(30), "mg", doses_per_day=D(4))

        with pytest.raises(UnknownEntryError) as info:
            taper(reference, codeine)

        assert "medications[0].drug" == info.value.field


REGIMEN_LINES = st.sampled_from(
    [
        OXY_ER_30_BID,
        Medication("morphine", "oral", D(60), "mg", "extended", interval_hours=D(12)),
        Medication("hydromorphone", "oral", D(4), "mg", "immediate", interval_hours=D(4)),
        Medication("fentanyl", "transdermal", D(75), "mcg/h", "extended"),
        Medication("methadone", "oral", D(10), "mg", "immediate", interval_hours=D(8)),
        Medication("tapentadol", "oral", D(100), "mg", "extended", interval_hours=D(12)),
    ]
)
PRESETS = st.sampled_from(
    ["oih-rapid", "cdc-2022-long-term", "cdc-2022-weeks", "acute-short", "acute-weeks"]
)


class TestProperties:
    """DESIGN.md 6: tapers never increase, no cut exceeds the percent, they end at zero or the floor."""

    @given(
        lines=st.lists(
            REGIMEN_LINES, min_size=1, max_size=3, unique_by=lambda m: (m.drug, m.route, m.release)
        ),
        preset=PRESETS,
        floor=st.sampled_from([None, D(0), D(20), D(50)]),
    )
    def test_bounds(
        self, reference: Reference, lines: list[Medication], preset: str, floor: D | None
    ) -> None:
        """Per line: never higher than before, cut <= percent x basis x intervals, ends as stated."""
        result = taper(reference, *lines, preset=preset, floor_percent=floor)

        previous: list[D | None] = [None] * len(lines)
        for step in result.steps:
            for i, line in enumerate(step.lines):
                before = previous[i]
                if before is not None:
                    assert line.daily_dose <= before
                assert line.cut <= line.allowance
                assert line.daily_dose >= 0
                if line.regimen is not None:
                    assert line.regimen.daily_total == line.daily_dose
                previous[i] = line.daily_dose
        assert result.ends_at in {"zero", "floor"}
        if not floor:
            assert "zero" == result.ends_at
            assert all(line.daily_dose == 0 for line in result.steps[-1].lines)

    @given(line=REGIMEN_LINES, preset=PRESETS)
    def test_deterministic(self, reference: Reference, line: Medication, preset: str) -> None:
        """The same request gives the same schedule."""
        assert taper(reference, line, preset=preset) == taper(reference, line, preset=preset)
