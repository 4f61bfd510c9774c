from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_prefetch import ServicePrefetch


T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """A CDS service this server hosts (CDS Hooks 2.0 discovery).

    Attributes:
        description (str): What it does.
        hook (str): The hook it answers (`order-select`, `order-sign`, `patient-view`).
        id (str): Its id: the path segment of POST /cds-services/{service_id}.
        prefetch (ServicePrefetch): The FHIR queries it asks the EHR to prefetch, by key.
        title (str): Its title.
        usage_requirements (str): What the EHR must send for a useful answer.
    """

    description: str
    hook: str
    id: str
    prefetch: ServicePrefetch
    title: str
    usage_requirements: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        hook = self.hook

        id = self.id

        prefetch = self.prefetch.to_dict()

        title = self.title

        usage_requirements = self.usage_requirements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "hook": hook,
                "id": id,
                "prefetch": prefetch,
                "title": title,
                "usageRequirements": usage_requirements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_prefetch import ServicePrefetch  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        hook = d.pop("hook")

        id = d.pop("id")

        prefetch = ServicePrefetch.from_dict(d.pop("prefetch"))

        title = d.pop("title")

        usage_requirements = d.pop("usageRequirements")

        service = cls(
            description=description,
            hook=hook,
            id=id,
            prefetch=prefetch,
            title=title,
            usage_requirements=usage_requirements,
        )

        service.additional_properties = d
        return service

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
