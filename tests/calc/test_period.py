"""
Period MME: the published examples of the NIH HEAL calculator and the Opioid Data Lab, typed
from where they were published (named on each test), never from this code's output.

- NIH HEAL calculator API responses recorded by the mmequiv R package [MMEQUIV]: its vignette
  (vignettes/articles/mmequiv/0/api/mme_definitions-19616d-POST.json) and its tests
  (tests/testthat/calculate_mme*/api/mme_definitions-*-POST.json). The API answers in binary
  floats; the exact quotient is checked, and that it is the float the API printed.
- mmequiv's data-frame snapshot (tests/testthat/_snaps/calculate_mme.data.frame.md, patients
  P001-P005 of its opioid_trial data), printed rounded by R.
- The Opioid Data Lab's experiments 1-6 (docs/MMEequations.html) [ODL-MME], printed as whole
  MME/day by Stata's round() (halves up).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from decimal import Decimal as D

import pytest

from calc.errors import CalcError, OutOfRangeError, UnknownEntryError
from calc.period import PeriodResult, PeriodWindows, Prescription, calculate_period_mme
from calc.reference import Reference


def dose(drug: str, amount: str, per_day: str, days: int, **kw: object) -> Prescription:
    unit = kw.pop("unit", "mg")
    route = kw.pop("route", "oral")
    return Prescription(
        drug,
        route,  # type: ignore[arg-type]
        dose=D(amount),
        dose_unit=unit,  # type: ignore[arg-type]
        doses_per_day=D(per_day),
        days_of_medication=days,
        **kw,  # type: ignore[arg-type]
    )


def nih(
    reference: Reference,
    prescriptions: list[Prescription],
    therapy: int,
    window: int,
    **kw: int | None,
) -> PeriodResult:
    windows = PeriodWindows(therapy_days=therapy, observation_window_days=window, **kw)  # type: ignore[arg-type]
    return calculate_period_mme(reference, prescriptions, windows)


def quotient(a: str, b: str) -> Decimal:
    return D(a) / D(b)


class TestNihHealApiResponses:
    """Responses of the NIH HEAL calculator's API, as recorded by mmequiv [MMEQUIV]."""

    def test_vignette_hydrocodone_and_oxycodone(self, reference: Reference) -> None:
        """mme_definitions-19616d-POST.json: therapy 7 days, window 14 days."""
        result = nih(
            reference,
            [dose("hydrocodone", "10", "4", 7), dose("oxycodone", "5", "2", 5)],
            therapy=7,
            window=14,
        )

        hydrocodone, oxycodone = result.prescriptions
        assert (D(1), D(280), D(40)) == (
            hydrocodone.conversion_factor,
            hydrocodone.mme,
            hydrocodone.single_day_mme,
        )
        assert (D("1.5"), D(75), D(15)) == (
            oxycodone.conversion_factor,
            oxycodone.mme,
            oxycodone.single_day_mme,
        )
        for group in (result.with_buprenorphine, result.without_buprenorphine):
            assert (D(355), 12, D(55)) == (group.total_mme, group.total_days, group.mme4)
            assert (quotient("355", "12"), quotient("355", "7"), quotient("355", "14")) == (
                group.mme1,
                group.mme2,
                group.mme3,
            )
            assert [29.583333333333332, 50.714285714285715, 25.357142857142858] == [
                float(group.mme1),  # type: ignore[arg-type]
                float(group.mme2),  # type: ignore[arg-type]
                float(group.mme3),  # type: ignore[arg-type]
            ]

    def test_buprenorphine_film_and_hydrocodone(self, reference: Reference) -> None:
        """mme_definitions-89debf-POST.json: therapy 10 days, window 5 days."""
        result = nih(
            reference,
            [
                dose("buprenorphine", "50", "2", 5, unit="mcg", route="buccal"),
                dose("hydrocodone", "75", "3", 10),
            ],
            therapy=10,
            window=5,
        )

        film, hydrocodone = result.prescriptions
        assert (D("0.039"), D("19.5"), D("3.9"), True) == (
            film.conversion_factor,
            film.mme,
            film.single_day_mme,
            film.buprenorphine,
        )
        assert (D(1), D(2250), D(225)) == (
            hydrocodone.conversion_factor,
            hydrocodone.mme,
            hydrocodone.single_day_mme,
        )
        w = result.with_buprenorphine
        assert (D("2269.5"), 15, D("151.3"), D("226.95"), D("453.9"), D("228.9")) == (
            w.total_mme,
            w.total_days,
            w.mme1,
            w.mme2,
            w.mme3,
            w.mme4,
        )
        wo = result.without_buprenorphine
        assert (D(2250), 10, D(225), D(225), D(450), D(225)) == (
            wo.total_mme,
            wo.total_days,
            wo.mme1,
            wo.mme2,
            wo.mme3,
            wo.mme4,
        )
        assert "period.buprenorphine_included" in [a.code for a in result.warnings]

    @pytest.mark.parametrize(
        ("fixture", "therapy_without", "window_without"),
        [("0cde32", None, None), ("330e40", 15, 7), ("771759", None, 7), ("c3fb68", 15, None)],
    )
    def test_buprenorphine_alone(
        self,
        reference: Reference,
        fixture: str,
        therapy_without: int | None,
        window_without: int | None,
    ) -> None:
        """mme_definitions-{fixture}-POST.json: therapy 10, window 5; without buprenorphine the
        calculator answers total 0, days 0, mme1 null, mme2 0, mme3 0, mme4 0 whatever its own
        therapy days and window."""
        del fixture
        result = nih(
            reference,
            [dose("buprenorphine", "50", "2", 5, unit="mcg", route="buccal")],
            therapy=10,
            window=5,
            therapy_days_without_buprenorphine=therapy_without,
            observation_window_days_without_buprenorphine=window_without,
        )

        w = result.with_buprenorphine
        assert (D("19.5"), 5, D("3.9"), D("1.95"), D("3.9"), D("3.9")) == (
            w.total_mme,
            w.total_days,
            w.mme1,
            w.mme2,
            w.mme3,
            w.mme4,
        )
        wo = result.without_buprenorphine
        assert (D(0), 0, None, D(0), D(0), D(0)) == (
            wo.total_mme,
            wo.total_days,
            wo.mme1,
            wo.mme2,
            wo.mme3,
            wo.mme4,
        )
        assert "period.no_full_agonist" in [a.code for a in result.warnings]


