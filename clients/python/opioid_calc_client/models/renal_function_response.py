from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.body_weight import BodyWeight
    from ..models.safety_warning import SafetyWarning
    from ..models.table_ref import TableRef
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="RenalFunctionResponse")


@_attrs_define
class RenalFunctionResponse:
    """The clearance (rounded down to 0.01 mL/min), the weight basis stated, warnings, trace.

    Attributes:
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        creatinine_clearance_ml_min (float): Cockcroft-Gault creatinine clearance, in mL/min, rounded down to 0.01: (140
            - age) x weight / (72 x serum creatinine mg/dL), x 0.85 if female.
        formula (str): `cockcroft-gault`.
        renal_impairment (bool): The clearance is below 60 mL/min (the thresholds table).
        serum_creatinine_mg_dl (float): The serum creatinine used, in mg/dL (converted from umol/L when given so, 88.4
            umol/L per mg/dL).
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
        weight (BodyWeight): The weight used and how it was chosen.
    """

    calculation_id: str
    creatinine_clearance_ml_min: float
    formula: str
    renal_impairment: bool
    serum_creatinine_mg_dl: float
    summary: list[str]
    table: TableRef
    tables: list[TableRef]
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    weight: BodyWeight
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calculation_id = self.calculation_id

        creatinine_clearance_ml_min = self.creatinine_clearance_ml_min

        formula = self.formula

        renal_impairment = self.renal_impairment

        serum_creatinine_mg_dl = self.serum_creatinine_mg_dl

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

        weight = self.weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calculation_id": calculation_id,
                "creatinine_clearance_ml_min": creatinine_clearance_ml_min,
                "formula": formula,
                "renal_impairment": renal_impairment,
                "serum_creatinine_mg_dl": serum_creatinine_mg_dl,
                "summary": summary,
                "table": table,
                "tables": tables,
                "trace": trace,
                "warnings": warnings,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.body_weight import BodyWeight  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        calculation_id = d.pop("calculation_id")

        creatinine_clearance_ml_min = d.pop("creatinine_clearance_ml_min")

        formula = d.pop("formula")

        renal_impairment = d.pop("renal_impairment")

        serum_creatinine_mg_dl = d.pop("serum_creatinine_mg_dl")

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

        weight = BodyWeight.from_dict(d.pop("weight"))

        renal_function_response = cls(
            calculation_id=calculation_id,
            creatinine_clearance_ml_min=creatinine_clearance_ml_min,
            formula=formula,
            renal_impairment=renal_impairment,
            serum_creatinine_mg_dl=serum_creatinine_mg_dl,
            summary=summary,
            table=table,
            tables=tables,
            trace=trace,
            warnings=warnings,
            weight=weight,
        )

        renal_function_response.additional_properties = d
        return renal_function_response

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
