from typing import Literal

ActionType = Literal["create", "delete", "update"]

ACTION_TYPE_VALUES: set[ActionType] = {
    "create",
    "delete",
    "update",
}


def check_action_type(value: str) -> ActionType:
    if value in ACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_TYPE_VALUES!r}")
