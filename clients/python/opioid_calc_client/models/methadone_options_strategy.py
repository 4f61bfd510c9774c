from typing import Literal

MethadoneOptionsStrategy = Literal["ad_lib", "stop_and_go", "three_day_switch"]

METHADONE_OPTIONS_STRATEGY_VALUES: set[MethadoneOptionsStrategy] = {
    "ad_lib",
    "stop_and_go",
    "three_day_switch",
}


def check_methadone_options_strategy(value: str) -> MethadoneOptionsStrategy:
    if value in METHADONE_OPTIONS_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METHADONE_OPTIONS_STRATEGY_VALUES!r}")
