from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductRow")


@_attrs_define
class ProductRow:
    """
    Attributes:
        drug (str):
        form (str):
        intervals_hours (list[float]):
        intervals_source (str):
        release (str):
        route (str):
        source (str):
        strengths (list[float]):
        unit (str):
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
