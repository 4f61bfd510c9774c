from typing import Literal

TaperRequestBasisType3Type1 = Literal["current", "original"]

TAPER_REQUEST_BASIS_TYPE_3_TYPE_1_VALUES: set[TaperRequestBasisType3Type1] = {
    "current",
    "original",
}


def check_taper_request_basis_type_3_type_1(value: str) -> TaperRequestBasisType3Type1:
    if value in TAPER_REQUEST_BASIS_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAPER_REQUEST_BASIS_TYPE_3_TYPE_1_VALUES!r}")
