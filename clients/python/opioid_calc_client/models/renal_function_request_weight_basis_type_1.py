from typing import Literal

RenalFunctionRequestWeightBasisType1 = Literal["actual", "adjusted", "ideal"]

RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES: set[RenalFunctionRequestWeightBasisType1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_renal_function_request_weight_basis_type_1(value: str) -> RenalFunctionRequestWeightBasisType1:
    if value in RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_1_VALUES!r}"
    )
