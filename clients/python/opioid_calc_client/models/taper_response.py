from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.taper_response_ends_at import TaperResponseEndsAt, check_taper_response_ends_at

if TYPE_CHECKING:
    from ..models.preset_info import PresetInfo
    from ..models.safety_warning import SafetyWarning
    from ..models.table_ref import TableRef
    from ..models.taper_step import TaperStep
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="TaperResponse")


@_attrs_define
class TaperResponse:
    """Dated steps, each a real regimen never higher than the one before; ends at zero or the floor.

    Attributes:
        basis (str): `original`, `current`, or `original-then-current` (CDC 2022 weeks).
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        ends_at (TaperResponseEndsAt): `zero` (every line stopped), `floor` (held at the floor) or `incomplete`
            (warned).
        interval_days (float): Days between steps.
        original_mme_per_day (float | None): The regimen's MME/day before the taper.
        percent (float): The cut per step, in % of the basis.
        preset (PresetInfo): The preset the taper follows.
        steps (list[TaperStep]): The dated steps.
        summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
            warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
            it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
            by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
            result; a line gives only numbers the result holds.
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
        tables (list[TableRef]): Every table the calculation used, with versions and checksums (the calculation id
            covers them all).
        trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
            the source key.
        warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
            critical first, then warning, then info, each code once.
    """

    basis: str
    calculation_id: str
    ends_at: TaperResponseEndsAt
    interval_days: float
    original_mme_per_day: float | None
    percent: float
    preset: PresetInfo
    steps: list[TaperStep]
    summary: list[str]
    table: TableRef
    tables: list[TableRef]
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis

        calculation_id = self.calculation_id

        ends_at: str = self.ends_at

        interval_days = self.interval_days

        original_mme_per_day: float | None
        original_mme_per_day = self.original_mme_per_day

        percent = self.percent

        preset = self.preset.to_dict()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        summary = self.summary

        table = self.table.to_dict()

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

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
                "basis": basis,
                "calculation_id": calculation_id,
                "ends_at": ends_at,
                "interval_days": interval_days,
                "original_mme_per_day": original_mme_per_day,
                "percent": percent,
                "preset": preset,
                "steps": steps,
                "summary": summary,
                "table": table,
                "tables": tables,
                "trace": trace,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_info import PresetInfo  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.taper_step import TaperStep  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        basis = d.pop("basis")

        calculation_id = d.pop("calculation_id")

        ends_at = check_taper_response_ends_at(d.pop("ends_at"))

        interval_days = d.pop("interval_days")

        def _parse_original_mme_per_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        original_mme_per_day = _parse_original_mme_per_day(d.pop("original_mme_per_day"))

        percent = d.pop("percent")

        preset = PresetInfo.from_dict(d.pop("preset"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = TaperStep.from_dict(steps_item_data)

            steps.append(steps_item)

        summary = cast(list[str], d.pop("summary"))

        table = TableRef.from_dict(d.pop("table"))

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = TableRef.from_dict(tables_item_data)

            tables.append(tables_item)

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

        taper_response = cls(
            basis=basis,
            calculation_id=calculation_id,
            ends_at=ends_at,
            interval_days=interval_days,
            original_mme_per_day=original_mme_per_day,
            percent=percent,
            preset=preset,
            steps=steps,
            summary=summary,
            table=table,
            tables=tables,
            trace=trace,
            warnings=warnings,
        )

        taper_response.additional_properties = d
        return taper_response

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
