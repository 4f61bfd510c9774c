from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ketamine_request_weight_basis_type_1 import (
    KetamineRequestWeightBasisType1,
    check_ketamine_request_weight_basis_type_1,
)
from ..models.ketamine_request_weight_basis_type_2_type_1 import (
    KetamineRequestWeightBasisType2Type1,
    check_ketamine_request_weight_basis_type_2_type_1,
)
from ..models.ketamine_request_weight_basis_type_3_type_1 import (
    KetamineRequestWeightBasisType3Type1,
    check_ketamine_request_weight_basis_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patient import Patient


T = TypeVar("T", bound="KetamineRequest")


@_attrs_define
class KetamineRequest:
    """A low-dose IV ketamine infusion. `patient.weight_kg` is required.

    Attributes:
        patient (Patient): Patient context; every field is optional unless an operation says otherwise. It drives the
            safety warnings (age, frailty, benzodiazepine, hepatic and renal function, QTc) and, for the adjuncts and renal
            function, the doses.
        rate_mg_per_kg_per_h (float): Infusion rate; refused (422) outside the table's 0.1-0.5 mg/kg/h.
        bolus_mg_per_kg (float | None | Unset): Optional bolus; refused (422) above 0.35 mg/kg.
        concentration_mg_per_ml (float | None | Unset): Concentration of the infusion, for mL/h.
        weight_basis (KetamineRequestWeightBasisType1 | KetamineRequestWeightBasisType2Type1 |
            KetamineRequestWeightBasisType3Type1 | None | Unset): Body weight to dose (or to estimate clearance) from.
            `ideal` is Devine; `adjusted` is IBW + 0.4 x (actual - IBW). Never above the actual weight. Omitted: the table's
            default (`ideal`), which needs `patient.sex` and `patient.height_cm`.
    """

    patient: Patient
    rate_mg_per_kg_per_h: float
    bolus_mg_per_kg: float | None | Unset = UNSET
    concentration_mg_per_ml: float | None | Unset = UNSET
    weight_basis: (
        KetamineRequestWeightBasisType1
        | KetamineRequestWeightBasisType2Type1
        | KetamineRequestWeightBasisType3Type1
        | None
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        patient = self.patient.to_dict()

        rate_mg_per_kg_per_h = self.rate_mg_per_kg_per_h

        bolus_mg_per_kg: float | None | Unset
        if isinstance(self.bolus_mg_per_kg, Unset):
            bolus_mg_per_kg = UNSET
        else:
            bolus_mg_per_kg = self.bolus_mg_per_kg

        concentration_mg_per_ml: float | None | Unset
        if isinstance(self.concentration_mg_per_ml, Unset):
            concentration_mg_per_ml = UNSET
        else:
            concentration_mg_per_ml = self.concentration_mg_per_ml

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
                "rate_mg_per_kg_per_h": rate_mg_per_kg_per_h,
            }
        )
        if bolus_mg_per_kg is not UNSET:
            field_dict["bolus_mg_per_kg"] = bolus_mg_per_kg
        if concentration_mg_per_ml is not UNSET:
            field_dict["concentration_mg_per_ml"] = concentration_mg_per_ml
        if weight_basis is not UNSET:
            field_dict["weight_basis"] = weight_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patient import Patient  # noqa: PLC0415

        d = dict(src_dict)
        patient = Patient.from_dict(d.pop("patient"))

        rate_mg_per_kg_per_h = d.pop("rate_mg_per_kg_per_h")

        def _parse_bolus_mg_per_kg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bolus_mg_per_kg = _parse_bolus_mg_per_kg(d.pop("bolus_mg_per_kg", UNSET))

        def _parse_concentration_mg_per_ml(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        concentration_mg_per_ml = _parse_concentration_mg_per_ml(d.pop("concentration_mg_per_ml", UNSET))

        def _parse_weight_basis(
            data: object,
        ) -> (
            KetamineRequestWeightBasisType1
            | KetamineRequestWeightBasisType2Type1
            | KetamineRequestWeightBasisType3Type1
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
                weight_basis_type_1 = check_ketamine_request_weight_basis_type_1(data)

                return weight_basis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_2_type_1 = check_ketamine_request_weight_basis_type_2_type_1(data)

                return weight_basis_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_3_type_1 = check_ketamine_request_weight_basis_type_3_type_1(data)

                return weight_basis_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                KetamineRequestWeightBasisType1
                | KetamineRequestWeightBasisType2Type1
                | KetamineRequestWeightBasisType3Type1
                | None
                | Unset,
                data,
            )

        weight_basis = _parse_weight_basis(d.pop("weight_basis", UNSET))

        ketamine_request = cls(
            patient=patient,
            rate_mg_per_kg_per_h=rate_mg_per_kg_per_h,
            bolus_mg_per_kg=bolus_mg_per_kg,
            concentration_mg_per_ml=concentration_mg_per_ml,
            weight_basis=weight_basis,
        )

        return ketamine_request
