from typing import Literal

TaperResponseEndsAt = Literal["floor", "incomplete", "zero"]

TAPER_RESPONSE_ENDS_AT_VALUES: set[TaperResponseEndsAt] = {
    "floor",
    "incomplete",
    "zero",
}


def check_taper_response_ends_at(value: str) -> TaperResponseEndsAt:
    if value in TAPER_RESPONSE_ENDS_AT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAPER_RESPONSE_ENDS_AT_VALUES!r}")
