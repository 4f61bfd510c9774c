from typing import Literal

PatientHepaticImpairmentType3Type1 = Literal["mild", "moderate", "none", "severe"]

PATIENT_HEPATIC_IMPAIRMENT_TYPE_3_TYPE_1_VALUES: set[PatientHepaticImpairmentType3Type1] = {
    "mild",
    "moderate",
    "none",
    "severe",
}


def check_patient_hepatic_impairment_type_3_type_1(value: str) -> PatientHepaticImpairmentType3Type1:
    if value in PATIENT_HEPATIC_IMPAIRMENT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENT_HEPATIC_IMPAIRMENT_TYPE_3_TYPE_1_VALUES!r}")
