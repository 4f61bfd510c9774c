from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Reduction")


@_attrs_define
class Reduction:
    """
    Attributes:
        applied_percent (float):
        applied_percent_source (str):
        capped (bool):
        dose_at_high (float):
        dose_at_low (float):
        high_percent (float):
        low_percent (float):
        reduced_daily_dose (float):
        source (str):
        unit (str):
    """

    applied_percent: float
    applied_percent_source: str
    capped: bool
    dose_at_high: float
    dose_at_low: float
    high_percent: float
    low_percent: float
    reduced_daily_dose: float
    source: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied_percent = self.applied_percent

        applied_percent_source = self.applied_percent_source

        capped = self.capped

        dose_at_high = self.dose_at_high

        dose_at_low = self.dose_at_low

        high_percent = self.high_percent

        low_percent = self.low_percent

        reduced_daily_dose = self.reduced_daily_dose

        source = self.source

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied_percent": applied_percent,
                "applied_percent_source": applied_percent_source,
                "capped": capped,
                "dose_at_high": dose_at_high,
                "dose_at_low": dose_at_low,
                "high_percent": high_percent,
                "low_percent": low_percent,
                "reduced_daily_dose": reduced_daily_dose,
                "source": source,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applied_percent = d.pop("applied_percent")

        applied_percent_source = d.pop("applied_percent_source")

        capped = d.pop("capped")

        dose_at_high = d.pop("dose_at_high")

        dose_at_low = d.pop("dose_at_low")

        high_percent = d.pop("high_percent")

        low_percent = d.pop("low_percent")

        reduced_daily_dose = d.pop("reduced_daily_dose")

        source = d.pop("source")

        unit = d.pop("unit")

        reduction = cls(
            applied_percent=applied_percent,
            applied_percent_source=applied_percent_source,
            capped=capped,
            dose_at_high=dose_at_high,
            dose_at_low=dose_at_low,
            high_percent=high_percent,
            low_percent=low_percent,
            reduced_daily_dose=reduced_daily_dose,
            source=source,
            unit=unit,
        )

        reduction.additional_properties = d
        return reduction

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
