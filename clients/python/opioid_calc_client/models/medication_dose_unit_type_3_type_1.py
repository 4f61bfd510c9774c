from typing import Literal

MedicationDoseUnitType3Type1 = Literal["mcg", "mcg/h", "mg", "mg/h"]

MEDICATION_DOSE_UNIT_TYPE_3_TYPE_1_VALUES: set[MedicationDoseUnitType3Type1] = {
    "mcg",
    "mcg/h",
    "mg",
    "mg/h",
}


def check_medication_dose_unit_type_3_type_1(value: str) -> MedicationDoseUnitType3Type1:
    if value in MEDICATION_DOSE_UNIT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_DOSE_UNIT_TYPE_3_TYPE_1_VALUES!r}")
