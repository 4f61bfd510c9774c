from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.gabapentin_request_weight_basis_type_1 import (
    GabapentinRequestWeightBasisType1,
    check_gabapentin_request_weight_basis_type_1,
)
from ..models.gabapentin_request_weight_basis_type_2_type_1 import (
    GabapentinRequestWeightBasisType2Type1,
    check_gabapentin_request_weight_basis_type_2_type_1,
)
from ..models.gabapentin_request_weight_basis_type_3_type_1 import (
    GabapentinRequestWeightBasisType3Type1,
    check_gabapentin_request_weight_basis_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patient import Patient


T = TypeVar("T", bound="GabapentinRequest")


@_attrs_define
class GabapentinRequest:
    """Gabapentin. `patient` needs `creatinine_clearance_ml_min`, or serum creatinine with age, sex, weight (and height for
    the ideal basis) for a Cockcroft-Gault estimate.

        Attributes:
            patient (Patient): Patient context; every field is optional unless an operation says otherwise. It drives the
                safety warnings (age, frailty, benzodiazepine, hepatic and renal function, QTc) and, for the adjuncts and renal
                function, the doses.
            target_mg_per_day (float): Target mg/day; refused (422) outside the table's range.
            hemodialysis (bool | Unset): The patient is on hemodialysis: the result adds the supplement after each session.
                Default: False.
            weight_basis (GabapentinRequestWeightBasisType1 | GabapentinRequestWeightBasisType2Type1 |
                GabapentinRequestWeightBasisType3Type1 | None | Unset): Body weight to dose (or to estimate clearance) from.
                `ideal` is Devine; `adjusted` is IBW + 0.4 x (actual - IBW). Never above the actual weight. Omitted: the table's
                default (`ideal`), which needs `patient.sex` and `patient.height_cm`.
    """

    patient: Patient
    target_mg_per_day: float
    hemodialysis: bool | Unset = False
    weight_basis: (
        GabapentinRequestWeightBasisType1
        | GabapentinRequestWeightBasisType2Type1
        | GabapentinRequestWeightBasisType3Type1
        | None
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        patient = self.patient.to_dict()

        target_mg_per_day = self.target_mg_per_day

        hemodialysis = self.hemodialysis

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
                "target_mg_per_day": target_mg_per_day,
            }
        )
        if hemodialysis is not UNSET:
            field_dict["hemodialysis"] = hemodialysis
        if weight_basis is not UNSET:
            field_dict["weight_basis"] = weight_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patient import Patient  # noqa: PLC0415

        d = dict(src_dict)
        patient = Patient.from_dict(d.pop("patient"))

        target_mg_per_day = d.pop("target_mg_per_day")

        hemodialysis = d.pop("hemodialysis", UNSET)

        def _parse_weight_basis(
            data: object,
        ) -> (
            GabapentinRequestWeightBasisType1
            | GabapentinRequestWeightBasisType2Type1
            | GabapentinRequestWeightBasisType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_1 = check_gabapentin_request_weight_basis_type_1(data)

                return weight_basis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_2_type_1 = check_gabapentin_request_weight_basis_type_2_type_1(data)

                return weight_basis_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_3_type_1 = check_gabapentin_request_weight_basis_type_3_type_1(data)

                return weight_basis_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GabapentinRequestWeightBasisType1
                | GabapentinRequestWeightBasisType2Type1
                | GabapentinRequestWeightBasisType3Type1
                | None
                | Unset,
                data,
            )

        weight_basis = _parse_weight_basis(d.pop("weight_basis", UNSET))

        gabapentin_request = cls(
            patient=patient,
            target_mg_per_day=target_mg_per_day,
            hemodialysis=hemodialysis,
            weight_basis=weight_basis,
        )

        return gabapentin_request
