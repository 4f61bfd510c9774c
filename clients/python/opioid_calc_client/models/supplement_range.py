from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SupplementRange")


@_attrs_define
class SupplementRange:
    """The supplement after each hemodialysis session, as a range.

    Attributes:
        max_mg (float): Upper end, in mg.
        min_mg (float): Lower end, in mg.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
    """

    max_mg: float
    min_mg: float
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_mg = self.max_mg

        min_mg = self.min_mg

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_mg": max_mg,
                "min_mg": min_mg,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_mg = d.pop("max_mg")

        min_mg = d.pop("min_mg")

        source = d.pop("source")

        supplement_range = cls(
            max_mg=max_mg,
            min_mg=min_mg,
            source=source,
        )

        supplement_range.additional_properties = d
        return supplement_range

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
