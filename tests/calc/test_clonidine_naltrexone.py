"""
Clonidine (0.1-0.3 mg twice daily, SRC-000; tablets CLON-NLM; hold < 90/60, VA-WD) and
low-dose naltrexone (1-4.5 mg/day, SRC-000; titration bounds PRODUCT, UNCONFIRMED: seen only in an
AI-generated summary, issue 10).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.adjuncts import NaltrexoneOrder, dose_clonidine, dose_naltrexone
from calc.errors import OutOfRangeError, UnknownEntryError
from calc.kinds.adjunct import KIND as ADJUNCT
from calc.models import Medication, Patient
from tables.loader import load_reference


if TYPE_CHECKING:
    from calc.reference import Reference

REFERENCE = load_reference()
D = Decimal


class TestClonidine:
    def test_regimen_titration_taper(self) -> None:
        r = dose_clonidine(REFERENCE, D("0.3"))
        assert (r.dose_mg, r.doses_per_day, r.interval_hours, r.daily_mg) == (
            D("0.3"),
            2,
            D(12),
            D("0.6"),
        )
        # label: start 0.1 mg twice daily, +0.1 mg/day weekly, the larger part at bedtime
        assert [(x.day_from, x.day_to, x.doses_mg) for x in r.titration] == [
            (1, 7, (D("0.1"), D("0.1"))),
            (8, 14, (D("0.1"), D("0.2"))),
            (15, 21, (D("0.2"), D("0.2"))),
            (22, 28, (D("0.2"), D("0.3"))),
            (29, None, (D("0.3"), D("0.3"))),
        ]
        # taper: one 0.1 mg tablet less per level, 5 levels of ceil(4/5) = 1 day; stop on day 6
        assert [x.daily_mg for x in r.taper] == [D("0.5"), D("0.4"), D("0.3"), D("0.2"), D("0.1")]
        assert r.taper[-1].doses_mg == (D("0.1"),)
        assert r.stop_day == 6
        assert (r.hold_systolic_below_mmhg, r.hold_diastolic_below_mmhg) == (D(90), D(60))

    def test_smallest_dose_tapers_over_four_days(self) -> None:
        r = dose_clonidine(REFERENCE, D("0.1"))
        assert [(x.day_from, x.day_to, x.daily_mg) for x in r.taper] == [(1, 4, D("0.1"))]
        assert r.stop_day == 5
        assert len(r.titration) == 1

    def test_middle_dose_titration_and_taper(self) -> None:
        """
        0.2 mg is a tablet (CLON-NLM): no rounding notice. Titration (CATAPRES-LABEL): start
        0.1 mg twice daily, +0.1 mg/day weekly to 0.4 mg/day. Taper (table rule): 0.4 mg/day less
        one 0.1 mg tablet per level = 3 levels of ceil(4 days / 3) = 2 days; stop on day 7.
        """
        r = dose_clonidine(REFERENCE, D("0.2"))
        assert (r.dose_mg, r.daily_mg) == (D("0.2"), D("0.4"))
        assert "clonidine.rounded_down" not in [w.code for w in r.warnings]
        assert [(x.day_from, x.day_to, x.doses_mg) for x in r.titration] == [
            (1, 7, (D("0.1"), D("0.1"))),
            (8, 14, (D("0.1"), D("0.2"))),
            (15, None, (D("0.2"), D("0.2"))),
        ]
        assert [(x.day_from, x.day_to, x.doses_mg) for x in r.taper] == [
            (1, 2, (D("0.1"), D("0.2"))),
            (3, 4, (D("0.1"), D("0.1"))),
            (5, 6, (D("0.1"),)),
        ]
        assert r.stop_day == 7
        assert [t.id for t in r.tables] == ["adjunct-clonidine", "thresholds"]

    @pytest.mark.parametrize(("dose", "daily"), [("0.1", "0.3"), ("0.2", "0.6")])
    def test_three_times_daily_splits_add_up(self, dose: str, daily: str) -> None:
        """
        VA-WD gives clonidine every 6-8 h: with a thrice-daily table each level's tablets add up
        to its daily total and the largest is last (bedtime, CATAPRES-LABEL).
        """
        table = REFERENCE.adjuncts["clonidine"]
        items = dict(table.values.items)
        items["doses_per_day"] = attrs.evolve(items["doses_per_day"], value=D(3))
        values = attrs.evolve(table.values, items=items)
        adjuncts = {**REFERENCE.adjuncts, "clonidine": attrs.evolve(table, values=values)}
        r = dose_clonidine(REFERENCE.with_tables(ADJUNCT, adjuncts), D(dose))
        assert (r.doses_per_day, r.daily_mg) == (3, D(daily))
        assert r.titration[-1].doses_mg == (D(dose),) * 3
        for level in (*r.titration, *r.taper):
            assert sum(level.doses_mg) == level.daily_mg
            assert level.doses_mg[-1] == max(level.doses_mg)

    def test_rounded_down_to_a_tablet(self) -> None:
        r = dose_clonidine(REFERENCE, D("0.25"))
        assert r.dose_mg == D("0.2")
        assert "clonidine.rounded_down" in [w.code for w in r.warnings]
        assert "clonidine.range_unconfirmed" in [w.code for w in r.warnings]

    @pytest.mark.parametrize(
        ("systolic", "diastolic", "held"),
        [("89", "70", True), ("120", "59", True), ("90", "60", False), (None, None, False)],
    )
    def test_hold_parameters(self, systolic: str | None, diastolic: str | None, held: bool) -> None:
        r = dose_clonidine(
            REFERENCE,
            D("0.1"),
            systolic_mmhg=None if systolic is None else D(systolic),
            diastolic_mmhg=None if diastolic is None else D(diastolic),
        )
        codes = [w.code for w in r.warnings]
        assert ("clonidine.hold_low_blood_pressure" in codes) is held

    def test_renal_caution(self) -> None:
        impaired = dose_clonidine(
            REFERENCE, D("0.1"), patient=Patient(creatinine_clearance_ml_min=D(40))
        )
        assert "clonidine.renal_impairment" in [w.code for w in impaired.warnings]
        normal = dose_clonidine(
            REFERENCE, D("0.1"), patient=Patient(creatinine_clearance_ml_min=D(90))
        )
        assert "clonidine.renal_impairment" not in [w.code for w in normal.warnings]

    @pytest.mark.parametrize("dose", ["0.31", "1"])
    def test_dose_above_range(self, dose: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_clonidine(REFERENCE, D(dose))
        assert (info.value.code, info.value.field) == ("clonidine.dose_out_of_range", "dose_mg")
        assert info.value.expected == "0.1-0.3 mg (SRC-000)"

    @pytest.mark.parametrize(
        ("dose", "patient"),
        [
            ("0.09", None),  # no patient context: the lower start does not apply
            ("0.05", Patient(creatinine_clearance_ml_min=D(60))),  # 60 is not impaired
            ("0.05", Patient(age_years=D("64.9"))),  # below the older-adult threshold 65
            ("0.049", Patient(creatinine_clearance_ml_min=D(20))),  # below half a tablet
            ("0.01", Patient(age_years=D(90))),
        ],
        ids=["no-patient", "crcl-60", "age-64.9", "below-half-tablet", "tiny"],
    )
    def test_dose_below_range(self, dose: str, patient: Patient | None) -> None:
        """Below 0.1 mg is refused unless the label's lower start applies, and never below half
        of the scored 0.1 mg tablet; the refusal names both."""
        with pytest.raises(OutOfRangeError) as info:
            dose_clonidine(REFERENCE, D(dose), patient=patient)
        assert (info.value.code, info.value.field) == ("clonidine.dose_out_of_range", "dose_mg")
        assert info.value.expected == (
            "0.1-0.3 mg (SRC-000); 0.05 mg only as a lower start with renal impairment or age 65 "
            "or over (CATAPRES-LABEL)"
        )
        assert info.value.received == D(dose)

    @pytest.mark.parametrize(
        ("patient", "reason"),
        [
            # label, renal impairment: patients may benefit from a lower initial dose
            (Patient(creatinine_clearance_ml_min=D(40)), "creatinine clearance 40 mL/min"),
            # label, elderly patients: the same wording (65: the CDC22 older-adult threshold)
            (Patient(age_years=D(65)), "age 65"),
            # Cockcroft-Gault (TABERS): male 50 y, 70 kg, 175 cm, SCr 2 mg/dL. Devine IBW 50 + 2.3 x
            # (68.898 - 60) = 70.47 kg > 70 kg, so the actual 70 kg: (140 - 50) x 70 / (72 x 2) =
            # 43.75 mL/min, below 60: renal impairment
            (
                Patient(
                    age_years=D(50),
                    sex="male",
                    weight_kg=D(70),
                    height_cm=D(175),
                    serum_creatinine_mg_dl=D(2),
                ),
                "creatinine clearance 43.75 mL/min",
            ),
        ],
        ids=["renal-given", "elderly", "renal-estimated"],
    )
    def test_lower_start_accepted_with_a_warning(self, patient: Patient, reason: str) -> None:
        """
        Issue 10: a cited source endorsing a lower start is accepted with a warning, not refused.
        The clonidine label: "may benefit from a lower initial dose" (no number); the smallest
        dose its scored 0.1 mg tablets make is half a tablet, 0.05 mg, twice daily: titration is
        that one level; the taper drops half a tablet (0.05 mg at bedtime) for ceil(4/1) = 4 days
        and stops on day 5.
        """
        r = dose_clonidine(REFERENCE, D("0.05"), patient=patient)
        assert (r.requested_dose_mg, r.dose_mg, r.doses_per_day, r.daily_mg) == (
            D("0.05"),
            D("0.05"),
            2,
            D("0.1"),
        )
        assert [(x.day_from, x.day_to, x.doses_mg) for x in r.titration] == [
            (1, None, (D("0.05"), D("0.05")))
        ]
        assert [(x.day_from, x.day_to, x.doses_mg) for x in r.taper] == [(1, 4, (D("0.05"),))]
        assert r.stop_day == 5
        (alert,) = [w for w in r.warnings if w.code == "clonidine.lower_start"]
        assert (alert.severity, alert.source) == ("warning", "CATAPRES-LABEL")
        assert reason in alert.message
        assert "clonidine.dose_out_of_range" not in [w.code for w in r.warnings]

    def test_lower_start_rounds_down_to_half_a_tablet(self) -> None:
        """0.08 mg is between half a tablet and one tablet: 0.05 mg is offered, and said."""
        r = dose_clonidine(REFERENCE, D("0.08"), patient=Patient(age_years=D(80)))
        assert (r.requested_dose_mg, r.dose_mg) == (D("0.08"), D("0.05"))
        codes = [w.code for w in r.warnings]
        assert {"clonidine.lower_start", "clonidine.rounded_down"} <= set(codes)

    def test_lower_start_with_both_reasons(self) -> None:
        r = dose_clonidine(
            REFERENCE,
            D("0.05"),
            patient=Patient(age_years=D(70), creatinine_clearance_ml_min=D(30)),
        )
        (alert,) = [w for w in r.warnings if w.code == "clonidine.lower_start"]
        assert "creatinine clearance 30 mL/min" in alert.message
        assert "age 70" in alert.message
        assert "clonidine.renal_impairment" in [w.code for w in r.warnings]

    def test_unestimable_clearance_is_not_renal_impairment(self) -> None:
        """Serum creatinine without sex: no Cockcroft-Gault estimate, so no lower start."""
        patient = Patient(age_years=D(50), weight_kg=D(70), serum_creatinine_mg_dl=D(2))
        with pytest.raises(OutOfRangeError):
            dose_clonidine(REFERENCE, D("0.05"), patient=patient)
        r = dose_clonidine(REFERENCE, D("0.1"), patient=patient)
        assert "clonidine.renal_impairment" not in [w.code for w in r.warnings]

    def _with_strengths(self, *values: str) -> Reference:
        table = REFERENCE.adjuncts["clonidine"]
        assert table.strengths is not None
        strengths = attrs.evolve(table.strengths, values=tuple(D(v) for v in values))
        adjuncts = {**REFERENCE.adjuncts, "clonidine": attrs.evolve(table, strengths=strengths)}
        return REFERENCE.with_tables(ADJUNCT, adjuncts)

    def test_dose_below_the_smallest_tablet_is_refused(self) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_clonidine(self._with_strengths("0.2", "0.3"), D("0.1"))
        assert (info.value.code, info.value.received) == ("clonidine.dose_below_strength", D("0.1"))

    def test_split_that_tablets_cannot_make_is_refused(self) -> None:
        # with 0.1 and 0.3 mg tablets only, 0.2 mg per dose cannot be given
        with pytest.raises(OutOfRangeError) as info:
            dose_clonidine(self._with_strengths("0.1", "0.3"), D("0.3"))
        assert (info.value.code, info.value.received) == (
            "clonidine.split_not_achievable",
            D("0.2"),
        )


@settings(deadline=None)
@given(dose=st.decimals("0.1", "0.3", places=3))
def test_clonidine_never_above_maximum_per_dose(dose: Decimal) -> None:
    r = dose_clonidine(REFERENCE, dose)
    assert r.dose_mg <= dose <= D("0.3")
    assert "clonidine.lower_start" not in [w.code for w in r.warnings]
    for level in (*r.titration, *r.taper):
        assert all(D(0) < x <= D("0.3") for x in level.doses_mg)
        assert sum(level.doses_mg) == level.daily_mg
    tapered = [x.daily_mg for x in r.taper]
    assert tapered == sorted(tapered, reverse=True)
    assert r == dose_clonidine(REFERENCE, dose)


@settings(deadline=None, max_examples=300)
@given(
    dose=st.one_of(st.decimals("0.001", "10", places=3), st.decimals("0.03", "0.35", places=3)),
    crcl=st.none() | st.decimals("0.01", "250", places=2),
    age=st.none() | st.decimals("18", "120", places=1),
)
def test_clonidine_over_the_schema_input_space(
    dose: Decimal, crcl: Decimal | None, age: Decimal | None
) -> None:
    """
    Any dose the schema accepts (0 < dose <= 10 mg) with any patient: a refusal, or doses of at
    least half a 0.1 mg tablet and at most 0.3 mg; below 0.1 mg only as the label's lower start
    (renal impairment below 60 mL/min, or age 65 or over), and then with its warning.
    """
    patient = Patient(creatinine_clearance_ml_min=crcl, age_years=age)
    lower_start = (crcl is not None and crcl < 60) or (age is not None and age >= 65)
    if dose > D("0.3") or dose < (D("0.05") if lower_start else D("0.1")):
        with pytest.raises(OutOfRangeError) as info:
            dose_clonidine(REFERENCE, dose, patient=patient)
        assert info.value.code == "clonidine.dose_out_of_range"
        return
    r = dose_clonidine(REFERENCE, dose, patient=patient)
    assert D("0.05") <= r.dose_mg <= min(dose, D("0.3"))
    assert (r.dose_mg < D("0.1")) == ("clonidine.lower_start" in [w.code for w in r.warnings])
    if r.dose_mg < D("0.1"):
        assert lower_start
    for level in (*r.titration, *r.taper):
        assert all(D("0.05") <= x <= D("0.3") for x in level.doses_mg)
        assert sum(level.doses_mg) == level.daily_mg
    assert r.titration[-1].daily_mg == r.daily_mg


OXY = Medication(drug="oxycodone", route="oral", dose=D(10), dose_unit="mg", doses_per_day=D(3))
BUP = Medication(drug="buprenorphine", route="transdermal", dose=D(10), dose_unit="mcg/h")


class TestNaltrexone:
    def test_default_titration_is_the_cautious_end(self) -> None:
        r = dose_naltrexone(REFERENCE, NaltrexoneOrder(D("4.5")))
        assert (r.start_mg, r.step_mg, r.step_interval_days) == (D(1), D("0.5"), 14)
        assert [(s.day_from, s.daily_mg) for s in r.titration][:2] == [(1, D(1)), (15, D("1.5"))]
        assert r.titration[-1].daily_mg == D("4.5")
        assert r.full_agonists == ()

    def test_last_step_is_capped_at_target(self) -> None:
        order = NaltrexoneOrder(D(3), start_mg=D("1.5"), step_mg=D(1), step_interval_days=7)
        r = dose_naltrexone(REFERENCE, order)
        assert [(s.day_from, s.daily_mg) for s in r.titration] == [
            (1, D("1.5")),
            (8, D("2.5")),
            (15, D(3)),
        ]

    def test_titration_reaches_the_target_once(self) -> None:
        """
        Defaults (PRODUCT, cautious ends of the UNCONFIRMED ranges): start 1 mg, +0.5 mg every 14 days.
        Target 2 mg: 1 mg (day 1), 1.5 mg (day 15), 2 mg (day 29); no step repeats the target.
        """
        r = dose_naltrexone(REFERENCE, NaltrexoneOrder(D(2)))
        assert [(s.day_from, s.daily_mg) for s in r.titration] == [
            (1, D(1)),
            (15, D("1.5")),
            (29, D(2)),
        ]

    def test_agonist_in_either_reference_table_is_a_full_agonist(self) -> None:
        """
        Table note: a full agonist is any opioid the MME or the equianalgesic tables cover.
        Oral levorphanol is in the equianalgesic table only; intravenous codeine in the MME
        tables only. Neither is refused.
        """
        levorphanol = attrs.evolve(OXY, drug="levorphanol", dose=D(2))
        codeine = attrs.evolve(OXY, drug="codeine", route="intravenous", dose=D(30))
        r = dose_naltrexone(REFERENCE, NaltrexoneOrder(D(2)), (levorphanol, codeine))
        assert r.full_agonists == ("codeine", "levorphanol")

    def test_uncovered_route_lists_the_drugs_of_that_route(self) -> None:
        """
        Transdermal products in the reference: the Duragesic fentanyl patch and the Butrans
        buprenorphine patch only; transdermal morphine is refused naming those two.
        """
        patch = attrs.evolve(BUP, drug="morphine")
        with pytest.raises(UnknownEntryError) as info:
            dose_naltrexone(REFERENCE, NaltrexoneOrder(D(2)), (patch,))
        assert info.value.expected == "one of ['buprenorphine', 'fentanyl']"
        assert info.value.received == "morphine"

    def test_full_agonist_conflict(self) -> None:
        r = dose_naltrexone(REFERENCE, NaltrexoneOrder(D("4.5")), (OXY, BUP))
        assert (r.full_agonists, r.partial_agonists) == (("oxycodone",), ("buprenorphine",))
        conflict = next(w for w in r.warnings if w.code == "naltrexone.full_agonist_conflict")
        assert conflict.severity == "critical"
        assert "7-10 opioid-free days" in conflict.message
        assert "naltrexone.partial_agonist_in_regimen" in [w.code for w in r.warnings]

    def test_partial_agonist_only(self) -> None:
        r = dose_naltrexone(REFERENCE, NaltrexoneOrder(D(2)), (BUP,))
        codes = [w.code for w in r.warnings]
        assert "naltrexone.full_agonist_conflict" not in codes
        assert "naltrexone.partial_agonist_in_regimen" in codes

    def test_unknown_drug_is_refused(self) -> None:
        med = attrs.evolve(OXY, drug="aspirin")
        with pytest.raises(UnknownEntryError) as info:
            dose_naltrexone(REFERENCE, NaltrexoneOrder(D(2)), (OXY, med))
        assert (info.value.code, info.value.field) == (
            "naltrexone.drug_not_covered",
            "medications[1].drug",
        )

    @pytest.mark.parametrize(
        ("order", "code", "field"),
        [
            (NaltrexoneOrder(D("0.5")), "naltrexone.target_out_of_range", "target_mg_per_day"),
            (NaltrexoneOrder(D(5)), "naltrexone.target_out_of_range", "target_mg_per_day"),
            (NaltrexoneOrder(D(3), start_mg=D(2)), "naltrexone.start_mg_out_of_range", "start_mg"),
            (NaltrexoneOrder(D(3), step_mg=D(2)), "naltrexone.step_mg_out_of_range", "step_mg"),
            (
                NaltrexoneOrder(D(3), step_interval_days=21),
                "naltrexone.step_interval_days_out_of_range",
                "step_interval_days",
            ),
            (NaltrexoneOrder(D(1), start_mg=D("1.5")), "naltrexone.start_above_target", "start_mg"),
        ],
    )
    def test_refusals(self, order: NaltrexoneOrder, code: str, field: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_naltrexone(REFERENCE, order)
        assert (info.value.code, info.value.field) == (code, field)
        assert info.value.received == getattr(order, field)


@settings(deadline=None)
@given(
    target=st.decimals("1", "4.5", places=2),
    start=st.decimals("1", "1.5", places=2),
    step=st.decimals("0.5", "1", places=2),
    every=st.integers(7, 14),
)
def test_naltrexone_titration_rises_to_target(
    target: Decimal, start: Decimal, step: Decimal, every: int
) -> None:
    start = min(start, target)
    r = dose_naltrexone(REFERENCE, NaltrexoneOrder(target, start, step, every))
    doses = [s.daily_mg for s in r.titration]
    assert doses == sorted(set(doses))
    assert doses[-1] == target
    assert all(d <= D("4.5") for d in doses)
    assert [s.day_from for s in r.titration] == [1 + i * every for i in range(len(doses))]
