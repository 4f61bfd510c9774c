from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InfusionRegimen")


@_attrs_define
class InfusionRegimen:
    """A continuous infusion: the rate rounded down to the pump's step at the concentration, its mL/h, the 24-hour amount
    and, subcutaneously, the syringe driver's 24-hour volume.

        Attributes:
            concentration_per_ml (float): The solution's concentration, in `concentration_unit`.
            concentration_unit (str): `mg/mL` or `mcg/mL`.
            daily_total (float): The amount in 24 hours, in `daily_unit`.
            daily_unit (str): `mg/day` or `mcg/day`.
            drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
            ml_per_hour (float): The pump rate, in mL/h.
            rate (float): The infusion rate, in `rate_unit`.
            rate_step_ml_per_h (float): The pump's smallest rate step, in mL/h (the rate is rounded down to it).
            rate_unit (str): `mg/h` or `mcg/h`.
            route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
            source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
                by the tables (GET /v1/tables/{table_id}).
            syringe_24h_ml (float | None): A subcutaneous syringe driver's volume for 24 hours, in mL; null otherwise.
    """

    concentration_per_ml: float
    concentration_unit: str
    daily_total: float
    daily_unit: str
    drug: str
    ml_per_hour: float
    rate: float
    rate_step_ml_per_h: float
    rate_unit: str
    route: str
    source: str
    syringe_24h_ml: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concentration_per_ml = self.concentration_per_ml

        concentration_unit = self.concentration_unit

        daily_total = self.daily_total

        daily_unit = self.daily_unit

        drug = self.drug

        ml_per_hour = self.ml_per_hour

        rate = self.rate

        rate_step_ml_per_h = self.rate_step_ml_per_h

        rate_unit = self.rate_unit

        route = self.route

        source = self.source

        syringe_24h_ml: float | None
        syringe_24h_ml = self.syringe_24h_ml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concentration_per_ml": concentration_per_ml,
                "concentration_unit": concentration_unit,
                "daily_total": daily_total,
                "daily_unit": daily_unit,
                "drug": drug,
                "ml_per_hour": ml_per_hour,
                "rate": rate,
                "rate_step_ml_per_h": rate_step_ml_per_h,
                "rate_unit": rate_unit,
                "route": route,
                "source": source,
                "syringe_24h_ml": syringe_24h_ml,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        concentration_per_ml = d.pop("concentration_per_ml")

        concentration_unit = d.pop("concentration_unit")

        daily_total = d.pop("daily_total")

        daily_unit = d.pop("daily_unit")

        drug = d.pop("drug")

        ml_per_hour = d.pop("ml_per_hour")

        rate = d.pop("rate")

        rate_step_ml_per_h = d.pop("rate_step_ml_per_h")

        rate_unit = d.pop("rate_unit")

        route = d.pop("route")

        source = d.pop("source")

        def _parse_syringe_24h_ml(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        syringe_24h_ml = _parse_syringe_24h_ml(d.pop("syringe_24h_ml"))

        infusion_regimen = cls(
            concentration_per_ml=concentration_per_ml,
            concentration_unit=concentration_unit,
            daily_total=daily_total,
            daily_unit=daily_unit,
            drug=drug,
            ml_per_hour=ml_per_hour,
            rate=rate,
            rate_step_ml_per_h=rate_step_ml_per_h,
            rate_unit=rate_unit,
            route=route,
            source=source,
            syringe_24h_ml=syringe_24h_ml,
        )

        infusion_regimen.additional_properties = d
        return infusion_regimen

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
