"""
Gabapentin (Neurontin label Table 1, NEURONTIN; initiation NEURONTIN-DA) and pregabalin (Lyrica
label, LYRICA: start 150 mg/day, 300 within 1 week, 600 after 2-4 weeks; renal rows as reproduced
by NZ-PREG, whose "initial dose" column gives each band's start: 150, 75, 25-50, 25 mg/day).

Expected numbers are typed from those label rows and texts, never from what the code printed.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from calc.adjuncts import GabapentinOrder, PregabalinOrder, dose_gabapentin, dose_pregabalin
from calc.errors import OutOfRangeError
from calc.kinds.adjunct import KIND as ADJUNCT
from calc.models import Patient
from tables.loader import load_reference


REFERENCE = load_reference()
D = Decimal


def crcl(value: str) -> Patient:
    return Patient(creatinine_clearance_ml_min=D(value))


# The schema's whole input space (api/schemas): target 0 < x <= 10000 mg/day, clearance 0.01-250
# mL/min, doses per day 1-4 or omitted; targets drawn half the time from the labels' ranges so that
# most examples reach a plan, not a refusal.
TARGETS = st.one_of(st.decimals("0.01", "10000", places=2), st.decimals("25", "1800", places=0))
CLEARANCES = st.decimals("0.01", "250", places=2)


class TestGabapentinByLabelRow:
    """Target 1800 mg/day (the product maximum) against each row of Table 1."""

    @pytest.mark.parametrize(
        ("clearance", "cap", "per_day", "dose"),
        [
            # >= 60: 900-3600 TID; the product maximum 1800 binds: 600 mg TID
            ("90", "1800", 3, "600"),
            # >30 to 59: 400-1400 BID -> 700 mg BID (600 + 100)
            ("45", "1400", 2, "700"),
            # >15 to 29: 200-700 QD -> 700 mg QD
            ("20", "700", 1, "700"),
            # 15: 100-300 QD -> 300 mg QD
            ("15", "300", 1, "300"),
            # <15: in proportion; 7.5 mL/min gets half of the 15 mL/min dose: 150 -> 100 mg
            ("7.5", "150", 1, "100"),
        ],
    )
    def test_row(self, clearance: str, cap: str, per_day: int, dose: str) -> None:
        r = dose_gabapentin(REFERENCE, crcl(clearance), GabapentinOrder(D(1800)))
        assert r.cap_mg_per_day == D(cap)
        assert (r.maintenance.doses_per_day, r.maintenance.dose_mg) == (per_day, D(dose))
        assert r.maintenance.daily_mg is not None
        assert r.maintenance.daily_mg <= r.cap_mg_per_day

    def test_titration_follows_the_label_initiation(self) -> None:
        """Label PHN: day 1 300 mg once, day 2 300 mg BID, day 3 300 mg TID; then +300 mg/day."""
        r = dose_gabapentin(REFERENCE, crcl("100"), GabapentinOrder(D(1800)))
        days = [(t.day, t.regimen.doses_per_day, t.regimen.dose_mg) for t in r.titration]
        assert days[:3] == [(1, 1, D(300)), (2, 2, D(300)), (3, 3, D(300))]
        assert days[-1] == (6, 3, D(600))
        assert "gabapentin.range_unconfirmed" in [w.code for w in r.warnings]

    @pytest.mark.parametrize(
        ("clearance", "target", "levels"),
        [
            # >30 to 59: Table 1 columns 200/300/400/500/700 BID = 400/600/800/1000/1400 mg/day,
            # reached on the days the normal schedule (300, 600, 900 mg on days 1-3, then +300
            # mg/day) reaches the >= 60 row's 900/1200/1800/2400/3600: days 3, 4, 6, 8, 12.
            # Day 1 is the label's single 300 mg dose (below the row's 400).
            (
                "45",
                "1800",
                [(1, "300"), (3, "400"), (4, "600"), (6, "800"), (8, "1000"), (12, "1400")],
            ),
            # >15 to 29: 200/300/400/500/700 QD; day 1 is the first column, 200 mg
            ("20", "700", [(1, "200"), (4, "300"), (6, "400"), (8, "500"), (12, "700")]),
            # 15: 100/125/150/200/300 QD
            ("15", "300", [(1, "100"), (4, "125"), (6, "150"), (8, "200"), (12, "300")]),
            # 7.5: every column of the 15 row halved (label footnote)
            ("7.5", "300", [(1, "50"), (4, "62.5"), (6, "75"), (8, "100"), (12, "150")]),
            # a target between columns ends the titration at the target
            ("45", "700", [(1, "300"), (3, "400"), (4, "600"), (6, "700")]),
            # a target below the label's day-1 dose is day 1 and the whole plan
            ("45", "300", [(1, "300")]),
        ],
    )
    def test_renal_titration_follows_table_1(
        self, clearance: str, target: str, levels: list[tuple[int, str]]
    ) -> None:
        """
        Issue 10: below 60 mL/min day 1 was the normal 300 mg even at CrCl 15 (the row's
        maximum) and the +300 mg/day steps reached 700 mg/day at CrCl 20 on day 3. Table 1
        converts each normal-function column to the row: the schedule is converted the same way.
        """
        r = dose_gabapentin(REFERENCE, crcl(clearance), GabapentinOrder(D(target)))
        assert [(t.day, t.target_mg_per_day) for t in r.titration] == [
            (day, D(mg)) for day, mg in levels
        ]
        assert r.titration[0].target_mg_per_day < r.band_max_mg_per_day
        assert "gabapentin.renal_titration" in [w.code for w in r.warnings]

    def test_renal_titration_regimens(self) -> None:
        """CrCl 45: day 1 one 300 mg dose (label day 1), then the row's BID columns: 200 mg BID,
        300 mg BID ... 700 mg BID (600 + 100 mg units)."""
        r = dose_gabapentin(REFERENCE, crcl("45"), GabapentinOrder(D(1800)))
        assert [(t.regimen.doses_per_day, t.regimen.dose_mg) for t in r.titration] == [
            (1, D(300)),
            (2, D(200)),
            (2, D(300)),
            (2, D(400)),
            (2, D(500)),
            (2, D(700)),
        ]

    def test_renal_titration_below_the_smallest_strength_is_said(self) -> None:
        """CrCl 7.5: 50, 62.5 and 75 mg/day are below the 100 mg unit: no regimen, never 0."""
        r = dose_gabapentin(REFERENCE, crcl("7.5"), GabapentinOrder(D(300)))
        assert [t.regimen.dose_mg for t in r.titration] == [None, None, None, D(100), D(100)]
        alert = next(
            w for w in r.warnings if w.code == "gabapentin.titration_below_smallest_strength"
        )
        assert alert.severity == "critical"
        assert "day(s) 1, 4, 6:" in alert.message

    def test_normal_function_has_no_renal_titration_notice(self) -> None:
        r = dose_gabapentin(REFERENCE, crcl("60"), GabapentinOrder(D(900)))
        codes = [w.code for w in r.warnings]
        assert "gabapentin.renal_titration" not in codes
        assert "gabapentin.titration_below_smallest_strength" not in codes

    def test_cap_and_below_range_warnings(self) -> None:
        capped = dose_gabapentin(REFERENCE, crcl("45"), GabapentinOrder(D(1800)))
        assert "gabapentin.renal_cap_applied" in [w.code for w in capped.warnings]
        low = dose_gabapentin(REFERENCE, crcl("100"), GabapentinOrder(D(300)))
        assert "gabapentin.below_label_range" in [w.code for w in low.warnings]

    def test_below_smallest_strength_is_not_zero(self) -> None:
        # CrCl 3: 300 x 3/15 = 60 mg/day, below the 100 mg unit -> no dose, never 0
        r = dose_gabapentin(REFERENCE, crcl("3"), GabapentinOrder(D(300)))
        assert r.maintenance.dose_mg is None
        assert r.maintenance.daily_mg is None
        codes = [w.code for w in r.warnings]
        assert {"gabapentin.below_smallest_strength", "gabapentin.clearance_scaled"} <= set(codes)

    @pytest.mark.parametrize(
        ("clearance", "target", "label", "practical"),
        [
            # 600 mg TID is the 600 TID column -> 200 mg after 4 h of hemodialysis
            ("90", "1800", "200", "200"),
            # 7.5 mL/min: columns x 0.5 = 50/62.5/75/100/150 mg; 100 mg/day fits the 4th column
            # -> 250 mg, rounded down to strengths: 200 mg
            ("7.5", "1800", "250", "200"),
            # no column fits 0 mg/day (below the smallest strength) -> the first column, 125 -> 100
            ("3", "300", "125", "100"),
        ],
    )
    def test_hemodialysis_supplement(
        self, clearance: str, target: str, label: str, practical: str
    ) -> None:
        order = GabapentinOrder(D(target), hemodialysis=True)
        r = dose_gabapentin(REFERENCE, crcl(clearance), order)
        assert r.hemodialysis_supplement_label_mg == D(label)
        assert r.hemodialysis_supplement_mg == D(practical)

    def test_estimated_clearance(self) -> None:
        # 80 y female, 50 kg, 160 cm, SCr 2: CrCl 17.7 (see test_renal_calc) -> >15 to 29 row
        patient = Patient(
            age_years=D(80),
            sex="female",
            weight_kg=D(50),
            height_cm=D(160),
            serum_creatinine_mg_dl=D(2),
        )
        r = dose_gabapentin(REFERENCE, patient, GabapentinOrder(D(900)))
        assert r.clearance.method == "cockcroft-gault"
        assert r.cap_mg_per_day == D(700)
        assert [t.id for t in r.tables] == [
            "adjunct-gabapentin",
            "cockcroft-gault",
            "body-weight",
            "thresholds",
        ]

    @pytest.mark.parametrize("target", ["299", "1801"])
    def test_target_outside_product_range(self, target: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_gabapentin(REFERENCE, crcl("90"), GabapentinOrder(D(target)))
        assert (info.value.code, info.value.field) == (
            "gabapentin.target_out_of_range",
            "target_mg_per_day",
        )
        assert info.value.expected == "300-1800 mg/day (SRC-000)"

    def test_renal_function_required(self) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_gabapentin(REFERENCE, Patient(), GabapentinOrder(D(900)))
        assert info.value.code == "gabapentin.renal_function_required"

    def test_clearance_outside_the_table(self) -> None:
        table = REFERENCE.adjuncts["gabapentin"].renal
        assert table is not None
        with pytest.raises(OutOfRangeError) as info:
            table.band_for(D(0), "patient.creatinine_clearance_ml_min")
        assert info.value.code == "renal.clearance_not_covered"

    def test_supplement_below_smallest_strength_is_refused(self) -> None:
        gaba = REFERENCE.adjuncts["gabapentin"]
        assert gaba.strengths is not None
        strengths = attrs.evolve(gaba.strengths, values=(D(400), D(800)))
        reference = REFERENCE.with_tables(
            ADJUNCT,
            {**REFERENCE.adjuncts, "gabapentin": attrs.evolve(gaba, strengths=strengths)},
        )
        order = GabapentinOrder(D(300), hemodialysis=True)
        with pytest.raises(OutOfRangeError) as info:
            dose_gabapentin(reference, crcl("10"), order)
        # no maintenance dose (200 mg/day < 400 mg unit) -> first column, 125 mg < 400 mg
        assert (info.value.code, info.value.received) == (
            "gabapentin.supplement_below_strength",
            D(125),
        )


@settings(deadline=None)
@given(target=TARGETS, clearance=CLEARANCES, hemodialysis=st.booleans())
@example(target=D(1800), clearance=D(60), hemodialysis=False)
@example(target=D(1800), clearance=D("59.99"), hemodialysis=False)
@example(target=D(1800), clearance=D(30), hemodialysis=False)
@example(target=D(1800), clearance=D(15), hemodialysis=True)
def test_gabapentin_never_above_band_or_maximum(
    target: Decimal, clearance: Decimal, hemodialysis: bool
) -> None:
    """
    Over the schema's input space: a refusal outside 300-1800 mg/day, or a plan whose day 1 is
    at most the label's 300 mg and the row's first column (scaled), below the row maximum, whose
    titration never runs ahead of the label's schedule converted through Table 1, and whose
    regimens stay within the band, 1800 mg/day and the target.
    """
    patient = Patient(creatinine_clearance_ml_min=clearance)
    if not D(300) <= target <= D(1800):
        with pytest.raises(OutOfRangeError) as info:
            dose_gabapentin(REFERENCE, patient, GabapentinOrder(target, hemodialysis))
        assert info.value.code == "gabapentin.target_out_of_range"
        return
    r = dose_gabapentin(REFERENCE, patient, GabapentinOrder(target, hemodialysis))
    scale = r.band.scale(clearance)
    band_cap = r.band.daily_max * scale
    first_column = r.band.daily_min * scale
    assert r.titration[0].target_mg_per_day <= min(D(300), first_column, r.daily_target_mg)
    assert r.titration[0].target_mg_per_day < band_cap
    top = REFERENCE.adjuncts["gabapentin"].renal
    assert top is not None
    normal = [c * 3 for c in top.bands[-1].column_doses]  # 900 ... 3600 mg/day (TID)
    row = [c * r.band.doses_per_day[0] * scale for c in r.band.column_doses]
    for t in r.titration:
        on_schedule = D(300) * t.day  # label: 300, 600, 900 mg/day on days 1-3, +300 after
        if r.band is top.bands[-1]:
            assert t.target_mg_per_day <= on_schedule
        else:
            reached = [x for n, x in zip(normal, row, strict=True) if n <= on_schedule]
            assert t.target_mg_per_day <= max([r.titration[0].target_mg_per_day, *reached])
    for regimen in [r.maintenance, *(t.regimen for t in r.titration)]:
        if regimen.daily_mg is not None:
            assert regimen.daily_mg <= band_cap
            assert regimen.daily_mg <= D(1800)
            assert regimen.daily_mg <= r.daily_target_mg
    totals = [t.target_mg_per_day for t in r.titration]
    assert totals == sorted(totals)
    assert r.titration[-1].regimen == r.maintenance
    assert r == dose_gabapentin(
        REFERENCE,
        Patient(creatinine_clearance_ml_min=clearance),
        GabapentinOrder(target, hemodialysis),
    )


class TestPregabalin:
    @pytest.mark.parametrize(
        ("clearance", "target", "per_day", "dose", "daily"),
        [
            # >= 60: 150-600 BID or TID; 600 as 300 mg BID (one capsule) ties 200 mg TID: BID
            ("90", "600", None, "300", "600"),
            ("90", "600", 3, "200", "600"),  # TID allowed at >= 60
            ("45", "600", 3, "100", "300"),  # 30-60: max 300
            ("30", "300", 2, "75", "150"),  # 30 goes to 15-30 (conservative): max 150
            ("15", "100", 1, "100", "100"),  # 15 goes to 15-30
            ("14.9", "300", None, "75", "75"),  # < 15: max 75, QD
            ("45", "225", 3, "75", "225"),  # the 225 mg/day column confirmed at 30-60
            # 100/3 = 33.3 mg: capsules of 25 mg (up to 2 per dose) make 25 mg, rounded down
            ("45", "100", 3, "25", "75"),
            # without a frequency: 100 mg/day BID is 50 mg (two 25 or one 50 mg capsule) exactly
            ("45", "100", None, "50", "100"),
        ],
    )
    def test_maintenance(
        self, clearance: str, target: str, per_day: int | None, dose: str, daily: str
    ) -> None:
        order = PregabalinOrder(D(target), per_day)
        r = dose_pregabalin(REFERENCE, crcl(clearance), order)
        assert (r.maintenance.dose_mg, r.maintenance.daily_mg) == (D(dose), D(daily))
        assert r.titration[-1].regimen == r.maintenance

    @pytest.mark.parametrize(
        ("clearance", "start"),
        [
            ("90", "150"),  # LYRICA: begin at 150 mg/day; NZ-PREG > 60: initial 150 mg/day
            ("60", "150"),  # 60 is ">= 60" as written
            ("59.99", "75"),  # NZ-PREG 30-60: initial 75 mg/day
            ("45", "75"),
            ("30", "25"),  # 30 goes to 15-30: initial 25-50 mg/day, the low end
            ("15", "25"),
            ("14.99", "25"),  # NZ-PREG < 15: initial 25 mg/day
            ("1", "25"),
        ],
    )
    def test_start_is_the_label_first_column(self, clearance: str, start: str) -> None:
        """The start for each clearance band is the renal table's first column, whatever the
        target (here the label maximum 600 mg/day, capped to the band maximum)."""
        r = dose_pregabalin(REFERENCE, crcl(clearance), PregabalinOrder(D(600)))
        assert r.start_mg_per_day == r.titration[0].target_mg_per_day == D(start)
        assert r.titration[0].day == 1
        assert r.start_mg_per_day < r.band.daily_max

    def test_issue_10_crcl_45_does_not_start_at_the_band_maximum(self) -> None:
        """
        Issue 10: 300 mg/day at CrCl 45 offered 150 mg twice daily (the 30-60 band maximum) as
        the only regimen. The label starts at 150 mg/day with normal renal function and the
        renal table's 30-60 column for it is 75 mg/day (NZ-PREG initial dose); "may be increased
        to 300 mg/day within 1 week" is the next step (x2: 150 mg/day at 30-60) on day 8; the
        band maximum 300 mg/day follows 14 days later (PHN: "after 2 to 4 weeks"). 75 mg/day is
        25 mg three times a day (37.5 mg twice a day is no capsule), 150 is 75 mg twice a day,
        300 is 150 mg twice a day.
        """
        r = dose_pregabalin(REFERENCE, crcl("45"), PregabalinOrder(D(300)))
        days = [
            (t.day, t.target_mg_per_day, t.regimen.doses_per_day, t.regimen.dose_mg)
            for t in r.titration
        ]
        assert days == [
            (1, D(75), 3, D(25)),
            (8, D(150), 2, D(75)),
            (22, D(300), 2, D(150)),
        ]
        assert (r.maintenance.doses_per_day, r.maintenance.dose_mg) == (2, D(150))

    def test_label_phn_schedule(self) -> None:
        """
        LYRICA, postherpetic neuralgia (CLcr >= 60): begin at 75 mg two times a day (150
        mg/day); may be increased to 300 mg/day within 1 week; after 2 to 4 weeks at 300 mg/day,
        up to 300 mg two times a day (600 mg/day).
        """
        r = dose_pregabalin(REFERENCE, crcl("90"), PregabalinOrder(D(600), 2))
        days = [(t.day, t.regimen.dose_mg, t.regimen.daily_mg) for t in r.titration]
        assert days == [(1, D(75), D(150)), (8, D(150), D(300)), (22, D(300), D(600))]

    def test_label_dpn_schedule(self) -> None:
        """
        LYRICA, diabetic peripheral neuropathy (CLcr >= 60): begin at 50 mg three times a day
        (150 mg/day); may be increased to 300 mg/day (100 mg three times a day) within 1 week.
        """
        r = dose_pregabalin(REFERENCE, crcl("90"), PregabalinOrder(D(300), 3))
        days = [(t.day, t.regimen.dose_mg, t.regimen.daily_mg) for t in r.titration]
        assert days == [(1, D(50), D(150)), (8, D(100), D(300))]

    @pytest.mark.parametrize(
        ("clearance", "target", "levels"),
        [
            # 15-30: start 25 (first column 25-50), x2 each step, capped at the band max 150
            ("20", "150", [(1, "25"), (8, "50"), (22, "100"), (36, "150")]),
            # < 15: start 25, then 50, then the band maximum 75
            ("10", "75", [(1, "25"), (8, "50"), (22, "75")]),
            # a target between two steps is the last step
            ("90", "450", [(1, "150"), (8, "300"), (22, "450")]),
            # a target below the band's first column is the start and the whole plan
            ("90", "50", [(1, "50")]),
        ],
    )
    def test_titration_levels(
        self, clearance: str, target: str, levels: list[tuple[int, str]]
    ) -> None:
        r = dose_pregabalin(REFERENCE, crcl(clearance), PregabalinOrder(D(target)))
        assert [(t.day, t.target_mg_per_day) for t in r.titration] == [
            (day, D(mg)) for day, mg in levels
        ]

    def test_below_the_smallest_capsule_is_not_zero(self) -> None:
        """25 mg/day twice daily (allowed at 15-30) is 12.5 mg a dose: below the 25 mg capsule."""
        r = dose_pregabalin(REFERENCE, crcl("20"), PregabalinOrder(D(25), 2))
        assert (r.maintenance.dose_mg, r.maintenance.daily_mg) == (None, None)
        assert "pregabalin.below_smallest_strength" in [w.code for w in r.warnings]

    def test_warnings(self) -> None:
        r = dose_pregabalin(REFERENCE, crcl("45"), PregabalinOrder(D(600), hemodialysis=True))
        codes = [w.code for w in r.warnings]
        assert {
            "pregabalin.label_columns_unconfirmed",
            "pregabalin.renal_cap_applied",
            "pregabalin.hemodialysis_supplement",
        } <= set(codes)
        assert "pregabalin.below_smallest_strength" not in codes
        assert (r.hemodialysis_supplement_min_mg, r.hemodialysis_supplement_max_mg) == (
            D(25),
            D(100),
        )
        low = dose_pregabalin(REFERENCE, crcl("90"), PregabalinOrder(D(50)))
        assert "pregabalin.below_label_range" in [w.code for w in low.warnings]
        assert low.hemodialysis_supplement_min_mg is None

    @pytest.mark.parametrize("target", ["24", "601"])
    def test_target_outside_label_range(self, target: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_pregabalin(REFERENCE, crcl("90"), PregabalinOrder(D(target)))
        assert info.value.expected == "25-600 mg/day (Lyrica label renal table, adjunct-pregabalin)"

    def test_frequency_not_allowed(self) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_pregabalin(REFERENCE, crcl("10"), PregabalinOrder(D(50), 2))
        assert (info.value.code, info.value.field) == (
            "pregabalin.frequency_not_allowed",
            "doses_per_day",
        )


@settings(deadline=None, max_examples=300)
@given(
    target=TARGETS,
    clearance=CLEARANCES,
    per_day=st.none() | st.integers(1, 4),
)
@example(target=D(300), clearance=D(45), per_day=None)
@example(target=D(600), clearance=D(60), per_day=3)
@example(target=D(150), clearance=D(30), per_day=2)
def test_pregabalin_starts_low_and_stays_within_the_label(
    target: Decimal, clearance: Decimal, per_day: int | None
) -> None:
    """
    Over the schema's input space: either a refusal, or a plan whose start is the band's first
    column (never its maximum), whose levels rise by at most x2 (the first after 7 days, later
    ones after 14), never above the target, the band maximum or the label maximum (600 mg/day),
    and whose regimens are never above their level.
    """
    renal = REFERENCE.adjuncts["pregabalin"].renal
    assert renal is not None
    allowed = renal.band_for(clearance, "x").doses_per_day
    order = PregabalinOrder(target, per_day)
    if not D(25) <= target <= D(600):
        with pytest.raises(OutOfRangeError) as info:
            dose_pregabalin(REFERENCE, crcl(str(clearance)), order)
        assert info.value.code == "pregabalin.target_out_of_range"
        return
    if per_day is not None and per_day not in allowed:
        with pytest.raises(OutOfRangeError) as info:
            dose_pregabalin(REFERENCE, crcl(str(clearance)), order)
        assert info.value.code == "pregabalin.frequency_not_allowed"
        return
    r = dose_pregabalin(REFERENCE, crcl(str(clearance)), order)
    band = r.band
    assert r.start_mg_per_day == min(band.daily_min, r.daily_target_mg)
    assert r.start_mg_per_day < band.daily_max
    assert r.daily_target_mg == min(target, band.daily_max) <= D(600)
    previous = None
    for t in r.titration:
        assert t.target_mg_per_day <= r.daily_target_mg
        if t.regimen.daily_mg is not None:
            assert t.regimen.daily_mg <= t.target_mg_per_day
            assert t.regimen.doses_per_day in band.doses_per_day
        if previous is not None:
            assert (
                previous.target_mg_per_day < t.target_mg_per_day <= 2 * previous.target_mg_per_day
            )
            assert t.day - previous.day == (7 if previous.day == 1 else 14)
        previous = t
    assert r.titration[0].day == 1
    assert r.titration[-1].target_mg_per_day == r.daily_target_mg
    assert r.titration[-1].regimen == r.maintenance


def test_titration_ends_on_the_maintenance_regimen() -> None:
    """300 mg/day at CrCl >= 60 is reached on day 1 and given TID like the maintenance."""
    r = dose_gabapentin(REFERENCE, crcl("100"), GabapentinOrder(D(300)))
    assert len(r.titration) == 1
    assert r.titration[-1].regimen == r.maintenance
    assert (r.maintenance.doses_per_day, r.maintenance.dose_mg) == (3, D(100))
