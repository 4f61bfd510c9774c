from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType, check_action_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_resource_type_0 import ActionResourceType0


T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """A change a suggestion makes to the EHR's orders.

    Attributes:
        description (str): The change, in words.
        type_ (ActionType): `create`, `update` or `delete`.
        resource (ActionResourceType0 | None | Unset): The FHIR resource to create or update.
        resource_id (None | str | Unset): The resource to delete.
    """

    description: str
    type_: ActionType
    resource: ActionResourceType0 | None | Unset = UNSET
    resource_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_resource_type_0 import ActionResourceType0  # noqa: PLC0415

        description = self.description

        type_: str = self.type_

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, ActionResourceType0):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "type": type_,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_resource_type_0 import ActionResourceType0  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        type_ = check_action_type(d.pop("type"))

        def _parse_resource(data: object) -> ActionResourceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_0 = ActionResourceType0.from_dict(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionResourceType0 | None | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        def _parse_resource_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_id = _parse_resource_id(d.pop("resourceId", UNSET))

        action = cls(
            description=description,
            type_=type_,
            resource=resource,
            resource_id=resource_id,
        )

        action.additional_properties = d
        return action

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
