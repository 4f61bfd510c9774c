from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.switch_day import SwitchDay
    from ..models.table_ref import TableRef


T = TypeVar("T", bound="MethadoneDetail")


@_attrs_define
class MethadoneDetail:
    """How the methadone dose was reached.

    Attributes:
        cap (float): The methadone cap, in mg/day.
        cap_source (str): Source key of the cap.
        ratio (float): The oral morphine : methadone ratio applied (8 means 8:1).
        ratio_source (str): Source key of the ratio.
        schedule (list[SwitchDay]): The days of a three-day switch; empty otherwise.
        scheme (TableRef): Provenance of a table: id, version, citation, checksum of the file.
        smoothed (bool): The lower monotone envelope lowered the dose at a tier edge (the dose never falls as the
            morphine equivalent rises).
        strategy (str): `stop_and_go`, `three_day_switch` or `ad_lib`.
        unsmoothed_daily_dose (float): The scheme's own dose before smoothing, in mg/day.
    """

    cap: float
    cap_source: str
    ratio: float
    ratio_source: str
    schedule: list[SwitchDay]
    scheme: TableRef
    smoothed: bool
    strategy: str
    unsmoothed_daily_dose: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cap = self.cap

        cap_source = self.cap_source

        ratio = self.ratio

        ratio_source = self.ratio_source

        schedule = []
        for schedule_item_data in self.schedule:
            schedule_item = schedule_item_data.to_dict()
            schedule.append(schedule_item)

        scheme = self.scheme.to_dict()

        smoothed = self.smoothed

        strategy = self.strategy

        unsmoothed_daily_dose = self.unsmoothed_daily_dose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cap": cap,
                "cap_source": cap_source,
                "ratio": ratio,
                "ratio_source": ratio_source,
                "schedule": schedule,
                "scheme": scheme,
                "smoothed": smoothed,
                "strategy": strategy,
                "unsmoothed_daily_dose": unsmoothed_daily_dose,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.switch_day import SwitchDay  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415

        d = dict(src_dict)
        cap = d.pop("cap")

        cap_source = d.pop("cap_source")

        ratio = d.pop("ratio")

        ratio_source = d.pop("ratio_source")

        schedule = []
        _schedule = d.pop("schedule")
        for schedule_item_data in _schedule:
            schedule_item = SwitchDay.from_dict(schedule_item_data)

            schedule.append(schedule_item)

        scheme = TableRef.from_dict(d.pop("scheme"))

        smoothed = d.pop("smoothed")

        strategy = d.pop("strategy")

        unsmoothed_daily_dose = d.pop("unsmoothed_daily_dose")

        methadone_detail = cls(
            cap=cap,
            cap_source=cap_source,
            ratio=ratio,
            ratio_source=ratio_source,
            schedule=schedule,
            scheme=scheme,
            smoothed=smoothed,
            strategy=strategy,
            unsmoothed_daily_dose=unsmoothed_daily_dose,
        )

        methadone_detail.additional_properties = d
        return methadone_detail

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
