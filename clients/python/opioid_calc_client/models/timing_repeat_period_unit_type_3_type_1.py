from typing import Literal

TimingRepeatPeriodUnitType3Type1 = Literal["a", "d", "h", "min", "mo", "s", "wk"]

TIMING_REPEAT_PERIOD_UNIT_TYPE_3_TYPE_1_VALUES: set[TimingRepeatPeriodUnitType3Type1] = {
    "a",
    "d",
    "h",
    "min",
    "mo",
    "s",
    "wk",
}


def check_timing_repeat_period_unit_type_3_type_1(value: str) -> TimingRepeatPeriodUnitType3Type1:
    if value in TIMING_REPEAT_PERIOD_UNIT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMING_REPEAT_PERIOD_UNIT_TYPE_3_TYPE_1_VALUES!r}")
