from typing import Literal

CutAndMethadoneStrategyStatus = Literal["available", "not_applicable"]

CUT_AND_METHADONE_STRATEGY_STATUS_VALUES: set[CutAndMethadoneStrategyStatus] = {
    "available",
    "not_applicable",
}


def check_cut_and_methadone_strategy_status(value: str) -> CutAndMethadoneStrategyStatus:
    if value in CUT_AND_METHADONE_STRATEGY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUT_AND_METHADONE_STRATEGY_STATUS_VALUES!r}")
