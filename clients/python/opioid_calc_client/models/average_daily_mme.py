from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AverageDailyMME")


@_attrs_define
class AverageDailyMME:
    """The Opioid Data Lab's average daily MME equations over dated prescriptions: 1 total MME / days supplied, 2 / days
    from the first dispensing to the window's end, 3 / days exposed (overlaps once), 4 the mean of each prescription's
    MME / days; and the curve's peak.

        Attributes:
            days_supplied (int): Sum of their days.
            exposed_days (int): Days with any prescription, overlaps counted once.
            mean_prescription_daily_mme (float): Equation 4: the mean of each prescription's MME / its days.
            mme_over_days_supplied (float): Equation 1: total MME / days supplied, in MME/day.
            mme_over_exposed_days (float): Equation 3: total MME / days exposed, in MME/day.
            mme_over_window (float): Equation 2: total MME / window days, in MME/day.
            peak_daily_mme (float): The daily curve's highest MME/day.
            peak_date (datetime.date): The first day at the peak.
            prescriptions (int): Dated prescriptions counted.
            total_mme (float): Their total MME.
            window_days (int): Days from the first dispensing to the window's end.
            window_end (datetime.date): The window's last day, included.
            window_start (datetime.date): The window's first day.
    """

    days_supplied: int
    exposed_days: int
    mean_prescription_daily_mme: float
    mme_over_days_supplied: float
    mme_over_exposed_days: float
    mme_over_window: float
    peak_daily_mme: float
    peak_date: datetime.date
    prescriptions: int
    total_mme: float
    window_days: int
    window_end: datetime.date
    window_start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_supplied = self.days_supplied

        exposed_days = self.exposed_days

        mean_prescription_daily_mme = self.mean_prescription_daily_mme

        mme_over_days_supplied = self.mme_over_days_supplied

        mme_over_exposed_days = self.mme_over_exposed_days

        mme_over_window = self.mme_over_window

        peak_daily_mme = self.peak_daily_mme

        peak_date = self.peak_date.isoformat()

        prescriptions = self.prescriptions

        total_mme = self.total_mme

        window_days = self.window_days

        window_end = self.window_end.isoformat()

        window_start = self.window_start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days_supplied": days_supplied,
                "exposed_days": exposed_days,
                "mean_prescription_daily_mme": mean_prescription_daily_mme,
                "mme_over_days_supplied": mme_over_days_supplied,
                "mme_over_exposed_days": mme_over_exposed_days,
                "mme_over_window": mme_over_window,
                "peak_daily_mme": peak_daily_mme,
                "peak_date": peak_date,
                "prescriptions": prescriptions,
                "total_mme": total_mme,
                "window_days": window_days,
                "window_end": window_end,
                "window_start": window_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days_supplied = d.pop("days_supplied")

        exposed_days = d.pop("exposed_days")

        mean_prescription_daily_mme = d.pop("mean_prescription_daily_mme")

        mme_over_days_supplied = d.pop("mme_over_days_supplied")

        mme_over_exposed_days = d.pop("mme_over_exposed_days")

        mme_over_window = d.pop("mme_over_window")

        peak_daily_mme = d.pop("peak_daily_mme")

        peak_date = datetime.date.fromisoformat(d.pop("peak_date"))

        prescriptions = d.pop("prescriptions")

        total_mme = d.pop("total_mme")

        window_days = d.pop("window_days")

        window_end = datetime.date.fromisoformat(d.pop("window_end"))

        window_start = datetime.date.fromisoformat(d.pop("window_start"))

        average_daily_mme = cls(
            days_supplied=days_supplied,
            exposed_days=exposed_days,
            mean_prescription_daily_mme=mean_prescription_daily_mme,
            mme_over_days_supplied=mme_over_days_supplied,
            mme_over_exposed_days=mme_over_exposed_days,
            mme_over_window=mme_over_window,
            peak_daily_mme=peak_daily_mme,
            peak_date=peak_date,
            prescriptions=prescriptions,
            total_mme=total_mme,
            window_days=window_days,
            window_end=window_end,
            window_start=window_start,
        )

        average_daily_mme.additional_properties = d
        return average_daily_mme

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
