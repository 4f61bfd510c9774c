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
    """MME/day of the regimen with per-line detail, flags, warnings and a trace.

    Attributes:
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        flags (list[Flag]): The 50, 90 and 1,000 MME/day thresholds and whether the total reached them.
        lines (list[MMELine]): Each line converted.
        summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
            warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
            it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
            by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
            result; a line gives only numbers the result holds.
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
        total_mme_per_day (float): The regimen's total MME/day on the table, rounded half-even to 0.01 (lines the table
            gives no factor are left out and warned, never counted as 0).
        trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
            the source key.
        warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
            critical first, then warning, then info, each code once.
        not_compared_mme_per_day (float | None | Unset): The MME/day of lines the table leaves out of the threshold
            comparison (buprenorphine where the table gives it a factor); null when there are none.
    """

    calculation_id: str
    flags: list[Flag]
    lines: list[MMELine]
    summary: list[str]
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

        summary = self.summary

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
                "summary": summary,
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

        summary = cast(list[str], d.pop("summary"))

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
            summary=summary,
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
