from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ObservationWindow")


@_attrs_define
class ObservationWindow:
    """A calendar window, both days included (at most 3660 days).

    Attributes:
        end_date (datetime.date): The window's last day, included (ISO 8601).
        start_date (datetime.date): The window's first day (ISO 8601).
    """

    end_date: datetime.date
    start_date: datetime.date

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date.isoformat()

        start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_date": end_date,
                "start_date": start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        observation_window = cls(
            end_date=end_date,
            start_date=start_date,
        )

        return observation_window
