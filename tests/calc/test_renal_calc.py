"""
Cockcroft-Gault and dosing weights (calc/renal.py, calc/weights.py).

Expected clearances are published worked examples of the formula (CrCl = (140 - age) x weight /
(72 x SCr), x 0.85 if female; TABERS), each cited where it is used; weights are worked by hand
from the Devine formula in clinical.md A12 (arithmetic in the comments).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.models import Patient
from calc.reference import formula_table
from calc.renal import clearance_for_dosing, estimate_creatinine_clearance
from calc.weights import dosing_weight
from tables.loader import load_reference


REFERENCE = load_reference()
BODY = formula_table(REFERENCE, "body-weight")
D = Decimal


def one_decimal(x: Decimal) -> Decimal:
    return x.quantize(D("0.1"), rounding=ROUND_HALF_UP)


class TestPublishedExamples:
    """Worked examples published with the formula; compared at the one decimal they print."""

    @pytest.mark.parametrize(
        ("age", "sex", "weight", "scr", "expected", "where"),
        [
            # DrOracle 797449: 70-year-old male, 75 kg, SCr 1.0 -> 5250 / 72 = 72.9 mL/min
            (70, "male", 75, "1.0", "72.9", "droracle.ai/articles/797449"),
            # superglobalcalculator.com/formulas/health/creatinine-clearance, example 1:
            # 60-year-old man, 80 kg, SCr 1.2 -> 6400 / 86.4 = 74.1 mL/min
            (60, "male", 80, "1.2", "74.1", "superglobalcalculator health ex. 1"),
            # superglobalcalculator.com/formulas/pharmacology/creatinine-clearance, example 1:
            # male 65, 70 kg, SCr 1.4 -> 75 x 70 / 100.8 = 52.1 mL/min
            (65, "male", 70, "1.4", "52.1", "superglobalcalculator pharmacology ex. 1"),
            # same page, example 2: female 45, 60 kg, SCr 0.9 -> 5700 / 64.8 x 0.85 = 74.8 mL/min
            (45, "female", 60, "0.9", "74.8", "superglobalcalculator pharmacology ex. 2"),
        ],
    )
    def test_example(
        self, *, age: int, sex: str, weight: int, scr: str, expected: str, where: str
    ) -> None:
        patient = Patient(
            age_years=D(age), sex=sex, weight_kg=D(weight), serum_creatinine_mg_dl=D(scr)
        )
        result = estimate_creatinine_clearance(REFERENCE, patient, "actual")
        assert one_decimal(result.creatinine_clearance_ml_min) == D(expected), where
        assert result.weight.basis == "actual"
        assert result.creatinine_clearance_reported_ml_min <= result.creatinine_clearance_ml_min

    def test_umol_gives_the_same_as_mg(self) -> None:
        """1.0 mg/dL is 88.4 umol/L (UNIT): the DrOracle example again, in umol/L."""
        patient = Patient(
            age_years=D(70), sex="male", weight_kg=D(75), serum_creatinine_umol_l=D("88.4")
        )
        result = estimate_creatinine_clearance(REFERENCE, patient, "actual")
        assert result.serum_creatinine_mg_dl == 1
        assert one_decimal(result.creatinine_clearance_ml_min) == D("72.9")


class TestWeights:
    """Devine IBW = 50 kg (male) or 45.5 kg (female) + 2.3 kg per inch over 60 in (A12)."""

    def test_ideal_male_six_feet(self) -> None:
        # 182.88 cm = 72 in exactly: 50 + 2.3 x 12 = 77.6 kg
        patient = Patient(sex="male", weight_kg=D(100), height_cm=D("182.88"))
        w = dosing_weight(BODY, patient, "ideal", "ideal")
        assert w.ideal_kg == D("77.6")
        assert w.kg == D("77.6")
        assert w.actual_used is False
        # actual weight, then the ideal weight, then the dosing weight (requested: GRPH-CRCL)
        assert [s.value for s in w.trace] == [D(100), D("77.6"), D("77.6")]
        assert w.trace[-1].source == "GRPH-CRCL"

    def test_adjusted_female(self) -> None:
        # 165.1 cm = 65 in: IBW 45.5 + 2.3 x 5 = 57 kg; AdjBW = 57 + 0.4 x (97 - 57) = 73 kg
        patient = Patient(sex="female", weight_kg=D(97), height_cm=D("165.1"))
        w = dosing_weight(BODY, patient, "adjusted", "ideal")
        assert (w.ideal_kg, w.adjusted_kg, w.kg) == (D(57), D(73), D(73))
        assert not w.basis_defaulted
        assert [s.value for s in w.trace] == [D(97), D(57), D(73), D(73)]

    @pytest.mark.parametrize("basis", ["ideal", "adjusted"])
    def test_actual_equal_to_ideal_is_not_below_it(self, basis: str) -> None:
        """
        GRPH-CRCL, CLINCALC: use the actual weight if it is BELOW the ideal weight. 72 in male:
        IBW 77.6 kg; at exactly 77.6 kg (AdjBW = 77.6 + 0.4 x 0 = 77.6) nothing is substituted.
        """
        patient = Patient(sex="male", weight_kg=D("77.6"), height_cm=D("182.88"))
        w = dosing_weight(BODY, patient, basis, "ideal")
        assert w.kg == D("77.6")
        assert w.actual_used is False
        assert w.warnings == ()

    @pytest.mark.parametrize("basis", ["ideal", "adjusted"])
    def test_never_above_actual(self, basis: str) -> None:
        # 72 in male: IBW 77.6 kg > actual 60 kg -> the actual weight is used (GRPH-CRCL rule)
        patient = Patient(sex="male", weight_kg=D(60), height_cm=D("182.88"))
        w = dosing_weight(BODY, patient, basis, "ideal")
        assert w.kg == D(60)
        assert w.actual_used
        assert [a.code for a in w.warnings] == ["weight.actual_below_ideal"]

    def test_default_basis_is_stated(self) -> None:
        patient = Patient(sex="male", weight_kg=D(100), height_cm=D("182.88"))
        w = dosing_weight(BODY, patient, None, "ideal")
        assert (w.basis, w.basis_defaulted) == ("ideal", True)
        # the default basis is a product decision (cockcroft-gault default_weight_basis_source)
        assert w.trace[-1].source == "PRODUCT"

    @pytest.mark.parametrize(
        ("patient", "basis", "code", "field", "received"),
        [
            (Patient(), "actual", "patient.weight_required", "patient.weight_kg", None),
            (
                Patient(weight_kg=D(400)),
                "actual",
                "patient.weight_required",
                "patient.weight_kg",
                D(400),
            ),
            (Patient(weight_kg=D(80)), "ideal", "patient.sex_required", "patient.sex", None),
            (
                Patient(weight_kg=D(80), sex="male"),
                "ideal",
                "patient.height_required",
                "patient.height_cm",
                None,
            ),
            (
                Patient(weight_kg=D(80), sex="male", height_cm=D(150)),
                "ideal",
                "weight.ideal_undefined",
                "patient.height_cm",
                D(150),
            ),
        ],
    )
    def test_refusals_name_the_field(
        self, patient: Patient, basis: str, code: str, field: str, received: object
    ) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dosing_weight(BODY, patient, basis, "ideal")
        assert (info.value.code, info.value.field, info.value.received) == (code, field, received)
        assert info.value.expected

    def test_devine_needs_five_feet(self) -> None:
        """Devine adds 2.3 kg per inch over 60 in; 60 in x 2.54 cm/in (UNIT) = 152.4 cm."""
        patient = Patient(weight_kg=D(80), sex="male", height_cm=D("152.3"))
        with pytest.raises(OutOfRangeError) as info:
            dosing_weight(BODY, patient, "ideal", "ideal")
        assert info.value.expected.startswith("at least 152.4 cm (60 in) ")
        at_five_feet = attrs.evolve(patient, height_cm=D("152.4"))
        assert dosing_weight(BODY, at_five_feet, "ideal", "ideal").ideal_kg == D(50)

    def test_unknown_basis(self) -> None:
        with pytest.raises(UnknownEntryError) as info:
            dosing_weight(BODY, Patient(weight_kg=D(80)), "lean", "ideal")
        assert (info.value.field, info.value.received) == ("weight_basis", "lean")


class TestEstimate:
    BASE = Patient(
        age_years=D(80),
        sex="female",
        weight_kg=D(50),
        height_cm=D(160),
        serum_creatinine_mg_dl=D(2),
    )

    def test_female_factor_and_impairment(self) -> None:
        # (140 - 80) x 50 / (72 x 2) = 20.833..., x 0.85 = 17.708...; 160 cm female IBW
        # = 45.5 + 2.3 x (62.99 - 60) = 52.4 kg > 50 kg, so the actual weight is used
        result = estimate_creatinine_clearance(REFERENCE, self.BASE)
        assert one_decimal(result.creatinine_clearance_ml_min) == D("17.7")
        assert result.weight.actual_used
        assert result.renal_impairment
        codes = [a.code for a in result.warnings]
        assert "renal.impairment" in codes
        assert "renal.weight_basis_contested" in codes
        assert [t.id for t in result.tables] == ["cockcroft-gault", "body-weight", "thresholds"]
        # the female step follows the formula step: 20.833... x 0.85 (TABERS)
        formula, female = result.trace[-3], result.trace[-2]
        assert female.value == result.creatinine_clearance_ml_min
        assert formula.value is not None
        assert formula.value * D("0.85") == female.value

    def test_given_clearance_is_not_used_here(self) -> None:
        patient = attrs.evolve(self.BASE, creatinine_clearance_ml_min=D(90))
        result = estimate_creatinine_clearance(REFERENCE, patient)
        assert "renal.given_clearance_not_used" in [a.code for a in result.warnings]

    @pytest.mark.parametrize(
        ("change", "code", "field", "received"),
        [
            ({"age_years": None}, "renal.age_required", "patient.age_years", None),
            ({"age_years": D(17)}, "renal.age_required", "patient.age_years", D(17)),
            ({"sex": None}, "patient.sex_required", "patient.sex", None),
            (
                {"serum_creatinine_mg_dl": None},
                "renal.creatinine_required",
                "patient.serum_creatinine_mg_dl",
                None,
            ),
            (
                {"serum_creatinine_mg_dl": D(21)},
                "renal.creatinine_required",
                "patient.serum_creatinine_mg_dl",
                D(21),
            ),
            (
                {"serum_creatinine_umol_l": D(90)},
                "renal.creatinine_twice",
                "patient.serum_creatinine_umol_l",
                D(90),
            ),
            (
                {"serum_creatinine_mg_dl": None, "serum_creatinine_umol_l": D(2000)},
                "renal.creatinine_out_of_range",
                "patient.serum_creatinine_umol_l",
                D(2000),
            ),
        ],
    )
    def test_refusals(
        self, change: dict[str, Any], code: str, field: str, received: Decimal | None
    ) -> None:
        with pytest.raises(OutOfRangeError) as info:
            estimate_creatinine_clearance(REFERENCE, attrs.evolve(self.BASE, **change))
        assert (info.value.code, info.value.field, info.value.received) == (code, field, received)


class TestClearanceForDosing:
    def test_given(self) -> None:
        c = clearance_for_dosing(
            REFERENCE,
            Patient(creatinine_clearance_ml_min=D(42)),
            None,
            "gabapentin.renal_function_required",
        )
        assert (c.ml_min, c.method, c.estimate) == (D(42), "given", None)

    def test_estimated(self) -> None:
        c = clearance_for_dosing(
            REFERENCE, TestEstimate.BASE, None, "gabapentin.renal_function_required"
        )
        assert c.method == "cockcroft-gault"
        assert c.estimate is not None

    def test_nothing_given(self) -> None:
        with pytest.raises(OutOfRangeError) as info:
            clearance_for_dosing(
                REFERENCE, Patient(weight_kg=D(70)), None, "pregabalin.renal_function_required"
            )
        assert info.value.code == "pregabalin.renal_function_required"
        assert info.value.field == "patient.creatinine_clearance_ml_min"

    def test_zero_refused(self) -> None:
        with pytest.raises(OutOfRangeError) as info:
            clearance_for_dosing(
                REFERENCE,
                Patient(creatinine_clearance_ml_min=D(0)),
                None,
                "gabapentin.renal_function_required",
            )
        assert (info.value.code, info.value.received) == (
            "gabapentin.renal_function_required",
            D(0),
        )


@settings(deadline=None)
@given(
    age=st.decimals("18", "120", places=0),
    weight=st.decimals("20", "350", places=1),
    height=st.decimals("152.4", "250", places=1),
    scr=st.decimals("0.1", "20", places=2),
    sex=st.sampled_from(["female", "male"]),
    basis=st.sampled_from(["actual", "ideal", "adjusted"]),
)
def test_clearance_properties(
    *, age: Decimal, weight: Decimal, height: Decimal, scr: Decimal, sex: str, basis: str
) -> None:
    """Positive and finite; the lowest basis never gives more; reported never above exact."""
    patient = Patient(
        age_years=age, sex=sex, weight_kg=weight, height_cm=height, serum_creatinine_mg_dl=scr
    )
    result = estimate_creatinine_clearance(REFERENCE, patient, basis)
    actual = estimate_creatinine_clearance(REFERENCE, patient, "actual")
    assert result.creatinine_clearance_ml_min > 0
    assert result.creatinine_clearance_ml_min.is_finite()
    assert result.weight.kg <= weight
    assert result.creatinine_clearance_ml_min <= actual.creatinine_clearance_ml_min
    assert result.creatinine_clearance_reported_ml_min <= result.creatinine_clearance_ml_min
    assert result == estimate_creatinine_clearance(REFERENCE, patient, basis)
