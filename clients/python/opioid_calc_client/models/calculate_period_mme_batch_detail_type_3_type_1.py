from typing import Literal

CalculatePeriodMmeBatchDetailType3Type1 = Literal["prescriptions"]

CALCULATE_PERIOD_MME_BATCH_DETAIL_TYPE_3_TYPE_1_VALUES: set[CalculatePeriodMmeBatchDetailType3Type1] = {
    "prescriptions",
}


def check_calculate_period_mme_batch_detail_type_3_type_1(value: str) -> CalculatePeriodMmeBatchDetailType3Type1:
    if value in CALCULATE_PERIOD_MME_BATCH_DETAIL_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALCULATE_PERIOD_MME_BATCH_DETAIL_TYPE_3_TYPE_1_VALUES!r}"
    )
