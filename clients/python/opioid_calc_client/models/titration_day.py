from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.regimen import Regimen


T = TypeVar("T", bound="TitrationDay")


@_attrs_define
class TitrationDay:
    """A titration level: from `day` (day 1 is the first) until the next level's day.

    Attributes:
        day (int): First day of the level.
        regimen (Regimen): A practical regimen. `dose_mg` is per administration, rounded down to what the strengths
            make; null (never 0) when that is below the smallest strength.
        target_mg_per_day (float): The level's target, in mg/day.
    """

    day: int
    regimen: Regimen
    target_mg_per_day: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        regimen = self.regimen.to_dict()

        target_mg_per_day = self.target_mg_per_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "regimen": regimen,
                "target_mg_per_day": target_mg_per_day,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.regimen import Regimen  # noqa: PLC0415

        d = dict(src_dict)
        day = d.pop("day")

        regimen = Regimen.from_dict(d.pop("regimen"))

        target_mg_per_day = d.pop("target_mg_per_day")

        titration_day = cls(
            day=day,
            regimen=regimen,
            target_mg_per_day=target_mg_per_day,
        )

        titration_day.additional_properties = d
        return titration_day

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
