from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle_entry_resource_type_0 import BundleEntryResourceType0


T = TypeVar("T", bound="BundleEntry")


@_attrs_define
class BundleEntry:
    """An entry: any FHIR resource; MedicationRequest and Medication entries are read.

    Attributes:
        full_url (None | str | Unset): The entry's full URL.
        resource (BundleEntryResourceType0 | None | Unset): The resource.
    """

    full_url: None | str | Unset = UNSET
    resource: BundleEntryResourceType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bundle_entry_resource_type_0 import BundleEntryResourceType0  # noqa: PLC0415

        full_url: None | str | Unset
        if isinstance(self.full_url, Unset):
            full_url = UNSET
        else:
            full_url = self.full_url

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, BundleEntryResourceType0):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_url is not UNSET:
            field_dict["fullUrl"] = full_url
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bundle_entry_resource_type_0 import BundleEntryResourceType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_full_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_url = _parse_full_url(d.pop("fullUrl", UNSET))

        def _parse_resource(data: object) -> BundleEntryResourceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_0 = BundleEntryResourceType0.from_dict(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BundleEntryResourceType0 | None | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        bundle_entry = cls(
            full_url=full_url,
            resource=resource,
        )

        bundle_entry.additional_properties = d
        return bundle_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
