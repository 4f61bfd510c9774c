from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_count import UnitCount


T = TypeVar("T", bound="PracticalRegimen")


@_attrs_define
class PracticalRegimen:
    """
    Attributes:
        as_needed (bool):
        daily_total (float):
        dose_per_administration (float):
        doses_per_day (float):
        drug (str):
        form (str):
        interval_hours (float):
        intervals_source (str):
        release (str):
        route (str):
        source (str):
        unit (str):
        units (list[UnitCount]):
    """

    as_needed: bool
    daily_total: float
    dose_per_administration: float
    doses_per_day: float
    drug: str
    form: str
    interval_hours: float
    intervals_source: str
    release: str
    route: str
    source: str
    unit: str
    units: list[UnitCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_needed = self.as_needed

        daily_total = self.daily_total

        dose_per_administration = self.dose_per_administration

        doses_per_day = self.doses_per_day

        drug = self.drug

        form = self.form

        interval_hours = self.interval_hours

        intervals_source = self.intervals_source

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
                "as_needed": as_needed,
                "daily_total": daily_total,
                "dose_per_administration": dose_per_administration,
                "doses_per_day": doses_per_day,
                "drug": drug,
                "form": form,
                "interval_hours": interval_hours,
                "intervals_source": intervals_source,
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
        as_needed = d.pop("as_needed")

        daily_total = d.pop("daily_total")

        dose_per_administration = d.pop("dose_per_administration")

        doses_per_day = d.pop("doses_per_day")

        drug = d.pop("drug")

        form = d.pop("form")

        interval_hours = d.pop("interval_hours")

        intervals_source = d.pop("intervals_source")

        release = d.pop("release")

        route = d.pop("route")

        source = d.pop("source")

        unit = d.pop("unit")

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitCount.from_dict(units_item_data)

            units.append(units_item)

        practical_regimen = cls(
            as_needed=as_needed,
            daily_total=daily_total,
            dose_per_administration=dose_per_administration,
            doses_per_day=doses_per_day,
            drug=drug,
            form=form,
            interval_hours=interval_hours,
            intervals_source=intervals_source,
            release=release,
            route=route,
            source=source,
            unit=unit,
            units=units,
        )

        practical_regimen.additional_properties = d
        return practical_regimen

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
