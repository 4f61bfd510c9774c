from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ThresholdRow")


@_attrs_define
class ThresholdRow:
    """A named number of a table (a threshold, limit or constant) with its unit and source.

    Attributes:
        name (str): The number's name (`mme_high`, `methadone_cap_mg_per_day`, ...).
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
        value (float): The number, in `unit`.
    """

    name: str
    source: str
    unit: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        unit = self.unit

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
                "unit": unit,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        source = d.pop("source")

        unit = d.pop("unit")

        value = d.pop("value")

        threshold_row = cls(
            name=name,
            source=source,
            unit=unit,
            value=value,
        )

        threshold_row.additional_properties = d
        return threshold_row

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
