from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.practical_regimen import PracticalRegimen
    from ..models.previous_line import PreviousLine


T = TypeVar("T", bound="SwitchDay")


@_attrs_define
class SwitchDay:
    """One day of a cross-taper switch to methadone.

    Attributes:
        day (int): Day of the switch, from 1.
        methadone (None | PracticalRegimen): The day's practical methadone regimen; null when no product makes the
            target.
        methadone_daily_target (float): The day's methadone target, in mg/day.
        previous_lines (list[PreviousLine]): The previous regimen's lines at that share.
        previous_percent (float): The share of the previous regimen still given that day, in %.
    """

    day: int
    methadone: None | PracticalRegimen
    methadone_daily_target: float
    previous_lines: list[PreviousLine]
    previous_percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415

        day = self.day

        methadone: dict[str, Any] | None
        if isinstance(self.methadone, PracticalRegimen):
            methadone = self.methadone.to_dict()
        else:
            methadone = self.methadone

        methadone_daily_target = self.methadone_daily_target

        previous_lines = []
        for previous_lines_item_data in self.previous_lines:
            previous_lines_item = previous_lines_item_data.to_dict()
            previous_lines.append(previous_lines_item)

        previous_percent = self.previous_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "methadone": methadone,
                "methadone_daily_target": methadone_daily_target,
                "previous_lines": previous_lines,
                "previous_percent": previous_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415
        from ..models.previous_line import PreviousLine  # noqa: PLC0415

        d = dict(src_dict)
        day = d.pop("day")

        def _parse_methadone(data: object) -> None | PracticalRegimen:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                methadone_type_0 = PracticalRegimen.from_dict(data)

                return methadone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PracticalRegimen, data)

        methadone = _parse_methadone(d.pop("methadone"))

        methadone_daily_target = d.pop("methadone_daily_target")

        previous_lines = []
        _previous_lines = d.pop("previous_lines")
        for previous_lines_item_data in _previous_lines:
            previous_lines_item = PreviousLine.from_dict(previous_lines_item_data)

            previous_lines.append(previous_lines_item)

        previous_percent = d.pop("previous_percent")

        switch_day = cls(
            day=day,
            methadone=methadone,
            methadone_daily_target=methadone_daily_target,
            previous_lines=previous_lines,
            previous_percent=previous_percent,
        )

        switch_day.additional_properties = d
        return switch_day

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
