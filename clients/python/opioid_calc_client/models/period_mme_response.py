from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.average_daily_mme import AverageDailyMME
    from ..models.daily_mme import DailyMME
    from ..models.definitions import Definitions
    from ..models.period_line import PeriodLine
    from ..models.safety_warning import SafetyWarning
    from ..models.table_ref import TableRef
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="PeriodMMEResponse")


@_attrs_define
class PeriodMMEResponse:
    """Per prescription and per group (with and without buprenorphine), with a trace.

    Attributes:
        average_daily_mme (AverageDailyMME | None): The four equations over dated prescriptions; null when undated.
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        daily_mme (list[DailyMME]): The daily MME curve of dated prescriptions (empty when undated).
        prescriptions (list[PeriodLine]): Each prescription converted.
        summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
            warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
            it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
            by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
            result; a line gives only numbers the result holds.
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
        trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
            the source key.
        warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
            critical first, then warning, then info, each code once.
        with_buprenorphine (Definitions): The NIH HEAL definitions: `mme1` = total MME / total days, `mme2` = / therapy
            days, `mme3` = / observation window days, `mme4` = sum of single-day MME (null: no days to divide by).
        without_buprenorphine (Definitions): The NIH HEAL definitions: `mme1` = total MME / total days, `mme2` = /
            therapy days, `mme3` = / observation window days, `mme4` = sum of single-day MME (null: no days to divide by).
    """

    average_daily_mme: AverageDailyMME | None
    calculation_id: str
    daily_mme: list[DailyMME]
    prescriptions: list[PeriodLine]
    summary: list[str]
    table: TableRef
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    with_buprenorphine: Definitions
    without_buprenorphine: Definitions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.average_daily_mme import AverageDailyMME  # noqa: PLC0415

        average_daily_mme: dict[str, Any] | None
        if isinstance(self.average_daily_mme, AverageDailyMME):
            average_daily_mme = self.average_daily_mme.to_dict()
        else:
            average_daily_mme = self.average_daily_mme

        calculation_id = self.calculation_id

        daily_mme = []
        for daily_mme_item_data in self.daily_mme:
            daily_mme_item = daily_mme_item_data.to_dict()
            daily_mme.append(daily_mme_item)

        prescriptions = []
        for prescriptions_item_data in self.prescriptions:
            prescriptions_item = prescriptions_item_data.to_dict()
            prescriptions.append(prescriptions_item)

        summary = self.summary

        table = self.table.to_dict()

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        with_buprenorphine = self.with_buprenorphine.to_dict()

        without_buprenorphine = self.without_buprenorphine.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_daily_mme": average_daily_mme,
                "calculation_id": calculation_id,
                "daily_mme": daily_mme,
                "prescriptions": prescriptions,
                "summary": summary,
                "table": table,
                "trace": trace,
                "warnings": warnings,
                "with_buprenorphine": with_buprenorphine,
                "without_buprenorphine": without_buprenorphine,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.average_daily_mme import AverageDailyMME  # noqa: PLC0415
        from ..models.daily_mme import DailyMME  # noqa: PLC0415
        from ..models.definitions import Definitions  # noqa: PLC0415
        from ..models.period_line import PeriodLine  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_average_daily_mme(data: object) -> AverageDailyMME | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                average_daily_mme_type_0 = AverageDailyMME.from_dict(data)

                return average_daily_mme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AverageDailyMME | None, data)

        average_daily_mme = _parse_average_daily_mme(d.pop("average_daily_mme"))

        calculation_id = d.pop("calculation_id")

        daily_mme = []
        _daily_mme = d.pop("daily_mme")
        for daily_mme_item_data in _daily_mme:
            daily_mme_item = DailyMME.from_dict(daily_mme_item_data)

            daily_mme.append(daily_mme_item)

        prescriptions = []
        _prescriptions = d.pop("prescriptions")
        for prescriptions_item_data in _prescriptions:
            prescriptions_item = PeriodLine.from_dict(prescriptions_item_data)

            prescriptions.append(prescriptions_item)

        summary = cast(list[str], d.pop("summary"))

        table = TableRef.from_dict(d.pop("table"))

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

        with_buprenorphine = Definitions.from_dict(d.pop("with_buprenorphine"))

        without_buprenorphine = Definitions.from_dict(d.pop("without_buprenorphine"))

        period_mme_response = cls(
            average_daily_mme=average_daily_mme,
            calculation_id=calculation_id,
            daily_mme=daily_mme,
            prescriptions=prescriptions,
            summary=summary,
            table=table,
            trace=trace,
            warnings=warnings,
            with_buprenorphine=with_buprenorphine,
            without_buprenorphine=without_buprenorphine,
        )

        period_mme_response.additional_properties = d
        return period_mme_response

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
