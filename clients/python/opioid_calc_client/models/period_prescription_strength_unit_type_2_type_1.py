from typing import Literal

PeriodPrescriptionStrengthUnitType2Type1 = Literal["mcg", "mcg/h", "mg", "mg/h"]

PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_2_TYPE_1_VALUES: set[PeriodPrescriptionStrengthUnitType2Type1] = {
    "mcg",
    "mcg/h",
    "mg",
    "mg/h",
}


def check_period_prescription_strength_unit_type_2_type_1(value: str) -> PeriodPrescriptionStrengthUnitType2Type1:
    if value in PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_2_TYPE_1_VALUES!r}"
    )