def places(x: Decimal | None, digits: int) -> Decimal:
    assert x is not None
    return x.quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)


# calculate_mme.data.frame.md, 'Custom column names are handled correctly': the first five
# patients, their prescriptions from the printed medications table and their summary (therapy
# days and window as printed; mme1-mme4 as R printed them).
SNAPSHOT_PATIENTS = {
        "P001": (
            [dose("fentanyl", "12.5", "1", 7, unit="mcg/h", route="transdermal"),
             dose("tramadol", "125", "1", 30)],
            7, 30, ("960.00", 37), ("25.94595", "137.14286", "32.000000", "55.000"),
        ),
        "P002": (
            [dose("hydrocodone", "10", "3", 14), dose("tramadol", "60", "3", 14)],
            14, 30, ("924.00", 28), ("33.00000", "66.00000", "30.800000", "66.000"),
        ),
        "P003": (
            [dose("meperidine", "50", "4", 7), dose("tramadol", "90", "3", 7),
             dose("opium", "40", "3", 14), dose("hydrocodone", "5", "2", 3)],
            7, 30, ("2228.00", 31), ("71.87097", "318.28571", "74.266667", "204.000"),
        ),
        "P004": (
            [dose("hydrocodone", "10", "3", 7)],
            7, 30, ("210.00", 7), ("30.00000", "30.00000", "7.000000", "30.000"),
        ),
        "P005": (
            [dose("codeine", "45", "1", 7)],
            7, 30, ("47.25", 7), ("6.75000", "6.75000", "1.575000", "6.750"),
        ),
}  # fmt: skip


