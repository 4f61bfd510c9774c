from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlausibleDoseRow")


@_attrs_define
class PlausibleDoseRow:
    """Plausible amount per administration, in `unit`; outside it a line is refused (422).

    Attributes:
        dose_max (float): The largest plausible amount per administration, in `unit`.
        dose_min (float): The smallest plausible amount per administration, in `unit`.
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        routes (list[str]): The routes the row covers.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
    """

    dose_max: float
    dose_min: float
    drug: str
    routes: list[str]
    source: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dose_max = self.dose_max

        dose_min = self.dose_min

        drug = self.drug

        routes = self.routes

        source = self.source

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dose_max": dose_max,
                "dose_min": dose_min,
                "drug": drug,
                "routes": routes,
                "source": source,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dose_max = d.pop("dose_max")

        dose_min = d.pop("dose_min")

        drug = d.pop("drug")

        routes = cast(list[str], d.pop("routes"))

        source = d.pop("source")

        unit = d.pop("unit")

        plausible_dose_row = cls(
            dose_max=dose_max,
            dose_min=dose_min,
            drug=drug,
            routes=routes,
            source=source,
            unit=unit,
        )

        plausible_dose_row.additional_properties = d
        return plausible_dose_row

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
