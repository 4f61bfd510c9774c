from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.oih_request_taper_preset_type_1 import OIHRequestTaperPresetType1, check_oih_request_taper_preset_type_1
from ..models.oih_request_taper_preset_type_2_type_1 import (
    OIHRequestTaperPresetType2Type1,
    check_oih_request_taper_preset_type_2_type_1,
)
from ..models.oih_request_taper_preset_type_3_type_1 import (
    OIHRequestTaperPresetType3Type1,
    check_oih_request_taper_preset_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medication import Medication
    from ..models.patient import Patient


T = TypeVar("T", bound="OIHRequest")


@_attrs_define
class OIHRequest:
    """The current regimen and patient; every candidate strategy is computed side by side.

    Attributes:
        medications (list[Medication]): The regimen: 1-20 lines, each a drug, route, dose, unit and frequency.
        start_date (datetime.date): Date of the first step (ISO 8601), 2000-01-01 to 2100-12-31.
        cut_percent (float | None | Unset): Cut of the current opioid (default 40).
        methadone_mg_per_day (float | None | Unset): Low-dose methadone (default 7.5).
        mme_table (None | str | Unset): Table id (see GET /v1/tables).
        patient (None | Patient | Unset): The patient: age, sex, weight, height, renal function, QTc and so on; it
            drives the safety warnings and, for adjuncts and renal function, the doses.
        table (None | str | Unset): Table id (see GET /v1/tables).
        taper_preset (None | OIHRequestTaperPresetType1 | OIHRequestTaperPresetType2Type1 |
            OIHRequestTaperPresetType3Type1 | Unset): The taper strategy's preset; omitted: chosen by
            patient.days_on_current_opioids (CDC 2022: a year or more, or unknown, cdc-2022-long-term).
    """

    medications: list[Medication]
    start_date: datetime.date
    cut_percent: float | None | Unset = UNSET
    methadone_mg_per_day: float | None | Unset = UNSET
    mme_table: None | str | Unset = UNSET
    patient: None | Patient | Unset = UNSET
    table: None | str | Unset = UNSET
    taper_preset: (
        None | OIHRequestTaperPresetType1 | OIHRequestTaperPresetType2Type1 | OIHRequestTaperPresetType3Type1 | Unset
    ) = UNSET

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

        mme_table: None | str | Unset
        if isinstance(self.mme_table, Unset):
            mme_table = UNSET
        else:
            mme_table = self.mme_table

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

        taper_preset: None | str | Unset
        if isinstance(self.taper_preset, Unset):
            taper_preset = UNSET
        elif isinstance(self.taper_preset, str):
            taper_preset = self.taper_preset
        elif isinstance(self.taper_preset, str):
            taper_preset = self.taper_preset
        elif isinstance(self.taper_preset, str):
            taper_preset = self.taper_preset
        else:
            taper_preset = self.taper_preset

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
        if mme_table is not UNSET:
            field_dict["mme_table"] = mme_table
        if patient is not UNSET:
            field_dict["patient"] = patient
        if table is not UNSET:
            field_dict["table"] = table
        if taper_preset is not UNSET:
            field_dict["taper_preset"] = taper_preset

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

        def _parse_mme_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mme_table = _parse_mme_table(d.pop("mme_table", UNSET))

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

        def _parse_taper_preset(
            data: object,
        ) -> (
            None
            | OIHRequestTaperPresetType1
            | OIHRequestTaperPresetType2Type1
            | OIHRequestTaperPresetType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taper_preset_type_1 = check_oih_request_taper_preset_type_1(data)

                return taper_preset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taper_preset_type_2_type_1 = check_oih_request_taper_preset_type_2_type_1(data)

                return taper_preset_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taper_preset_type_3_type_1 = check_oih_request_taper_preset_type_3_type_1(data)

                return taper_preset_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | OIHRequestTaperPresetType1
                | OIHRequestTaperPresetType2Type1
                | OIHRequestTaperPresetType3Type1
                | Unset,
                data,
            )

        taper_preset = _parse_taper_preset(d.pop("taper_preset", UNSET))

        oih_request = cls(
            medications=medications,
            start_date=start_date,
            cut_percent=cut_percent,
            methadone_mg_per_day=methadone_mg_per_day,
            mme_table=mme_table,
            patient=patient,
            table=table,
            taper_preset=taper_preset,
        )

        return oih_request
