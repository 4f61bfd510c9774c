"""
Implausible input is refused, not converted (issue 9): doses per administration and intervals
per release outside tables/plausibility-us.toml, and frequency fields that contradict each other
or the kind of line.  Each case names the row or label rule it enforces.
"""

from __future__ import annotations

from decimal import Decimal as D

import attrs
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from calc import plausibility
from calc.errors import CalcError, ClinicalRefusalError, OutOfRangeError
from calc.kinds.plausibility import KIND as PLAUSIBILITY
from calc.mme import calculate_mme
from calc.models import Medication, Target
from calc.plausibility import check_regimen
from calc.reference import Reference
from calc.rotation import plan_rotation


def refusal(reference: Reference, med: Medication) -> CalcError:
    with pytest.raises(CalcError) as info:
        calculate_mme(reference, [med])
    return info.value


class TestDoses:
    @pytest.mark.parametrize(
        ("med", "expected"),
        [
            # The mcg/mg slip: IV fentanyl 100 mg = 100,000 mcg per administration, above
            # 2,000 mg oral morphine equivalent at 0.3 per mcg [UTD] (6,500 mcg, plausibility-us).
            (
                Medication("fentanyl", "intravenous", D(100), "mg", interval_hours=D(1)),
                "1-6500 mcg per administration",
            ),
            # A value that would be a silent 0.0 (5e-324 mg): below 0.5 mg oral morphine.
            (
                Medication("morphine", "oral", D("5E-324"), "mg", doses_per_day=D(1)),
                "0.5-2000 mg per administration",
            ),
            # Codeine: no single administration above the label's 360 mg in 24 h [CODEINE-LABEL].
            (
                Medication("codeine", "oral", D(400), "mg", doses_per_day=D(1)),
                "2-360 mg per administration",
            ),
            # Tramadol: the label's 400 mg a day [ULTRAM-LABEL].
            (
                Medication("tramadol", "oral", D("400.01"), "mg", doses_per_day=D(1)),
                "5-400 mg per administration",
            ),
        ],
    )
    def test_refused(self, reference: Reference, med: Medication, expected: str) -> None:
        error = refusal(reference, med)

        assert (error.code, error.field, error.expected, error.received) == (
            "dose.implausible",
            "medications[0].dose",
            expected,
            med.dose,
        )

    @pytest.mark.parametrize(
        "med",
        [
            Medication("fentanyl", "intravenous", D("6.5"), "mg", interval_hours=D(24)),
            Medication("fentanyl", "intravenous", D(1), "mcg", interval_hours=D(1)),
            Medication("codeine", "oral", D(360), "mg", doses_per_day=D(1)),
            Medication("morphine", "oral", D("0.5"), "mg", doses_per_day=D(1)),
        ],
    )
    def test_edges_are_plausible(self, reference: Reference, med: Medication) -> None:
        """The bounds themselves are accepted (closed ranges; FPM 2021 covers parenteral lines)."""
        assert calculate_mme(reference, [med], "fpm-2021").total_mme_per_day > 0

    def test_very_high_but_possible_is_a_critical_warning(self, reference: Reference) -> None:
        """Morphine 500 mg every 4 h = 3,000 MME/day: computed, with mme.very_high first."""
        med = Medication("morphine", "oral", D(500), "mg", interval_hours=D(4))

        result = calculate_mme(reference, [med])

        assert D(3000) == result.total_mme_per_day
        assert ("mme.very_high", "critical") == (
            result.warnings[0].code,
            result.warnings[0].severity,
        )

    def test_unit_mismatch_is_named_before_the_interval(self, reference: Reference) -> None:
        """A patch given in mg: the unit is the problem, whatever the frequency says."""
        med = Medication("fentanyl", "transdermal", D(25), "mg", doses_per_day=D(1))

        error = refusal(reference, med)

        assert (error.code, error.field) == ("medication.unit_mismatch", "medications[0].dose_unit")

    def test_a_line_without_a_row_is_converted_and_said(self, reference: Reference) -> None:
        """An institution table may cover a drug plausibility-us does not: a note, not a guess."""
        table = reference.plausibility
        assert table is not None
        doses = {k: v for k, v in table.doses.items() if k != ("morphine", "oral")}
        bare = reference.with_default(PLAUSIBILITY, attrs.evolve(table, doses=doses))
        med = Medication("morphine", "oral", D(10), "mg", doses_per_day=D(1))

        result = calculate_mme(bare, [med])

        assert [("dose.plausibility_unchecked", "info")] == [
            (w.code, w.severity) for w in result.warnings
        ]


