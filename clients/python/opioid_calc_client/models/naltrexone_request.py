from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medication import Medication
    from ..models.patient import Patient


T = TypeVar("T", bound="NaltrexoneRequest")


@_attrs_define
class NaltrexoneRequest:
    """Low-dose naltrexone; `medications` (as for /v1/mme) is checked for full agonists.

    Attributes:
        target_mg_per_day (float): Refused (422) outside the table's 1-4.5 mg/day.
        medications (list[Medication] | None | Unset): The regimen: 1-20 lines, each a drug, route, dose, unit and
            frequency.
        patient (None | Patient | Unset): The patient: age, sex, weight, height, renal function, QTc and so on; it
            drives the safety warnings and, for adjuncts and renal function, the doses.
        start_mg (float | None | Unset): The first daily dose, in mg (default 1, the cautious end of 1-1.5).
        step_interval_days (int | None | Unset): Days between increases (default 14, the cautious end of 7-14).
        step_mg (float | None | Unset): The increase per step, in mg (default 0.5, the cautious end of 0.5-1).
    """

    target_mg_per_day: float
    medications: list[Medication] | None | Unset = UNSET
    patient: None | Patient | Unset = UNSET
    start_mg: float | None | Unset = UNSET
    step_interval_days: int | None | Unset = UNSET
    step_mg: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.patient import Patient  # noqa: PLC0415

        target_mg_per_day = self.target_mg_per_day

        medications: list[dict[str, Any]] | None | Unset
        if isinstance(self.medications, Unset):
            medications = UNSET
        elif isinstance(self.medications, list):
            medications = []
            for medications_type_0_item_data in self.medications:
                medications_type_0_item = medications_type_0_item_data.to_dict()
                medications.append(medications_type_0_item)

        else:
            medications = self.medications

        patient: dict[str, Any] | None | Unset
        if isinstance(self.patient, Unset):
            patient = UNSET
        elif isinstance(self.patient, Patient):
            patient = self.patient.to_dict()
        else:
            patient = self.patient

        start_mg: float | None | Unset
        if isinstance(self.start_mg, Unset):
            start_mg = UNSET
        else:
            start_mg = self.start_mg

        step_interval_days: int | None | Unset
        if isinstance(self.step_interval_days, Unset):
            step_interval_days = UNSET
        else:
            step_interval_days = self.step_interval_days

        step_mg: float | None | Unset
        if isinstance(self.step_mg, Unset):
            step_mg = UNSET
        else:
            step_mg = self.step_mg

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_mg_per_day": target_mg_per_day,
            }
        )
        if medications is not UNSET:
            field_dict["medications"] = medications
        if patient is not UNSET:
            field_dict["patient"] = patient
        if start_mg is not UNSET:
            field_dict["start_mg"] = start_mg
        if step_interval_days is not UNSET:
            field_dict["step_interval_days"] = step_interval_days
        if step_mg is not UNSET:
            field_dict["step_mg"] = step_mg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.medication import Medication  # noqa: PLC0415
        from ..models.patient import Patient  # noqa: PLC0415

        d = dict(src_dict)
        target_mg_per_day = d.pop("target_mg_per_day")

        def _parse_medications(data: object) -> list[Medication] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                medications_type_0 = []
                _medications_type_0 = data
                for medications_type_0_item_data in _medications_type_0:
                    medications_type_0_item = Medication.from_dict(medications_type_0_item_data)

                    medications_type_0.append(medications_type_0_item)

                return medications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Medication] | None | Unset, data)

        medications = _parse_medications(d.pop("medications", UNSET))

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

        def _parse_start_mg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_mg = _parse_start_mg(d.pop("start_mg", UNSET))

        def _parse_step_interval_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step_interval_days = _parse_step_interval_days(d.pop("step_interval_days", UNSET))

        def _parse_step_mg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        step_mg = _parse_step_mg(d.pop("step_mg", UNSET))

        naltrexone_request = cls(
            target_mg_per_day=target_mg_per_day,
            medications=medications,
            patient=patient,
            start_mg=start_mg,
            step_interval_days=step_interval_days,
            step_mg=step_mg,
        )

        return naltrexone_request
