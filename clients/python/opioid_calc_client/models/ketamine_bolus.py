from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KetamineBolus")


@_attrs_define
class KetamineBolus:
    """An optional loading bolus.

    Attributes:
        dose_mg (float): mg/kg x dosing weight, rounded down, in mg.
        mg_per_kg (float): The bolus asked for, in mg/kg (at most 0.35).
        volume_ml (float | None): The bolus volume at the concentration, in mL; null without a concentration.
    """

    dose_mg: float
    mg_per_kg: float
    volume_ml: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dose_mg = self.dose_mg

        mg_per_kg = self.mg_per_kg

        volume_ml: float | None
        volume_ml = self.volume_ml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dose_mg": dose_mg,
                "mg_per_kg": mg_per_kg,
                "volume_ml": volume_ml,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dose_mg = d.pop("dose_mg")

        mg_per_kg = d.pop("mg_per_kg")

        def _parse_volume_ml(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        volume_ml = _parse_volume_ml(d.pop("volume_ml"))

        ketamine_bolus = cls(
            dose_mg=dose_mg,
            mg_per_kg=mg_per_kg,
            volume_ml=volume_ml,
        )

        ketamine_bolus.additional_properties = d
        return ketamine_bolus

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