class TestMmequivDataFrameSnapshot:
    """mmequiv's snapshot of its data-frame function [MMEQUIV], patients P001-P005."""

    @pytest.mark.parametrize("patient", sorted(SNAPSHOT_PATIENTS))
    def test_patient(self, reference: Reference, patient: str) -> None:
        prescriptions, therapy, window, (total, days), printed = SNAPSHOT_PATIENTS[patient]
        result = nih(reference, prescriptions, therapy, window)

        g = result.with_buprenorphine
        assert (D(total), days) == (g.total_mme, g.total_days)
        assert [D(p) for p in printed] == [
            places(value, -D(p).as_tuple().exponent)  # type: ignore[operator]
            for value, p in zip((g.mme1, g.mme2, g.mme3, g.mme4), printed, strict=True)
        ]
        assert result.without_buprenorphine == g

    def test_p001_therapy_days_fewer_than_its_longest_prescription(
        self, reference: Reference
    ) -> None:
        """P001's 7 therapy days cannot hold its 30-day tramadol: reproduced, and warned."""
        prescriptions, therapy, window, _, _ = SNAPSHOT_PATIENTS["P001"]

        result = nih(reference, prescriptions, therapy, window)

        assert "period.therapy_days_below_longest" in [a.code for a in result.warnings]


DAY_1 = dt.date(2020, 1, 1)  # the notebook's month has exactly 30 days, all dispensed at midnight
MONTH = PeriodWindows(window_start=DAY_1, window_end=DAY_1 + dt.timedelta(days=29))


def dispensed(
    drug: str, units: int, strength: str, days: int, day: int, unit: str = "mg"
) -> Prescription:
    return Prescription(
        drug,
        "oral",
        strength=D(strength),
        strength_unit=unit,
        quantity_dispensed=D(units),
        days_supply=days,
        start_date=DAY_1 + dt.timedelta(days=day - 1),
    )


# Experiments 1-6 of the lab notebook [ODL-MME]: the input rows (units, strength, days, start
# day) and the printed results of equations 1-4 and "Total therapy-days accounting for any
# overlap". Experiment 6 is experiment 5 with the first prescription cut to 2 days and 4 units.
EXPERIMENTS = {
    1: ([("oxycodone", 60, "30", 30, 1), ("oxycodone", 14, "5", 7, 1)], 30, (76, 94, 94, 53)),
    2: (
        [("oxycodone", 60, "20", 30, 1), ("oxycodone", 14, "5", 7, 1),
         ("oxycodone", 14, "5", 7, 10)],
        30, (46, 67, 67, 30),
    ),
    3: ([("oxycodone", 14, "5", 7, 1), ("oxycodone", 14, "5", 7, 10)], 14, (15, 7, 15, 15)),
    4: ([("oxycodone", 14, "5", 7, 1), ("oxycodone", 14, "5", 7, 3)], 9, (15, 7, 23, 15)),
    5: ([("oxycodone", 14, "5", 7, 1), ("hydrocodone", 14, "5", 7, 3)], 9, (13, 6, 19, 13)),
    6: ([("oxycodone", 4, "5", 2, 1), ("hydrocodone", 14, "5", 7, 3)], 9, (11, 3, 11, 13)),
}  # fmt: skip


