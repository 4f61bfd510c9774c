from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medication import Medication
    from ..models.patient import Patient


T = TypeVar("T", bound="OIHRequest")


@_attrs_define
class OIHRequest:
    """
    Attributes:
        medications (list[Medication]):
        start_date (datetime.date): Date the taper strategy would start.
        cut_percent (float | None | Unset): Cut of the current opioid (default 40).
        methadone_mg_per_day (float | None | Unset): Low-dose methadone (default 7.5).
        patient (None | Patient | Unset):
        table (None | str | Unset): Table id (see GET /v1/tables).
    """

    medications: list[Medication]
    start_date: datetime.date
    cut_percent: float | None | Unset = UNSET
    methadone_mg_per_day: float | None | Unset = UNSET
    patient: None | Patient | Unset = UNSET
    table: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.patient import Patient  # noqa: PLC0415

        medications = []
        for medications_item_data in self.medications:
            medications_item = medications_item_data.to_dict()
            medications.append(medications_item)

        start_date = self.start_date.isoformat()

        cut_percent: float | None | Unset
        if isinstance(self.cut_percent, Unset):
            cut_percent = UNSET
        else:
            cut_percent = self.cut_percent

        methadone_mg_per_day: float | None | Unset
        if isinstance(self.methadone_mg_per_day, Unset):
            methadone_mg_per_day = UNSET
        else:
            methadone_mg_per_day = self.methadone_mg_per_day

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
                "start_date": start_date,
            }
        )
        if cut_percent is not UNSET:
            field_dict["cut_percent"] = cut_percent
        if methadone_mg_per_day is not UNSET:
            field_dict["methadone_mg_per_day"] = methadone_mg_per_day
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

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_cut_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cut_percent = _parse_cut_percent(d.pop("cut_percent", UNSET))

        def _parse_methadone_mg_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        methadone_mg_per_day = _parse_methadone_mg_per_day(d.pop("methadone_mg_per_day", UNSET))

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

        oih_request = cls(
            medications=medications,
            start_date=start_date,
            cut_percent=cut_percent,
            methadone_mg_per_day=methadone_mg_per_day,
            patient=patient,
            table=table,
        )

        return oih_request
