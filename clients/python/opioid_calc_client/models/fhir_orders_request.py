from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle import Bundle
    from ..models.medication_request import MedicationRequest


T = TypeVar("T", bound="FhirOrdersRequest")


@_attrs_define
class FhirOrdersRequest:
    """FHIR R4 MedicationRequests with RxNorm codes: a `bundle` (its Medication entries resolve `medicationReference`;
    other entries are ignored) or a plain list `medication_requests` (give exactly one of the two).

        Attributes:
            bundle (Bundle | None | Unset): A FHIR R4 Bundle holding the MedicationRequests (and the Medications they refer
                to).
            medication_requests (list[MedicationRequest] | None | Unset): The MedicationRequests as a plain list (instead of
                `bundle`).
    """

    bundle: Bundle | None | Unset = UNSET
    medication_requests: list[MedicationRequest] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.bundle import Bundle  # noqa: PLC0415

        bundle: dict[str, Any] | None | Unset
        if isinstance(self.bundle, Unset):
            bundle = UNSET
        elif isinstance(self.bundle, Bundle):
            bundle = self.bundle.to_dict()
        else:
            bundle = self.bundle

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bundle is not UNSET:
            field_dict["bundle"] = bundle
        if medication_requests is not UNSET:
            field_dict["medication_requests"] = medication_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bundle import Bundle  # noqa: PLC0415
        from ..models.medication_request import MedicationRequest  # noqa: PLC0415

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

        fhir_orders_request = cls(
            bundle=bundle,
            medication_requests=medication_requests,
        )

        return fhir_orders_request
