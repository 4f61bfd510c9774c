from typing import Literal

RenalFunctionRequestWeightBasisType3Type1 = Literal["actual", "adjusted", "ideal"]

RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_3_TYPE_1_VALUES: set[RenalFunctionRequestWeightBasisType3Type1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_renal_function_request_weight_basis_type_3_type_1(value: str) -> RenalFunctionRequestWeightBasisType3Type1:
    if value in RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_3_TYPE_1_VALUES!r}"
    )
