from typing import Literal

PatientHepaticImpairmentType2Type1 = Literal["mild", "moderate", "none", "severe"]

PATIENT_HEPATIC_IMPAIRMENT_TYPE_2_TYPE_1_VALUES: set[PatientHepaticImpairmentType2Type1] = {
    "mild",
    "moderate",
    "none",
    "severe",
}


def check_patient_hepatic_impairment_type_2_type_1(value: str) -> PatientHepaticImpairmentType2Type1:
    if value in PATIENT_HEPATIC_IMPAIRMENT_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATIENT_HEPATIC_IMPAIRMENT_TYPE_2_TYPE_1_VALUES!r}")
