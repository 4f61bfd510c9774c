from typing import Literal

LinkType = Literal["absolute", "smart"]

LINK_TYPE_VALUES: set[LinkType] = {
    "absolute",
    "smart",
}


def check_link_type(value: str) -> LinkType:
    if value in LINK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINK_TYPE_VALUES!r}")
