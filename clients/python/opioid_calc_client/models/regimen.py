from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Regimen")


@_attrs_define
class Regimen:
    """A practical regimen. `dose_mg` is per administration, rounded down to what the strengths make; null (never 0) when
    that is below the smallest strength.

        Attributes:
            daily_mg (float | None): `dose_mg` x `doses_per_day`, in mg/day; null with `dose_mg`.
            dose_mg (float | None): One administration, in mg; null when below the smallest strength.
            doses_per_day (int): Administrations a day.
            units_mg (list[float]): The strengths one administration is made of, in mg (`[300, 100]` is 400 mg).
    """

    daily_mg: float | None
    dose_mg: float | None
    doses_per_day: int
    units_mg: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_mg: float | None
        daily_mg = self.daily_mg

        dose_mg: float | None
        dose_mg = self.dose_mg

        doses_per_day = self.doses_per_day

        units_mg = self.units_mg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_mg": daily_mg,
                "dose_mg": dose_mg,
                "doses_per_day": doses_per_day,
                "units_mg": units_mg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_daily_mg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        daily_mg = _parse_daily_mg(d.pop("daily_mg"))

        def _parse_dose_mg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        dose_mg = _parse_dose_mg(d.pop("dose_mg"))

        doses_per_day = d.pop("doses_per_day")

        units_mg = cast(list[float], d.pop("units_mg"))

        regimen = cls(
            daily_mg=daily_mg,
            dose_mg=dose_mg,
            doses_per_day=doses_per_day,
            units_mg=units_mg,
        )

        regimen.additional_properties = d
        return regimen

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