class TestOpioidDataLabExperiments:
    @pytest.mark.parametrize("experiment", sorted(EXPERIMENTS))
    def test_experiment(self, reference: Reference, experiment: int) -> None:
        rows, exposed, printed = EXPERIMENTS[experiment]
        prescriptions = [dispensed(*row) for row in rows]

        result = calculate_period_mme(reference, prescriptions, MONTH, "cdc-2022")

        average = result.average_daily_mme
        assert average is not None
        equations = (
            average.mme_over_days_supplied,
            average.mme_over_window,
            average.mme_over_exposed_days,
            average.mean_prescription_daily_mme,
        )
        assert list(printed) == [int(places(x, 0)) for x in equations]
        assert exposed == average.exposed_days

    def test_experiment_1_exactly(self, reference: Reference) -> None:
        """The problem statement's arithmetic: 2700 + 105 = 2805 MME; 2805/37, 2805/30, 2805/30
        and (2700/30 + 105/7)/2 = 52.5."""
        prescriptions = [dispensed(*row) for row in EXPERIMENTS[1][0]]

        result = calculate_period_mme(reference, prescriptions, MONTH, "cdc-2022")

        assert [D(2700), D(105)] == [p.mme for p in result.prescriptions]
        average = result.average_daily_mme
        assert average is not None
        assert (D(2805), 37, 30, 30) == (
            average.total_mme,
            average.days_supplied,
            average.window_days,
            average.exposed_days,
        )
        assert (quotient("2805", "37"), D("93.5"), D("93.5"), D("52.5")) == (
            average.mme_over_days_supplied,
            average.mme_over_window,
            average.mme_over_exposed_days,
            average.mean_prescription_daily_mme,
        )

    def test_daily_curve_of_experiment_4(self, reference: Reference) -> None:
        """Two 15 MME/day prescriptions on days 1-7 and 3-9: 15, 15, 30 x 5, 15, 15, then 0."""
        prescriptions = [dispensed(*row) for row in EXPERIMENTS[4][0]]

        result = calculate_period_mme(reference, prescriptions, MONTH, "cdc-2022")

        expected = [15, 15, 30, 30, 30, 30, 30, 15, 15] + [0] * 21
        assert [D(x) for x in expected] == [d.mme for d in result.daily_mme]
        assert [DAY_1 + dt.timedelta(days=i) for i in range(30)] == [
            d.date for d in result.daily_mme
        ]
        average = result.average_daily_mme
        assert average is not None
        assert (D(30), DAY_1 + dt.timedelta(days=2)) == (average.peak_daily_mme, average.peak_date)


class TestCdcDataFileFormula:
    def test_oxycodone_120_tablets_over_30_days(self, reference: Reference) -> None:
        """CDC NDC file documentation [CDC-NDC16]: 10 mg x (120 / 30) x 1.5 = 60 MME/day."""
        rx = Prescription(
            "oxycodone", "oral", strength=D(10), strength_unit="mg",
            quantity_dispensed=D(120), days_supply=30,
        )  # fmt: skip

        result = nih(reference, [rx], therapy=30, window=30)

        assert (D(60), D(1800)) == (
            result.prescriptions[0].single_day_mme,
            result.prescriptions[0].mme,
        )


