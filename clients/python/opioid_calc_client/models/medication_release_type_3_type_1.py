from typing import Literal

MedicationReleaseType3Type1 = Literal["extended", "immediate"]

MEDICATION_RELEASE_TYPE_3_TYPE_1_VALUES: set[MedicationReleaseType3Type1] = {
    "extended",
    "immediate",
}


def check_medication_release_type_3_type_1(value: str) -> MedicationReleaseType3Type1:
    if value in MEDICATION_RELEASE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_RELEASE_TYPE_3_TYPE_1_VALUES!r}")
