"""Ketamine infusion (calc/adjuncts/ketamine.py): range 0.1-0.5 mg/kg/h (SRC-000)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from calc.adjuncts import KetamineOrder, dose_ketamine
from calc.errors import OutOfRangeError
from calc.models import Patient
from tables.loader import load_reference


REFERENCE = load_reference()
D = Decimal
# 182.88 cm = 72 in: Devine male IBW = 50 + 2.3 x 12 = 77.6 kg (clinical.md A12)
TALL_MAN = Patient(sex="male", weight_kg=D(120), height_cm=D("182.88"))


class TestDose:
    def test_ideal_default_with_volume_and_bolus(self) -> None:
        # 0.2 mg/kg/h x 77.6 kg = 15.52 mg/h; 1 mg/mL -> 15.52 mL/h; x 24 = 372.48 mg;
        # bolus 0.3 mg/kg x 77.6 = 23.28 mg = 23.28 mL
        order = KetamineOrder(D("0.2"), concentration_mg_per_ml=D(1), bolus_mg_per_kg=D("0.3"))
        r = dose_ketamine(REFERENCE, TALL_MAN, order)
        assert (r.weight.basis, r.weight.basis_defaulted, r.weight.kg) == ("ideal", True, D("77.6"))
        assert (r.dose_mg_per_h, r.infusion_ml_per_h, r.amount_mg_per_24h) == (
            D("15.52"),
            D("15.52"),
            D("372.48"),
        )
        assert r.bolus is not None
        assert (r.bolus.dose_mg, r.bolus.volume_ml) == (D("23.28"), D("23.28"))
        codes = [w.code for w in r.warnings]
        assert {
            "ketamine.range_secondary_only",
            "ketamine.contraindications",
            "ketamine.bolus",
        } <= set(codes)
        assert r.rate_sources == ("SRC-000",)
        assert [t.id for t in r.tables] == ["adjunct-ketamine", "body-weight"]

    def test_actual_basis_rounds_down(self) -> None:
        # 0.15 mg/kg/h x 66.67 kg = 10.0005 mg/h -> 10.00 (down); 10 mg/mL -> 1.00 mL/h
        patient = Patient(weight_kg=D("66.67"))
        r = dose_ketamine(REFERENCE, patient, KetamineOrder(D("0.15"), "actual", D(10)))
        assert r.dose_mg_per_h == D("10.00")
        assert r.infusion_ml_per_h == D("1.00")
        assert r.bolus is None

    def test_adjusted_basis_without_concentration(self) -> None:
        # IBW 77.6; AdjBW = 77.6 + 0.4 x (120 - 77.6) = 94.56 kg; x 0.5 = 47.28 mg/h
        r = dose_ketamine(REFERENCE, TALL_MAN, KetamineOrder(D("0.5"), "adjusted"))
        assert (r.weight.kg, r.dose_mg_per_h, r.infusion_ml_per_h) == (D("94.56"), D("47.28"), None)

    def test_bolus_at_the_limit_is_accepted(self) -> None:
        """
        ASRA 2018 (ASRA-ACUTE18, UNCONFIRMED): bolus at most 0.35 mg/kg, so 0.35 itself is allowed:
        0.35 mg/kg x 80 kg = 28 mg; at 10 mg/mL = 2.8 mL. The concentration is reported back.
        """
        order = KetamineOrder(D("0.2"), "actual", D(10), D("0.35"))
        r = dose_ketamine(REFERENCE, Patient(weight_kg=D(80)), order)
        assert r.bolus is not None
        assert (r.bolus.mg_per_kg, r.bolus.dose_mg, r.bolus.volume_ml) == (
            D("0.35"),
            D(28),
            D("2.8"),
        )
        assert r.concentration_mg_per_ml == D(10)

    def test_severe_hepatic_impairment(self) -> None:
        patient = Patient(weight_kg=D(70), hepatic_impairment="severe")
        r = dose_ketamine(REFERENCE, patient, KetamineOrder(D("0.1"), "actual"))
        assert "ketamine.hepatic_severe" in [w.code for w in r.warnings]


class TestRefusals:
    @pytest.mark.parametrize("rate", ["0.09", "0.51", "1"])
    def test_rate_outside_range(self, rate: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_ketamine(REFERENCE, TALL_MAN, KetamineOrder(D(rate)))
        err = info.value
        assert (err.code, err.field, err.received) == (
            "ketamine.rate_out_of_range",
            "rate_mg_per_kg_per_h",
            D(rate),
        )
        assert err.expected == "0.1-0.5 mg/kg/h (SRC-000)"

    @pytest.mark.parametrize("bolus", ["0.36", "0", "-1"])
    def test_bolus_outside_limit(self, bolus: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_ketamine(REFERENCE, TALL_MAN, KetamineOrder(D("0.2"), bolus_mg_per_kg=D(bolus)))
        assert (info.value.code, info.value.field) == (
            "ketamine.bolus_out_of_range",
            "bolus_mg_per_kg",
        )

    def test_concentration_not_positive(self) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_ketamine(REFERENCE, TALL_MAN, KetamineOrder(D("0.2"), None, D(0)))
        assert (info.value.code, info.value.received) == ("ketamine.concentration_invalid", D(0))

    def test_weight_required(self) -> None:
        with pytest.raises(OutOfRangeError) as info:
            dose_ketamine(REFERENCE, Patient(), KetamineOrder(D("0.2"), "actual"))
        assert info.value.field == "patient.weight_kg"


@settings(deadline=None)
@given(
    rate=st.decimals("0.1", "0.5", places=3),
    weight=st.decimals("20", "350", places=2),
    height=st.decimals("152.4", "250", places=1),
    sex=st.sampled_from(["female", "male"]),
    basis=st.sampled_from(["actual", "ideal", "adjusted", None]),
    concentration=st.one_of(st.none(), st.decimals("0.1", "100", places=1)),
)
@example(
    rate=D("0.5"), weight=D(350), height=D(250), sex="male", basis="actual", concentration=None
)
@example(rate=D("0.1"), weight=D(20), height=D(250), sex="male", basis="ideal", concentration=D(1))
def test_ketamine_stays_in_range(
    *,
    rate: Decimal,
    weight: Decimal,
    height: Decimal,
    sex: str,
    basis: str | None,
    concentration: Decimal | None,
) -> None:
    """Never above 0.5 mg/kg/h of a dosing weight never above actual; below 0.1 only by rounding."""
    patient = Patient(sex=sex, weight_kg=weight, height_cm=height)
    order = KetamineOrder(rate, basis, concentration)
    r = dose_ketamine(REFERENCE, patient, order)
    assert r.weight.kg <= weight
    assert r.dose_mg_per_h <= rate * r.weight.kg
    assert r.dose_mg_per_h / r.weight.kg <= D("0.5")
    # floored to 0.01 mg/h: at most 0.01 mg/h below rate x weight (so >= 0.1 before rounding)
    assert r.dose_mg_per_h > D("0.1") * r.weight.kg - D("0.01")
    if concentration is not None:
        assert r.infusion_ml_per_h is not None
        assert r.infusion_ml_per_h * concentration <= r.dose_mg_per_h
    assert r == dose_ketamine(REFERENCE, patient, order)


@settings(deadline=None)
@given(rate=st.one_of(st.decimals("0", "0.099", places=3), st.decimals("0.501", "10", places=3)))
def test_ketamine_outside_range_is_refused(rate: Decimal) -> None:
    with pytest.raises(OutOfRangeError):
        dose_ketamine(REFERENCE, TALL_MAN, KetamineOrder(rate))
