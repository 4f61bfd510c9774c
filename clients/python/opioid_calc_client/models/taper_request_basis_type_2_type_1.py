from typing import Literal

TaperRequestBasisType2Type1 = Literal["current", "original"]

TAPER_REQUEST_BASIS_TYPE_2_TYPE_1_VALUES: set[TaperRequestBasisType2Type1] = {
    "current",
    "original",
}


def check_taper_request_basis_type_2_type_1(value: str) -> TaperRequestBasisType2Type1:
    if value in TAPER_REQUEST_BASIS_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAPER_REQUEST_BASIS_TYPE_2_TYPE_1_VALUES!r}")
