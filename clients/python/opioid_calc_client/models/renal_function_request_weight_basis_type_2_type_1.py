from typing import Literal

RenalFunctionRequestWeightBasisType2Type1 = Literal["actual", "adjusted", "ideal"]

RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES: set[RenalFunctionRequestWeightBasisType2Type1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_renal_function_request_weight_basis_type_2_type_1(value: str) -> RenalFunctionRequestWeightBasisType2Type1:
    if value in RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENAL_FUNCTION_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES!r}"
    )
