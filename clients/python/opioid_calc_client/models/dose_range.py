from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DoseRange")


@_attrs_define
class DoseRange:
    """A range a request was checked against, with its source keys.

    Attributes:
        max_ (float): The range's upper end, in `unit`.
        min_ (float): The range's lower end, in `unit`.
        sources (list[str]): Source keys of the range.
        unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
    """

    max_: float
    min_: float
    sources: list[str]
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        min_ = self.min_

        sources = self.sources

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "min": min_,
                "sources": sources,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max")

        min_ = d.pop("min")

        sources = cast(list[str], d.pop("sources"))

        unit = d.pop("unit")

        dose_range = cls(
            max_=max_,
            min_=min_,
            sources=sources,
            unit=unit,
        )

        dose_range.additional_properties = d
        return dose_range

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
