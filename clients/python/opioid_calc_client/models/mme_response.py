from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flag import Flag
    from ..models.mme_line import MMELine
    from ..models.safety_warning import SafetyWarning
    from ..models.table_ref import TableRef
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="MMEResponse")


@_attrs_define
class MMEResponse:
    """
    Attributes:
        calculation_id (str):
        flags (list[Flag]):
        lines (list[MMELine]):
        table (TableRef):
        total_mme_per_day (float):
        trace (list[TraceStep]):
        warnings (list[SafetyWarning]):
        not_compared_mme_per_day (float | None | Unset):
    """

    calculation_id: str
    flags: list[Flag]
    lines: list[MMELine]
    table: TableRef
    total_mme_per_day: float
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    not_compared_mme_per_day: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calculation_id = self.calculation_id

        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.to_dict()
            flags.append(flags_item)

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        table = self.table.to_dict()

        total_mme_per_day = self.total_mme_per_day

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        not_compared_mme_per_day: float | None | Unset
        if isinstance(self.not_compared_mme_per_day, Unset):
            not_compared_mme_per_day = UNSET
        else:
            not_compared_mme_per_day = self.not_compared_mme_per_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calculation_id": calculation_id,
                "flags": flags,
                "lines": lines,
                "table": table,
                "total_mme_per_day": total_mme_per_day,
                "trace": trace,
                "warnings": warnings,
            }
        )
        if not_compared_mme_per_day is not UNSET:
            field_dict["not_compared_mme_per_day"] = not_compared_mme_per_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flag import Flag  # noqa: PLC0415
        from ..models.mme_line import MMELine  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        calculation_id = d.pop("calculation_id")

        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = Flag.from_dict(flags_item_data)

            flags.append(flags_item)

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = MMELine.from_dict(lines_item_data)

            lines.append(lines_item)

        table = TableRef.from_dict(d.pop("table"))

        total_mme_per_day = d.pop("total_mme_per_day")

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

        def _parse_not_compared_mme_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        not_compared_mme_per_day = _parse_not_compared_mme_per_day(d.pop("not_compared_mme_per_day", UNSET))

        mme_response = cls(
            calculation_id=calculation_id,
            flags=flags,
            lines=lines,
            table=table,
            total_mme_per_day=total_mme_per_day,
            trace=trace,
            warnings=warnings,
            not_compared_mme_per_day=not_compared_mme_per_day,
        )

        mme_response.additional_properties = d
        return mme_response

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
