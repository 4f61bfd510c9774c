from typing import Literal

PatientSexType2Type1 = Literal["female", "male"]

PATIENT_SEX_TYPE_2_TYPE_1_VALUES: set[PatientSexType2Type1] = {
    "female",
    "male",
}


def check_patient_sex_type_2_type_1(value: str) -> PatientSexType2Type1:
    if value in PATIENT_SEX_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENT_SEX_TYPE_2_TYPE_1_VALUES!r}")
