from typing import Literal

PeriodPrescriptionDoseUnitType1 = Literal["mcg", "mcg/h", "mg", "mg/h"]

PERIOD_PRESCRIPTION_DOSE_UNIT_TYPE_1_VALUES: set[PeriodPrescriptionDoseUnitType1] = {
    "mcg",
    "mcg/h",
    "mg",
    "mg/h",
}


def check_period_prescription_dose_unit_type_1(value: str) -> PeriodPrescriptionDoseUnitType1:
    if value in PERIOD_PRESCRIPTION_DOSE_UNIT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERIOD_PRESCRIPTION_DOSE_UNIT_TYPE_1_VALUES!r}")
