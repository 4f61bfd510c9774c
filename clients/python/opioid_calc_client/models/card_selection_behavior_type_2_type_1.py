from typing import Literal

CardSelectionBehaviorType2Type1 = Literal["any", "at-most-one"]

CARD_SELECTION_BEHAVIOR_TYPE_2_TYPE_1_VALUES: set[CardSelectionBehaviorType2Type1] = {
    "any",
    "at-most-one",
}


def check_card_selection_behavior_type_2_type_1(value: str) -> CardSelectionBehaviorType2Type1:
    if value in CARD_SELECTION_BEHAVIOR_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_SELECTION_BEHAVIOR_TYPE_2_TYPE_1_VALUES!r}")
