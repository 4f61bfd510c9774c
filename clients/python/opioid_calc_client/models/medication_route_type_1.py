from typing import Literal

MedicationRouteType1 = Literal[
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

MEDICATION_ROUTE_TYPE_1_VALUES: set[MedicationRouteType1] = {
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


def check_medication_route_type_1(value: str) -> MedicationRouteType1:
    if value in MEDICATION_ROUTE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICATION_ROUTE_TYPE_1_VALUES!r}")
