from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.taper_line import TaperLine


T = TypeVar("T", bound="TaperStep")


@_attrs_define
class TaperStep:
    """One dated step of the taper: from `date` until the next step's date.

    Attributes:
        date (datetime.date): The step's first day (ISO 8601).
        day (int): Days after `start_date` (0 on the start date).
        intervals_since_previous (int): Taper intervals since the previous step (above 1 when the strengths held the
            dose).
        lines (list[TaperLine]): Each regimen line at this step.
        number (int): Step number, from 1.
        percent_of_original (float): The step's MME/day as % of the original.
        thresholds_reached (list[str]): The MME threshold codes this step's total is at or above.
        total_mme_per_day (float | None): The step on the MME table; null when the table gives no factor for a line
            (warning mme.not_computed).
    """

    date: datetime.date
    day: int
    intervals_since_previous: int
    lines: list[TaperLine]
    number: int
    percent_of_original: float
    thresholds_reached: list[str]
    total_mme_per_day: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        day = self.day

        intervals_since_previous = self.intervals_since_previous

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        number = self.number

        percent_of_original = self.percent_of_original

        thresholds_reached = self.thresholds_reached

        total_mme_per_day: float | None
        total_mme_per_day = self.total_mme_per_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "day": day,
                "intervals_since_previous": intervals_since_previous,
                "lines": lines,
                "number": number,
                "percent_of_original": percent_of_original,
                "thresholds_reached": thresholds_reached,
                "total_mme_per_day": total_mme_per_day,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taper_line import TaperLine  # noqa: PLC0415

        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        day = d.pop("day")

        intervals_since_previous = d.pop("intervals_since_previous")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = TaperLine.from_dict(lines_item_data)

            lines.append(lines_item)

        number = d.pop("number")

        percent_of_original = d.pop("percent_of_original")

        thresholds_reached = cast(list[str], d.pop("thresholds_reached"))

        def _parse_total_mme_per_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_mme_per_day = _parse_total_mme_per_day(d.pop("total_mme_per_day"))

        taper_step = cls(
            date=date,
            day=day,
            intervals_since_previous=intervals_since_previous,
            lines=lines,
            number=number,
            percent_of_original=percent_of_original,
            thresholds_reached=thresholds_reached,
            total_mme_per_day=total_mme_per_day,
        )

        taper_step.additional_properties = d
        return taper_step

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