class TestUnitsAndForms:
    def test_mcg_dose_of_an_mg_row(self, reference: Reference) -> None:
        """Hydromorphone 2000 mcg twice a day = 4 mg/day x 5 (nih-heal) = 20 MME/day."""
        result = nih(reference, [dose("hydromorphone", "2000", "2", 1, unit="mcg")], 1, 1)

        assert (D(4), "mg/day", D(20)) == (
            result.prescriptions[0].daily_amount,
            result.prescriptions[0].daily_amount_unit,
            result.prescriptions[0].single_day_mme,
        )

    def test_mg_dose_of_an_mcg_row(self, reference: Reference) -> None:
        """Nasal fentanyl 0.1 mg x 2 = 200 mcg/day x 0.16 = 32 MME/day (nih-heal)."""
        rx = dose("fentanyl", "0.1", "2", 1, route="intranasal")

        assert D(32) == nih(reference, [rx], 1, 1).with_buprenorphine.mme4

    @pytest.mark.parametrize(
        ("route", "form", "factor"),
        [
            ("buccal", "tablet", "0.13"),
            ("sublingual", "tablet", "0.13"),
            ("buccal", "lozenge", "0.13"),
            ("buccal", "film", "0.18"),
            ("sublingual", "spray", "0.18"),
        ],
    )
    def test_transmucosal_fentanyl_by_form(
        self, reference: Reference, route: str, form: str, factor: str
    ) -> None:
        """nih-heal: 'Fentanyl buccal (mcg)' 0.13 and 'Fentanyl oral (mcg)' 0.18 [NIHHEAL-LIST],
        the CDC categories tablet or lozenge, and film or oral spray [CMS18]."""
        rx = dose("fentanyl", "100", "4", 1, unit="mcg", route=route, form=form)

        line = nih(reference, [rx], 1, 1).prescriptions[0]

        assert (D(factor), D(400) * D(factor)) == (line.conversion_factor, line.single_day_mme)

    def test_transmucosal_fentanyl_needs_its_form(self, reference: Reference) -> None:
        rx = dose("fentanyl", "100", "4", 1, unit="mcg", route="buccal")

        with pytest.raises(UnknownEntryError) as caught:
            nih(reference, [rx], 1, 1)

        assert ("mme.form_required", "prescriptions[0].form") == (
            caught.value.code,
            caught.value.field,
        )

    def test_a_form_the_table_does_not_list(self, reference: Reference) -> None:
        rx = dose("fentanyl", "100", "4", 1, unit="mcg", route="buccal", form="gel")

        with pytest.raises(UnknownEntryError, match="does not cover form"):
            nih(reference, [rx], 1, 1)

    def test_a_form_on_a_row_without_forms_is_accepted(self, reference: Reference) -> None:
        rx = dose("oxycodone", "5", "2", 1, form="tablet")

        assert D(15) == nih(reference, [rx], 1, 1).with_buprenorphine.mme4

    def test_methadone_tiers_of_cdc_2016_by_daily_amount(self, reference: Reference) -> None:
        """A band table: 30 mg/day methadone dispensed (60 x 10 mg / 20 days) is tier 8
        (CDC16-TDD): 240 MME/day."""
        rx = Prescription(
            "methadone", "oral", strength=D(10), strength_unit="mg",
            quantity_dispensed=D(60), days_supply=20,
        )  # fmt: skip
        windows = PeriodWindows(therapy_days=20, observation_window_days=20)

        result = calculate_period_mme(reference, [rx], windows, "cdc-2016")

        assert (D(8), D(240)) == (
            result.prescriptions[0].conversion_factor,
            result.prescriptions[0].single_day_mme,
        )

    def test_methadone_tier_of_a_dose(self, reference: Reference) -> None:
        """10 mg three times a day = 30 mg/day methadone, tier 8 of cdc-2016 (CDC16-TDD)."""
        windows = PeriodWindows(therapy_days=1, observation_window_days=1)

        result = calculate_period_mme(
            reference, [dose("methadone", "10", "3", 1)], windows, "cdc-2016"
        )

        assert (D(8), D(240)) == (
            result.prescriptions[0].conversion_factor,
            result.with_buprenorphine.mme4,
        )

    def test_patch_dispensed(self, reference: Reference) -> None:
        """A dispensed 25 mcg/h patch: 25 x 2.4 = 60 MME/day over the days supplied; the
        quantity is not used, and the result says so."""
        rx = Prescription(
            "fentanyl", "transdermal", strength=D(25), strength_unit="mcg/h",
            quantity_dispensed=D(10), days_supply=30,
        )  # fmt: skip

        result = nih(reference, [rx], 30, 30)

        assert (D(60), D(1800)) == (
            result.prescriptions[0].single_day_mme,
            result.prescriptions[0].mme,
        )
        assert "period.patch_quantity_not_used" in [a.code for a in result.warnings]

    def test_patch_dose_without_doses_per_day_is_one_patch(self, reference: Reference) -> None:
        rx = Prescription(
            "buprenorphine", "transdermal", dose=D(10), dose_unit="mcg/h", days_of_medication=7
        )

        result = nih(reference, [rx], 7, 7)

        assert (D(22), D(154)) == (
            result.prescriptions[0].single_day_mme,
            result.prescriptions[0].mme,
        )


