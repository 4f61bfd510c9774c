from typing import Literal

TargetSpecRoute = Literal[
    "buccal",
    "intramuscular",
    "intranasal",
    "intravenous",
    "oral",
    "rectal",
    "subcutaneous",
    "sublingual",
    "transdermal",
]

TARGET_SPEC_ROUTE_VALUES: set[TargetSpecRoute] = {
    "buccal",
    "intramuscular",
    "intranasal",
    "intravenous",
    "oral",
    "rectal",
    "subcutaneous",
    "sublingual",
    "transdermal",
}


def check_target_spec_route(value: str) -> TargetSpecRoute:
    if value in TARGET_SPEC_ROUTE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TARGET_SPEC_ROUTE_VALUES!r}")
