from typing import Literal

MedicationStrengthUnitType3Type1 = Literal["mcg", "mcg/h", "mg"]

MEDICATION_STRENGTH_UNIT_TYPE_3_TYPE_1_VALUES: set[MedicationStrengthUnitType3Type1] = {
    "mcg",
    "mcg/h",
    "mg",
}


def check_medication_strength_unit_type_3_type_1(value: str) -> MedicationStrengthUnitType3Type1:
    if value in MEDICATION_STRENGTH_UNIT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_STRENGTH_UNIT_TYPE_3_TYPE_1_VALUES!r}")
