from typing import Literal

CardIndicator = Literal["critical", "info", "warning"]

CARD_INDICATOR_VALUES: set[CardIndicator] = {
    "critical",
    "info",
    "warning",
}


def check_card_indicator(value: str) -> CardIndicator:
    if value in CARD_INDICATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_INDICATOR_VALUES!r}")
