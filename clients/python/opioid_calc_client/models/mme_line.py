from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MMELine")


@_attrs_define
class MMELine:
    """
    Attributes:
        as_needed (bool):
        conversion_factor (float):
        daily_dose (float):
        daily_dose_unit (str):
        drug (str):
        factor_source (str):
        mme_per_day (float):
        release (None | str):
        route (str):
        compared (bool | Unset):  Default: True.
        form (None | str | Unset):
    """

    as_needed: bool
    conversion_factor: float
    daily_dose: float
    daily_dose_unit: str
    drug: str
    factor_source: str
    mme_per_day: float
    release: None | str
    route: str
    compared: bool | Unset = True
    form: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_needed = self.as_needed

        conversion_factor = self.conversion_factor

        daily_dose = self.daily_dose

        daily_dose_unit = self.daily_dose_unit

        drug = self.drug

        factor_source = self.factor_source

        mme_per_day = self.mme_per_day

        release: None | str
        release = self.release

        route = self.route

        compared = self.compared

        form: None | str | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        else:
            form = self.form

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
                "mme_per_day": mme_per_day,
                "release": release,
                "route": route,
            }
        )
        if compared is not UNSET:
            field_dict["compared"] = compared
        if form is not UNSET:
            field_dict["form"] = form

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

        mme_per_day = d.pop("mme_per_day")

        def _parse_release(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release = _parse_release(d.pop("release"))

        route = d.pop("route")

        compared = d.pop("compared", UNSET)

        def _parse_form(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        form = _parse_form(d.pop("form", UNSET))

        mme_line = cls(
            as_needed=as_needed,
            conversion_factor=conversion_factor,
            daily_dose=daily_dose,
            daily_dose_unit=daily_dose_unit,
            drug=drug,
            factor_source=factor_source,
            mme_per_day=mme_per_day,
            release=release,
            route=route,
            compared=compared,
            form=form,
        )

        mme_line.additional_properties = d
        return mme_line

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
