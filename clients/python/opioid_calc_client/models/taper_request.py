from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.taper_request_basis_type_1 import TaperRequestBasisType1, check_taper_request_basis_type_1
from ..models.taper_request_basis_type_2_type_1 import (
    TaperRequestBasisType2Type1,
    check_taper_request_basis_type_2_type_1,
)
from ..models.taper_request_basis_type_3_type_1 import (
    TaperRequestBasisType3Type1,
    check_taper_request_basis_type_3_type_1,
)
from ..models.taper_request_preset import TaperRequestPreset, check_taper_request_preset
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medication import Medication
    from ..models.patient import Patient


T = TypeVar("T", bound="TaperRequest")


@_attrs_define
class TaperRequest:
    """A regimen and a preset (or `custom` with `percent`, `interval_days` and `basis`). Presets allow `percent` and
    `interval_days` only within their own ranges (GET /v1/tables/taper-presets).

        Attributes:
            medications (list[Medication]): The regimen: 1-20 lines, each a drug, route, dose, unit and frequency.
            start_date (datetime.date): Date of the first step (ISO 8601), 2000-01-01 to 2100-12-31.
            basis (None | TaperRequestBasisType1 | TaperRequestBasisType2Type1 | TaperRequestBasisType3Type1 | Unset): What
                each cut is a percent of: `original` or `current` dose (custom; presets fix it).
            floor_percent (float | None | Unset): Stop at this % of the original.
            interval_days (int | None | Unset): Days between steps.
            patient (None | Patient | Unset): The patient: age, sex, weight, height, renal function, QTc and so on; it
                drives the safety warnings and, for adjuncts and renal function, the doses.
            percent (float | None | Unset): Cut per step, % of the basis.
            preset (TaperRequestPreset | Unset): `cdc-2022-long-term` (about 10% a month, the default), `cdc-2022-weeks`
                (10% a week of the original to 30%, then of the current), `acute-weeks` (20% every 2 days), `acute-short` (50%
                for 2 days, then stop), `oih-rapid` (10-25% every 2-3 days; the OIH source document, warned) or `custom`.
                Default: 'cdc-2022-long-term'.
            table (None | str | Unset): Table id (see GET /v1/tables).
    """

    medications: list[Medication]
    start_date: datetime.date
    basis: None | TaperRequestBasisType1 | TaperRequestBasisType2Type1 | TaperRequestBasisType3Type1 | Unset = UNSET
    floor_percent: float | None | Unset = UNSET
    interval_days: int | None | Unset = UNSET
    patient: None | Patient | Unset = UNSET
    percent: float | None | Unset = UNSET
    preset: TaperRequestPreset | Unset = "cdc-2022-long-term"
    table: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.patient import Patient  # noqa: PLC0415

        medications = []
        for medications_item_data in self.medications:
            medications_item = medications_item_data.to_dict()
            medications.append(medications_item)

        start_date = self.start_date.isoformat()

        basis: None | str | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        elif isinstance(self.basis, str):
            basis = self.basis
        elif isinstance(self.basis, str):
            basis = self.basis
        elif isinstance(self.basis, str):
            basis = self.basis
        else:
            basis = self.basis

        floor_percent: float | None | Unset
        if isinstance(self.floor_percent, Unset):
            floor_percent = UNSET
        else:
            floor_percent = self.floor_percent

        interval_days: int | None | Unset
        if isinstance(self.interval_days, Unset):
            interval_days = UNSET
        else:
            interval_days = self.interval_days

        patient: dict[str, Any] | None | Unset
        if isinstance(self.patient, Unset):
            patient = UNSET
        elif isinstance(self.patient, Patient):
            patient = self.patient.to_dict()
        else:
            patient = self.patient

        percent: float | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset

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
        if basis is not UNSET:
            field_dict["basis"] = basis
        if floor_percent is not UNSET:
            field_dict["floor_percent"] = floor_percent
        if interval_days is not UNSET:
            field_dict["interval_days"] = interval_days
        if patient is not UNSET:
            field_dict["patient"] = patient
        if percent is not UNSET:
            field_dict["percent"] = percent
        if preset is not UNSET:
            field_dict["preset"] = preset
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

        def _parse_basis(
            data: object,
        ) -> None | TaperRequestBasisType1 | TaperRequestBasisType2Type1 | TaperRequestBasisType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_1 = check_taper_request_basis_type_1(data)

                return basis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_2_type_1 = check_taper_request_basis_type_2_type_1(data)

                return basis_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_3_type_1 = check_taper_request_basis_type_3_type_1(data)

                return basis_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | TaperRequestBasisType1 | TaperRequestBasisType2Type1 | TaperRequestBasisType3Type1 | Unset, data
            )

        basis = _parse_basis(d.pop("basis", UNSET))

        def _parse_floor_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        floor_percent = _parse_floor_percent(d.pop("floor_percent", UNSET))

        def _parse_interval_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_days = _parse_interval_days(d.pop("interval_days", UNSET))

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

        def _parse_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent = _parse_percent(d.pop("percent", UNSET))

        _preset = d.pop("preset", UNSET)
        preset: TaperRequestPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = check_taper_request_preset(_preset)

        def _parse_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table = _parse_table(d.pop("table", UNSET))

        taper_request = cls(
            medications=medications,
            start_date=start_date,
            basis=basis,
            floor_percent=floor_percent,
            interval_days=interval_days,
            patient=patient,
            percent=percent,
            preset=preset,
            table=table,
        )

        return taper_request