class TestRefusals:
    @pytest.mark.parametrize(
        ("fields", "code", "field"),
        [
            ({"dose": D(5), "strength": D(5)}, "period.prescription_kind", "strength"),
            ({}, "period.field_missing", "dose"),
            ({"dose": D(5)}, "period.field_missing", "dose_unit"),
            ({"dose": D(5), "dose_unit": "mg"}, "period.field_missing", "days_of_medication"),
            (
                {"dose": D(5), "dose_unit": "mg", "days_of_medication": 3},
                "period.field_missing",
                "doses_per_day",
            ),
            ({"strength": D(5)}, "period.field_missing", "strength_unit"),
            ({"strength": D(5), "strength_unit": "mg"}, "period.field_missing", "quantity_dispensed"),
            ({"quantity_dispensed": D(5)}, "period.field_missing", "strength"),
            (
                {"strength": D(5), "strength_unit": "mg", "quantity_dispensed": D(5)},
                "period.field_missing",
                "days_supply",
            ),
            (
                {"dose": D(5), "dose_unit": "mcg/h", "days_of_medication": 3},
                "medication.unit_mismatch",
                "dose_unit",
            ),
            (
                {"strength": D(5), "strength_unit": "mcg/h", "quantity_dispensed": D(5),
                 "days_supply": 3},
                "medication.unit_mismatch",
                "strength_unit",
            ),
        ],
    )  # fmt: skip
    def test_prescription_fields(
        self, reference: Reference, fields: dict[str, object], code: str, field: str
    ) -> None:
        rx = Prescription("oxycodone", "oral", **fields)  # type: ignore[arg-type]

        with pytest.raises(CalcError) as caught:
            nih(reference, [dose("morphine", "10", "1", 1), rx], 1, 1)

        assert (code, f"prescriptions[1].{field}") == (caught.value.code, caught.value.field)

    @pytest.mark.parametrize(
        ("windows", "code", "field"),
        [
            (PeriodWindows(observation_window_days=5), "period.field_missing", "therapy_days"),
            (PeriodWindows(therapy_days=5), "period.field_missing", "observation_window_days"),
            (
                PeriodWindows(
                    therapy_days=5, window_start=DAY_1, window_end=DAY_1 - dt.timedelta(days=1)
                ),
                "period.window_reversed",
                "observation_window.end_date",
            ),
            (
                PeriodWindows(
                    therapy_days=5,
                    observation_window_days=5,
                    window_start=DAY_1,
                    window_end=DAY_1 + dt.timedelta(days=5),
                ),
                "period.window_conflict",
                "observation_window_days",
            ),
        ],
    )
    def test_windows(
        self, reference: Reference, windows: PeriodWindows, code: str, field: str
    ) -> None:
        with pytest.raises(OutOfRangeError) as caught:
            calculate_period_mme(reference, [dose("morphine", "10", "1", 1)], windows)

        assert (code, field) == (caught.value.code, caught.value.field)

    def test_a_window_of_six_days_gives_the_window_days(self, reference: Reference) -> None:
        windows = PeriodWindows(
            therapy_days=1, window_start=DAY_1, window_end=DAY_1 + dt.timedelta(days=5)
        )

        result = calculate_period_mme(reference, [dose("morphine", "12", "1", 1)], windows)

        assert (6, D(2)) == (
            result.with_buprenorphine.observation_window_days,
            result.with_buprenorphine.mme3,
        )
        assert result.average_daily_mme is None
        assert () == result.daily_mme

    def test_start_date_on_every_prescription_or_none(self, reference: Reference) -> None:
        prescriptions = [dispensed("oxycodone", 14, "5", 7, 1), dose("morphine", "10", "1", 1)]

        with pytest.raises(OutOfRangeError) as caught:
            calculate_period_mme(reference, prescriptions, MONTH)

        assert ("period.start_date_missing", "prescriptions[1].start_date") == (
            caught.value.code,
            caught.value.field,
        )

    @pytest.mark.parametrize("day", [0, 31])
    def test_dispensed_outside_the_window(self, reference: Reference, day: int) -> None:
        with pytest.raises(OutOfRangeError) as caught:
            calculate_period_mme(reference, [dispensed("oxycodone", 14, "5", 7, day)], MONTH)

        assert ("period.start_outside_window", "prescriptions[0].start_date") == (
            caught.value.code,
            caught.value.field,
        )

    def test_unknown_table(self, reference: Reference) -> None:
        with pytest.raises(UnknownEntryError, match="no mme table"):
            calculate_period_mme(
                reference, [dose("morphine", "10", "1", 1)], MONTH, "no-such-table"
            )


