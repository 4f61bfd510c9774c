from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.naltrexone_step import NaltrexoneStep
    from ..models.safety_warning import SafetyWarning
    from ..models.table_ref import TableRef
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="NaltrexoneResponse")


@_attrs_define
class NaltrexoneResponse:
    """A titration to the target and the regimen's full and partial agonists.

    Attributes:
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        full_agonists (list[str]): Drugs of `medications` treated as full agonists (a critical conflict).
        partial_agonists (list[str]): Drugs of `medications` listed as partial agonists (buprenorphine).
        start_mg (float): The first daily dose, in mg.
        step_interval_days (int): Days between increases.
        step_mg (float): The increase per step, in mg.
        summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
            warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
            it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
            by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
            result; a line gives only numbers the result holds.
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
        tables (list[TableRef]): Every table the calculation used, with versions and checksums (the calculation id
            covers them all).
        target_mg_per_day (float): The target, in mg/day (within 1-4.5).
        titration (list[NaltrexoneStep]): The steps from the start to the target; the last continues.
        trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
            the source key.
        warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
            critical first, then warning, then info, each code once.
    """

    calculation_id: str
    full_agonists: list[str]
    partial_agonists: list[str]
    start_mg: float
    step_interval_days: int
    step_mg: float
    summary: list[str]
    table: TableRef
    tables: list[TableRef]
    target_mg_per_day: float
    titration: list[NaltrexoneStep]
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calculation_id = self.calculation_id

        full_agonists = self.full_agonists

        partial_agonists = self.partial_agonists

        start_mg = self.start_mg

        step_interval_days = self.step_interval_days

        step_mg = self.step_mg

        summary = self.summary

        table = self.table.to_dict()

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        target_mg_per_day = self.target_mg_per_day

        titration = []
        for titration_item_data in self.titration:
            titration_item = titration_item_data.to_dict()
            titration.append(titration_item)

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
                "calculation_id": calculation_id,
                "full_agonists": full_agonists,
                "partial_agonists": partial_agonists,
                "start_mg": start_mg,
                "step_interval_days": step_interval_days,
                "step_mg": step_mg,
                "summary": summary,
                "table": table,
                "tables": tables,
                "target_mg_per_day": target_mg_per_day,
                "titration": titration,
                "trace": trace,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.naltrexone_step import NaltrexoneStep  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        calculation_id = d.pop("calculation_id")

        full_agonists = cast(list[str], d.pop("full_agonists"))

        partial_agonists = cast(list[str], d.pop("partial_agonists"))

        start_mg = d.pop("start_mg")

        step_interval_days = d.pop("step_interval_days")

        step_mg = d.pop("step_mg")

        summary = cast(list[str], d.pop("summary"))

        table = TableRef.from_dict(d.pop("table"))

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = TableRef.from_dict(tables_item_data)

            tables.append(tables_item)

        target_mg_per_day = d.pop("target_mg_per_day")

        titration = []
        _titration = d.pop("titration")
        for titration_item_data in _titration:
            titration_item = NaltrexoneStep.from_dict(titration_item_data)

            titration.append(titration_item)

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

        naltrexone_response = cls(
            calculation_id=calculation_id,
            full_agonists=full_agonists,
            partial_agonists=partial_agonists,
            start_mg=start_mg,
            step_interval_days=step_interval_days,
            step_mg=step_mg,
            summary=summary,
            table=table,
            tables=tables,
            target_mg_per_day=target_mg_per_day,
            titration=titration,
            trace=trace,
            warnings=warnings,
        )

        naltrexone_response.additional_properties = d
        return naltrexone_response

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
