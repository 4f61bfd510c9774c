from typing import Literal

TaperStrategyStatus = Literal["available", "not_applicable"]

TAPER_STRATEGY_STATUS_VALUES: set[TaperStrategyStatus] = {
    "available",
    "not_applicable",
}


def check_taper_strategy_status(value: str) -> TaperStrategyStatus:
    if value in TAPER_STRATEGY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAPER_STRATEGY_STATUS_VALUES!r}")
