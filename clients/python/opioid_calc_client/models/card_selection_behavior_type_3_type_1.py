from typing import Literal

CardSelectionBehaviorType3Type1 = Literal["any", "at-most-one"]

CARD_SELECTION_BEHAVIOR_TYPE_3_TYPE_1_VALUES: set[CardSelectionBehaviorType3Type1] = {
    "any",
    "at-most-one",
}


def check_card_selection_behavior_type_3_type_1(value: str) -> CardSelectionBehaviorType3Type1:
    if value in CARD_SELECTION_BEHAVIOR_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_SELECTION_BEHAVIOR_TYPE_3_TYPE_1_VALUES!r}")
