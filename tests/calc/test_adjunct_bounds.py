"""
Edges of the gabapentinoid renal tables: a target exactly at a band's maximum or minimum, a
clearance exactly at a band edge or at the proportional-dosing edge, and the estimated clearance
carried through with the requested weight basis.

Rows: Neurontin label Table 1 (NEURONTIN; clinical.md A12) and the Lyrica label rows (LYRICA, as
reproduced by NZ-PREG; clinical.md A12). Expected numbers are worked by hand from those rows.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from calc.adjuncts import GabapentinOrder, PregabalinOrder, dose_gabapentin, dose_pregabalin
from calc.adjuncts.gabapentin import GabapentinResult
from calc.adjuncts.pregabalin import PregabalinResult
from calc.errors import OutOfRangeError
from calc.models import Patient
from tables.loader import load_reference


REFERENCE = load_reference()
D = Decimal

# Cockcroft-Gault (TABERS): male, 80 y, 72 kg, SCr 1.0 mg/dL on the actual weight:
# (140 - 80) x 72 / (72 x 1.0) = 60 mL/min exactly. At 170 cm (66.929 in) the Devine IBW is
# 50 + 2.3 x 6.929 = 65.937 kg (< 72 kg), so the default ideal basis gives 60 x 65.937 / 72 =
# 54.947 mL/min, reported rounded down to 54.94: the bases fall on either side of the 60 edge.
EDGE_MAN = Patient(
    age_years=D(80), sex="male", weight_kg=D(72), height_cm=D(170), serum_creatinine_mg_dl=D(1)
)


def crcl(value: str) -> Patient:
    return Patient(creatinine_clearance_ml_min=D(value))


def codes_of(result: GabapentinResult | PregabalinResult) -> list[str]:
    return [w.code for w in result.warnings]


class TestGabapentinBandEdges:
    @pytest.mark.parametrize(
        ("clearance", "target", "capped"),
        [
            # >30 to 59: 400-1400 mg/day; 1400 is the maximum itself, 1401 is above it
            ("45", "1400", False),
            ("45", "1401", True),
            # 15: 100-300 mg/day (not scaled at exactly 15); 300 is the maximum itself
            ("15", "300", False),
            ("15", "301", True),
            # >= 60: 900-3600 mg/day, the product maximum 1800 binds: 1800 is not above the cap
            ("90", "1800", False),
        ],
    )
    def test_target_at_the_cap_is_not_capped(
        self, clearance: str, target: str, capped: bool
    ) -> None:
        """Neurontin Table 1: a target equal to the row's maximum is within the label's range."""
        r = dose_gabapentin(REFERENCE, crcl(clearance), GabapentinOrder(D(target)))
        assert ("gabapentin.renal_cap_applied" in codes_of(r)) is capped
        assert r.daily_target_mg == min(D(target), r.cap_mg_per_day)

    @pytest.mark.parametrize(
        ("clearance", "target", "below"),
        [
            # >= 60: 900-3600 mg/day; 900 is the minimum itself, 899 is below it
            ("90", "900", False),
            ("90", "899", True),
            # >30 to 59: 400-1400 mg/day
            ("45", "400", False),
            ("45", "399", True),
        ],
    )
    def test_target_at_the_band_minimum_is_not_below(
        self, clearance: str, target: str, below: bool
    ) -> None:
        """Neurontin Table 1: CrCl >= 60 -> 900-3600 mg/day; >30-59 -> 400-1400 mg/day."""
        r = dose_gabapentin(REFERENCE, crcl(clearance), GabapentinOrder(D(target)))
        assert ("gabapentin.below_label_range" in codes_of(r)) is below

    def test_exactly_fifteen_is_the_unscaled_row(self) -> None:
        """
        Row '15': 100-300 mg/day QD; the proportional reduction is for CrCl < 15 only, so at 15
        the scale is 1, the cap is 300 mg/day and no scaling is reported.
        """
        r = dose_gabapentin(REFERENCE, crcl("15"), GabapentinOrder(D(300)))
        assert (r.band.daily_min, r.band.daily_max) == (D(100), D(300))
        assert r.band_scale == 1
        assert (r.band_max_mg_per_day, r.cap_mg_per_day) == (D(300), D(300))
        assert (r.maintenance.doses_per_day, r.maintenance.dose_mg) == (1, D(300))
        assert "gabapentin.clearance_scaled" not in codes_of(r)
        assert "gabapentin.below_label_range" not in codes_of(r)

    def test_scaled_minimum_is_multiplied_not_divided(self) -> None:
        """
        CrCl 3: the row-15 range x 3/15 = 20-60 mg/day (label footnote: in proportion to CrCl).
        A 300 mg/day target is above that range (capped to 60), never 'below' it.
        """
        r = dose_gabapentin(REFERENCE, crcl("3"), GabapentinOrder(D(300)))
        assert r.band_scale == D(3) / D(15)
        assert r.cap_mg_per_day == D(60)
        codes = codes_of(r)
        assert "gabapentin.renal_cap_applied" in codes
        assert "gabapentin.below_label_range" not in codes
        # 60 mg/day QD is below the 100 mg unit: no dose, but still the row's one dose a day
        assert (r.maintenance.doses_per_day, r.maintenance.dose_mg) == (1, None)

    def test_supplement_without_a_maintenance_dose_is_the_first_column(self) -> None:
        """
        Table note: the supplement matches the highest column not above the daily dose, the
        first column when below it. CrCl 0.1: cap 300 x 0.1/15 = 2 mg/day, below the 100 mg
        unit, so no maintenance is given and the first column applies: 125 mg, rounded down to
        strengths (100, 300, ... mg; NEURONTIN-HS) = 100 mg.
        """
        r = dose_gabapentin(REFERENCE, crcl("0.1"), GabapentinOrder(D(300), hemodialysis=True))
        assert r.maintenance.daily_mg is None
        assert r.hemodialysis_supplement_label_mg == D(125)
        assert r.hemodialysis_supplement_mg == D(100)

    def test_trace_runs_from_clearance_to_regimen(self) -> None:
        """CrCl 45 as given -> row >30-59 maximum 1400 -> cap 1400 -> 700 mg BID = 1400 mg/day."""
        r = dose_gabapentin(REFERENCE, crcl("45"), GabapentinOrder(D(1800)))
        values = [s.value for s in r.trace]
        assert values[0] == D(45)
        assert D(1400) in values[1:-1]
        assert values[-1] == r.maintenance.daily_mg == D(1400)

    @pytest.mark.parametrize(
        ("basis", "clearance", "per_day", "dose"),
        [
            # actual: 60 mL/min -> row >= 60, cap 1800 (product maximum): 600 mg TID
            ("actual", "60", 3, "600"),
            # default (ideal): 54.947 mL/min -> row >30-59, cap 1400: 700 mg BID
            (None, "54.94", 2, "700"),
        ],
    )
    def test_weight_basis_reaches_the_estimate(
        self, basis: str | None, clearance: str, per_day: int, dose: str
    ) -> None:
        r = dose_gabapentin(REFERENCE, EDGE_MAN, GabapentinOrder(D(1800), weight_basis=basis))
        assert r.clearance.estimate is not None
        assert r.clearance.estimate.weight.basis == (basis or "ideal")
        assert r.clearance.estimate.creatinine_clearance_reported_ml_min == D(clearance)
        assert (r.maintenance.doses_per_day, r.maintenance.dose_mg) == (per_day, D(dose))

    def test_uncovered_clearance_names_the_first_band(self) -> None:
        """The lowest row of Table 1 covers 0 < CrCl <= 15 ('15' and '<15')."""
        table = REFERENCE.adjuncts["gabapentin"].renal
        assert table is not None
        with pytest.raises(OutOfRangeError) as info:
            table.band_for(D(0), "patient.creatinine_clearance_ml_min")
        assert "(above 0 and at most 15 mL/min upward)" in info.value.expected
        assert info.value.received == D(0)


class TestPregabalinBandEdges:
    @pytest.mark.parametrize(
        ("clearance", "target", "capped"),
        [
            ("90", "600", False),  # CLcr >= 60: 150-600 mg/day
            ("45", "300", False),  # 30-60: 75-300 mg/day
            ("45", "301", True),
            ("14", "75", False),  # < 15: 25-75 mg/day
            ("14", "76", True),
        ],
    )
    def test_target_at_the_band_maximum_is_not_capped(
        self, clearance: str, target: str, capped: bool
    ) -> None:
        """Lyrica renal rows (NZ-PREG): a target equal to the row maximum is not capped."""
        r = dose_pregabalin(REFERENCE, crcl(clearance), PregabalinOrder(D(target)))
        assert ("pregabalin.renal_cap_applied" in codes_of(r)) is capped
        assert r.daily_target_mg == min(D(target), r.band.daily_max)

    @pytest.mark.parametrize(
        ("clearance", "target", "below"),
        [
            ("90", "150", False),  # CLcr >= 60: 150-600 mg/day
            ("90", "149", True),
            ("45", "75", False),  # 30-60: 75-300 mg/day
            ("45", "74", True),
        ],
    )
    def test_target_at_the_band_minimum_is_not_below(
        self, clearance: str, target: str, below: bool
    ) -> None:
        r = dose_pregabalin(REFERENCE, crcl(clearance), PregabalinOrder(D(target)))
        assert ("pregabalin.below_label_range" in codes_of(r)) is below

    def test_default_frequency_is_the_rows_first(self) -> None:
        """CLcr >= 60: BID or TID; without a choice the first (BID): 600 / 2 = 300 mg twice."""
        r = dose_pregabalin(REFERENCE, crcl("90"), PregabalinOrder(D(600)))
        assert (r.maintenance.doses_per_day, r.maintenance.dose_mg, r.maintenance.daily_mg) == (
            2,
            D(300),
            D(600),
        )

    @pytest.mark.parametrize(
        ("basis", "clearance", "dose"),
        [
            # actual: 60 mL/min -> CLcr >= 60, max 600: 300 mg BID
            ("actual", "60", "300"),
            # default (ideal): 54.947 mL/min -> 30-60, max 300: 150 mg BID
            (None, "54.94", "150"),
        ],
    )
    def test_estimated_clearance(self, basis: str | None, clearance: str, dose: str) -> None:
        r = dose_pregabalin(REFERENCE, EDGE_MAN, PregabalinOrder(D(600), weight_basis=basis))
        assert r.clearance.method == "cockcroft-gault"
        assert r.clearance.estimate is not None
        assert r.clearance.estimate.creatinine_clearance_reported_ml_min == D(clearance)
        assert (r.maintenance.doses_per_day, r.maintenance.dose_mg) == (2, D(dose))
        assert [t.id for t in r.tables] == [
            "adjunct-pregabalin",
            "cockcroft-gault",
            "body-weight",
            "thresholds",
        ]

    def test_renal_function_required(self) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_pregabalin(REFERENCE, Patient(), PregabalinOrder(D(150)))
        assert (info.value.code, info.value.field) == (
            "pregabalin.renal_function_required",
            "patient.creatinine_clearance_ml_min",
        )

    def test_frequency_refusal_lists_the_allowed(self) -> None:
        """CLcr < 15: 25-75 mg/day QD only."""
        with pytest.raises(OutOfRangeError) as info:
            dose_pregabalin(REFERENCE, crcl("10"), PregabalinOrder(D(50), 2))
        assert info.value.expected.startswith("one of [1] ")
        assert info.value.received == 2
