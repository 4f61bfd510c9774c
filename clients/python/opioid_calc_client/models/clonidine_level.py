from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClonidineLevel")


@_attrs_define
class ClonidineLevel:
    """Days `day_from`-`day_to` (null: continuing); `doses_mg` in order, the larger at bedtime.

    Attributes:
        daily_mg (float): The day's total, in mg.
        day_from (int): First day of the level (day 1 is the first day).
        day_to (int | None): Last day of the level; null: it continues.
        doses_mg (list[float]): The day's administrations in mg, in order (morning, bedtime).
    """

    daily_mg: float
    day_from: int
    day_to: int | None
    doses_mg: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_mg = self.daily_mg

        day_from = self.day_from

        day_to: int | None
        day_to = self.day_to

        doses_mg = self.doses_mg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_mg": daily_mg,
                "day_from": day_from,
                "day_to": day_to,
                "doses_mg": doses_mg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        daily_mg = d.pop("daily_mg")

        day_from = d.pop("day_from")

        def _parse_day_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        day_to = _parse_day_to(d.pop("day_to"))

        doses_mg = cast(list[float], d.pop("doses_mg"))

        clonidine_level = cls(
            daily_mg=daily_mg,
            day_from=day_from,
            day_to=day_to,
            doses_mg=doses_mg,
        )

        clonidine_level.additional_properties = d
        return clonidine_level

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
