from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RenalBand")


@_attrs_define
class RenalBand:
    """The label's renal row that applies; `max_ml_min` null means open-ended.

    Attributes:
        daily_max_mg (float): The label's highest total daily dose for the band, in mg/day.
        daily_min_mg (float): The label's lowest total daily dose for the band, in mg/day.
        doses_per_day (list[int]): The administrations a day the label allows in the band.
        label (str): The band in words (`at least 30 and below 60 mL/min`).
        max_inclusive (bool): Whether `max` itself belongs to the band (null `max`: open-ended).
        max_ml_min (float | None): The band's upper clearance bound, in mL/min; null: open-ended.
        min_inclusive (bool): Whether `min` itself belongs to the band.
        min_ml_min (float): The band's lower clearance bound, in mL/min.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
    """

    daily_max_mg: float
    daily_min_mg: float
    doses_per_day: list[int]
    label: str
    max_inclusive: bool
    max_ml_min: float | None
    min_inclusive: bool
    min_ml_min: float
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_max_mg = self.daily_max_mg

        daily_min_mg = self.daily_min_mg

        doses_per_day = self.doses_per_day

        label = self.label

        max_inclusive = self.max_inclusive

        max_ml_min: float | None
        max_ml_min = self.max_ml_min

        min_inclusive = self.min_inclusive

        min_ml_min = self.min_ml_min

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_max_mg": daily_max_mg,
                "daily_min_mg": daily_min_mg,
                "doses_per_day": doses_per_day,
                "label": label,
                "max_inclusive": max_inclusive,
                "max_ml_min": max_ml_min,
                "min_inclusive": min_inclusive,
                "min_ml_min": min_ml_min,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        daily_max_mg = d.pop("daily_max_mg")

        daily_min_mg = d.pop("daily_min_mg")

        doses_per_day = cast(list[int], d.pop("doses_per_day"))

        label = d.pop("label")

        max_inclusive = d.pop("max_inclusive")

        def _parse_max_ml_min(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_ml_min = _parse_max_ml_min(d.pop("max_ml_min"))

        min_inclusive = d.pop("min_inclusive")

        min_ml_min = d.pop("min_ml_min")

        source = d.pop("source")

        renal_band = cls(
            daily_max_mg=daily_max_mg,
            daily_min_mg=daily_min_mg,
            doses_per_day=doses_per_day,
            label=label,
            max_inclusive=max_inclusive,
            max_ml_min=max_ml_min,
            min_inclusive=min_inclusive,
            min_ml_min=min_ml_min,
            source=source,
        )

        renal_band.additional_properties = d
        return renal_band

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
