from typing import Literal

MedicationReleaseType1 = Literal["extended", "immediate"]

MEDICATION_RELEASE_TYPE_1_VALUES: set[MedicationReleaseType1] = {
    "extended",
    "immediate",
}


def check_medication_release_type_1(value: str) -> MedicationReleaseType1:
    if value in MEDICATION_RELEASE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_RELEASE_TYPE_1_VALUES!r}")
