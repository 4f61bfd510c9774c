from typing import Literal

PeriodPrescriptionStrengthUnitType3Type1 = Literal["mcg", "mcg/h", "mg", "mg/h"]

PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_3_TYPE_1_VALUES: set[PeriodPrescriptionStrengthUnitType3Type1] = {
    "mcg",
    "mcg/h",
    "mg",
    "mg/h",
}


def check_period_prescription_strength_unit_type_3_type_1(value: str) -> PeriodPrescriptionStrengthUnitType3Type1:
    if value in PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERIOD_PRESCRIPTION_STRENGTH_UNIT_TYPE_3_TYPE_1_VALUES!r}"
    )
