from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.codeable_concept import CodeableConcept
    from ..models.quantity import Quantity


T = TypeVar("T", bound="ObservationComponent")


@_attrs_define
class ObservationComponent:
    """One component of the MME Observation: a line's MME/day.

    Attributes:
        code (CodeableConcept): A FHIR R4 CodeableConcept: codings of one concept and its text.
        value_quantity (None | Quantity | Unset): Its MME/day, in UCUM mg/d.
    """

    code: CodeableConcept
    value_quantity: None | Quantity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quantity import Quantity  # noqa: PLC0415

        code = self.code.to_dict()

        value_quantity: dict[str, Any] | None | Unset
        if isinstance(self.value_quantity, Unset):
            value_quantity = UNSET
        elif isinstance(self.value_quantity, Quantity):
            value_quantity = self.value_quantity.to_dict()
        else:
            value_quantity = self.value_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if value_quantity is not UNSET:
            field_dict["valueQuantity"] = value_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415

        d = dict(src_dict)
        code = CodeableConcept.from_dict(d.pop("code"))

        def _parse_value_quantity(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_quantity_type_0 = Quantity.from_dict(data)

                return value_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        value_quantity = _parse_value_quantity(d.pop("valueQuantity", UNSET))

        observation_component = cls(
            code=code,
            value_quantity=value_quantity,
        )

        observation_component.additional_properties = d
        return observation_component

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
