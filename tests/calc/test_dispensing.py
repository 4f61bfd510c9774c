"""
Dispensing-based lines (quantity dispensed over days supply; the CDC data files' formula) in the
core: their frequency rules, their plausibility, their arithmetic on tables whose patch factor is
per mcg/h worn, and the operations other than calculate_mme.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.mme import calculate_mme
from calc.models import Medication
from calc.reference import Reference
from calc.taper import TaperOptions, plan_taper
from tests.strategies import dispensed_line


ANALYTIC = st.sampled_from(["cms-2018", "cdc-ndc-2016", "cdc-ndc-2018"])


def dispensed(qty: str = "120", days: str = "30", **extra: object) -> Medication:
    """10 mg oxycodone tablets, 120 over 30 days (CDC-NDC18 Documentation example)."""
    return Medication(
        "oxycodone",
        "oral",
        D(10),
        "mg",
        quantity_dispensed=D(qty) if qty else None,
        days_supply=D(days) if days else None,
        **extra,  # type: ignore[arg-type]
    )


class TestFrequency:
    @pytest.mark.parametrize(
        ("qty", "days", "field"),
        [("120", "", "days_supply"), ("", "30", "quantity_dispensed")],
    )
    def test_both_are_needed(self, reference: Reference, qty: str, days: str, field: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            calculate_mme(reference, [dispensed(qty, days)])

        assert ("medication.frequency_missing", f"medications[0].{field}") == (
            info.value.code,
            info.value.field,
        )

    @pytest.mark.parametrize(
        ("extra", "field"),
        [
            ({"doses_per_day": D(4)}, "doses_per_day"),
            ({"interval_hours": D(6)}, "interval_hours"),
            ({"as_needed": True}, "as_needed"),
        ],
        ids=["doses-per-day", "interval", "as-needed"],
    )
    def test_no_other_frequency(
        self, reference: Reference, extra: dict[str, Any], field: str
    ) -> None:
        """A dispensing line is quantity / days supply: another frequency would contradict it."""
        with pytest.raises(OutOfRangeError) as info:
            calculate_mme(reference, [dispensed(**extra)])

        assert ("medication.frequency_conflict", f"medications[0].{field}") == (
            info.value.code,
            info.value.field,
        )


class TestPlausibility:
    def test_too_often(self, reference: Reference) -> None:
        """1,000 tablets in 10 days is one every 15 minutes: more often than oxycodone's
        plausible shortest interval (plausibility-us)."""
        with pytest.raises(OutOfRangeError) as info:
            calculate_mme(reference, [dispensed("1000", "10")])

        assert ("medication.interval_not_for_release", "medications[0].quantity_dispensed") == (
            info.value.code,
            info.value.field,
        )

    def test_a_supply_may_last_long(self, reference: Reference) -> None:
        """10 tablets over 90 days is taken as needed at most: not refused (only too often is)."""
        result = calculate_mme(reference, [dispensed("10", "90")], "cms-2018")

        assert D(10) * 10 * D("1.5") / 90 == result.total_mme_per_day

    def test_implausible_strength_names_the_strength(self, reference: Reference) -> None:
        med = Medication(
            "oxycodone", "oral", D(5000), "mg", quantity_dispensed=D(30), days_supply=D(30)
        )
        with pytest.raises(OutOfRangeError) as info:
            calculate_mme(reference, [med])

        assert ("dose.implausible", "medications[0].strength") == (
            info.value.code,
            info.value.field,
        )
        assert "per unit dispensed" in info.value.detail

    def test_unit_mismatch_names_the_strength_unit(self, reference: Reference) -> None:
        med = Medication(
            "oxycodone", "oral", D(10), "mcg/h", quantity_dispensed=D(30), days_supply=D(30)
        )
        with pytest.raises(OutOfRangeError) as info:
            calculate_mme(reference, [med])

        assert "medications[0].strength_unit" == info.value.field


class TestPatches:
    def test_a_per_day_patch_factor_cannot_take_a_dispensed_patch(
        self, reference: Reference
    ) -> None:
        """CDC 2022 gives 2.4 per mcg/h worn: how long a dispensed patch is worn is unknown."""
        med = Medication(
            "fentanyl", "transdermal", D(25), "mcg/h", quantity_dispensed=D(10), days_supply=D(30)
        )
        with pytest.raises(UnknownEntryError) as info:
            calculate_mme(reference, [med], "cdc-2022")

        assert ("mme.patch_dispensing_not_covered", "medications[0].quantity_dispensed") == (
            info.value.code,
            info.value.field,
        )


class TestOtherOperations:
    def test_a_taper_needs_a_schedule(self, reference: Reference) -> None:
        """A dispensing line has no dose and schedule to step down from: refused (422)."""
        options = TaperOptions(start=dt.date(2026, 1, 1), mme_table="cms-2018")
        with pytest.raises(OutOfRangeError) as info:
            plan_taper(reference, [dispensed()], options)

        assert ("medication.dispensing_not_a_regimen", "medications[0].quantity_dispensed") == (
            info.value.code,
            info.value.field,
        )

    def test_doses_per_day_of_a_dispensed_line(self) -> None:
        """Units a day: quantity dispensed / days supply (120 / 30 = 4)."""
        from calc.units import doses_per_day

        assert D(4) == doses_per_day(dispensed(), "medications[0]")


class TestProperties:
    """Over every dispensing line the schema accepts (within plausibility)."""

    @given(line=dispensed_line(), table=ANALYTIC)
    def test_formula(self, reference: Reference, line: Medication, table: str) -> None:
        """MME/day is strength x quantity / days supply x factor, never negative, never NaN."""
        result = calculate_mme(reference, [line], table)
        (converted,) = result.lines
        assert line.quantity_dispensed is not None
        assert line.days_supply is not None
        daily = line.dose * line.quantity_dispensed / line.days_supply

        assert daily == converted.daily_dose
        assert result.total_mme_per_day.is_finite()
        assert result.total_mme_per_day > 0
        # The data files' formula, strength x (units / days supply) x factor, in exact Decimal
        # order: one division, last.
        factor = converted.conversion_factor
        assert line.dose * line.quantity_dispensed * factor / line.days_supply == (
            converted.mme_per_day
        )

    @given(line=dispensed_line(), table=ANALYTIC, more=st.integers(min_value=1, max_value=12))
    def test_more_dispensed_over_the_same_days_is_more(
        self, reference: Reference, line: Medication, table: str, more: int
    ) -> None:
        assert line.quantity_dispensed is not None
        assert line.days_supply is not None
        bigger = attrs.evolve(
            line,
            quantity_dispensed=min(line.quantity_dispensed + more, line.days_supply * 12),
        )
        before = calculate_mme(reference, [line], table).total_mme_per_day

        assert calculate_mme(reference, [bigger], table).total_mme_per_day >= before
