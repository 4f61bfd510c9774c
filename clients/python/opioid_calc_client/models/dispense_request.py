from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quantity import Quantity


T = TypeVar("T", bound="DispenseRequest")


@_attrs_define
class DispenseRequest:
    """What a MedicationRequest asks the pharmacy to dispense (FHIR R4).

    Attributes:
        expected_supply_duration (None | Quantity | Unset): The days the supply is expected to last.
        quantity (None | Quantity | Unset): The amount to dispense.
    """

    expected_supply_duration: None | Quantity | Unset = UNSET
    quantity: None | Quantity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quantity import Quantity  # noqa: PLC0415

        expected_supply_duration: dict[str, Any] | None | Unset
        if isinstance(self.expected_supply_duration, Unset):
            expected_supply_duration = UNSET
        elif isinstance(self.expected_supply_duration, Quantity):
            expected_supply_duration = self.expected_supply_duration.to_dict()
        else:
            expected_supply_duration = self.expected_supply_duration

        quantity: dict[str, Any] | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, Quantity):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expected_supply_duration is not UNSET:
            field_dict["expectedSupplyDuration"] = expected_supply_duration
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quantity import Quantity  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_expected_supply_duration(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_supply_duration_type_0 = Quantity.from_dict(data)

                return expected_supply_duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        expected_supply_duration = _parse_expected_supply_duration(d.pop("expectedSupplyDuration", UNSET))

        def _parse_quantity(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quantity_type_0 = Quantity.from_dict(data)

                return quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        dispense_request = cls(
            expected_supply_duration=expected_supply_duration,
            quantity=quantity,
        )

        dispense_request.additional_properties = d
        return dispense_request

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
