from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlausibleIntervalRow")


@_attrs_define
class PlausibleIntervalRow:
    """Plausible hours between administrations (`drug` `*`: any drug without its own row).

    Attributes:
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        interval_max_hours (float): The longest plausible interval, in hours.
        interval_min_hours (float): The shortest plausible interval, in hours.
        releases (list[str]): The releases the row covers.
        routes (list[str]): The routes the row covers.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
    """

    drug: str
    interval_max_hours: float
    interval_min_hours: float
    releases: list[str]
    routes: list[str]
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drug = self.drug

        interval_max_hours = self.interval_max_hours

        interval_min_hours = self.interval_min_hours

        releases = self.releases

        routes = self.routes

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drug": drug,
                "interval_max_hours": interval_max_hours,
                "interval_min_hours": interval_min_hours,
                "releases": releases,
                "routes": routes,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drug = d.pop("drug")

        interval_max_hours = d.pop("interval_max_hours")

        interval_min_hours = d.pop("interval_min_hours")

        releases = cast(list[str], d.pop("releases"))

        routes = cast(list[str], d.pop("routes"))

        source = d.pop("source")

        plausible_interval_row = cls(
            drug=drug,
            interval_max_hours=interval_max_hours,
            interval_min_hours=interval_min_hours,
            releases=releases,
            routes=routes,
            source=source,
        )

        plausible_interval_row.additional_properties = d
        return plausible_interval_row

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
