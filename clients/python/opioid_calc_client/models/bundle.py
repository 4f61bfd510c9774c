from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle_entry import BundleEntry


T = TypeVar("T", bound="Bundle")


@_attrs_define
class Bundle:
    """A FHIR R4 Bundle of resources.

    Attributes:
        resource_type (Literal['Bundle']): `Bundle`.
        entry (list[BundleEntry] | None | Unset): The resources.
        type_ (None | str | Unset): `collection`, `searchset`, ...
    """

    resource_type: Literal["Bundle"]
    entry: list[BundleEntry] | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        entry: list[dict[str, Any]] | None | Unset
        if isinstance(self.entry, Unset):
            entry = UNSET
        elif isinstance(self.entry, list):
            entry = []
            for entry_type_0_item_data in self.entry:
                entry_type_0_item = entry_type_0_item_data.to_dict()
                entry.append(entry_type_0_item)

        else:
            entry = self.entry

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceType": resource_type,
            }
        )
        if entry is not UNSET:
            field_dict["entry"] = entry
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bundle_entry import BundleEntry  # noqa: PLC0415

        d = dict(src_dict)
        resource_type = cast(Literal["Bundle"], d.pop("resourceType"))
        if resource_type != "Bundle":
            raise ValueError(f"resourceType must match const 'Bundle', got '{resource_type}'")

        def _parse_entry(data: object) -> list[BundleEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entry_type_0 = []
                _entry_type_0 = data
                for entry_type_0_item_data in _entry_type_0:
                    entry_type_0_item = BundleEntry.from_dict(entry_type_0_item_data)

                    entry_type_0.append(entry_type_0_item)

                return entry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BundleEntry] | None | Unset, data)

        entry = _parse_entry(d.pop("entry", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        bundle = cls(
            resource_type=resource_type,
            entry=entry,
            type_=type_,
        )

        bundle.additional_properties = d
        return bundle

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