class TestIntervals:
    @pytest.mark.parametrize(
        ("med", "field", "expected"),
        [
            # OxyContin every 12 hours [OXYCONTIN-LABEL]: not every 4 h.
            (
                Medication("oxycodone", "oral", D(10), "mg", "extended", interval_hours=D(4)),
                "medications[0].interval_hours",
                "every 12-24 h for oxycodone oral extended release",
            ),
            # Exalgo (hydromorphone ER) once daily [RXNORM20]: not twice.
            (
                Medication("hydromorphone", "oral", D(8), "mg", "extended", doses_per_day=D(2)),
                "medications[0].doses_per_day",
                "every 24-24 h for hydromorphone oral extended release",
            ),
            # No oral product is given less often than once a day [RXNORM20].
            (
                Medication("morphine", "oral", D(30), "mg", interval_hours=D(168)),
                "medications[0].interval_hours",
                "every 1-24 h for morphine oral",
            ),
            # A fentanyl patch is changed every 72 h (48 h accepted) [DURAGESIC].
            (
                Medication("fentanyl", "transdermal", D(25), "mcg/h", interval_hours=D(24)),
                "medications[0].interval_hours",
                "every 48-72 h for fentanyl transdermal",
            ),
            # Butrans is worn for 7 days [BUTRANS].
            (
                Medication("buprenorphine", "transdermal", D(10), "mcg/h", interval_hours=D(72)),
                "medications[0].interval_hours",
                "every 168-168 h for buprenorphine transdermal",
            ),
            # An as-needed line at its densest: 12 a day is every 2 h, fine for IR; a
            # methadone line every 2 h is below the Morley-Makin 3-hourly minimum [STELIZ].
            (
                Medication(
                    "methadone", "oral", D(5), "mg", as_needed=True, max_doses_per_day=D(12)
                ),
                "medications[0].max_doses_per_day",
                "every 3-24 h for methadone oral",
            ),
        ],
    )
    def test_refused(
        self, reference: Reference, med: Medication, field: str, expected: str
    ) -> None:
        error = refusal(reference, med)

        assert (error.code, error.field, error.expected) == (
            "medication.interval_not_for_release",
            field,
            expected,
        )

    @pytest.mark.parametrize(
        "med",
        [
            Medication("morphine", "oral", D(30), "mg", "extended", interval_hours=D(8)),
            Medication("fentanyl", "transdermal", D(25), "mcg/h", interval_hours=D(72)),
            Medication("fentanyl", "transdermal", D(25), "mcg/h", interval_hours=D(48)),
            Medication("buprenorphine", "transdermal", D(10), "mcg/h", interval_hours=D(168)),
            Medication("oxycodone", "oral", D(10), "mg", as_needed=True, max_doses_per_day=D(12)),
        ],
    )
    def test_label_intervals_are_plausible(self, reference: Reference, med: Medication) -> None:
        """MS Contin every 8 h [MSCONTIN-LABEL]; patches at their change intervals."""
        (line,) = calculate_mme(reference, [med], "fpm-2021").lines

        assert line.mme_per_day > 0


class TestFrequencyFields:
    @pytest.mark.parametrize(
        ("med", "field"),
        [
            # doses_per_day 1 with interval_hours 4: one of them would silently win.
            (
                Medication(
                    "morphine", "oral", D(10), "mg", doses_per_day=D(1), interval_hours=D(4)
                ),
                "medications[0].interval_hours",
            ),
            # A patch is its rate; doses per day would be silently ignored.
            (
                Medication("fentanyl", "transdermal", D(25), "mcg/h", doses_per_day=D(1)),
                "medications[0].doses_per_day",
            ),
            (
                Medication("fentanyl", "transdermal", D(25), "mcg/h", as_needed=True),
                "medications[0].as_needed",
            ),
            # As-needed lines take their maximum, not doses_per_day ...
            (
                Medication(
                    "oxycodone",
                    "oral",
                    D(10),
                    "mg",
                    doses_per_day=D(4),
                    as_needed=True,
                    max_doses_per_day=D(4),
                ),
                "medications[0].doses_per_day",
            ),
            # ... cannot fit more doses than the interval allows (6 a day at most every 4 h) ...
            (
                Medication(
                    "oxycodone",
                    "oral",
                    D(10),
                    "mg",
                    interval_hours=D(4),
                    as_needed=True,
                    max_doses_per_day=D(7),
                ),
                "medications[0].max_doses_per_day",
            ),
            # ... and an average above the maximum contradicts it.
            (
                Medication(
                    "oxycodone",
                    "oral",
                    D(10),
                    "mg",
                    as_needed=True,
                    max_doses_per_day=D(4),
                    average_doses_per_day=D(5),
                ),
                "medications[0].average_doses_per_day",
            ),
            # A scheduled line has no maximum per day.
            (
                Medication(
                    "oxycodone", "oral", D(10), "mg", doses_per_day=D(4), max_doses_per_day=D(4)
                ),
                "medications[0].max_doses_per_day",
            ),
        ],
    )
    def test_conflicts(self, reference: Reference, med: Medication, field: str) -> None:
        error = refusal(reference, med)

        assert (error.code, error.field) == ("medication.frequency_conflict", field)

    def test_agreeing_fields_are_accepted(self, reference: Reference) -> None:
        med = Medication("morphine", "oral", D(10), "mg", doses_per_day=D(6), interval_hours=D(4))

        assert D(60) == calculate_mme(reference, [med]).total_mme_per_day

    def test_as_needed_needs_its_maximum(self, reference: Reference) -> None:
        med = Medication("oxycodone", "oral", D(10), "mg", interval_hours=D(4), as_needed=True)

        error = refusal(reference, med)

        assert (error.code, error.field) == (
            "medication.frequency_missing",
            "medications[0].max_doses_per_day",
        )

    def test_extended_release_is_not_as_needed(self, reference: Reference) -> None:
        """ER/LA labels: not indicated as an as-needed analgesic [MSCONTIN-LABEL]."""
        med = Medication(
            "morphine", "oral", D(30), "mg", "extended", as_needed=True, max_doses_per_day=D(2)
        )

        with pytest.raises(ClinicalRefusalError) as info:
            calculate_mme(reference, [med])

        assert (info.value.code, info.value.field) == (
            "medication.as_needed_extended_release",
            "medications[0].as_needed",
        )

    def test_every_operation_refuses_the_same_line(self, reference: Reference) -> None:
        """The rotation names its own request field (`from`)."""
        slip = Medication("fentanyl", "intravenous", D(100), "mg", interval_hours=D(1))

        with pytest.raises(OutOfRangeError) as info:
            plan_rotation(reference, [slip], Target("morphine", "oral"))

        assert (info.value.code, info.value.field) == ("dose.implausible", "from[0].dose")


