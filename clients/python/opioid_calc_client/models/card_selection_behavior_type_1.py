from typing import Literal

CardSelectionBehaviorType1 = Literal["any", "at-most-one"]

CARD_SELECTION_BEHAVIOR_TYPE_1_VALUES: set[CardSelectionBehaviorType1] = {
    "any",
    "at-most-one",
}


def check_card_selection_behavior_type_1(value: str) -> CardSelectionBehaviorType1:
    if value in CARD_SELECTION_BEHAVIOR_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_SELECTION_BEHAVIOR_TYPE_1_VALUES!r}")
