from typing import Literal

PatientSexType1 = Literal["female", "male"]

PATIENT_SEX_TYPE_1_VALUES: set[PatientSexType1] = {
    "female",
    "male",
}


def check_patient_sex_type_1(value: str) -> PatientSexType1:
    if value in PATIENT_SEX_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENT_SEX_TYPE_1_VALUES!r}")
