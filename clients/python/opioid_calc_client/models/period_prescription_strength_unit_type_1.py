from typing import Literal

PeriodPrescriptionStrengthUnitType1 = Literal["mcg", "mcg/h", "mg", "mg/h"]

PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_1_VALUES: set[PeriodPrescriptionStrengthUnitType1] = {
    "mcg",
    "mcg/h",
    "mg",
    "mg/h",
}


def check_period_prescription_strength_unit_type_1(value: str) -> PeriodPrescriptionStrengthUnitType1:
    if value in PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_1_VALUES!r}")
