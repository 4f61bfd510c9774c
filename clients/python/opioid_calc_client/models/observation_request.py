from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle import Bundle
    from ..models.medication_request import MedicationRequest
    from ..models.reference import Reference


T = TypeVar("T", bound="ObservationRequest")


@_attrs_define
class ObservationRequest:
    """MedicationRequests, plus what the Observation records: the table, subject and time.

    Attributes:
        bundle (Bundle | None | Unset): A FHIR R4 Bundle holding the MedicationRequests (and the Medications they refer
            to).
        effective (datetime.datetime | None | Unset): When the MME/day applies (ISO 8601 date-time with a time zone).
        medication_requests (list[MedicationRequest] | None | Unset): The MedicationRequests as a plain list (instead of
            `bundle`).
        subject (None | Reference | Unset): The patient the Observation is about (copied into it).
        table (None | str | Unset): Table id (see GET /v1/tables).
    """

    bundle: Bundle | None | Unset = UNSET
    effective: datetime.datetime | None | Unset = UNSET
    medication_requests: list[MedicationRequest] | None | Unset = UNSET
    subject: None | Reference | Unset = UNSET
    table: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.bundle import Bundle  # noqa: PLC0415
        from ..models.reference import Reference  # noqa: PLC0415

        bundle: dict[str, Any] | None | Unset
        if isinstance(self.bundle, Unset):
            bundle = UNSET
        elif isinstance(self.bundle, Bundle):
            bundle = self.bundle.to_dict()
        else:
            bundle = self.bundle

        effective: None | str | Unset
        if isinstance(self.effective, Unset):
            effective = UNSET
        elif isinstance(self.effective, datetime.datetime):
            effective = self.effective.isoformat()
        else:
            effective = self.effective

        medication_requests: list[dict[str, Any]] | None | Unset
        if isinstance(self.medication_requests, Unset):
            medication_requests = UNSET
        elif isinstance(self.medication_requests, list):
            medication_requests = []
            for medication_requests_type_0_item_data in self.medication_requests:
                medication_requests_type_0_item = medication_requests_type_0_item_data.to_dict()
                medication_requests.append(medication_requests_type_0_item)

        else:
            medication_requests = self.medication_requests

        subject: dict[str, Any] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, Reference):
            subject = self.subject.to_dict()
        else:
            subject = self.subject

        table: None | str | Unset
        if isinstance(self.table, Unset):
            table = UNSET
        else:
            table = self.table

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bundle is not UNSET:
            field_dict["bundle"] = bundle
        if effective is not UNSET:
            field_dict["effective"] = effective
        if medication_requests is not UNSET:
            field_dict["medication_requests"] = medication_requests
        if subject is not UNSET:
            field_dict["subject"] = subject
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bundle import Bundle  # noqa: PLC0415
        from ..models.medication_request import MedicationRequest  # noqa: PLC0415
        from ..models.reference import Reference  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bundle(data: object) -> Bundle | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bundle_type_0 = Bundle.from_dict(data)

                return bundle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bundle | None | Unset, data)

        bundle = _parse_bundle(d.pop("bundle", UNSET))

        def _parse_effective(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_type_0 = datetime.datetime.fromisoformat(data)

                return effective_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        effective = _parse_effective(d.pop("effective", UNSET))

        def _parse_medication_requests(data: object) -> list[MedicationRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                medication_requests_type_0 = []
                _medication_requests_type_0 = data
                for medication_requests_type_0_item_data in _medication_requests_type_0:
                    medication_requests_type_0_item = MedicationRequest.from_dict(medication_requests_type_0_item_data)

                    medication_requests_type_0.append(medication_requests_type_0_item)

                return medication_requests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MedicationRequest] | None | Unset, data)

        medication_requests = _parse_medication_requests(d.pop("medication_requests", UNSET))

        def _parse_subject(data: object) -> None | Reference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_type_0 = Reference.from_dict(data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reference | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table = _parse_table(d.pop("table", UNSET))

        observation_request = cls(
            bundle=bundle,
            effective=effective,
            medication_requests=medication_requests,
            subject=subject,
            table=table,
        )

        return observation_request
