from typing import Literal

PeriodPrescriptionReleaseType1 = Literal["extended", "immediate"]

PERIOD_PRESCRIPTION_RELEASE_TYPE_1_VALUES: set[PeriodPrescriptionReleaseType1] = {
    "extended",
    "immediate",
}


def check_period_prescription_release_type_1(value: str) -> PeriodPrescriptionReleaseType1:
    if value in PERIOD_PRESCRIPTION_RELEASE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERIOD_PRESCRIPTION_RELEASE_TYPE_1_VALUES!r}")
