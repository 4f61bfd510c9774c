from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pregabalin_request_weight_basis_type_1 import (
    PregabalinRequestWeightBasisType1,
    check_pregabalin_request_weight_basis_type_1,
)
from ..models.pregabalin_request_weight_basis_type_2_type_1 import (
    PregabalinRequestWeightBasisType2Type1,
    check_pregabalin_request_weight_basis_type_2_type_1,
)
from ..models.pregabalin_request_weight_basis_type_3_type_1 import (
    PregabalinRequestWeightBasisType3Type1,
    check_pregabalin_request_weight_basis_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patient import Patient


T = TypeVar("T", bound="PregabalinRequest")


@_attrs_define
class PregabalinRequest:
    """Pregabalin; renal context as for gabapentin.

    Attributes:
        patient (Patient): Patient context; every field is optional unless an operation says otherwise. It drives the
            safety warnings (age, frailty, benzodiazepine, hepatic and renal function, QTc) and, for the adjuncts and renal
            function, the doses.
        target_mg_per_day (float): Target mg/day; refused (422) outside the table's range.
        doses_per_day (int | None | Unset): One the clearance band allows; omitted, each titration step takes the
            allowed frequency whose capsules come closest to it from below.
        hemodialysis (bool | Unset): The patient is on hemodialysis: the result adds the supplement after each session.
            Default: False.
        weight_basis (None | PregabalinRequestWeightBasisType1 | PregabalinRequestWeightBasisType2Type1 |
            PregabalinRequestWeightBasisType3Type1 | Unset): Body weight to dose (or to estimate clearance) from. `ideal` is
            Devine; `adjusted` is IBW + 0.4 x (actual - IBW). Never above the actual weight. Omitted: the table's default
            (`ideal`), which needs `patient.sex` and `patient.height_cm`.
    """

    patient: Patient
    target_mg_per_day: float
    doses_per_day: int | None | Unset = UNSET
    hemodialysis: bool | Unset = False
    weight_basis: (
        None
        | PregabalinRequestWeightBasisType1
        | PregabalinRequestWeightBasisType2Type1
        | PregabalinRequestWeightBasisType3Type1
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        patient = self.patient.to_dict()

        target_mg_per_day = self.target_mg_per_day

        doses_per_day: int | None | Unset
        if isinstance(self.doses_per_day, Unset):
            doses_per_day = UNSET
        else:
            doses_per_day = self.doses_per_day

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
        if doses_per_day is not UNSET:
            field_dict["doses_per_day"] = doses_per_day
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

        def _parse_doses_per_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        doses_per_day = _parse_doses_per_day(d.pop("doses_per_day", UNSET))

        hemodialysis = d.pop("hemodialysis", UNSET)

        def _parse_weight_basis(
            data: object,
        ) -> (
            None
            | PregabalinRequestWeightBasisType1
            | PregabalinRequestWeightBasisType2Type1
            | PregabalinRequestWeightBasisType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_1 = check_pregabalin_request_weight_basis_type_1(data)

                return weight_basis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_2_type_1 = check_pregabalin_request_weight_basis_type_2_type_1(data)

                return weight_basis_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_basis_type_3_type_1 = check_pregabalin_request_weight_basis_type_3_type_1(data)

                return weight_basis_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PregabalinRequestWeightBasisType1
                | PregabalinRequestWeightBasisType2Type1
                | PregabalinRequestWeightBasisType3Type1
                | Unset,
                data,
            )

        weight_basis = _parse_weight_basis(d.pop("weight_basis", UNSET))

        pregabalin_request = cls(
            patient=patient,
            target_mg_per_day=target_mg_per_day,
            doses_per_day=doses_per_day,
            hemodialysis=hemodialysis,
            weight_basis=weight_basis,
        )

        return pregabalin_request
