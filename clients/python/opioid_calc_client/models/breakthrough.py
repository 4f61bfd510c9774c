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
    """Rescue dose as needed: `dose` (null when below the smallest product) by `route`, at least `interval_hours` apart, at
    most `max_doses_per_day` a day.

        Attributes:
            basis_daily_dose (float): The daily dose the percent is taken of, in `basis_unit`.
            basis_unit (str): Unit of `basis_daily_dose` (the target's, or oral morphine equivalent for methadone, patch and
                parenteral targets).
            computed_dose (float): The percent of the basis, before rounding, in `unit`.
            concentration_per_ml (float | None): A liquid's concentration, in `unit` per mL.
            dose (float | None): The dose offered, rounded down to what the product makes, in `unit`; null (never 0) when
                below the smallest strength.
            drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
            form (str): Dose form of the product (`tablet`, `capsule`, `patch`, `solution`, `concentrate`, `injection 10
                mg/mL`, ...).
            interval_hours (float): The shortest interval between doses (the product's label).
            limits_source (str): Source key of the interval and the maximum.
            max_doses_per_day (float): At most this many doses a day.
            percent (float): The breakthrough dose as % of the daily dose (10 by default, 10-20 allowed).
            percent_source (str): Source key of the percent (`request` when asked for).
            release (str): `immediate` or `extended` release; null when it does not apply or was not stated.
            route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
            source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
                by the tables (GET /v1/tables/{table_id}).
            unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
            units (list[UnitCount]): Tablets or capsules of one dose (empty for a liquid).
            volume_ml (float | None): A liquid dose's volume, in mL.
    """

    basis_daily_dose: float
    basis_unit: str
    computed_dose: float
    concentration_per_ml: float | None
    dose: float | None
    drug: str
    form: str
    interval_hours: float
    limits_source: str
    max_doses_per_day: float
    percent: float
    percent_source: str
    release: str
    route: str
    source: str
    unit: str
    units: list[UnitCount]
    volume_ml: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basis_daily_dose = self.basis_daily_dose

        basis_unit = self.basis_unit

        computed_dose = self.computed_dose

        concentration_per_ml: float | None
        concentration_per_ml = self.concentration_per_ml

        dose: float | None
        dose = self.dose

        drug = self.drug

        form = self.form

        interval_hours = self.interval_hours

        limits_source = self.limits_source

        max_doses_per_day = self.max_doses_per_day

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

        volume_ml: float | None
        volume_ml = self.volume_ml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basis_daily_dose": basis_daily_dose,
                "basis_unit": basis_unit,
                "computed_dose": computed_dose,
                "concentration_per_ml": concentration_per_ml,
                "dose": dose,
                "drug": drug,
                "form": form,
                "interval_hours": interval_hours,
                "limits_source": limits_source,
                "max_doses_per_day": max_doses_per_day,
                "percent": percent,
                "percent_source": percent_source,
                "release": release,
                "route": route,
                "source": source,
                "unit": unit,
                "units": units,
                "volume_ml": volume_ml,
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

        def _parse_concentration_per_ml(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        concentration_per_ml = _parse_concentration_per_ml(d.pop("concentration_per_ml"))

        def _parse_dose(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        dose = _parse_dose(d.pop("dose"))

        drug = d.pop("drug")

        form = d.pop("form")

        interval_hours = d.pop("interval_hours")

        limits_source = d.pop("limits_source")

        max_doses_per_day = d.pop("max_doses_per_day")

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

        def _parse_volume_ml(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        volume_ml = _parse_volume_ml(d.pop("volume_ml"))

        breakthrough = cls(
            basis_daily_dose=basis_daily_dose,
            basis_unit=basis_unit,
            computed_dose=computed_dose,
            concentration_per_ml=concentration_per_ml,
            dose=dose,
            drug=drug,
            form=form,
            interval_hours=interval_hours,
            limits_source=limits_source,
            max_doses_per_day=max_doses_per_day,
            percent=percent,
            percent_source=percent_source,
            release=release,
            route=route,
            source=source,
            unit=unit,
            units=units,
            volume_ml=volume_ml,
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
