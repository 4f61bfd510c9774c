from typing import Literal

TimingRepeatPeriodUnitType2Type1 = Literal["a", "d", "h", "min", "mo", "s", "wk"]

TIMING_REPEAT_PERIOD_UNIT_TYPE_2_TYPE_1_VALUES: set[TimingRepeatPeriodUnitType2Type1] = {
    "a",
    "d",
    "h",
    "min",
    "mo",
    "s",
    "wk",
}


def check_timing_repeat_period_unit_type_2_type_1(value: str) -> TimingRepeatPeriodUnitType2Type1:
    if value in TIMING_REPEAT_PERIOD_UNIT_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMING_REPEAT_PERIOD_UNIT_TYPE_2_TYPE_1_VALUES!r}")
