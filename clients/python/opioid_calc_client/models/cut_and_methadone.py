from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cut_line import CutLine
    from ..models.practical_regimen import PracticalRegimen
    from ..models.safety_warning import SafetyWarning
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="CutAndMethadone")


@_attrs_define
class CutAndMethadone:
    """Cut each line by 40-50% and add low-dose methadone (at most 15 mg/day).

    Attributes:
        cut_percent (float): The cut, in % (40 by default, 40-50).
        lines (list[CutLine]): Each line after the cut.
        methadone (None | PracticalRegimen): The methadone regimen (2.5 mg every 8 hours from the 1 mg/mL solution by
            default); null when no product makes it.
        methadone_target_mg_per_day (float): The low-dose methadone target, in mg/day (7.5 by default).
        summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
            warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
            it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
            by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
            result; a line gives only numbers the result holds.
        trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
            the source key.
        warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
            critical first, then warning, then info, each code once.
    """

    cut_percent: float
    lines: list[CutLine]
    methadone: None | PracticalRegimen
    methadone_target_mg_per_day: float
    summary: list[str]
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415

        cut_percent = self.cut_percent

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        methadone: dict[str, Any] | None
        if isinstance(self.methadone, PracticalRegimen):
            methadone = self.methadone.to_dict()
        else:
            methadone = self.methadone

        methadone_target_mg_per_day = self.methadone_target_mg_per_day

        summary = self.summary

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cut_percent": cut_percent,
                "lines": lines,
                "methadone": methadone,
                "methadone_target_mg_per_day": methadone_target_mg_per_day,
                "summary": summary,
                "trace": trace,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cut_line import CutLine  # noqa: PLC0415
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        cut_percent = d.pop("cut_percent")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = CutLine.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_methadone(data: object) -> None | PracticalRegimen:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                methadone_type_0 = PracticalRegimen.from_dict(data)

                return methadone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PracticalRegimen, data)

        methadone = _parse_methadone(d.pop("methadone"))

        methadone_target_mg_per_day = d.pop("methadone_target_mg_per_day")

        summary = cast(list[str], d.pop("summary"))

        trace = []
        _trace = d.pop("trace")
        for trace_item_data in _trace:
            trace_item = TraceStep.from_dict(trace_item_data)

            trace.append(trace_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = SafetyWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        cut_and_methadone = cls(
            cut_percent=cut_percent,
            lines=lines,
            methadone=methadone,
            methadone_target_mg_per_day=methadone_target_mg_per_day,
            summary=summary,
            trace=trace,
            warnings=warnings,
        )

        cut_and_methadone.additional_properties = d
        return cut_and_methadone

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
