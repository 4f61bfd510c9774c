from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversionLine")


@_attrs_define
class ConversionLine:
    """One line of the conversion basis (equianalgesic table); as-needed lines at their average use when given, else their
    maximum.

        Attributes:
            as_needed (bool): Taken as needed (PRN) rather than on a schedule; the line's daily amount is its prescribed
                maximum.
            conversion_factor (float): Oral morphine equivalent per unit of the line (equianalgesic table).
            daily_dose (float): The line's daily amount, in `daily_dose_unit`.
            daily_dose_unit (str): Unit of `daily_dose` (`mg/day`, `mcg/day`, or `mcg/h` for a patch or infusion rate).
            drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
            factor_source (str): Source key of the conversion factor used.
            oral_morphine_equivalent_per_day (float): The line's oral morphine equivalent, in mg/day.
            release (None | str): `immediate` or `extended` release; null when it does not apply or was not stated.
            route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
    """

    as_needed: bool
    conversion_factor: float
    daily_dose: float
    daily_dose_unit: str
    drug: str
    factor_source: str
    oral_morphine_equivalent_per_day: float
    release: None | str
    route: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_needed = self.as_needed

        conversion_factor = self.conversion_factor

        daily_dose = self.daily_dose

        daily_dose_unit = self.daily_dose_unit

        drug = self.drug

        factor_source = self.factor_source

        oral_morphine_equivalent_per_day = self.oral_morphine_equivalent_per_day

        release: None | str
        release = self.release

        route = self.route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_needed": as_needed,
                "conversion_factor": conversion_factor,
                "daily_dose": daily_dose,
                "daily_dose_unit": daily_dose_unit,
                "drug": drug,
                "factor_source": factor_source,
                "oral_morphine_equivalent_per_day": oral_morphine_equivalent_per_day,
                "release": release,
                "route": route,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_needed = d.pop("as_needed")

        conversion_factor = d.pop("conversion_factor")

        daily_dose = d.pop("daily_dose")

        daily_dose_unit = d.pop("daily_dose_unit")

        drug = d.pop("drug")

        factor_source = d.pop("factor_source")

        oral_morphine_equivalent_per_day = d.pop("oral_morphine_equivalent_per_day")

        def _parse_release(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release = _parse_release(d.pop("release"))

        route = d.pop("route")

        conversion_line = cls(
            as_needed=as_needed,
            conversion_factor=conversion_factor,
            daily_dose=daily_dose,
            daily_dose_unit=daily_dose_unit,
            drug=drug,
            factor_source=factor_source,
            oral_morphine_equivalent_per_day=oral_morphine_equivalent_per_day,
            release=release,
            route=route,
        )

        conversion_line.additional_properties = d
        return conversion_line

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
