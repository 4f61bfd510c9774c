from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NaltrexoneStep")


@_attrs_define
class NaltrexoneStep:
    """From `day_from` on, `daily_mg` once daily (until the next step).

    Attributes:
        daily_mg (float): The once-daily dose, in mg.
        day_from (int): First day of the step (day 1 is the first).
    """

    daily_mg: float
    day_from: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_mg = self.daily_mg

        day_from = self.day_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_mg": daily_mg,
                "day_from": day_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        daily_mg = d.pop("daily_mg")

        day_from = d.pop("day_from")

        naltrexone_step = cls(
            daily_mg=daily_mg,
            day_from=day_from,
        )

        naltrexone_step.additional_properties = d
        return naltrexone_step

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
