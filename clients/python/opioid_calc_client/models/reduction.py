from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Reduction")


@_attrs_define
class Reduction:
    """The 25% and 50% ends of the cross-tolerance range and the applied percent's dose.

    Attributes:
        applied_percent (float): The reduction applied, in % (0-75; default 25, or 50 for an older or frail patient; 0
            where a switch keeps the hourly rate).
        applied_percent_source (str): Source key of the applied percent (`request` when asked for).
        capped (bool): A cap (methadone 30 mg/day by default) lowered the reduced dose.
        dose_at_high (float): The target's daily dose at the high end, rounded down, in `unit`.
        dose_at_low (float): The target's daily dose at the low end, rounded down, in `unit`.
        high_percent (float): The range's high end, 50%.
        low_percent (float): The range's low end, 25%.
        reduced_daily_dose (float): The daily dose at the applied percent (and after any cap), rounded down, in `unit`;
            the practical regimen never exceeds it.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
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
