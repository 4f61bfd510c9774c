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
    from ..models.table_ref import TableRef
    from ..models.titration_day import TitrationDay
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="GabapentinResponse")


@_attrs_define
class GabapentinResponse:
    """Never above the label's renal band (scaled below 15 mL/min) or 1800 mg/day.

    Attributes:
        band_max_mg_per_day (float): The band's maximum, scaled, in mg/day.
        band_scale (float): 1, or clearance / 15 below 15 mL/min (the label's footnote).
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        cap_mg_per_day (float): The lower of the band maximum and the product maximum (1800), in mg/day.
        clearance (Clearance): Creatinine clearance used for renal dosing: `given`, or estimated by `cockcroft-gault`.
        daily_target_mg (float): The target after the cap, in mg/day.
        hemodialysis_supplement_label_mg (float | None): The label's supplement for the row, in mg; null when not on
            hemodialysis.
        hemodialysis_supplement_mg (float | None): The supplement after each hemodialysis session, rounded down to
            strengths, in mg; null when not on hemodialysis.
        maintenance (Regimen): A practical regimen. `dose_mg` is per administration, rounded down to what the strengths
            make; null (never 0) when that is below the smallest strength.
        renal_band (RenalBand): The label's renal row that applies; `max_ml_min` null means open-ended.
        summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
            warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
            it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
            by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
            result; a line gives only numbers the result holds.
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
        tables (list[TableRef]): Every table the calculation used, with versions and checksums (the calculation id
            covers them all).
        target_mg_per_day (float): The target asked for, in mg/day.
        titration (list[TitrationDay]): The label's initiation, day by day, to the maintenance.
        trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
            the source key.
        warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
            critical first, then warning, then info, each code once.
    """

    band_max_mg_per_day: float
    band_scale: float
    calculation_id: str
    cap_mg_per_day: float
    clearance: Clearance
    daily_target_mg: float
    hemodialysis_supplement_label_mg: float | None
    hemodialysis_supplement_mg: float | None
    maintenance: Regimen
    renal_band: RenalBand
    summary: list[str]
    table: TableRef
    tables: list[TableRef]
    target_mg_per_day: float
    titration: list[TitrationDay]
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        band_max_mg_per_day = self.band_max_mg_per_day

        band_scale = self.band_scale

        calculation_id = self.calculation_id

        cap_mg_per_day = self.cap_mg_per_day

        clearance = self.clearance.to_dict()

        daily_target_mg = self.daily_target_mg

        hemodialysis_supplement_label_mg: float | None
        hemodialysis_supplement_label_mg = self.hemodialysis_supplement_label_mg

        hemodialysis_supplement_mg: float | None
        hemodialysis_supplement_mg = self.hemodialysis_supplement_mg

        maintenance = self.maintenance.to_dict()

        renal_band = self.renal_band.to_dict()

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
                "band_max_mg_per_day": band_max_mg_per_day,
                "band_scale": band_scale,
                "calculation_id": calculation_id,
                "cap_mg_per_day": cap_mg_per_day,
                "clearance": clearance,
                "daily_target_mg": daily_target_mg,
                "hemodialysis_supplement_label_mg": hemodialysis_supplement_label_mg,
                "hemodialysis_supplement_mg": hemodialysis_supplement_mg,
                "maintenance": maintenance,
                "renal_band": renal_band,
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
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.titration_day import TitrationDay  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        band_max_mg_per_day = d.pop("band_max_mg_per_day")

        band_scale = d.pop("band_scale")

        calculation_id = d.pop("calculation_id")

        cap_mg_per_day = d.pop("cap_mg_per_day")

        clearance = Clearance.from_dict(d.pop("clearance"))

        daily_target_mg = d.pop("daily_target_mg")

        def _parse_hemodialysis_supplement_label_mg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        hemodialysis_supplement_label_mg = _parse_hemodialysis_supplement_label_mg(
            d.pop("hemodialysis_supplement_label_mg")
        )

        def _parse_hemodialysis_supplement_mg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        hemodialysis_supplement_mg = _parse_hemodialysis_supplement_mg(d.pop("hemodialysis_supplement_mg"))

        maintenance = Regimen.from_dict(d.pop("maintenance"))

        renal_band = RenalBand.from_dict(d.pop("renal_band"))

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

        gabapentin_response = cls(
            band_max_mg_per_day=band_max_mg_per_day,
            band_scale=band_scale,
            calculation_id=calculation_id,
            cap_mg_per_day=cap_mg_per_day,
            clearance=clearance,
            daily_target_mg=daily_target_mg,
            hemodialysis_supplement_label_mg=hemodialysis_supplement_label_mg,
            hemodialysis_supplement_mg=hemodialysis_supplement_mg,
            maintenance=maintenance,
            renal_band=renal_band,
            summary=summary,
            table=table,
            tables=tables,
            target_mg_per_day=target_mg_per_day,
            titration=titration,
            trace=trace,
            warnings=warnings,
        )

        gabapentin_response.additional_properties = d
        return gabapentin_response

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
