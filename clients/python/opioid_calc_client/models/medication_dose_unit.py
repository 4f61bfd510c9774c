from typing import Literal

MedicationDoseUnit = Literal["mcg", "mcg/h", "mg", "mg/h"]

MEDICATION_DOSE_UNIT_VALUES: set[MedicationDoseUnit] = {
    "mcg",
    "mcg/h",
    "mg",
    "mg/h",
}


def check_medication_dose_unit(value: str) -> MedicationDoseUnit:
    if value in MEDICATION_DOSE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_DOSE_UNIT_VALUES!r}")
