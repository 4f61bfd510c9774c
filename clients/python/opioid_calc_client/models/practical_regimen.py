from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_count import UnitCount


T = TypeVar("T", bound="PracticalRegimen")


@_attrs_define
class PracticalRegimen:
    """Real strengths; `daily_total` never exceeds the reduced daily dose (for patches: mcg/h). An as-needed regimen:
    `interval_hours` is the shortest interval, `doses_per_day` the maximum.

        Attributes:
            as_needed (bool): Taken as needed (PRN) rather than on a schedule; the line's daily amount is its prescribed
                maximum.
            concentration_per_ml (float | None): A liquid's concentration, in `unit` per mL.
            daily_total (float): Amount a day in `unit` (a patch: its rate in mcg/h).
            dose_per_administration (float): One administration, in `unit`, rounded down to what the products make.
            doses_per_day (float): Administrations a day (an as-needed regimen's maximum).
            drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
            form (str): Dose form of the product (`tablet`, `capsule`, `patch`, `solution`, `concentrate`, `injection 10
                mg/mL`, ...).
            interval_hours (float): Hours between administrations (a patch's change interval; an as-needed regimen's
                shortest interval).
            intervals_source (str): Source key of the product's dosing intervals (its label).
            release (str): `immediate` or `extended` release; null when it does not apply or was not stated.
            route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
            source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
                by the tables (GET /v1/tables/{table_id}).
            tolerant_only (bool): A concentrate its label restricts to opioid-tolerant patients.
            unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
            units (list[UnitCount]): The tablets, capsules or patches one administration is made of (empty for a liquid).
            volume_ml (float | None): A liquid's volume per administration, in whole measuring steps.
    """

    as_needed: bool
    concentration_per_ml: float | None
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
    tolerant_only: bool
    unit: str
    units: list[UnitCount]
    volume_ml: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_needed = self.as_needed

        concentration_per_ml: float | None
        concentration_per_ml = self.concentration_per_ml

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

        tolerant_only = self.tolerant_only

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
                "as_needed": as_needed,
                "concentration_per_ml": concentration_per_ml,
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
                "tolerant_only": tolerant_only,
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
        as_needed = d.pop("as_needed")

        def _parse_concentration_per_ml(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        concentration_per_ml = _parse_concentration_per_ml(d.pop("concentration_per_ml"))

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

        tolerant_only = d.pop("tolerant_only")

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

        practical_regimen = cls(
            as_needed=as_needed,
            concentration_per_ml=concentration_per_ml,
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
            tolerant_only=tolerant_only,
            unit=unit,
            units=units,
            volume_ml=volume_ml,
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
