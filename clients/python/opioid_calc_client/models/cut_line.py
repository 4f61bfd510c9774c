from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.practical_regimen import PracticalRegimen


T = TypeVar("T", bound="CutLine")


@_attrs_define
class CutLine:
    """One line after the cut (an as-needed line: its maximum per day is what is cut).

    Attributes:
        as_needed (bool): Taken as needed (PRN) rather than on a schedule; the line's daily amount is its prescribed
            maximum.
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        original_daily_dose (float): The line's daily amount before the cut, in `unit`.
        reduced_daily_dose (float): The target after the cut, in `unit`.
        regimen (None | PracticalRegimen): The nearest real regimen at or below the target; null when none fits
            (warned).
        route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
        unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
    """

    as_needed: bool
    drug: str
    original_daily_dose: float
    reduced_daily_dose: float
    regimen: None | PracticalRegimen
    route: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415

        as_needed = self.as_needed

        drug = self.drug

        original_daily_dose = self.original_daily_dose

        reduced_daily_dose = self.reduced_daily_dose

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
                "as_needed": as_needed,
                "drug": drug,
                "original_daily_dose": original_daily_dose,
                "reduced_daily_dose": reduced_daily_dose,
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
        as_needed = d.pop("as_needed")

        drug = d.pop("drug")

        original_daily_dose = d.pop("original_daily_dose")

        reduced_daily_dose = d.pop("reduced_daily_dose")

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

        cut_line = cls(
            as_needed=as_needed,
            drug=drug,
            original_daily_dose=original_daily_dose,
            reduced_daily_dose=reduced_daily_dose,
            regimen=regimen,
            route=route,
            unit=unit,
        )

        cut_line.additional_properties = d
        return cut_line

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
