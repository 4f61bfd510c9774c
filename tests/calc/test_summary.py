"""
Summary lines (calc/summary.py, calc/summary_adjuncts.py, calc/phrasing.py).

Every expected line is written from numbers the test states: the issue's own example ("Morphine
ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet"), or the cited arithmetic of a
calculation (30 mg/day oxycodone x 1.5 = 45 MME/day, CDC 2022), never pasted from what the code
printed. Results built here by hand hold exactly the numbers the line is expected to repeat.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import attrs
import pytest

from calc import adjuncts, phrasing, summary, summary_adjuncts
from calc.adjuncts.common import Regimen, TitrationDay
from calc.breakthrough import Breakthrough
from calc.methadone import MethadoneDetail, SwitchDay
from calc.mme import calculate_mme
from calc.models import Medication, Patient, Target
from calc.oih import CutAndMethadone, CutLine, OIHOptions, Outcome, Refusal, plan_oih
from calc.reference import Reference
from calc.regimen import PracticalRegimen, UnitCount
from calc.renal import estimate_creatinine_clearance
from calc.results import Alert
from calc.rotation import RotationOptions, RotationResult, plan_rotation
from calc.taper import TaperOptions, plan_taper
from calc.taper_lines import TaperLine


def tablet(
    drug: str,
    dose: str,
    units: list[tuple[str, int]],
    interval: str,
    release: str = "extended",
    per_day: str | None = None,
    as_needed: bool = False,
    form: str = "tablet",
    route: str = "oral",
    unit: str = "mg",
    volume_ml: str | None = None,
    concentration: str | None = None,
) -> PracticalRegimen:
    """A practical regimen holding exactly the stated numbers."""
    count = D(per_day) if per_day is not None else D(24) / D(interval)
    total = D(dose) if unit == "mcg/h" else D(dose) * count
    return PracticalRegimen(
        drug=drug,
        route=route,
        release=release,
        form=form,
        unit=unit,
        dose_per_administration=D(dose),
        units=tuple(UnitCount(D(s), n) for s, n in units),
        interval_hours=D(interval),
        doses_per_day=count,
        daily_total=total,
        source="RXNORM20",
        intervals_source="RXNORM20",
        as_needed=as_needed,
        volume_ml=None if volume_ml is None else D(volume_ml),
        concentration_per_ml=None if concentration is None else D(concentration),
    )


# --- phrasing ---------------------------------------------------------------------------------


class TestPhrasing:
    """Numbers, frequencies and compositions as a prescriber writes them."""

    def test_the_issues_example(self) -> None:
        """Issue 12: 45 mg every 12 hours from one 30 mg and one 15 mg tablet; 2 doses = 90 mg/day."""
        regimen = tablet("morphine", "45", [("30", 1), ("15", 1)], "12")

        assert (
            "Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)"
            == phrasing.regimen_text(regimen)
        )

    def test_mixed_counts_name_each_part(self) -> None:
        """75 mg = two 30 mg + one 15 mg; every 12 hours, 2 x 75 = 150 mg/day."""
        regimen = tablet("morphine", "75", [("30", 2), ("15", 1)], "12")

        assert (
            "Morphine ER 75 mg by mouth every 12 hours: two 30 mg tablets and one 15 mg tablet "
            "(150 mg/day)" == phrasing.regimen_text(regimen)
        )

    def test_three_parts_and_many_units(self) -> None:
        """Oxycodone ER 360 mg = 80 x 4 + 40, and 55 = 40 + 10 + 5; beyond ten units: digits."""
        assert "four 80 mg tablets and one 40 mg tablet" == phrasing.composition(
            (UnitCount(D(80), 4), UnitCount(D(40), 1)), "mg", "tablet"
        )
        assert "one 40 mg, one 10 mg and one 5 mg tablet" == phrasing.composition(
            (UnitCount(D(40), 1), UnitCount(D(10), 1), UnitCount(D(5), 1)), "mg", "tablet"
        )
        assert "12 0.5 mg units" == phrasing.composition((UnitCount(D("0.5"), 12),), "mg", "unit")
        assert "" == phrasing.composition((), "mg", "tablet")

    def test_plurals(self) -> None:
        assert "two 25 mcg/h patches" == phrasing.composition(
            (UnitCount(D(25), 2),), "mcg/h", "patch"
        )
        assert "two 5 mg capsules or tablets" == phrasing.composition(
            (UnitCount(D(5), 2),), "mg", "capsule or tablet"
        )

    def test_as_needed(self) -> None:
        """5 mg every 4 hours as needed, at most 4 a day: at most 4 x 5 = 20 mg/day."""
        regimen = tablet(
            "oxycodone", "5", [("5", 1)], "4", release="immediate", per_day="4", as_needed=True
        )

        assert (
            "Oxycodone IR 5 mg by mouth every 4 hours as needed, at most 4 doses a day: one 5 mg "
            "tablet (at most 20 mg/day)" == phrasing.regimen_text(regimen)
        )
        assert "at most 1 dose a day" == phrasing.per_day(D(1))

    def test_patch(self) -> None:
        """Duragesic 37.5 mcg/h = 25 + 12.5, changed every 72 hours (3 days)."""
        regimen = tablet(
            "fentanyl",
            "37.5",
            [("25", 1), ("12.5", 1)],
            "72",
            form="patch",
            route="transdermal",
            unit="mcg/h",
        )

        assert (
            "Fentanyl 37.5 mcg/h patch, changed every 3 days: one 25 mcg/h and one 12.5 mcg/h "
            "patch" == phrasing.regimen_text(regimen)
        )

    def test_liquids_are_measured_not_counted(self) -> None:
        """
        Methadone 2.5 mg every 8 hours from the 1 mg/mL solution: 2.5 mL, 3 x 2.5 = 7.5 mg/day;
        hydromorphone injection 10 mg/mL, 0.5 mg = 0.05 mL every 4 hours, 6 x 0.5 = 3 mg/day.
        """
        solution = tablet(
            "methadone",
            "2.5",
            [],
            "8",
            "immediate",
            form="solution",
            volume_ml="2.5",
            concentration="1",
        )
        injection = tablet(
            "hydromorphone",
            "0.5",
            [],
            "4",
            "immediate",
            form="injection 10 mg/mL",
            route="intravenous",
            volume_ml="0.05",
            concentration="10",
        )
        concentrate = attrs.evolve(
            solution,
            form="concentrate",
            concentration_per_ml=D(10),
            volume_ml=D("0.25"),
            tolerant_only=True,
        )

        assert (
            "Methadone IR 2.5 mg by mouth every 8 hours: 2.5 mL of 1 mg/mL oral solution (7.5 mg/day)"
            == phrasing.regimen_text(solution)
        )
        assert (
            "Hydromorphone 0.5 mg intravenously every 4 hours: 0.05 mL of injection 10 mg/mL (3 mg/day)"
            == phrasing.regimen_text(injection)
        )
        assert (
            "Methadone IR 2.5 mg by mouth every 8 hours: 0.25 mL of 10 mg/mL oral concentrate "
            "(7.5 mg/day; for opioid-tolerant patients only)" == phrasing.regimen_text(concentrate)
        )
        assert "0.5 mL of 2 mg/mL solution" == phrasing.liquid(
            D("0.5"), D(2), "mg", "solution", "rectal"
        )
        assert "1 mL of injection 50 mcg/mL" == phrasing.liquid(
            D(1), None, "mcg", "injection 50 mcg/mL", "intravenous"
        )

    def test_no_units_listed(self) -> None:
        """Hydromorphone 1 mg subcutaneously every 4 hours: 6 x 1 = 6 mg/day."""
        regimen = tablet("hydromorphone", "1", [], "4", "immediate", route="subcutaneous")

        assert (
            "Hydromorphone 1 mg subcutaneously every 4 hours (6 mg/day)"
            == phrasing.regimen_text(regimen)
        )

    @pytest.mark.parametrize(
        ("hours", "expected"),
        [
            ("1", "every hour"),
            ("4", "every 4 hours"),
            ("12", "every 12 hours"),
            ("24", "once a day"),
            ("36", "every 36 hours"),
            ("72", "every 3 days"),
            ("168", "every 7 days"),
        ],
    )
    def test_every(self, hours: str, expected: str) -> None:
        assert expected == phrasing.every(D(hours))

    @pytest.mark.parametrize(
        ("count", "expected"),
        [
            ("1", "once a day"),
            ("2", "twice a day"),
            ("3", "three times a day"),
            ("4", "four times a day"),
            ("12", "12 times a day"),
            ("2.5", "2.5 times a day"),
        ],
    )
    def test_times_a_day(self, count: str, expected: str) -> None:
        assert expected == phrasing.times_a_day(D(count))

    @pytest.mark.parametrize(
        ("value", "expected"),
        [("0", "0"), ("0.00", "0"), ("7.50", "7.5"), ("100", "100"), ("1200", "1,200")],
    )
    def test_number(self, value: str, expected: str) -> None:
        assert expected == phrasing.number(D(value))

    def test_amount_rounds_half_even_to_a_hundredth(self) -> None:
        """The reported metric: 33.745 -> 33.74, 33.755 -> 33.76 (half-even, DESIGN.md section 5)."""
        assert ("33.74", "33.76") == (phrasing.amount(D("33.745")), phrasing.amount(D("33.755")))

    def test_label(self) -> None:
        assert "Morphine IR" == phrasing.label("morphine", "oral", "immediate")
        assert "morphine" == phrasing.label("morphine", "oral", None, capital=False)
        assert "Fentanyl" == phrasing.label("fentanyl", "transdermal", "extended")
        assert "rectally" == phrasing.route_phrase("rectal")

    def test_warnings_critical_then_warning_then_info(self) -> None:
        alerts = [
            Alert("oih.choose_with_clinician", "info", "Third.", "PRODUCT"),
            Alert("naloxone.offer", "warning", "Second.", "PRODUCT"),
            Alert("mme.at_or_above_90", "critical", "First.", "PRODUCT"),
            Alert("mme.at_or_above_50", "warning", "Second too.", "PRODUCT"),
        ]

        assert [
            "Critical: First.",
            "Warning: Second.",
            "Warning: Second too.",
            "Info: Third.",
        ] == phrasing.warning_lines(alerts)


# --- MME and rotation -------------------------------------------------------------------------

OXYCODONE_TID = Medication("oxycodone", "oral", D(10), "mg", doses_per_day=D(3))


class TestMME:
    def test_oxycodone(self, reference: Reference) -> None:
        """10 mg x 3 = 30 mg/day x 1.5 (CDC 2022) = 45 MME/day: below 50, no warning."""
        result = calculate_mme(reference, [OXYCODONE_TID])

        assert (
            f"Total: 45 MME/day ({result.table.title}).",
            "Oxycodone by mouth: 30 mg/day x 1.5 = 45 MME/day",
        ) == summary.mme_summary(result)

    def test_as_needed_and_warnings_first(self, reference: Reference) -> None:
        """Oxycodone IR 10 mg q4h PRN, at most 6 a day: 60 mg/day x 1.5 = 90 MME/day (CDC 2022)."""
        prn = Medication(
            "oxycodone",
            "oral",
            D(10),
            "mg",
            "immediate",
            interval_hours=D(4),
            as_needed=True,
            max_doses_per_day=D(6),
        )
        result = calculate_mme(reference, [prn])
        lines = summary.mme_summary(result)

        assert lines[-1] == (
            "Oxycodone IR by mouth: 60 mg/day x 1.5 = 90 MME/day (as needed, at the prescribed "
            "maximum)"
        )
        assert lines[: len(result.warnings)] == tuple(
            f"{w.severity.capitalize()}: {w.message}" for w in result.warnings
        )
        assert lines[0].startswith("Critical: ")  # 90 MME/day is at or above 90 (CDC 2016)


def _rotation(reference: Reference, target: Target, **options: object) -> RotationResult:
    return plan_rotation(
        reference,
        [OXYCODONE_TID],
        target,
        RotationOptions(**options),  # type: ignore[arg-type]
    )


class TestRotation:
    def test_oxycodone_to_morphine_er(self, reference: Reference) -> None:
        """
        30 mg/day oxycodone x 1.5 (UpToDate) = 45 mg/day morphine; 25% less = 33.75, 50% less =
        22.5; MS Contin 15 mg every 12 hours = 30 mg/day; breakthrough 10% of 33.75 = 3.37 mg, below
        the 15 mg morphine IR tablet, so the 2 mg/mL oral solution in 0.5 mL steps (products-us):
        3 mg = 1.5 mL, every 4 hours (the product's shortest interval), at most 4 a day
        (thresholds: breakthrough_max_doses_per_day); the new regimen 30 mg/day x 1 (CDC 2022) =
        30 MME/day.
        """
        result = _rotation(reference, Target("morphine", "oral", "extended"))
        lines = summary.rotation_summary(result)

        assert lines[len(result.warnings) :] == (
            "Current regimen: 45 MME/day; conversion basis 45 mg/day oral morphine equivalent.",
            (
                "Morphine ER by mouth: equianalgesic 45 mg/day; reduced by 25% for incomplete "
                "cross-tolerance to 33.75 mg/day (range 25% to 50%: 33.75 to 22.5 mg/day)."
            ),
            "Morphine ER 15 mg by mouth every 12 hours: one 15 mg tablet (30 mg/day).",
            (
                "Breakthrough: morphine IR 3 mg by mouth every 4 hours as needed, at most 4 doses a "
                "day (10% of 33.75 mg/day): 1.5 mL of 2 mg/mL oral solution."
            ),
            "New regimen: 30 MME/day.",
        )

    def test_a_total_the_table_cannot_compute_is_said(self, reference: Reference) -> None:
        """A null total (mme.not_computed) is written as not computed, never as 0 MME/day."""
        result = _rotation(reference, Target("morphine", "oral", "extended"))
        lines = summary.rotation_summary(attrs.evolve(result, total_mme_per_day=None))

        assert (
            "Current regimen: MME/day not computed; conversion basis 45 mg/day oral morphine "
            "equivalent."
        ) in lines
        assert ("MME/day not computed", "90 MME/day") == (
            summary.mme_per_day(None),
            summary.mme_per_day(D(90)),
        )

    def test_breakthrough_dose_and_cap(self, reference: Reference) -> None:
        """A reduction capped at its dose, and a 5 mg IR breakthrough dose of one 5 mg tablet."""
        result = _rotation(reference, Target("hydromorphone", "oral", "immediate"))
        capped = attrs.evolve(
            result,
            reduction=attrs.evolve(result.reduction, capped=True),
            breakthrough=Breakthrough(
                percent=D(10),
                percent_source="NCCN-MEDSCAPE",
                drug="oxycodone",
                route="oral",
                release="immediate",
                form="tablet",
                basis_daily_dose=D(50),
                basis_unit="mg/day",
                computed_dose=D(5),
                dose=D(5),
                unit="mg",
                units=(UnitCount(D(5), 1),),
                source="RXNORM20",
                interval_hours=D(2),
                max_doses_per_day=D(6),
                limits_source="UTD-IR",
            ),
            resulting_mme_per_day=None,
        )
        r = capped.reduction
        lines = summary.rotation_summary(capped)

        assert (
            f"Hydromorphone IR by mouth: equianalgesic {phrasing.number(result.equianalgesic_daily_dose)} "
            f"mg/day; reduced by 25% for incomplete cross-tolerance to "
            f"{phrasing.number(r.reduced_daily_dose)} mg/day, capped at "
            f"{phrasing.number(r.reduced_daily_dose)} mg/day (range 25% to 50%: "
            f"{phrasing.number(r.dose_at_low)} to {phrasing.number(r.dose_at_high)} mg/day)."
        ) in lines
        # Issue 12's own words: "... 5 mg by mouth every 2 hours as needed, at most 6 doses a day".
        assert lines[-1] == (
            "Breakthrough: oxycodone IR 5 mg by mouth every 2 hours as needed, at most 6 doses a "
            "day (10% of 50 mg/day): one 5 mg tablet."
        )
        assert capped.breakthrough is not None
        unlisted = attrs.evolve(capped.breakthrough, units=())
        assert summary.breakthrough_line(unlisted) == (
            "Breakthrough: oxycodone IR 5 mg by mouth every 2 hours as needed, at most 6 doses a "
            "day (10% of 50 mg/day)."
        )
        solution = attrs.evolve(
            capped.breakthrough,
            form="solution",
            units=(),
            volume_ml=D("2.5"),
            concentration_per_ml=D(2),
        )
        assert summary.breakthrough_line(solution).endswith(": 2.5 mL of 2 mg/mL oral solution.")
        below = attrs.evolve(capped.breakthrough, dose=None, units=(), computed_dose=D("4.5"))
        assert summary.breakthrough_line(below) == (
            "Breakthrough: none offered; 10% of 50 mg/day is 4.5 mg, below the smallest oxycodone "
            "IR tablet."
        )

    def test_no_practical_regimen_and_methadone_schedule(self, reference: Reference) -> None:
        """
        A three-day switch as the result states it: day 1 two thirds of 30 mg/day oxycodone (20)
        and 2.5 mg/day methadone without a practical dose; day 2 a third (10) and methadone 5 mg
        once a day; ratio 4:1 (CCDHB), cap 30 mg/day.
        """
        result = _rotation(reference, Target("morphine", "oral", "extended"))
        scheme = result.tables[0]
        detail = MethadoneDetail(
            scheme=scheme,
            ratio=D(4),
            ratio_source="CCDHB",
            unsmoothed_daily_dose=D("11.25"),
            smoothed=True,
            cap=D(30),
            cap_source="STELIZ",
            strategy="three_day_switch",
            schedule=(
                SwitchDay(1, D("66.66"), (("oxycodone", "oral", D(20), "mg/day"),), D("2.5"), None),
                SwitchDay(
                    2,
                    D("33.33"),
                    (("oxycodone", "oral", D(10), "mg/day"),),
                    D(5),
                    tablet("methadone", "5", [("5", 1)], "24", "immediate"),
                ),
            ),
        )
        changed = attrs.evolve(result, practical_regimen=None, methadone=detail, breakthrough=None)
        lines = summary.rotation_summary(changed)
        reduced = phrasing.number(result.reduction.reduced_daily_dose)

        assert lines[len(result.warnings) + 2 :] == (
            f"No practical regimen: the morphine strengths cannot make {reduced} mg/day.",
            (
                f"Methadone: ratio 4:1 ({scheme.title}); smoothed at a tier edge; cap 30 mg/day; "
                "three day switch."
            ),
            (
                "Day 1: previous regimen at 66.66% (oxycodone 20 mg/day); methadone 2.5 mg/day (no "
                "practical dose)."
            ),
            (
                "Day 2: previous regimen at 33.33% (oxycodone 10 mg/day); Methadone IR 5 mg by mouth "
                "once a day: one 5 mg tablet (5 mg/day)."
            ),
            "New regimen: 30 MME/day.",
        )
        plain = attrs.evolve(detail, smoothed=False, strategy="stop_and_go", schedule=())
        assert f"Methadone: ratio 4:1 ({scheme.title}); cap 30 mg/day; stop and go." in (
            summary.rotation_summary(attrs.evolve(changed, methadone=plain))
        )
        above = attrs.evolve(plain, above_scheme=True)
        assert (
            f"Methadone: ratio 4:1 ({scheme.title}); above the scheme's last band (its top ratio); "
            "cap 30 mg/day; stop and go."
        ) in summary.rotation_summary(attrs.evolve(changed, methadone=above))


class TestInfusionsAndSwitches:
    def test_patch_to_infusion(self, reference: Reference) -> None:
        """
        Kornick 2003: Duragesic 75 mcg/h off, the infusion at the same rate: 75 mcg/h = 7.5 mL/h
        of 10 mcg/mL, 75 x 24 = 1,800 mcg per 24 hours; one step, at hour 0.
        """
        patch = Medication("fentanyl", "transdermal", D(75), "mcg/h")
        target = Target("fentanyl", "intravenous", infusion=True)
        result = plan_rotation(reference, [patch], target)
        lines = summary.rotation_summary(result)
        assert result.infusion is not None

        assert (
            "Fentanyl 75 mcg/h by continuous intravenous infusion: 7.5 mL/h of 10 mcg/mL (1,800 "
            "mcg/day)."
        ) in lines
        # Kornick: the same hourly rate, no cross-tolerance reduction (25% and 50% ends shown).
        assert (
            "Fentanyl intravenously: equianalgesic 75 mcg/h; no reduction applied: 75 mcg/h "
            "(range 25% to 50%: 56.25 to 37.5 mcg/h)."
        ) in lines
        assert f"Hour 0: {result.transition[0].action}." in lines
        driver = attrs.evolve(result.infusion, route="subcutaneous", syringe_24h_ml=D(180))
        assert summary.infusion_line(driver) == (
            "Fentanyl 75 mcg/h by continuous subcutaneous infusion: 7.5 mL/h of 10 mcg/mL (1,800 "
            "mcg/day; 180 mL in the syringe a day)."
        )

    def test_infusion_to_patch_steps_by_the_hour(self, reference: Reference) -> None:
        """Kornick 2001: the patch at 50 mcg/h; the infusion halved at 6 h, stopped at 12 h."""
        infusion = Medication("fentanyl", "intravenous", D(50), "mcg/h")
        result = plan_rotation(reference, [infusion], Target("fentanyl", "transdermal"))

        assert [line.split(":")[0] for line in summary.transition_lines(result.transition)] == [
            "Hour 0",
            "Hour 6",
            "Hour 12",
        ]


# --- taper ------------------------------------------------------------------------------------

START = dt.date(2026, 12, 1)
OXY_ER_BID = Medication("oxycodone", "oral", D(10), "mg", "extended", doses_per_day=D(2))


class TestTaper:
    def test_acute_short(self, reference: Reference) -> None:
        """
        CDC 2022 acute-short: 50% for 2 days, then stop. OxyContin 10 mg every 12 hours (20 mg/day,
        30 MME/day at x 1.5): days 1-2 5 mg every 12 hours (10 mg/day, 15 MME/day, 50%); day 3
        stopped.
        """
        result = plan_taper(reference, [OXY_ER_BID], TaperOptions(START, "acute-short"))
        lines = summary.taper_summary(result)

        assert lines[len(result.warnings) + 1 :] == (
            (
                "Day 1-2 (2026-12-01 to 2026-12-02): Oxycodone ER 5 mg by mouth every 12 hours: one "
                "5 mg tablet (10 mg/day) (15 MME/day, 50% of the original)."
            ),
            "Day 3 on (from 2026-12-03): all stopped (0 MME/day, 0% of the original).",
        )
        assert lines[len(result.warnings)].startswith(
            "Taper acute-short: every 2 days, cut up to 50% of the original dose; from 30 MME/day;"
        )
        assert lines[len(result.warnings)].endswith("every line is stopped.")

    def test_lines_and_bases(self, reference: Reference) -> None:
        """A held line, a line with a dose but no product regimen, a stopped line; the bases."""
        result = plan_taper(reference, [OXY_ER_BID], TaperOptions(START, "acute-short"))
        step = result.steps[0]
        held = step.lines[0]
        assert held.regimen is not None
        unbuilt = TaperLine("tapentadol", "oral", D(50), "mg", None, D(0), D(0))
        stopped = TaperLine("morphine", "oral", D(0), "mg", None, D(0), D(0))
        one_day = attrs.evolve(step, lines=(held, unbuilt, stopped))
        following = attrs.evolve(step, day=step.day + 1)
        preset = attrs.evolve(result.preset, switch_at_percent=D(30))
        changed = attrs.evolve(
            result,
            steps=(one_day, following),
            basis="original-then-current",
            preset=preset,
            ends_at="floor",
        )
        lines = summary.taper_summary(changed)
        assert step.total_mme_per_day is not None  # oxycodone is on CDC 2022
        mme = phrasing.amount(step.total_mme_per_day)
        percent = phrasing.amount(step.percent_of_original)

        assert (
            f"Day 1 (2026-12-01): {phrasing.regimen_text(held.regimen)}; Tapentadol 50 mg; "
            f"Morphine stopped ({mme} MME/day, {percent}% of the original)."
        ) in lines
        assert any(
            "cut up to 50% of the original dose until 30% of it, then of the current dose; "
            "from 30 MME/day; it holds at the floor." in line
            for line in lines
        )

    @pytest.mark.parametrize(
        ("first", "last", "start", "expected"),
        [
            (1, 28, START, "Day 1-28 (2026-12-01 to 2026-12-28)"),
            (1, 28, None, "Day 1-28"),
            (29, 29, dt.date(2026, 12, 29), "Day 29 (2026-12-29)"),
            (29, 29, None, "Day 29"),
            (57, None, dt.date(2027, 1, 26), "Day 57 on (from 2027-01-26)"),
            (57, None, None, "Day 57 on"),
        ],
    )
    def test_day_range(
        self, first: int, last: int | None, start: dt.date | None, expected: str
    ) -> None:
        assert expected == summary.day_range(first, last, start)


# --- OIH plan ---------------------------------------------------------------------------------


class TestOIH:
    def test_strategies_one_line_each(self, reference: Reference) -> None:
        """No weight, no renal function: ketamine and gabapentin are refused with their reason."""
        plan = plan_oih(reference, [OXYCODONE_TID], OIHOptions(START))
        lines = summary.oih_summary(plan)
        ketamine = plan.ketamine.refusal
        assert ketamine is not None
        gabapentin = plan.gabapentin.refusal
        assert gabapentin is not None

        assert lines[len(plan.warnings)] == (
            "Current regimen: 45 MME/day; oral morphine equivalent 45 mg/day."
        )
        assert f"Ketamine infusion: not for this patient: {ketamine.detail}" in lines
        assert f"Gabapentin: not for this patient: {gabapentin.detail}" in lines
        assert len(lines) == len(plan.warnings) + 1 + 7

    def test_strategy_lines(self) -> None:
        refusal = Refusal(
            "oih.ketamine_needs_weight",
            "patient.weight_kg",
            "a weight",
            None,
            "A weight is needed.",
        )

        assert "Taper: not for this patient: A weight is needed." == summary._strategy(
            "Taper", Outcome(refusal=refusal)
        )
        assert "Taper: available." == summary._strategy("Taper", Outcome(result=1))
        assert "Taper: available; leads to 40.5 MME/day." == summary._strategy(
            "Taper", Outcome(result=1, resulting_mme_per_day=D("40.5"))
        )

    def test_cut_and_methadone(self) -> None:
        """
        40% cut of oxycodone ER 40 mg/day -> 24 mg/day target, 10 mg every 12 hours (20 mg/day);
        methadone 7.5 mg/day as 2.5 mg every 8 hours from the oral solution.
        """
        cut = CutAndMethadone(
            cut_percent=D(40),
            lines=(
                CutLine(
                    "oxycodone",
                    "oral",
                    D(40),
                    D(24),
                    "mg/day",
                    tablet("oxycodone", "10", [("10", 1)], "12"),
                ),
                CutLine("tapentadol", "oral", D(100), D(60), "mg/day", None),
            ),
            methadone_target_mg_per_day=D("7.5"),
            methadone=tablet(
                "methadone",
                "2.5",
                [],
                "8",
                "immediate",
                form="solution",
                volume_ml="2.5",
                concentration="1",
            ),
            warnings=(
                Alert("oih.cut_and_methadone_unconfirmed", "warning", "Anecdotal.", "PRODUCT"),
            ),
            trace=(),
        )

        assert (
            "Warning: Anecdotal.",
            (
                "Cut by 40%: Oxycodone ER 10 mg by mouth every 12 hours: one 10 mg tablet (20 mg/day) "
                "(was 40 mg/day, target 24 mg/day)."
            ),
            "Cut by 40%: Tapentadol: no practical dose (was 100 mg/day, target 60 mg/day).",
            (
                "Add methadone 7.5 mg/day: Methadone IR 2.5 mg by mouth every 8 hours: 2.5 mL of 1 "
                "mg/mL oral solution (7.5 mg/day)."
            ),
        ) == summary.cut_and_methadone_summary(cut)
        assert (
            "Add methadone 7.5 mg/day: no practical dose."
            == (summary.cut_and_methadone_summary(attrs.evolve(cut, methadone=None))[-1])
        )


# --- renal function and adjuncts --------------------------------------------------------------

# Female, 40 years, 72 kg, serum creatinine 1.0 mg/dL: (140 - 40) x 72 / (72 x 1.0) x 0.85 = 85
# mL/min (Cockcroft-Gault, TABERS), on the actual weight.
CG_PATIENT = Patient(
    age_years=D(40), sex="female", weight_kg=D(72), serum_creatinine_mg_dl=D("1.0")
)


class TestRenalAndAdjuncts:
    def test_renal(self, reference: Reference) -> None:
        result = estimate_creatinine_clearance(reference, CG_PATIENT, "actual")
        lines = summary_adjuncts.renal_summary(result)

        assert lines[len(result.warnings) :] == (
            (
                "Creatinine clearance 85 mL/min, Cockcroft-Gault on 72 kg actual weight and serum "
                "creatinine 1 mg/dL."
            ),
            "Renal impairment: no.",
        )
        impaired = attrs.evolve(result, renal_impairment=True)
        assert "Renal impairment: yes." == summary_adjuncts.renal_summary(impaired)[-1]

    def test_weight_phrases(self, reference: Reference) -> None:
        weight = estimate_creatinine_clearance(reference, CG_PATIENT, "actual").weight

        assert "72 kg actual weight" == summary_adjuncts.weight_phrase(weight)
        ideal = attrs.evolve(weight, basis="ideal", actual_used=False, kg=D("61.37"))
        assert "61.37 kg ideal body weight" == summary_adjuncts.weight_phrase(ideal)
        lower = attrs.evolve(weight, basis="ideal", actual_used=True)
        assert "72 kg actual weight (below the ideal body weight)" == (
            summary_adjuncts.weight_phrase(lower)
        )

    def test_ketamine(self, reference: Reference) -> None:
        """0.2 mg/kg/h x 70 kg = 14 mg/h; x 24 = 336 mg; / 2 mg/mL = 7 mL/h; bolus 0.3 x 70 = 21."""
        order = adjuncts.KetamineOrder(D("0.2"), "actual", D(2), D("0.3"))
        result = adjuncts.dose_ketamine(reference, Patient(weight_kg=D(70)), order)
        lines = summary_adjuncts.ketamine_summary(result)

        assert lines[len(result.warnings) :] == (
            (
                "Ketamine 0.2 mg/kg/h x 70 kg actual weight = 14 mg/h by continuous intravenous "
                "infusion = 7 mL/h of 2 mg/mL; 336 mg per 24 hours."
            ),
            "Bolus: 0.3 mg/kg = 21 mg intravenously (10.5 mL).",
        )
        assert result.bolus is not None
        bare = attrs.evolve(
            result,
            infusion_ml_per_h=None,
            concentration_mg_per_ml=None,
            bolus=attrs.evolve(result.bolus, volume_ml=None),
        )
        assert summary_adjuncts.ketamine_summary(bare)[-2:] == (
            (
                "Ketamine 0.2 mg/kg/h x 70 kg actual weight = 14 mg/h by continuous intravenous "
                "infusion; 336 mg per 24 hours."
            ),
            "Bolus: 0.3 mg/kg = 21 mg intravenously.",
        )
        assert summary_adjuncts.ketamine_summary(attrs.evolve(bare, bolus=None))[-1].startswith(
            "Ketamine"
        )

    def test_clonidine(self, reference: Reference) -> None:
        """
        0.1 mg twice daily (every 24 / 2 = 12 hours) = 0.2 mg/day; hold below 90/60 mmHg (VA-WD);
        stopping: 0.1 mg/day for ceil(4 / 1) = 4 days, none from day 5.
        """
        result = adjuncts.dose_clonidine(reference, D("0.1"))
        lines = summary_adjuncts.clonidine_summary(result)

        assert lines[len(result.warnings) :] == (
            "Clonidine 0.1 mg by mouth twice a day (every 12 hours): 0.2 mg/day.",
            "Hold if systolic below 90 mmHg or diastolic below 60 mmHg.",
            "Titration day 1 on: 0.1 mg in the morning and 0.1 mg at bedtime (0.2 mg/day).",
            "To stop, day 1-4: 0.1 mg once a day (0.1 mg/day).",
            "To stop, day 5 on: none.",
        )
        three = attrs.evolve(
            result.taper[0], doses_mg=(D("0.1"), D("0.1"), D("0.1")), daily_mg=D("0.3")
        )
        assert "To stop, day 1-4: 0.1 mg + 0.1 mg + 0.1 mg (0.3 mg/day)." in (
            summary_adjuncts.clonidine_summary(attrs.evolve(result, taper=(three,)))
        )

    def test_gabapentin(self, reference: Reference) -> None:
        """
        CrCl 90 (given) >= 60: Neurontin 900-3600 mg/day TID, cap min(3600, 1800) = 1800; 900 mg/day
        = 3 x 300 mg; titration 300, 600, 900 mg/day on days 1, 2, 3 (label).
        """
        order = adjuncts.GabapentinOrder(D(900))
        patient = Patient(creatinine_clearance_ml_min=D(90))
        result = adjuncts.dose_gabapentin(reference, patient, order)
        lines = summary_adjuncts.gabapentin_summary(result)

        assert lines[len(result.warnings) :] == (
            "Gabapentin target 900 mg/day (asked 900 mg/day; cap 1,800 mg/day at this clearance).",
            "Creatinine clearance 90 mL/min, as given.",
            "Maintenance: Gabapentin 300 mg by mouth three times a day (900 mg/day).",
            "Day 1: Gabapentin 300 mg by mouth once a day (300 mg/day).",
            "Day 2: Gabapentin 300 mg by mouth twice a day (600 mg/day).",
            "Day 3 on: Gabapentin 300 mg by mouth three times a day (900 mg/day).",
        )
        dialysed = attrs.evolve(result, hemodialysis_supplement_mg=D(125))
        assert (
            "After each hemodialysis session: 125 mg."
            == (summary_adjuncts.gabapentin_summary(dialysed)[-1])
        )

    def test_pregabalin(self, reference: Reference) -> None:
        """
        85 mL/min (Cockcroft-Gault, as above) >= 60: start 150 mg/day; 300 mg/day twice daily = 2 x
        150 mg; hemodialysis supplement 25-100 mg (NZ-PREG).
        """
        order = adjuncts.PregabalinOrder(D(300), doses_per_day=2, weight_basis="actual")
        result = adjuncts.dose_pregabalin(reference, CG_PATIENT, order)
        lines = summary_adjuncts.pregabalin_summary(result)

        assert lines[len(result.warnings) : len(result.warnings) + 3] == (
            "Pregabalin target 300 mg/day (asked 300 mg/day; start 150 mg/day).",
            "Creatinine clearance 85 mL/min, Cockcroft-Gault on 72 kg actual weight.",
            "Maintenance: Pregabalin 150 mg by mouth twice a day (300 mg/day).",
        )
        dialysed = attrs.evolve(
            result,
            hemodialysis_supplement_min_mg=D(25),
            hemodialysis_supplement_max_mg=D(100),
        )
        assert (
            "After each hemodialysis session: 25 to 100 mg."
            == (summary_adjuncts.pregabalin_summary(dialysed)[-1])
        )

    def test_regimen_phrases(self) -> None:
        """400 mg = 300 + 100 twice daily = 800 mg/day; a dose below every strength: none."""
        assert (
            "Gabapentin 400 mg by mouth twice a day (800 mg/day; each dose 300 mg + 100 mg)"
            == summary_adjuncts.regimen_phrase(
                "Gabapentin", Regimen(2, D(400), D(800), (D(300), D(100)))
            )
        )
        assert "Gabapentin: below the smallest strength, none offered" == (
            summary_adjuncts.regimen_phrase("Gabapentin", Regimen(3, None, None))
        )
        days = (TitrationDay(1, D(100), Regimen(1, D(100), D(100), (D(100),))),)
        assert ["Day 1 on: Pregabalin 100 mg by mouth once a day (100 mg/day)."] == (
            summary_adjuncts._titration("Pregabalin", days)
        )

    def test_naltrexone(self, reference: Reference) -> None:
        """Target 2 mg/day; start 1 mg, +0.5 mg every 14 days: days 1, 15, 29 (defaults)."""
        result = adjuncts.dose_naltrexone(reference, adjuncts.NaltrexoneOrder(D(2)), ())
        lines = summary_adjuncts.naltrexone_summary(result)

        assert lines[len(result.warnings) :] == (
            (
                "Low-dose naltrexone: target 2 mg once a day by mouth; start 1 mg, then 0.5 mg more "
                "every 14 days."
            ),
            "Day 1-14: naltrexone 1 mg by mouth once a day.",
            "Day 15-28: naltrexone 1.5 mg by mouth once a day.",
            "Day 29 on: naltrexone 2 mg by mouth once a day.",
        )
