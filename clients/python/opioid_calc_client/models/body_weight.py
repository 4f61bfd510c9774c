from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BodyWeight")


@_attrs_define
class BodyWeight:
    """The weight used and how it was chosen.

    Attributes:
        actual_weight_kg (float): The patient's actual weight, in kg.
        actual_weight_used (bool): The dosing weight is the actual weight (asked for, or below the ideal).
        adjusted_body_weight_kg (float | None): Adjusted body weight in kg, when the basis needed it; else null.
        basis (str): `actual`, `ideal` or `adjusted`, as asked for or defaulted.
        basis_defaulted (bool): The request gave no basis: the table's default was used.
        dosing_weight_kg (float): The weight the dose or clearance used, in kg (never above the actual).
        ideal_body_weight_kg (float | None): Devine ideal body weight in kg, when the basis needed it; else null.
    """

    actual_weight_kg: float
    actual_weight_used: bool
    adjusted_body_weight_kg: float | None
    basis: str
    basis_defaulted: bool
    dosing_weight_kg: float
    ideal_body_weight_kg: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual_weight_kg = self.actual_weight_kg

        actual_weight_used = self.actual_weight_used

        adjusted_body_weight_kg: float | None
        adjusted_body_weight_kg = self.adjusted_body_weight_kg

        basis = self.basis

        basis_defaulted = self.basis_defaulted

        dosing_weight_kg = self.dosing_weight_kg

        ideal_body_weight_kg: float | None
        ideal_body_weight_kg = self.ideal_body_weight_kg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actual_weight_kg": actual_weight_kg,
                "actual_weight_used": actual_weight_used,
                "adjusted_body_weight_kg": adjusted_body_weight_kg,
                "basis": basis,
                "basis_defaulted": basis_defaulted,
                "dosing_weight_kg": dosing_weight_kg,
                "ideal_body_weight_kg": ideal_body_weight_kg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actual_weight_kg = d.pop("actual_weight_kg")

        actual_weight_used = d.pop("actual_weight_used")

        def _parse_adjusted_body_weight_kg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        adjusted_body_weight_kg = _parse_adjusted_body_weight_kg(d.pop("adjusted_body_weight_kg"))

        basis = d.pop("basis")

        basis_defaulted = d.pop("basis_defaulted")

        dosing_weight_kg = d.pop("dosing_weight_kg")

        def _parse_ideal_body_weight_kg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ideal_body_weight_kg = _parse_ideal_body_weight_kg(d.pop("ideal_body_weight_kg"))

        body_weight = cls(
            actual_weight_kg=actual_weight_kg,
            actual_weight_used=actual_weight_used,
            adjusted_body_weight_kg=adjusted_body_weight_kg,
            basis=basis,
            basis_defaulted=basis_defaulted,
            dosing_weight_kg=dosing_weight_kg,
            ideal_body_weight_kg=ideal_body_weight_kg,
        )

        body_weight.additional_properties = d
        return body_weight

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
