from typing import Literal

PregabalinRequestWeightBasisType3Type1 = Literal["actual", "adjusted", "ideal"]

PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_3_TYPE_1_VALUES: set[PregabalinRequestWeightBasisType3Type1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_pregabalin_request_weight_basis_type_3_type_1(value: str) -> PregabalinRequestWeightBasisType3Type1:
    if value in PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_3_TYPE_1_VALUES!r}"
    )
