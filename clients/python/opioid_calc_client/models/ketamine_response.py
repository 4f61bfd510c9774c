from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.body_weight import BodyWeight
    from ..models.dose_range import DoseRange
    from ..models.ketamine_bolus import KetamineBolus
    from ..models.safety_warning import SafetyWarning
    from ..models.table_ref import TableRef
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="KetamineResponse")


@_attrs_define
class KetamineResponse:
    """mg/h (rounded down), mL/h for the concentration, amount per 24 h, optional bolus.

    Attributes:
        amount_mg_per_24h (float): `dose_mg_per_h` x 24, in mg.
        bolus (KetamineBolus | None): The loading bolus, when asked for; null otherwise.
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        concentration_mg_per_ml (float | None): The infusion's concentration, in mg/mL; null when not given.
        dose_mg_per_h (float): Rate x dosing weight, rounded down to 0.01, in mg/h.
        infusion_ml_per_h (float | None): `dose_mg_per_h` / concentration, rounded down, in mL/h; null without a
            concentration.
        rate_mg_per_kg_per_h (float): The rate asked for, in mg/kg/h (within 0.1-0.5).
        rate_range (DoseRange): A range a request was checked against, with its source keys.
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

    amount_mg_per_24h: float
    bolus: KetamineBolus | None
    calculation_id: str
    concentration_mg_per_ml: float | None
    dose_mg_per_h: float
    infusion_ml_per_h: float | None
    rate_mg_per_kg_per_h: float
    rate_range: DoseRange
    summary: list[str]
    table: TableRef
    tables: list[TableRef]
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    weight: BodyWeight
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ketamine_bolus import KetamineBolus  # noqa: PLC0415

        amount_mg_per_24h = self.amount_mg_per_24h

        bolus: dict[str, Any] | None
        if isinstance(self.bolus, KetamineBolus):
            bolus = self.bolus.to_dict()
        else:
            bolus = self.bolus

        calculation_id = self.calculation_id

        concentration_mg_per_ml: float | None
        concentration_mg_per_ml = self.concentration_mg_per_ml

        dose_mg_per_h = self.dose_mg_per_h

        infusion_ml_per_h: float | None
        infusion_ml_per_h = self.infusion_ml_per_h

        rate_mg_per_kg_per_h = self.rate_mg_per_kg_per_h

        rate_range = self.rate_range.to_dict()

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
                "amount_mg_per_24h": amount_mg_per_24h,
                "bolus": bolus,
                "calculation_id": calculation_id,
                "concentration_mg_per_ml": concentration_mg_per_ml,
                "dose_mg_per_h": dose_mg_per_h,
                "infusion_ml_per_h": infusion_ml_per_h,
                "rate_mg_per_kg_per_h": rate_mg_per_kg_per_h,
                "rate_range": rate_range,
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
        from ..models.dose_range import DoseRange  # noqa: PLC0415
        from ..models.ketamine_bolus import KetamineBolus  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        amount_mg_per_24h = d.pop("amount_mg_per_24h")

        def _parse_bolus(data: object) -> KetamineBolus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bolus_type_0 = KetamineBolus.from_dict(data)

                return bolus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KetamineBolus | None, data)

        bolus = _parse_bolus(d.pop("bolus"))

        calculation_id = d.pop("calculation_id")

        def _parse_concentration_mg_per_ml(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        concentration_mg_per_ml = _parse_concentration_mg_per_ml(d.pop("concentration_mg_per_ml"))

        dose_mg_per_h = d.pop("dose_mg_per_h")

        def _parse_infusion_ml_per_h(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        infusion_ml_per_h = _parse_infusion_ml_per_h(d.pop("infusion_ml_per_h"))

        rate_mg_per_kg_per_h = d.pop("rate_mg_per_kg_per_h")

        rate_range = DoseRange.from_dict(d.pop("rate_range"))

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

        ketamine_response = cls(
            amount_mg_per_24h=amount_mg_per_24h,
            bolus=bolus,
            calculation_id=calculation_id,
            concentration_mg_per_ml=concentration_mg_per_ml,
            dose_mg_per_h=dose_mg_per_h,
            infusion_ml_per_h=infusion_ml_per_h,
            rate_mg_per_kg_per_h=rate_mg_per_kg_per_h,
            rate_range=rate_range,
            summary=summary,
            table=table,
            tables=tables,
            trace=trace,
            warnings=warnings,
            weight=weight,
        )

        ketamine_response.additional_properties = d
        return ketamine_response

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
