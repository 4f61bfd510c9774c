from typing import Literal

MedicationFormType2Type1 = Literal[
    "capsule", "film", "injection", "lozenge", "patch", "solution", "spray", "suppository", "suspension", "tablet"
]

MEDICATION_FORM_TYPE_2_TYPE_1_VALUES: set[MedicationFormType2Type1] = {
    "capsule",
    "film",
    "injection",
    "lozenge",
    "patch",
    "solution",
    "spray",
    "suppository",
    "suspension",
    "tablet",
}


def check_medication_form_type_2_type_1(value: str) -> MedicationFormType2Type1:
    if value in MEDICATION_FORM_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_FORM_TYPE_2_TYPE_1_VALUES!r}")
