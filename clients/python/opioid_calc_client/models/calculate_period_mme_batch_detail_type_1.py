from typing import Literal

CalculatePeriodMmeBatchDetailType1 = Literal["prescriptions"]

CALCULATE_PERIOD_MME_BATCH_DETAIL_TYPE_1_VALUES: set[CalculatePeriodMmeBatchDetailType1] = {
    "prescriptions",
}


def check_calculate_period_mme_batch_detail_type_1(value: str) -> CalculatePeriodMmeBatchDetailType1:
    if value in CALCULATE_PERIOD_MME_BATCH_DETAIL_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALCULATE_PERIOD_MME_BATCH_DETAIL_TYPE_1_VALUES!r}")
