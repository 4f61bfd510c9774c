from typing import Literal

MedicationDoseUnitType2Type1 = Literal["mcg", "mcg/h", "mg", "mg/h"]

MEDICATION_DOSE_UNIT_TYPE_2_TYPE_1_VALUES: set[MedicationDoseUnitType2Type1] = {
    "mcg",
    "mcg/h",
    "mg",
    "mg/h",
}


def check_medication_dose_unit_type_2_type_1(value: str) -> MedicationDoseUnitType2Type1:
    if value in MEDICATION_DOSE_UNIT_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_DOSE_UNIT_TYPE_2_TYPE_1_VALUES!r}")
