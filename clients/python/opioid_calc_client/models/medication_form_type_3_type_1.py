from typing import Literal

MedicationFormType3Type1 = Literal[
    "capsule", "film", "injection", "lozenge", "patch", "solution", "spray", "suppository", "suspension", "tablet"
]

MEDICATION_FORM_TYPE_3_TYPE_1_VALUES: set[MedicationFormType3Type1] = {
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


def check_medication_form_type_3_type_1(value: str) -> MedicationFormType3Type1:
    if value in MEDICATION_FORM_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_FORM_TYPE_3_TYPE_1_VALUES!r}")
