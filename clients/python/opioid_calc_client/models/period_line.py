from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.period_line_kind import PeriodLineKind, check_period_line_kind

T = TypeVar("T", bound="PeriodLine")


@_attrs_define
class PeriodLine:
    """One prescription: its factor, MME (whole prescription) and single-day (24 h) MME.

    Attributes:
        buprenorphine (bool): The prescription is buprenorphine (left out of the totals without it).
        conversion_factor (float): MME per unit of the daily amount (the table's factor).
        daily_amount (float): The amount a day, in `daily_amount_unit`.
        daily_amount_unit (str): Unit of `daily_amount` (`mg/day`, `mcg/day`, or `mcg/h` for a patch).
        days (int): Days the prescription covers.
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        end_date (datetime.date | None): The prescription's last day covered; null when undated.
        factor_source (str): Source key of the conversion factor used.
        form (None | str): Dose form of the product (`tablet`, `capsule`, `patch`, `solution`, `concentrate`, `injection
            10 mg/mL`, ...).
        kind (PeriodLineKind): `dose` (dose-based) or `dispensing` (dispensing-based).
        mme (float): MME of the whole prescription: single-day MME x days.
        release (None | str): `immediate` or `extended` release; null when it does not apply or was not stated.
        route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
        single_day_mme (float): MME of one day (24 h) of the prescription.
        start_date (datetime.date | None): The prescription's first day; null when undated.
    """

    buprenorphine: bool
    conversion_factor: float
    daily_amount: float
    daily_amount_unit: str
    days: int
    drug: str
    end_date: datetime.date | None
    factor_source: str
    form: None | str
    kind: PeriodLineKind
    mme: float
    release: None | str
    route: str
    single_day_mme: float
    start_date: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buprenorphine = self.buprenorphine

        conversion_factor = self.conversion_factor

        daily_amount = self.daily_amount

        daily_amount_unit = self.daily_amount_unit

        days = self.days

        drug = self.drug

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        factor_source = self.factor_source

        form: None | str
        form = self.form

        kind: str = self.kind

        mme = self.mme

        release: None | str
        release = self.release

        route = self.route

        single_day_mme = self.single_day_mme

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buprenorphine": buprenorphine,
                "conversion_factor": conversion_factor,
                "daily_amount": daily_amount,
                "daily_amount_unit": daily_amount_unit,
                "days": days,
                "drug": drug,
                "end_date": end_date,
                "factor_source": factor_source,
                "form": form,
                "kind": kind,
                "mme": mme,
                "release": release,
                "route": route,
                "single_day_mme": single_day_mme,
                "start_date": start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buprenorphine = d.pop("buprenorphine")

        conversion_factor = d.pop("conversion_factor")

        daily_amount = d.pop("daily_amount")

        daily_amount_unit = d.pop("daily_amount_unit")

        days = d.pop("days")

        drug = d.pop("drug")

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        factor_source = d.pop("factor_source")

        def _parse_form(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        form = _parse_form(d.pop("form"))

        kind = check_period_line_kind(d.pop("kind"))

        mme = d.pop("mme")

        def _parse_release(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release = _parse_release(d.pop("release"))

        route = d.pop("route")

        single_day_mme = d.pop("single_day_mme")

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        period_line = cls(
            buprenorphine=buprenorphine,
            conversion_factor=conversion_factor,
            daily_amount=daily_amount,
            daily_amount_unit=daily_amount_unit,
            days=days,
            drug=drug,
            end_date=end_date,
            factor_source=factor_source,
            form=form,
            kind=kind,
            mme=mme,
            release=release,
            route=route,
            single_day_mme=single_day_mme,
            start_date=start_date,
        )

        period_line.additional_properties = d
        return period_line

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
