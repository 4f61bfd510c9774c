from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plausible_dose_row import PlausibleDoseRow
    from ..models.plausible_interval_row import PlausibleIntervalRow


T = TypeVar("T", bound="PlausibilityDetail")


@_attrs_define
class PlausibilityDetail:
    """The rows of a `plausibility` table.

    Attributes:
        doses (list[PlausibleDoseRow]): Plausible amounts per administration.
        intervals (list[PlausibleIntervalRow]): Plausible dosing intervals.
    """

    doses: list[PlausibleDoseRow]
    intervals: list[PlausibleIntervalRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doses = []
        for doses_item_data in self.doses:
            doses_item = doses_item_data.to_dict()
            doses.append(doses_item)

        intervals = []
        for intervals_item_data in self.intervals:
            intervals_item = intervals_item_data.to_dict()
            intervals.append(intervals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "doses": doses,
                "intervals": intervals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plausible_dose_row import PlausibleDoseRow  # noqa: PLC0415
        from ..models.plausible_interval_row import PlausibleIntervalRow  # noqa: PLC0415

        d = dict(src_dict)
        doses = []
        _doses = d.pop("doses")
        for doses_item_data in _doses:
            doses_item = PlausibleDoseRow.from_dict(doses_item_data)

            doses.append(doses_item)

        intervals = []
        _intervals = d.pop("intervals")
        for intervals_item_data in _intervals:
            intervals_item = PlausibleIntervalRow.from_dict(intervals_item_data)

            intervals.append(intervals_item)

        plausibility_detail = cls(
            doses=doses,
            intervals=intervals,
        )

        plausibility_detail.additional_properties = d
        return plausibility_detail

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
