from typing import Literal

PatientSexType3Type1 = Literal["female", "male"]

PATIENT_SEX_TYPE_3_TYPE_1_VALUES: set[PatientSexType3Type1] = {
    "female",
    "male",
}


def check_patient_sex_type_3_type_1(value: str) -> PatientSexType3Type1:
    if value in PATIENT_SEX_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENT_SEX_TYPE_3_TYPE_1_VALUES!r}")
