from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blood_pressure import BloodPressure
    from ..models.patient import Patient


T = TypeVar("T", bound="ClonidineRequest")


@_attrs_define
class ClonidineRequest:
    """Oral clonidine twice daily.

    Attributes:
        dose_mg (float): Dose per administration; refused (422) outside the table's 0.1-0.3 mg, except 0.05 mg as a
            lower start with renal impairment or age 65 or over.
        blood_pressure (BloodPressure | None | Unset): Current blood pressure: below the hold parameters is a critical
            warning.
        patient (None | Patient | Unset): The patient: age, sex, weight, height, renal function, QTc and so on; it
            drives the safety warnings and, for adjuncts and renal function, the doses.
    """

    dose_mg: float
    blood_pressure: BloodPressure | None | Unset = UNSET
    patient: None | Patient | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.blood_pressure import BloodPressure  # noqa: PLC0415
        from ..models.patient import Patient  # noqa: PLC0415

        dose_mg = self.dose_mg

        blood_pressure: dict[str, Any] | None | Unset
        if isinstance(self.blood_pressure, Unset):
            blood_pressure = UNSET
        elif isinstance(self.blood_pressure, BloodPressure):
            blood_pressure = self.blood_pressure.to_dict()
        else:
            blood_pressure = self.blood_pressure

        patient: dict[str, Any] | None | Unset
        if isinstance(self.patient, Unset):
            patient = UNSET
        elif isinstance(self.patient, Patient):
            patient = self.patient.to_dict()
        else:
            patient = self.patient

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dose_mg": dose_mg,
            }
        )
        if blood_pressure is not UNSET:
            field_dict["blood_pressure"] = blood_pressure
        if patient is not UNSET:
            field_dict["patient"] = patient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blood_pressure import BloodPressure  # noqa: PLC0415
        from ..models.patient import Patient  # noqa: PLC0415

        d = dict(src_dict)
        dose_mg = d.pop("dose_mg")

        def _parse_blood_pressure(data: object) -> BloodPressure | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blood_pressure_type_0 = BloodPressure.from_dict(data)

                return blood_pressure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BloodPressure | None | Unset, data)

        blood_pressure = _parse_blood_pressure(d.pop("blood_pressure", UNSET))

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

        clonidine_request = cls(
            dose_mg=dose_mg,
            blood_pressure=blood_pressure,
            patient=patient,
        )

        return clonidine_request
