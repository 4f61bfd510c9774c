from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductRow")


@_attrs_define
class ProductRow:
    """A marketed product the practical regimens are built from.

    Attributes:
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        form (str): Dose form of the product (`tablet`, `capsule`, `patch`, `solution`, `concentrate`, `injection 10
            mg/mL`, ...).
        intervals_hours (list[float]): The dosing intervals its label gives, in hours.
        intervals_source (str): Source key of the product's dosing intervals (its label).
        release (str): `immediate` or `extended` release; null when it does not apply or was not stated.
        route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        strengths (list[float]): Unit strengths, in `unit` (a liquid: its measuring step).
        unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
    """

    drug: str
    form: str
    intervals_hours: list[float]
    intervals_source: str
    release: str
    route: str
    source: str
    strengths: list[float]
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drug = self.drug

        form = self.form

        intervals_hours = self.intervals_hours

        intervals_source = self.intervals_source

        release = self.release

        route = self.route

        source = self.source

        strengths = self.strengths

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drug": drug,
                "form": form,
                "intervals_hours": intervals_hours,
                "intervals_source": intervals_source,
                "release": release,
                "route": route,
                "source": source,
                "strengths": strengths,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drug = d.pop("drug")

        form = d.pop("form")

        intervals_hours = cast(list[float], d.pop("intervals_hours"))

        intervals_source = d.pop("intervals_source")

        release = d.pop("release")

        route = d.pop("route")

        source = d.pop("source")

        strengths = cast(list[float], d.pop("strengths"))

        unit = d.pop("unit")

        product_row = cls(
            drug=drug,
            form=form,
            intervals_hours=intervals_hours,
            intervals_source=intervals_source,
            release=release,
            route=route,
            source=source,
            strengths=strengths,
            unit=unit,
        )

        product_row.additional_properties = d
        return product_row

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
