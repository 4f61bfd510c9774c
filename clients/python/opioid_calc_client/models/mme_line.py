from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MMELine")


@_attrs_define
class MMELine:
    """One converted line; an as-needed line at its prescribed maximum per day, a dispensing-based line at strength x
    quantity / days supply.

        Attributes:
            as_needed (bool): Taken as needed (PRN) rather than on a schedule; the line's daily amount is its prescribed
                maximum.
            conversion_factor (float): MME per unit of the line on the MME table (CDC 2022: oxycodone 1.5; a per-patch
                factor divided by the days a patch is worn: CMS 2018 fentanyl 7.2 / 3).
            daily_dose (float): The line's daily amount, in `daily_dose_unit` (a patch or infusion: its rate; a dispensed
                patch: the average rate worn).
            daily_dose_unit (str): Unit of `daily_dose` (`mg/day`, `mcg/day`, or `mcg/h` for a patch or infusion rate).
            drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
            factor_source (str): Source key of the conversion factor used.
            mme_per_day (float): The line's MME/day (daily dose x factor), rounded half-even to 0.01.
            release (None | str): `immediate` or `extended` release; null when it does not apply or was not stated.
            route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
            compared (bool | Unset): False for a drug the table leaves out of the threshold comparison (buprenorphine, a
                partial agonist): its MME is shown here and not added to `total_mme_per_day`. Default: True.
            form (None | str | Unset): The line's dose form, when it gave one (or its product has one).
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
