from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.clearance import Clearance
    from ..models.regimen import Regimen
    from ..models.renal_band import RenalBand
    from ..models.safety_warning import SafetyWarning
    from ..models.supplement_range import SupplementRange
    from ..models.table_ref import TableRef
    from ..models.titration_day import TitrationDay
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="PregabalinResponse")


@_attrs_define
class PregabalinResponse:
    """Starts at the label's first renal-table column for the clearance band (never the band maximum), titrates by the
    label's steps to the target capped by the band maximum; doses rounded down to capsules.

        Attributes:
            calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
                checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
            clearance (Clearance): Creatinine clearance used for renal dosing: `given`, or estimated by `cockcroft-gault`.
            daily_target_mg (float): The target capped by the band maximum, in mg/day.
            hemodialysis_supplement (None | SupplementRange): The supplement range after each session; null when not on
                hemodialysis.
            maintenance (Regimen): A practical regimen. `dose_mg` is per administration, rounded down to what the strengths
                make; null (never 0) when that is below the smallest strength.
            renal_band (RenalBand): The label's renal row that applies; `max_ml_min` null means open-ended.
            start_mg_per_day (float): Day 1, the band's first label column (or the target when lower), in mg/day.
            summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
                warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
                it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
                by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
                result; a line gives only numbers the result holds.
            table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
            tables (list[TableRef]): Every table the calculation used, with versions and checksums (the calculation id
                covers them all).
            target_mg_per_day (float): The target asked for, in mg/day.
            titration (list[TitrationDay]): The levels from day 1 to the maintenance.
            trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
                the source key.
            warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
                critical first, then warning, then info, each code once.
    """

    calculation_id: str
    clearance: Clearance
    daily_target_mg: float
    hemodialysis_supplement: None | SupplementRange
    maintenance: Regimen
    renal_band: RenalBand
    start_mg_per_day: float
    summary: list[str]
    table: TableRef
    tables: list[TableRef]
    target_mg_per_day: float
    titration: list[TitrationDay]
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.supplement_range import SupplementRange  # noqa: PLC0415

        calculation_id = self.calculation_id

        clearance = self.clearance.to_dict()

        daily_target_mg = self.daily_target_mg

        hemodialysis_supplement: dict[str, Any] | None
        if isinstance(self.hemodialysis_supplement, SupplementRange):
            hemodialysis_supplement = self.hemodialysis_supplement.to_dict()
        else:
            hemodialysis_supplement = self.hemodialysis_supplement

        maintenance = self.maintenance.to_dict()

        renal_band = self.renal_band.to_dict()

        start_mg_per_day = self.start_mg_per_day

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
                "clearance": clearance,
                "daily_target_mg": daily_target_mg,
                "hemodialysis_supplement": hemodialysis_supplement,
                "maintenance": maintenance,
                "renal_band": renal_band,
                "start_mg_per_day": start_mg_per_day,
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
        from ..models.clearance import Clearance  # noqa: PLC0415
        from ..models.regimen import Regimen  # noqa: PLC0415
        from ..models.renal_band import RenalBand  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.supplement_range import SupplementRange  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.titration_day import TitrationDay  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        calculation_id = d.pop("calculation_id")

        clearance = Clearance.from_dict(d.pop("clearance"))

        daily_target_mg = d.pop("daily_target_mg")

        def _parse_hemodialysis_supplement(data: object) -> None | SupplementRange:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hemodialysis_supplement_type_0 = SupplementRange.from_dict(data)

                return hemodialysis_supplement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupplementRange, data)

        hemodialysis_supplement = _parse_hemodialysis_supplement(d.pop("hemodialysis_supplement"))

        maintenance = Regimen.from_dict(d.pop("maintenance"))

        renal_band = RenalBand.from_dict(d.pop("renal_band"))

        start_mg_per_day = d.pop("start_mg_per_day")

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
            titration_item = TitrationDay.from_dict(titration_item_data)

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

        pregabalin_response = cls(
            calculation_id=calculation_id,
            clearance=clearance,
            daily_target_mg=daily_target_mg,
            hemodialysis_supplement=hemodialysis_supplement,
            maintenance=maintenance,
            renal_band=renal_band,
            start_mg_per_day=start_mg_per_day,
            summary=summary,
            table=table,
            tables=tables,
            target_mg_per_day=target_mg_per_day,
            titration=titration,
            trace=trace,
            warnings=warnings,
        )

        pregabalin_response.additional_properties = d
        return pregabalin_response

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