class TestDatesAndWarnings:
    def test_window_from_the_dates(self, reference: Reference) -> None:
        """No window: from the first dispensing (day 3) to the last day supplied (day 16)."""
        prescriptions = [
            dispensed("oxycodone", 14, "5", 7, 3),
            dispensed("oxycodone", 14, "5", 7, 10),
        ]

        result = calculate_period_mme(reference, prescriptions, PeriodWindows())

        average = result.average_daily_mme
        assert average is not None
        assert (DAY_1 + dt.timedelta(days=2), DAY_1 + dt.timedelta(days=15), 14) == (
            average.window_start,
            average.window_end,
            result.with_buprenorphine.observation_window_days,
        )
        assert (14, 14) == (result.with_buprenorphine.therapy_days, average.exposed_days)
        assert "period.window_from_dates" in [a.code for a in result.warnings]

    def test_supply_past_the_window_is_counted_whole_and_warned(self, reference: Reference) -> None:
        prescriptions = [dispensed("oxycodone", 14, "5", 7, 28)]

        result = calculate_period_mme(reference, prescriptions, MONTH)

        assert D(105) == result.with_buprenorphine.total_mme
        assert [D(15)] * 3 == [d.mme for d in result.daily_mme[-3:]]
        assert "period.supply_beyond_window" in [a.code for a in result.warnings]

    def test_therapy_days_from_the_dates_without_buprenorphine(self, reference: Reference) -> None:
        """Buprenorphine on days 1-10, oxycodone on days 5-11: 11 days with, 7 without."""
        film = Prescription(
            "buprenorphine", "buccal", dose=D(75), dose_unit="mcg", doses_per_day=D(2),
            days_of_medication=10, start_date=DAY_1,
        )  # fmt: skip

        result = calculate_period_mme(
            reference, [film, dispensed("oxycodone", 14, "5", 7, 5)], MONTH
        )

        assert (11, 7) == (
            result.with_buprenorphine.therapy_days,
            result.without_buprenorphine.therapy_days,
        )

    def test_therapy_days_given_that_differ_from_the_dates(self, reference: Reference) -> None:
        windows = PeriodWindows(therapy_days=5, window_start=DAY_1, window_end=DAY_1)

        result = calculate_period_mme(reference, [dispensed("oxycodone", 14, "5", 7, 1)], windows)

        codes = [a.code for a in result.warnings]
        assert 5 == result.with_buprenorphine.therapy_days
        assert "period.therapy_days_differ_from_dates" in codes
        assert "period.therapy_days_below_longest" in codes

    def test_therapy_days_above_the_total(self, reference: Reference) -> None:
        result = nih(reference, [dose("morphine", "10", "1", 3)], therapy=4, window=4)

        assert "period.therapy_days_above_total" in [a.code for a in result.warnings]

    def test_every_result_is_a_research_measure(self, reference: Reference) -> None:
        result = nih(reference, [dose("morphine", "10", "1", 3)], therapy=3, window=3)

        assert ["period.research_use"] == [a.code for a in result.warnings]
