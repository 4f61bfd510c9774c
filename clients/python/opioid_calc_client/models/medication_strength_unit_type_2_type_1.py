from typing import Literal

MedicationStrengthUnitType2Type1 = Literal["mcg", "mcg/h", "mg"]

MEDICATION_STRENGTH_UNIT_TYPE_2_TYPE_1_VALUES: set[MedicationStrengthUnitType2Type1] = {
    "mcg",
    "mcg/h",
    "mg",
}


def check_medication_strength_unit_type_2_type_1(value: str) -> MedicationStrengthUnitType2Type1:
    if value in MEDICATION_STRENGTH_UNIT_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_STRENGTH_UNIT_TYPE_2_TYPE_1_VALUES!r}")
