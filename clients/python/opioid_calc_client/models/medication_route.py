from typing import Literal

MedicationRoute = Literal[
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

MEDICATION_ROUTE_VALUES: set[MedicationRoute] = {
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


def check_medication_route(value: str) -> MedicationRoute:
    if value in MEDICATION_ROUTE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_ROUTE_VALUES!r}")
