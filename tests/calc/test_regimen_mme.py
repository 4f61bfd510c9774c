"""
``total_mme_per_day`` outside the MME calculation: a line the MME table does not cover never
makes a silent partial total.  CDC 2022 leaves buprenorphine out on purpose (a partial agonist,
CDC22 p. 42): the total without it is that table's total.  Any other uncovered line (a fentanyl
infusion: CDC 2022 has rows for single doses and patches only) makes the total unknown; the
thresholds are then compared with a conservative stand-in that the warning states.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from calc.errors import ClinicalRefusalError
from calc.mme import regimen_mme
from calc.models import Medication, Target
from calc.oih import OIHOptions, plan_oih
from calc.reference import Reference
from calc.rotation import plan_rotation
from calc.taper import TaperOptions, plan_taper


# 50 mcg/h, compared as the patch of the same rate (KORNICK01: 1:1) at the largest factor the
# conversion table lists for it, CDC 2022's 2.4 per mcg/h -> 120, above CDC 2022's 90 MME/day.
FENTANYL_IV_50 = Medication("fentanyl", "intravenous", D(50), "mcg/h")
# Oxycodone 10 mg every 6 h: 40 mg/day x 1.5 (CDC22) = 60 MME/day.
OXYCODONE = Medication("oxycodone", "oral", D(10), "mg", doses_per_day=D(4))
# Butrans 10 mcg/h: buprenorphine, which CDC 2022 does not compare with MME thresholds.
BUTRANS_10 = Medication("buprenorphine", "transdermal", D(10), "mcg/h")


def codes(alerts: object) -> set[str]:
    return {a.code for a in alerts}  # type: ignore[attr-defined]


class TestAnUncoveredFullAgonist:
    def test_the_total_is_not_given_and_the_stand_in_is_compared(
        self, reference: Reference
    ) -> None:
        mme = regimen_mme(reference, None, [FENTANYL_IV_50, OXYCODONE], "from")

        assert mme.total is None
        assert D(180) == mme.compared  # 60 on CDC 2022 + 50 x 2.4 for the infusion
        assert ["mme.not_computed"] == [a.code for a in mme.alerts]
        assert "180 mg/day" in mme.alerts[0].message

    def test_the_stand_in_takes_the_larger_factor_not_the_conversion_default(
        self, reference: Reference
    ) -> None:
        """
        CDC 2016 has no tramadol row.  The conversion table's own tramadol factor is 0.1
        (UKCONV: 400 mg = 40 mg), conservative for a switch but not for risk; it also lists
        CDC 2022's 0.2, which the stand-in takes: 400 mg/day -> 80, above 50 MME/day.
        """
        tramadol = Medication("tramadol", "oral", D(100), "mg", doses_per_day=D(4))

        mme = regimen_mme(reference, "cdc-2016", [tramadol], "from")

        assert (None, D(80)) == (mme.total, mme.compared)

    def test_a_rotation_warns_at_the_thresholds_the_stand_in_reaches(
        self, reference: Reference
    ) -> None:
        result = plan_rotation(reference, [FENTANYL_IV_50], Target("morphine", "oral"))

        assert result.total_mme_per_day is None
        assert {"mme.not_computed", "mme.at_or_above_50", "mme.at_or_above_90"} <= codes(
            result.warnings
        )

    def test_an_oih_plan_reports_no_total(self, reference: Reference) -> None:
        plan = plan_oih(reference, [FENTANYL_IV_50], OIHOptions(start=dt.date(2026, 12, 1)))

        assert plan.total_mme_per_day is None
        assert plan.clonidine.result is not None
        assert plan.clonidine.resulting_mme_per_day is None

    def test_a_taper_compares_every_step_with_the_stand_in(self, reference: Reference) -> None:
        """
        Tramadol 100 mg every 6 h (the ULTRAM label maximum, 400 mg/day) on CDC 2016, which has
        no tramadol row: 80 MME/day by the stand-in, at or above 50.  Each step's total is not
        given either; its thresholds are compared with its own stand-in (every step is below the
        original, so none reaches 90).
        """
        tramadol = Medication("tramadol", "oral", D(100), "mg", doses_per_day=D(4))
        options = TaperOptions(start=dt.date(2026, 12, 1), mme_table="cdc-2016")

        result = plan_taper(reference, [tramadol], options)

        assert result.original_mme_per_day is None
        assert {"mme.not_computed", "mme.at_or_above_50"} <= codes(result.warnings)
        assert all(step.total_mme_per_day is None for step in result.steps[:-1])
        assert all("mme.at_or_above_90" not in step.thresholds_reached for step in result.steps)

    def test_an_infusion_is_not_tapered_by_an_outpatient_schedule(
        self, reference: Reference
    ) -> None:
        with pytest.raises(ClinicalRefusalError) as caught:
            plan_taper(reference, [FENTANYL_IV_50], TaperOptions(start=dt.date(2026, 12, 1)))

        assert ("taper.infusion", "medications[0].route") == (
            caught.value.code,
            caught.value.field,
        )


class TestALineLeftOutOnPurpose:
    def test_buprenorphine_is_left_out_of_a_cdc_2022_total(self, reference: Reference) -> None:
        mme = regimen_mme(reference, None, [BUTRANS_10, OXYCODONE], "from")

        assert (D(60), D(60)) == (mme.total, mme.compared)
        assert ["mme.lines_not_in_table"] == [a.code for a in mme.alerts]

    def test_a_table_that_names_no_exclusion_does_not_give_a_partial_total(
        self, reference: Reference
    ) -> None:
        """CDC 2016 has no buprenorphine row and names no exclusion: the total is not given."""
        mme = regimen_mme(reference, "cdc-2016", [BUTRANS_10, OXYCODONE], "from")

        assert mme.total is None
        assert ["mme.not_computed"] == [a.code for a in mme.alerts]
