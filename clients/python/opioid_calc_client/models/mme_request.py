from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medication import Medication
    from ..models.patient import Patient


T = TypeVar("T", bound="MMERequest")


@_attrs_define
class MMERequest:
    """A regimen; `table` selects the MME table (default `cdc-2022`).

    Attributes:
        medications (list[Medication]): The regimen: 1-20 lines, each a drug, route, dose, unit and frequency.
        patient (None | Patient | Unset): The patient: age, sex, weight, height, renal function, QTc and so on; it
            drives the safety warnings and, for adjuncts and renal function, the doses.
        table (None | str | Unset): Table id (see GET /v1/tables).
    """

    medications: list[Medication]
    patient: None | Patient | Unset = UNSET
    table: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.patient import Patient  # noqa: PLC0415

        medications = []
        for medications_item_data in self.medications:
            medications_item = medications_item_data.to_dict()
            medications.append(medications_item)

        patient: dict[str, Any] | None | Unset
        if isinstance(self.patient, Unset):
            patient = UNSET
        elif isinstance(self.patient, Patient):
            patient = self.patient.to_dict()
        else:
            patient = self.patient

        table: None | str | Unset
        if isinstance(self.table, Unset):
            table = UNSET
        else:
            table = self.table

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "medications": medications,
            }
        )
        if patient is not UNSET:
            field_dict["patient"] = patient
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.medication import Medication  # noqa: PLC0415
        from ..models.patient import Patient  # noqa: PLC0415

        d = dict(src_dict)
        medications = []
        _medications = d.pop("medications")
        for medications_item_data in _medications:
            medications_item = Medication.from_dict(medications_item_data)

            medications.append(medications_item)

        def _parse_patient(data: object) -> None | Patient | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                patient_type_0 = Patient.from_dict(data)

                return patient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Patient | Unset, data)

        patient = _parse_patient(d.pop("patient", UNSET))

        def _parse_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table = _parse_table(d.pop("table", UNSET))

        mme_request = cls(
            medications=medications,
            patient=patient,
            table=table,
        )

        return mme_request
