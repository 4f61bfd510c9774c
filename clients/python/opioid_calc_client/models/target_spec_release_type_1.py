from typing import Literal

TargetSpecReleaseType1 = Literal["extended", "immediate"]

TARGET_SPEC_RELEASE_TYPE_1_VALUES: set[TargetSpecReleaseType1] = {
    "extended",
    "immediate",
}


def check_target_spec_release_type_1(value: str) -> TargetSpecReleaseType1:
    if value in TARGET_SPEC_RELEASE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TARGET_SPEC_RELEASE_TYPE_1_VALUES!r}")
