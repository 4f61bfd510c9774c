from typing import Literal

ClonidineStrategyStatus = Literal["available", "not_applicable"]

CLONIDINE_STRATEGY_STATUS_VALUES: set[ClonidineStrategyStatus] = {
    "available",
    "not_applicable",
}


def check_clonidine_strategy_status(value: str) -> ClonidineStrategyStatus:
    if value in CLONIDINE_STRATEGY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLONIDINE_STRATEGY_STATUS_VALUES!r}")
