from typing import Literal

KetamineRequestWeightBasisType2Type1 = Literal["actual", "adjusted", "ideal"]

KETAMINE_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES: set[KetamineRequestWeightBasisType2Type1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_ketamine_request_weight_basis_type_2_type_1(value: str) -> KetamineRequestWeightBasisType2Type1:
    if value in KETAMINE_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KETAMINE_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES!r}"
    )
