from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_count import UnitCount


T = TypeVar("T", bound="Breakthrough")


@_attrs_define
class Breakthrough:
    """
    Attributes:
        basis_daily_dose (float):
        basis_unit (str):
        computed_dose (float):
        dose (float | None):
        drug (str):
        form (str):
        percent (float):
        percent_source (str):
        release (str):
        route (str):
        source (str):
        unit (str):
        units (list[UnitCount]):
    """

    basis_daily_dose: float
    basis_unit: str
    computed_dose: float
    dose: float | None
    drug: str
    form: str
    percent: float
    percent_source: str
    release: str
    route: str
    source: str
    unit: str
    units: list[UnitCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basis_daily_dose = self.basis_daily_dose

        basis_unit = self.basis_unit

        computed_dose = self.computed_dose

        dose: float | None
        dose = self.dose

        drug = self.drug

        form = self.form

        percent = self.percent

        percent_source = self.percent_source

        release = self.release

        route = self.route

        source = self.source

        unit = self.unit

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basis_daily_dose": basis_daily_dose,
                "basis_unit": basis_unit,
                "computed_dose": computed_dose,
                "dose": dose,
                "drug": drug,
                "form": form,
                "percent": percent,
                "percent_source": percent_source,
                "release": release,
                "route": route,
                "source": source,
                "unit": unit,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_count import UnitCount  # noqa: PLC0415

        d = dict(src_dict)
        basis_daily_dose = d.pop("basis_daily_dose")

        basis_unit = d.pop("basis_unit")

        computed_dose = d.pop("computed_dose")

        def _parse_dose(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        dose = _parse_dose(d.pop("dose"))

        drug = d.pop("drug")

        form = d.pop("form")

        percent = d.pop("percent")

        percent_source = d.pop("percent_source")

        release = d.pop("release")

        route = d.pop("route")

        source = d.pop("source")

        unit = d.pop("unit")

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitCount.from_dict(units_item_data)

            units.append(units_item)

        breakthrough = cls(
            basis_daily_dose=basis_daily_dose,
            basis_unit=basis_unit,
            computed_dose=computed_dose,
            dose=dose,
            drug=drug,
            form=form,
            percent=percent,
            percent_source=percent_source,
            release=release,
            route=route,
            source=source,
            unit=unit,
            units=units,
        )

        breakthrough.additional_properties = d
        return breakthrough

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