class TestCommonLine:
    """
    check_regimen decides the common line (a scheduled dose with doses_per_day or
    interval_hours, a patch) in one step: whatever it passes there, each check passes without a
    note.
    """

    @staticmethod
    def passes_every_check(reference: Reference, med: Medication) -> None:
        table = reference.plausibility
        assert table is not None
        passed = plausibility._plain_in_range(table, med)
        event(f"decided in one step: {passed}")
        if not passed:
            return
        plausibility._check_frequency(med, "medications[0]")
        assert plausibility._check_dose(table, med, "medications[0]") is None
        plausibility._check_interval(table, med, "medications[0]")
        assert [] == check_regimen(table, [med], "medications")

    @settings(max_examples=500, deadline=None)
    @given(
        drug=st.sampled_from(["oxycodone", "morphine", "hydromorphone", "methadone", "codeine"]),
        route=st.sampled_from(["oral", "oral", "intravenous", "transdermal"]),
        dose=st.decimals(min_value=D("0.1"), max_value=D(300), places=1),
        unit=st.sampled_from(["mg", "mg", "mg", "mcg", "mcg/h"]),
        release=st.sampled_from([None, "immediate", "extended"]),
        per_day=st.sampled_from([None, D(1), D(2), D(3), D(4), D(6), D(8), D(12)]),
        interval=st.sampled_from([None, None, None, D(2), D(4), D(6), D(8), D(12), D(24), D(72)]),
    )
    def test_a_scheduled_line(
        self,
        reference: Reference,
        drug: str,
        route: str,
        dose: D,
        unit: str,
        release: str | None,
        per_day: D | None,
        interval: D | None,
    ) -> None:
        self.passes_every_check(
            reference, Medication(drug, route, dose, unit, release, per_day, interval)
        )

    @settings(max_examples=300, deadline=None)
    @given(
        drug=st.sampled_from(["fentanyl", "buprenorphine", "morphine"]),
        route=st.sampled_from(["transdermal", "transdermal", "transdermal", "intravenous"]),
        dose=st.decimals(min_value=D(1), max_value=D(150), places=0),
        unit=st.sampled_from(["mcg/h", "mcg/h", "mcg/h", "mg/h", "mcg"]),
        release=st.sampled_from([None, "immediate", "extended"]),
        per_day=st.sampled_from([None, None, None, None, D(1)]),
        interval=st.sampled_from([None, D(2), D(24), D(48), D(72), D(96), D(168), D(336)]),
    )
    def test_a_patch(
        self,
        reference: Reference,
        drug: str,
        route: str,
        dose: D,
        unit: str,
        release: str | None,
        per_day: D | None,
        interval: D | None,
    ) -> None:
        self.passes_every_check(
            reference, Medication(drug, route, dose, unit, release, per_day, interval)
        )

    def test_the_dose_rows_are_the_interval_rows(self, reference: Reference) -> None:
        """The per-table rows of the one-step check are the dose and interval rows, unchanged."""
        table = reference.plausibility
        assert table is not None
        for (drug, route, release), (dose, interval) in table.dose_rows.items():
            assert table.doses[drug, route] is dose
            assert table.interval_range(drug, route, release) == interval
