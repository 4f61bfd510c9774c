from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FactorBand")


@_attrs_define
class FactorBand:
    """A band of a tiered factor, ratio or rate; `max` null means open-ended.

    Attributes:
        max_ (float | None): The band's upper bound; null: open-ended.
        max_inclusive (bool): Whether `max` itself belongs to the band (null `max`: open-ended).
        min_ (float): The band's lower bound (daily dose, or oral morphine mg/day for a scheme or label band).
        min_inclusive (bool): Whether `min` itself belongs to the band.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        value (float): The factor, ratio or patch rate of the band.
        advice (None | str | Unset): The label's advice for the band, when it has one.
    """

    max_: float | None
    max_inclusive: bool
    min_: float
    min_inclusive: bool
    source: str
    value: float
    advice: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_: float | None
        max_ = self.max_

        max_inclusive = self.max_inclusive

        min_ = self.min_

        min_inclusive = self.min_inclusive

        source = self.source

        value = self.value

        advice: None | str | Unset
        if isinstance(self.advice, Unset):
            advice = UNSET
        else:
            advice = self.advice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "max_inclusive": max_inclusive,
                "min": min_,
                "min_inclusive": min_inclusive,
                "source": source,
                "value": value,
            }
        )
        if advice is not UNSET:
            field_dict["advice"] = advice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_max_(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_ = _parse_max_(d.pop("max"))

        max_inclusive = d.pop("max_inclusive")

        min_ = d.pop("min")

        min_inclusive = d.pop("min_inclusive")

        source = d.pop("source")

        value = d.pop("value")

        def _parse_advice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advice = _parse_advice(d.pop("advice", UNSET))

        factor_band = cls(
            max_=max_,
            max_inclusive=max_inclusive,
            min_=min_,
            min_inclusive=min_inclusive,
            source=source,
            value=value,
            advice=advice,
        )

        factor_band.additional_properties = d
        return factor_band

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
