from typing import Literal

FactorChoiceRoute = Literal[
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

FACTOR_CHOICE_ROUTE_VALUES: set[FactorChoiceRoute] = {
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


def check_factor_choice_route(value: str) -> FactorChoiceRoute:
    if value in FACTOR_CHOICE_ROUTE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FACTOR_CHOICE_ROUTE_VALUES!r}")
