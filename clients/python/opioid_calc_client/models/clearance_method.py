from typing import Literal

ClearanceMethod = Literal["cockcroft-gault", "given"]

CLEARANCE_METHOD_VALUES: set[ClearanceMethod] = {
    "cockcroft-gault",
    "given",
}


def check_clearance_method(value: str) -> ClearanceMethod:
    if value in CLEARANCE_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLEARANCE_METHOD_VALUES!r}")
