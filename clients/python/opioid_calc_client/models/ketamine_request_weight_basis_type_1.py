from typing import Literal

KetamineRequestWeightBasisType1 = Literal["actual", "adjusted", "ideal"]

KETAMINE_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES: set[KetamineRequestWeightBasisType1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_ketamine_request_weight_basis_type_1(value: str) -> KetamineRequestWeightBasisType1:
    if value in KETAMINE_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KETAMINE_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES!r}")
