from typing import Literal

RotationStrategyStatus = Literal["available", "not_applicable"]

ROTATION_STRATEGY_STATUS_VALUES: set[RotationStrategyStatus] = {
    "available",
    "not_applicable",
}


def check_rotation_strategy_status(value: str) -> RotationStrategyStatus:
    if value in ROTATION_STRATEGY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROTATION_STRATEGY_STATUS_VALUES!r}")
