from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DoseBandRow")


@_attrs_define
class DoseBandRow:
    """A renal dosing row of an adjunct table, over creatinine clearance (mL/min).

    Attributes:
        column_doses (list[float]): The label's per-administration doses of the row, one per column, in mg.
        daily_max (float): The label's highest total daily dose for the row, in mg/day.
        daily_min (float): The label's lowest total daily dose for the row, in mg/day.
        doses_per_day (list[int]): The administrations a day the label allows in the row.
        max_ (float | None): The row's upper clearance bound, in mL/min; null: open-ended.
        max_inclusive (bool): Whether `max` itself belongs to the band (null `max`: open-ended).
        min_ (float): The row's lower clearance bound, in mL/min.
        min_inclusive (bool): Whether `min` itself belongs to the band.
        proportional_below (float | None): Below this clearance the label scales doses by clearance / this; null when it
            does not.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
    """

    column_doses: list[float]
    daily_max: float
    daily_min: float
    doses_per_day: list[int]
    max_: float | None
    max_inclusive: bool
    min_: float
    min_inclusive: bool
    proportional_below: float | None
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_doses = self.column_doses

        daily_max = self.daily_max

        daily_min = self.daily_min

        doses_per_day = self.doses_per_day

        max_: float | None
        max_ = self.max_

        max_inclusive = self.max_inclusive

        min_ = self.min_

        min_inclusive = self.min_inclusive

        proportional_below: float | None
        proportional_below = self.proportional_below

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column_doses": column_doses,
                "daily_max": daily_max,
                "daily_min": daily_min,
                "doses_per_day": doses_per_day,
                "max": max_,
                "max_inclusive": max_inclusive,
                "min": min_,
                "min_inclusive": min_inclusive,
                "proportional_below": proportional_below,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column_doses = cast(list[float], d.pop("column_doses"))

        daily_max = d.pop("daily_max")

        daily_min = d.pop("daily_min")

        doses_per_day = cast(list[int], d.pop("doses_per_day"))

        def _parse_max_(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_ = _parse_max_(d.pop("max"))

        max_inclusive = d.pop("max_inclusive")

        min_ = d.pop("min")

        min_inclusive = d.pop("min_inclusive")

        def _parse_proportional_below(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        proportional_below = _parse_proportional_below(d.pop("proportional_below"))

        source = d.pop("source")

        dose_band_row = cls(
            column_doses=column_doses,
            daily_max=daily_max,
            daily_min=daily_min,
            doses_per_day=doses_per_day,
            max_=max_,
            max_inclusive=max_inclusive,
            min_=min_,
            min_inclusive=min_inclusive,
            proportional_below=proportional_below,
            source=source,
        )

        dose_band_row.additional_properties = d
        return dose_band_row

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
