from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Definitions")


@_attrs_define
class Definitions:
    """The NIH HEAL definitions: `mme1` = total MME / total days, `mme2` = / therapy days, `mme3` = / observation window
    days, `mme4` = sum of single-day MME (null: no days to divide by).

        Attributes:
            mme1 (float | None): Total MME / total days, in MME/day; null without days.
            mme2 (float | None): Total MME / therapy days, in MME/day; null without days.
            mme3 (float | None): Total MME / observation window days, in MME/day; null without days.
            mme4 (float): Sum of the prescriptions' single-day MME, in MME/day.
            observation_window_days (int): The observation window's days: mme3's denominator.
            therapy_days (int): Calendar days on therapy: mme2's denominator.
            total_days (int): Sum of the prescriptions' days of medication: mme1's denominator.
            total_mme (float): Sum of the prescriptions' MME.
    """

    mme1: float | None
    mme2: float | None
    mme3: float | None
    mme4: float
    observation_window_days: int
    therapy_days: int
    total_days: int
    total_mme: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mme1: float | None
        mme1 = self.mme1

        mme2: float | None
        mme2 = self.mme2

        mme3: float | None
        mme3 = self.mme3

        mme4 = self.mme4

        observation_window_days = self.observation_window_days

        therapy_days = self.therapy_days

        total_days = self.total_days

        total_mme = self.total_mme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mme1": mme1,
                "mme2": mme2,
                "mme3": mme3,
                "mme4": mme4,
                "observation_window_days": observation_window_days,
                "therapy_days": therapy_days,
                "total_days": total_days,
                "total_mme": total_mme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mme1(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mme1 = _parse_mme1(d.pop("mme1"))

        def _parse_mme2(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mme2 = _parse_mme2(d.pop("mme2"))

        def _parse_mme3(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mme3 = _parse_mme3(d.pop("mme3"))

        mme4 = d.pop("mme4")

        observation_window_days = d.pop("observation_window_days")

        therapy_days = d.pop("therapy_days")

        total_days = d.pop("total_days")

        total_mme = d.pop("total_mme")

        definitions = cls(
            mme1=mme1,
            mme2=mme2,
            mme3=mme3,
            mme4=mme4,
            observation_window_days=observation_window_days,
            therapy_days=therapy_days,
            total_days=total_days,
            total_mme=total_mme,
        )

        definitions.additional_properties = d
        return definitions

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
