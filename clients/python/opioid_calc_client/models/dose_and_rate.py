from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.codeable_concept import CodeableConcept
    from ..models.quantity import Quantity
    from ..models.range_ import Range


T = TypeVar("T", bound="DoseAndRate")


@_attrs_define
class DoseAndRate:
    """A dose or rate of a Dosage (FHIR R4).

    Attributes:
        dose_quantity (None | Quantity | Unset): The dose per administration.
        dose_range (None | Range | Unset): A dose range (counted at its maximum).
        rate_quantity (None | Quantity | Unset): A rate (mcg/h of an infusion).
        type_ (CodeableConcept | None | Unset): Calculated, ordered, ...
    """

    dose_quantity: None | Quantity | Unset = UNSET
    dose_range: None | Range | Unset = UNSET
    rate_quantity: None | Quantity | Unset = UNSET
    type_: CodeableConcept | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415
        from ..models.range_ import Range  # noqa: PLC0415

        dose_quantity: dict[str, Any] | None | Unset
        if isinstance(self.dose_quantity, Unset):
            dose_quantity = UNSET
        elif isinstance(self.dose_quantity, Quantity):
            dose_quantity = self.dose_quantity.to_dict()
        else:
            dose_quantity = self.dose_quantity

        dose_range: dict[str, Any] | None | Unset
        if isinstance(self.dose_range, Unset):
            dose_range = UNSET
        elif isinstance(self.dose_range, Range):
            dose_range = self.dose_range.to_dict()
        else:
            dose_range = self.dose_range

        rate_quantity: dict[str, Any] | None | Unset
        if isinstance(self.rate_quantity, Unset):
            rate_quantity = UNSET
        elif isinstance(self.rate_quantity, Quantity):
            rate_quantity = self.rate_quantity.to_dict()
        else:
            rate_quantity = self.rate_quantity

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CodeableConcept):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dose_quantity is not UNSET:
            field_dict["doseQuantity"] = dose_quantity
        if dose_range is not UNSET:
            field_dict["doseRange"] = dose_range
        if rate_quantity is not UNSET:
            field_dict["rateQuantity"] = rate_quantity
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415
        from ..models.range_ import Range  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_dose_quantity(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dose_quantity_type_0 = Quantity.from_dict(data)

                return dose_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        dose_quantity = _parse_dose_quantity(d.pop("doseQuantity", UNSET))

        def _parse_dose_range(data: object) -> None | Range | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dose_range_type_0 = Range.from_dict(data)

                return dose_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Range | Unset, data)

        dose_range = _parse_dose_range(d.pop("doseRange", UNSET))

        def _parse_rate_quantity(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rate_quantity_type_0 = Quantity.from_dict(data)

                return rate_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        rate_quantity = _parse_rate_quantity(d.pop("rateQuantity", UNSET))

        def _parse_type_(data: object) -> CodeableConcept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = CodeableConcept.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeableConcept | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        dose_and_rate = cls(
            dose_quantity=dose_quantity,
            dose_range=dose_range,
            rate_quantity=rate_quantity,
            type_=type_,
        )

        dose_and_rate.additional_properties = d
        return dose_and_rate

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
