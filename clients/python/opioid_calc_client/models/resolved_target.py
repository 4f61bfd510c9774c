from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResolvedTarget")


@_attrs_define
class ResolvedTarget:
    """The target as the calculation resolved it (its release filled in when the request left it out).

    Attributes:
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        release (None | str): `immediate` or `extended` release; null when it does not apply or was not stated.
        route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
    """

    drug: str
    release: None | str
    route: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drug = self.drug

        release: None | str
        release = self.release

        route = self.route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drug": drug,
                "release": release,
                "route": route,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drug = d.pop("drug")

        def _parse_release(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release = _parse_release(d.pop("release"))

        route = d.pop("route")

        resolved_target = cls(
            drug=drug,
            release=release,
            route=route,
        )

        resolved_target.additional_properties = d
        return resolved_target

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
