from typing import Literal

KetamineStrategyStatus = Literal["available", "not_applicable"]

KETAMINE_STRATEGY_STATUS_VALUES: set[KetamineStrategyStatus] = {
    "available",
    "not_applicable",
}


def check_ketamine_strategy_status(value: str) -> KetamineStrategyStatus:
    if value in KETAMINE_STRATEGY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KETAMINE_STRATEGY_STATUS_VALUES!r}")
