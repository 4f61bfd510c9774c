from typing import Literal

PregabalinRequestWeightBasisType1 = Literal["actual", "adjusted", "ideal"]

PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES: set[PregabalinRequestWeightBasisType1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_pregabalin_request_weight_basis_type_1(value: str) -> PregabalinRequestWeightBasisType1:
    if value in PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES!r}")
