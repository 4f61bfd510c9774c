from typing import Literal

PregabalinRequestWeightBasisType2Type1 = Literal["actual", "adjusted", "ideal"]

PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES: set[PregabalinRequestWeightBasisType2Type1] = {
    "actual",
    "adjusted",
    "ideal",
}


def check_pregabalin_request_weight_basis_type_2_type_1(value: str) -> PregabalinRequestWeightBasisType2Type1:
    if value in PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREGABALIN_REQUEST_WEIGHT_BASIS_TYPE_2_TYPE_1_VALUES!r}"
    )
