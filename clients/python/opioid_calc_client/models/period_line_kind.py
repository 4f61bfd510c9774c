from typing import Literal

PeriodLineKind = Literal["dispensing", "dose"]

PERIOD_LINE_KIND_VALUES: set[PeriodLineKind] = {
    "dispensing",
    "dose",
}


def check_period_line_kind(value: str) -> PeriodLineKind:
    if value in PERIOD_LINE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERIOD_LINE_KIND_VALUES!r}")
