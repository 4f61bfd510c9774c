from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quantity import Quantity


T = TypeVar("T", bound="Ratio")


@_attrs_define
class Ratio:
    """A FHIR R4 Ratio (a maximum dose per period).

    Attributes:
        denominator (None | Quantity | Unset): The period.
        numerator (None | Quantity | Unset): The amount.
    """

    denominator: None | Quantity | Unset = UNSET
    numerator: None | Quantity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quantity import Quantity  # noqa: PLC0415

        denominator: dict[str, Any] | None | Unset
        if isinstance(self.denominator, Unset):
            denominator = UNSET
        elif isinstance(self.denominator, Quantity):
            denominator = self.denominator.to_dict()
        else:
            denominator = self.denominator

        numerator: dict[str, Any] | None | Unset
        if isinstance(self.numerator, Unset):
            numerator = UNSET
        elif isinstance(self.numerator, Quantity):
            numerator = self.numerator.to_dict()
        else:
            numerator = self.numerator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if denominator is not UNSET:
            field_dict["denominator"] = denominator
        if numerator is not UNSET:
            field_dict["numerator"] = numerator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quantity import Quantity  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_denominator(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                denominator_type_0 = Quantity.from_dict(data)

                return denominator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        denominator = _parse_denominator(d.pop("denominator", UNSET))

        def _parse_numerator(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                numerator_type_0 = Quantity.from_dict(data)

                return numerator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        numerator = _parse_numerator(d.pop("numerator", UNSET))

        ratio = cls(
            denominator=denominator,
            numerator=numerator,
        )

        ratio.additional_properties = d
        return ratio

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
