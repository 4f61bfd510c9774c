from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.clonidine_level import ClonidineLevel
    from ..models.hold_parameters import HoldParameters
    from ..models.safety_warning import SafetyWarning
    from ..models.table_ref import TableRef
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="ClonidineResponse")


@_attrs_define
class ClonidineResponse:
    """The regimen (one tablet per dose), weekly titration, hold parameters, taper on stopping.

    Attributes:
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        daily_mg (float): The daily total, in mg.
        dose_mg (float): The dose per administration, rounded down to a tablet (0.05 as half a 0.1 mg tablet), in mg.
        doses_per_day (int): Administrations a day (2).
        hold_parameters (HoldParameters): Hold the dose when the blood pressure is below these.
        interval_hours (float): Hours between administrations (12).
        requested_dose_mg (float): The dose asked for, in mg.
        stop_day (int): The day of the taper on which no clonidine is given.
        summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
            warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
            it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
            by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
            result; a line gives only numbers the result holds.
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
        tables (list[TableRef]): Every table the calculation used, with versions and checksums (the calculation id
            covers them all).
        taper (list[ClonidineLevel]): The levels for stopping, day 1 being the taper's first day.
        titration (list[ClonidineLevel]): Weekly levels from the label's start to the dose; the last continues.
        trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
            the source key.
        warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
            critical first, then warning, then info, each code once.
    """

    calculation_id: str
    daily_mg: float
    dose_mg: float
    doses_per_day: int
    hold_parameters: HoldParameters
    interval_hours: float
    requested_dose_mg: float
    stop_day: int
    summary: list[str]
    table: TableRef
    tables: list[TableRef]
    taper: list[ClonidineLevel]
    titration: list[ClonidineLevel]
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calculation_id = self.calculation_id

        daily_mg = self.daily_mg

        dose_mg = self.dose_mg

        doses_per_day = self.doses_per_day

        hold_parameters = self.hold_parameters.to_dict()

        interval_hours = self.interval_hours

        requested_dose_mg = self.requested_dose_mg

        stop_day = self.stop_day

        summary = self.summary

        table = self.table.to_dict()

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        taper = []
        for taper_item_data in self.taper:
            taper_item = taper_item_data.to_dict()
            taper.append(taper_item)

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
                "daily_mg": daily_mg,
                "dose_mg": dose_mg,
                "doses_per_day": doses_per_day,
                "hold_parameters": hold_parameters,
                "interval_hours": interval_hours,
                "requested_dose_mg": requested_dose_mg,
                "stop_day": stop_day,
                "summary": summary,
                "table": table,
                "tables": tables,
                "taper": taper,
                "titration": titration,
                "trace": trace,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clonidine_level import ClonidineLevel  # noqa: PLC0415
        from ..models.hold_parameters import HoldParameters  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        calculation_id = d.pop("calculation_id")

        daily_mg = d.pop("daily_mg")

        dose_mg = d.pop("dose_mg")

        doses_per_day = d.pop("doses_per_day")

        hold_parameters = HoldParameters.from_dict(d.pop("hold_parameters"))

        interval_hours = d.pop("interval_hours")

        requested_dose_mg = d.pop("requested_dose_mg")

        stop_day = d.pop("stop_day")

        summary = cast(list[str], d.pop("summary"))

        table = TableRef.from_dict(d.pop("table"))

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = TableRef.from_dict(tables_item_data)

            tables.append(tables_item)

        taper = []
        _taper = d.pop("taper")
        for taper_item_data in _taper:
            taper_item = ClonidineLevel.from_dict(taper_item_data)

            taper.append(taper_item)

        titration = []
        _titration = d.pop("titration")
        for titration_item_data in _titration:
            titration_item = ClonidineLevel.from_dict(titration_item_data)

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

        clonidine_response = cls(
            calculation_id=calculation_id,
            daily_mg=daily_mg,
            dose_mg=dose_mg,
            doses_per_day=doses_per_day,
            hold_parameters=hold_parameters,
            interval_hours=interval_hours,
            requested_dose_mg=requested_dose_mg,
            stop_day=stop_day,
            summary=summary,
            table=table,
            tables=tables,
            taper=taper,
            titration=titration,
            trace=trace,
            warnings=warnings,
        )

        clonidine_response.additional_properties = d
        return clonidine_response

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
