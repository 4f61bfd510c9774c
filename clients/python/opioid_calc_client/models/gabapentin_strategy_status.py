from typing import Literal

GabapentinStrategyStatus = Literal["available", "not_applicable"]

GABAPENTIN_STRATEGY_STATUS_VALUES: set[GabapentinStrategyStatus] = {
    "available",
    "not_applicable",
}


def check_gabapentin_strategy_status(value: str) -> GabapentinStrategyStatus:
    if value in GABAPENTIN_STRATEGY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GABAPENTIN_STRATEGY_STATUS_VALUES!r}")
