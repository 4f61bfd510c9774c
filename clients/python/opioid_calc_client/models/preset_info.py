from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetInfo")


@_attrs_define
class PresetInfo:
    """The preset the taper follows.

    Attributes:
        name (str): Preset name (`cdc-2022-long-term`, ...).
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        unconfirmed (bool): The preset's rate is not confirmed by a guideline (warned).
    """

    name: str
    source: str
    unconfirmed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        unconfirmed = self.unconfirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
                "unconfirmed": unconfirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        source = d.pop("source")

        unconfirmed = d.pop("unconfirmed")

        preset_info = cls(
            name=name,
            source=source,
            unconfirmed=unconfirmed,
        )

        preset_info.additional_properties = d
        return preset_info

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
