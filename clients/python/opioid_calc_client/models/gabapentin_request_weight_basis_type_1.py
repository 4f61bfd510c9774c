from typing import Literal

GabapentinRequestWeightBasisType1 = Literal["actual", "adjusted", "ideal"]

GABAPENTIN_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES: set[GabapentinRequestWeightBasisType1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_gabapentin_request_weight_basis_type_1(value: str) -> GabapentinRequestWeightBasisType1:
    if value in GABAPENTIN_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GABAPENTIN_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES!r}")
