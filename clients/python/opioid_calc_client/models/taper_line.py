from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.practical_regimen import PracticalRegimen


T = TypeVar("T", bound="TaperLine")


@_attrs_define
class TaperLine:
    """A line at a step: its daily dose (an as-needed line's maximum) and regimen (the patient's own until its first cut;
    null once stopped); `interval_changed` when the cut needed a different dosing interval.

        Attributes:
            allowance (float): How much it was allowed to fall (percent x basis x intervals since the last cut).
            as_needed (bool): Taken as needed (PRN) rather than on a schedule; the line's daily amount is its prescribed
                maximum.
            cut (float): How much the line's daily dose fell at this step, in `unit`.
            daily_dose (float): The line's daily amount at this step, in `unit` (0 once stopped).
            drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
            interval_changed (bool): The cut needed a different dosing interval.
            regimen (None | PracticalRegimen): The line's practical regimen at this step; null once stopped.
            route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
            unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
    """

    allowance: float
    as_needed: bool
    cut: float
    daily_dose: float
    drug: str
    interval_changed: bool
    regimen: None | PracticalRegimen
    route: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415

        allowance = self.allowance

        as_needed = self.as_needed

        cut = self.cut

        daily_dose = self.daily_dose

        drug = self.drug

        interval_changed = self.interval_changed

        regimen: dict[str, Any] | None
        if isinstance(self.regimen, PracticalRegimen):
            regimen = self.regimen.to_dict()
        else:
            regimen = self.regimen

        route = self.route

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowance": allowance,
                "as_needed": as_needed,
                "cut": cut,
                "daily_dose": daily_dose,
                "drug": drug,
                "interval_changed": interval_changed,
                "regimen": regimen,
                "route": route,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415

        d = dict(src_dict)
        allowance = d.pop("allowance")

        as_needed = d.pop("as_needed")

        cut = d.pop("cut")

        daily_dose = d.pop("daily_dose")

        drug = d.pop("drug")

        interval_changed = d.pop("interval_changed")

        def _parse_regimen(data: object) -> None | PracticalRegimen:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                regimen_type_0 = PracticalRegimen.from_dict(data)

                return regimen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PracticalRegimen, data)

        regimen = _parse_regimen(d.pop("regimen"))

        route = d.pop("route")

        unit = d.pop("unit")

        taper_line = cls(
            allowance=allowance,
            as_needed=as_needed,
            cut=cut,
            daily_dose=daily_dose,
            drug=drug,
            interval_changed=interval_changed,
            regimen=regimen,
            route=route,
            unit=unit,
        )

        taper_line.additional_properties = d
        return taper_line

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
