from typing import Literal

PeriodPrescriptionRoute = Literal[
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

PERIOD_PRESCRIPTION_ROUTE_VALUES: set[PeriodPrescriptionRoute] = {
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


def check_period_prescription_route(value: str) -> PeriodPrescriptionRoute:
    if value in PERIOD_PRESCRIPTION_ROUTE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERIOD_PRESCRIPTION_ROUTE_VALUES!r}")
