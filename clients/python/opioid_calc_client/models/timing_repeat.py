from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timing_repeat_period_unit_type_1 import (
    TimingRepeatPeriodUnitType1,
    check_timing_repeat_period_unit_type_1,
)
from ..models.timing_repeat_period_unit_type_2_type_1 import (
    TimingRepeatPeriodUnitType2Type1,
    check_timing_repeat_period_unit_type_2_type_1,
)
from ..models.timing_repeat_period_unit_type_3_type_1 import (
    TimingRepeatPeriodUnitType3Type1,
    check_timing_repeat_period_unit_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period


T = TypeVar("T", bound="TimingRepeat")


@_attrs_define
class TimingRepeat:
    """When a dose repeats (FHIR R4 Timing.repeat): `frequency` times per `period` `periodUnit`.

    Attributes:
        bounds_period (None | Period | Unset): When the schedule starts and ends.
        frequency (int | None | Unset): Doses per period.
        frequency_max (int | None | Unset): At most this many doses per period (counted for as-needed orders).
        period (float | None | Unset): The period's length, in `periodUnit`.
        period_max (float | None | Unset): The period's upper length (a range counts at its shortest period).
        period_unit (None | TimingRepeatPeriodUnitType1 | TimingRepeatPeriodUnitType2Type1 |
            TimingRepeatPeriodUnitType3Type1 | Unset): `s`, `min`, `h`, `d`, `wk`, `mo` or `a` (UCUM).
    """

    bounds_period: None | Period | Unset = UNSET
    frequency: int | None | Unset = UNSET
    frequency_max: int | None | Unset = UNSET
    period: float | None | Unset = UNSET
    period_max: float | None | Unset = UNSET
    period_unit: (
        None | TimingRepeatPeriodUnitType1 | TimingRepeatPeriodUnitType2Type1 | TimingRepeatPeriodUnitType3Type1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.period import Period  # noqa: PLC0415

        bounds_period: dict[str, Any] | None | Unset
        if isinstance(self.bounds_period, Unset):
            bounds_period = UNSET
        elif isinstance(self.bounds_period, Period):
            bounds_period = self.bounds_period.to_dict()
        else:
            bounds_period = self.bounds_period

        frequency: int | None | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        frequency_max: int | None | Unset
        if isinstance(self.frequency_max, Unset):
            frequency_max = UNSET
        else:
            frequency_max = self.frequency_max

        period: float | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        period_max: float | None | Unset
        if isinstance(self.period_max, Unset):
            period_max = UNSET
        else:
            period_max = self.period_max

        period_unit: None | str | Unset
        if isinstance(self.period_unit, Unset):
            period_unit = UNSET
        elif isinstance(self.period_unit, str):
            period_unit = self.period_unit
        elif isinstance(self.period_unit, str):
            period_unit = self.period_unit
        elif isinstance(self.period_unit, str):
            period_unit = self.period_unit
        else:
            period_unit = self.period_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounds_period is not UNSET:
            field_dict["boundsPeriod"] = bounds_period
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if frequency_max is not UNSET:
            field_dict["frequencyMax"] = frequency_max
        if period is not UNSET:
            field_dict["period"] = period
        if period_max is not UNSET:
            field_dict["periodMax"] = period_max
        if period_unit is not UNSET:
            field_dict["periodUnit"] = period_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period import Period  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bounds_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bounds_period_type_0 = Period.from_dict(data)

                return bounds_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period | Unset, data)

        bounds_period = _parse_bounds_period(d.pop("boundsPeriod", UNSET))

        def _parse_frequency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))

        def _parse_frequency_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frequency_max = _parse_frequency_max(d.pop("frequencyMax", UNSET))

        def _parse_period(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        def _parse_period_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        period_max = _parse_period_max(d.pop("periodMax", UNSET))

        def _parse_period_unit(
            data: object,
        ) -> (
            None
            | TimingRepeatPeriodUnitType1
            | TimingRepeatPeriodUnitType2Type1
            | TimingRepeatPeriodUnitType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_unit_type_1 = check_timing_repeat_period_unit_type_1(data)

                return period_unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_unit_type_2_type_1 = check_timing_repeat_period_unit_type_2_type_1(data)

                return period_unit_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_unit_type_3_type_1 = check_timing_repeat_period_unit_type_3_type_1(data)

                return period_unit_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | TimingRepeatPeriodUnitType1
                | TimingRepeatPeriodUnitType2Type1
                | TimingRepeatPeriodUnitType3Type1
                | Unset,
                data,
            )

        period_unit = _parse_period_unit(d.pop("periodUnit", UNSET))

        timing_repeat = cls(
            bounds_period=bounds_period,
            frequency=frequency,
            frequency_max=frequency_max,
            period=period,
            period_max=period_max,
            period_unit=period_unit,
        )

        timing_repeat.additional_properties = d
        return timing_repeat

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
