from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.renal_function_request_weight_basis_type_1 import (
    RenalFunctionRequestWeightBasisType1,
    check_renal_function_request_weight_basis_type_1,
)
from ..models.renal_function_request_weight_basis_type_2_type_1 import (
    RenalFunctionRequestWeightBasisType2Type1,
    check_renal_function_request_weight_basis_type_2_type_1,
)
from ..models.renal_function_request_weight_basis_type_3_type_1 import (
    RenalFunctionRequestWeightBasisType3Type1,
    check_renal_function_request_weight_basis_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patient import Patient


T = TypeVar("T", bound="RenalFunctionRequest")


@_attrs_define
class RenalFunctionRequest:
    """Cockcroft-Gault creatinine clearance. `patient` needs `age_years`, `sex`, `weight_kg` and serum creatinine
    (`serum_creatinine_mg_dl` or `serum_creatinine_umol_l`), and `height_cm` for the ideal or adjusted weight basis (the
    default basis is ideal).

        Attributes:
            patient (Patient): Patient context; every field is optional unless an operation says otherwise. It drives the
                safety warnings (age, frailty, benzodiazepine, hepatic and renal function, QTc) and, for the adjuncts and renal
                function, the doses.
            weight_basis (None | RenalFunctionRequestWeightBasisType1 | RenalFunctionRequestWeightBasisType2Type1 |
                RenalFunctionRequestWeightBasisType3Type1 | Unset): Body weight to dose (or to estimate clearance) from. `ideal`
                is Devine; `adjusted` is IBW + 0.4 x (actual - IBW). Never above the actual weight. Omitted: the table's default
                (`ideal`), which needs `patient.sex` and `patient.height_cm`.
    """

    patient: Patient
    weight_basis: (
        None
        | RenalFunctionRequestWeightBasisType1
        | RenalFunctionRequestWeightBasisType2Type1
        | RenalFunctionRequestWeightBasisType3Type1
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        patient = self.patient.to_dict()

        weight_basis: None | str | Unset
        if isinstance(self.weight_basis, Unset):
            weight_basis = UNSET
        elif isinstance(self.weight_basis, str):
            weight_basis = self.weight_basis
        elif isinstance(self.weight_basis, str):
            weight_basis = self.weight_basis
        elif isinstance(self.weight_basis, str):
            weight_basis = self.weight_basis
        else:
            weight_basis = self.weight_basis

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "patient": patient,
            }
        )
        if weight_basis is not UNSET:
            field_dict["weight_basis"] = weight_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patient import Patient  # noqa: PLC0415

        d = dict(src_dict)
        patient = Patient.from_dict(d.pop("patient"))

        def _parse_weight_basis(
            data: object,
        ) -> (
            None
            | RenalFunctionRequestWeightBasisType1
            | RenalFunctionRequestWeightBasisType2Type1
            | RenalFunctionRequestWeightBasisType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_1 = check_renal_function_request_weight_basis_type_1(data)

                return weight_basis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_2_type_1 = check_renal_function_request_weight_basis_type_2_type_1(data)

                return weight_basis_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_3_type_1 = check_renal_function_request_weight_basis_type_3_type_1(data)

                return weight_basis_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | RenalFunctionRequestWeightBasisType1
                | RenalFunctionRequestWeightBasisType2Type1
                | RenalFunctionRequestWeightBasisType3Type1
                | Unset,
                data,
            )

        weight_basis = _parse_weight_basis(d.pop("weight_basis", UNSET))

        renal_function_request = cls(
            patient=patient,
            weight_basis=weight_basis,
        )

        return renal_function_request
