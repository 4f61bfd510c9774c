"""
Gabapentin (Neurontin label Table 1, NEURONTIN) and pregabalin (label rows confirmed in
clinical.md A12: NZ-PREG, DRORACLE-PREG).
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from calc.adjuncts import GabapentinOrder, PregabalinOrder, dose_gabapentin, dose_pregabalin
from calc.errors import OutOfRangeError
from calc.models import Patient
from tables.loader import load_reference


REFERENCE = load_reference()
D = Decimal


def crcl(value: str) -> Patient:
    return Patient(creatinine_clearance_ml_min=D(value))


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
        reference = attrs.evolve(
            REFERENCE,
            adjuncts={**REFERENCE.adjuncts, "gabapentin": attrs.evolve(gaba, strengths=strengths)},
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
@given(
    target=st.decimals("300", "1800", places=0),
    clearance=st.decimals("0.1", "250", places=2),
    hemodialysis=st.booleans(),
)
@example(target=D(1800), clearance=D(60), hemodialysis=False)
@example(target=D(1800), clearance=D("59.99"), hemodialysis=False)
@example(target=D(1800), clearance=D(30), hemodialysis=False)
@example(target=D(1800), clearance=D(15), hemodialysis=True)
def test_gabapentin_never_above_band_or_maximum(
    target: Decimal, clearance: Decimal, hemodialysis: bool
) -> None:
    r = dose_gabapentin(
        REFERENCE,
        Patient(creatinine_clearance_ml_min=clearance),
        GabapentinOrder(target, hemodialysis),
    )
    band_cap = r.band.daily_max * r.band.scale(clearance)
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
            ("90", "600", None, "300", "600"),  # >= 60: 150-600, BID default
            ("90", "600", 3, "200", "600"),  # TID allowed at >= 60
            ("45", "600", 3, "100", "300"),  # 30-60: max 300
            ("30", "300", 2, "75", "150"),  # 30 goes to 15-30 (conservative): max 150
            ("15", "100", 1, "100", "100"),  # 15 goes to 15-30
            ("14.9", "300", None, "75", "75"),  # < 15: max 75, QD
            ("45", "225", 3, "75", "225"),  # the 225 mg/day column confirmed at 30-60
            ("45", "100", 3, "33", "99"),  # 33.33 -> 33 mg (whole mg, rounded down)
        ],
    )
    def test_rows(
        self, clearance: str, target: str, per_day: int | None, dose: str, daily: str
    ) -> None:
        order = PregabalinOrder(D(target), per_day)
        r = dose_pregabalin(REFERENCE, crcl(clearance), order)
        assert (r.maintenance.dose_mg, r.maintenance.daily_mg) == (D(dose), D(daily))

    def test_warnings(self) -> None:
        r = dose_pregabalin(REFERENCE, crcl("45"), PregabalinOrder(D(600), hemodialysis=True))
        codes = [w.code for w in r.warnings]
        assert {
            "pregabalin.label_columns_unconfirmed",
            "pregabalin.renal_cap_applied",
            "pregabalin.hemodialysis_supplement",
        } <= set(codes)
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


@settings(deadline=None)
@given(
    target=st.decimals("25", "600", places=0),
    clearance=st.decimals("0.1", "250", places=2),
    per_day=st.sampled_from([1, 2, 3]),
)
def test_pregabalin_never_above_band(target: Decimal, clearance: Decimal, per_day: int) -> None:
    patient = Patient(creatinine_clearance_ml_min=clearance)
    renal = REFERENCE.adjuncts["pregabalin"].renal
    assert renal is not None
    band = renal.band_for(clearance, "x")
    if per_day not in band.doses_per_day:
        per_day = band.doses_per_day[-1]
    r = dose_pregabalin(REFERENCE, patient, PregabalinOrder(target, per_day))
    assert r.maintenance.daily_mg is not None
    assert 0 < r.maintenance.daily_mg <= band.daily_max
    assert r.maintenance.daily_mg <= target


def test_titration_ends_on_the_maintenance_regimen() -> None:
    """300 mg/day at CrCl >= 60 is reached on day 1 and given TID like the maintenance."""
    r = dose_gabapentin(REFERENCE, crcl("100"), GabapentinOrder(D(300)))
    assert len(r.titration) == 1
    assert r.titration[-1].regimen == r.maintenance
    assert (r.maintenance.doses_per_day, r.maintenance.dose_mg) == (3, D(100))
