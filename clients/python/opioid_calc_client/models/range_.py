from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quantity import Quantity


T = TypeVar("T", bound="Range")


@_attrs_define
class Range:
    """A FHIR R4 Range (a dose range counts at its maximum, as the CDC MME calculator does).

    Attributes:
        high (None | Quantity | Unset): The upper end.
        low (None | Quantity | Unset): The lower end.
    """

    high: None | Quantity | Unset = UNSET
    low: None | Quantity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quantity import Quantity  # noqa: PLC0415

        high: dict[str, Any] | None | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        elif isinstance(self.high, Quantity):
            high = self.high.to_dict()
        else:
            high = self.high

        low: dict[str, Any] | None | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        elif isinstance(self.low, Quantity):
            low = self.low.to_dict()
        else:
            low = self.low

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quantity import Quantity  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_high(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                high_type_0 = Quantity.from_dict(data)

                return high_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        high = _parse_high(d.pop("high", UNSET))

        def _parse_low(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                low_type_0 = Quantity.from_dict(data)

                return low_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        low = _parse_low(d.pop("low", UNSET))

        range_ = cls(
            high=high,
            low=low,
        )

        range_.additional_properties = d
        return range_

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
