from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PreviousLine")


@_attrs_define
class PreviousLine:
    """One line of the previous regimen on a switch day.

    Attributes:
        daily_dose (float): The day's amount of this line, in `daily_dose_unit`.
        daily_dose_unit (str): Unit of `daily_dose` (`mg/day`, `mcg/day`, or `mcg/h` for a patch or infusion rate).
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
    """

    daily_dose: float
    daily_dose_unit: str
    drug: str
    route: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_dose = self.daily_dose

        daily_dose_unit = self.daily_dose_unit

        drug = self.drug

        route = self.route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_dose": daily_dose,
                "daily_dose_unit": daily_dose_unit,
                "drug": drug,
                "route": route,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        daily_dose = d.pop("daily_dose")

        daily_dose_unit = d.pop("daily_dose_unit")

        drug = d.pop("drug")

        route = d.pop("route")

        previous_line = cls(
            daily_dose=daily_dose,
            daily_dose_unit=daily_dose_unit,
            drug=drug,
            route=route,
        )

        previous_line.additional_properties = d
        return previous_line

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
