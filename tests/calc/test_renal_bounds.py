"""
Edges of the Cockcroft-Gault estimate (calc/renal.py): the renal-impairment threshold, the
accepted creatinine range in umol/L, and the weight basis and request field carried through.

Formula: CrCl = (140 - age) x weight / (72 x SCr mg/dL), x 0.85 if female (TABERS; clinical.md
A12). Threshold: impaired below 60 mL/min, where Neurontin Table 1 leaves its normal band
(thresholds.toml renal_impairment_crcl, NEURONTIN). Conversion: 88.4 umol/L per mg/dL (UNIT).
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from calc.errors import OutOfRangeError
from calc.models import Patient
from calc.renal import clearance_for_dosing, estimate_creatinine_clearance
from tables.loader import load_reference


REFERENCE = load_reference()
D = Decimal

# male, 80 y, 72 kg, SCr 1.0 mg/dL, actual weight: (140 - 80) x 72 / (72 x 1.0) = 60 mL/min.
# At 170 cm (66.929 in) the Devine IBW is 50 + 2.3 x 6.929 = 65.937 kg, so the default ideal
# basis gives 60 x 65.937 / 72 = 54.947 mL/min.
EDGE_MAN = Patient(
    age_years=D(80), sex="male", weight_kg=D(72), height_cm=D(170), serum_creatinine_mg_dl=D(1)
)


class TestImpairmentThreshold:
    def test_exactly_sixty_is_not_impaired(self) -> None:
        """60 mL/min is the first value of the label's CrCl >= 60 row: not impaired."""
        r = estimate_creatinine_clearance(REFERENCE, EDGE_MAN, "actual")
        assert r.creatinine_clearance_ml_min == D(60)
        assert r.renal_impairment is False
        assert "renal.impairment" not in [a.code for a in r.warnings]
        assert (r.age_years, r.sex, r.serum_creatinine_mg_dl) == (D(80), "male", D(1))

    def test_just_below_sixty_is_impaired(self) -> None:
        """SCr 1.01 mg/dL: 60 x 72 / (72 x 1.01) = 59.405... mL/min (59.40 rounded down) < 60."""
        patient = attrs.evolve(EDGE_MAN, serum_creatinine_mg_dl=D("1.01"))
        r = estimate_creatinine_clearance(REFERENCE, patient, "actual")
        assert r.creatinine_clearance_reported_ml_min == D("59.40")
        assert r.renal_impairment is True
        assert "renal.impairment" in [a.code for a in r.warnings]

    def test_umol_at_the_edge(self) -> None:
        """88.4 umol/L / 88.4 = 1.0 mg/dL: the same 60 mL/min, not impaired."""
        patient = attrs.evolve(
            EDGE_MAN, serum_creatinine_mg_dl=None, serum_creatinine_umol_l=D("88.4")
        )
        r = estimate_creatinine_clearance(REFERENCE, patient, "actual")
        assert r.creatinine_clearance_ml_min == D(60)
        assert r.renal_impairment is False


class TestCreatinineInUmol:
    """
    Accepted range (cockcroft-gault table note): the mg/dL range 0.1-20 times 88.4 umol/L per
    mg/dL = 8.84-1768 umol/L.
    """

    def patient(self, umol: str) -> Patient:
        return attrs.evolve(EDGE_MAN, serum_creatinine_mg_dl=None, serum_creatinine_umol_l=D(umol))

    @pytest.mark.parametrize(("umol", "mg_dl"), [("8.84", "0.1"), ("1768", "20")])
    def test_ends_are_accepted(self, umol: str, mg_dl: str) -> None:
        r = estimate_creatinine_clearance(REFERENCE, self.patient(umol), "actual")
        assert r.serum_creatinine_mg_dl == D(mg_dl)

    @pytest.mark.parametrize("umol", ["8.83", "1768.1"])
    def test_outside_is_refused(self, umol: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            estimate_creatinine_clearance(REFERENCE, self.patient(umol), "actual")
        assert (info.value.code, info.value.received) == ("renal.creatinine_out_of_range", D(umol))
        assert info.value.expected.startswith("8.84-1768 umol/L ")


class TestCarriedThrough:
    def test_clearance_for_dosing_uses_the_requested_basis(self) -> None:
        actual = clearance_for_dosing(REFERENCE, EDGE_MAN, "actual", "drug.renal_required")
        assert actual.ml_min == D(60)
        default = clearance_for_dosing(REFERENCE, EDGE_MAN, None, "drug.renal_required")
        assert default.estimate is not None
        assert default.estimate.weight.basis == "ideal"
        assert default.estimate.creatinine_clearance_reported_ml_min == D("54.94")

    def test_estimate_names_the_callers_field(self) -> None:
        patient = attrs.evolve(EDGE_MAN, weight_kg=None)
        with pytest.raises(OutOfRangeError) as info:
            estimate_creatinine_clearance(REFERENCE, patient, "actual", field="subject")
        assert (info.value.code, info.value.field) == (
            "patient.weight_required",
            "subject.weight_kg",
        )

    def test_clearance_for_dosing_names_the_callers_field(self) -> None:
        patient = attrs.evolve(EDGE_MAN, weight_kg=None)
        with pytest.raises(OutOfRangeError) as info:
            clearance_for_dosing(REFERENCE, patient, "actual", "drug.renal_required", "subject")
        assert (info.value.code, info.value.field) == (
            "patient.weight_required",
            "subject.weight_kg",
        )
