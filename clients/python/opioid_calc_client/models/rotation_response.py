from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.breakthrough import Breakthrough
    from ..models.conversion_line import ConversionLine
    from ..models.infusion_regimen import InfusionRegimen
    from ..models.methadone_detail import MethadoneDetail
    from ..models.mme_line import MMELine
    from ..models.practical_regimen import PracticalRegimen
    from ..models.reduction import Reduction
    from ..models.resolved_target import ResolvedTarget
    from ..models.safety_warning import SafetyWarning
    from ..models.table_ref import TableRef
    from ..models.trace_step import TraceStep
    from ..models.transition_step import TransitionStep


T = TypeVar("T", bound="RotationResponse")


@_attrs_define
class RotationResponse:
    """The rotation with every intermediate number, warnings, trace and tables. `total_mme_per_day` is the regimen on the
    MME table (risk, thresholds; `mme_lines`), null when the table gives no factor for a line (warning
    `mme.not_computed`); `oral_morphine_equivalent_per_day` is the conversion basis (equianalgesic table; `lines`).

        Attributes:
            breakthrough (Breakthrough | None): The rescue dose; null when no product is loaded for it.
            calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
                checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
            equianalgesic_daily_dose (float): The target's equianalgesic daily dose before any reduction, in `unit`.
            infusion (InfusionRegimen | None): An infusion target's rate; null otherwise.
            lines (list[ConversionLine]): The current regimen's lines on the equianalgesic table.
            methadone (MethadoneDetail | None): How a methadone dose was reached; null for other targets.
            mme_lines (list[MMELine]): The current regimen's lines on the MME table.
            oral_morphine_equivalent_per_day (float): The conversion basis: oral morphine equivalent in mg/day on the
                equianalgesic table.
            practical_regimen (None | PracticalRegimen): The target's regimen from real strengths, never above the reduced
                dose; null when no product makes it (see the warnings) or for an infusion target.
            reduction (Reduction): The 25% and 50% ends of the cross-tolerance range and the applied percent's dose.
            resulting_mme_per_day (float | None): MME/day of the practical regimen on the MME table; null when there is no
                regimen or the table gives the target no factor (CDC 2022: buprenorphine).
            summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
                warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
                it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
                by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
                result; a line gives only numbers the result holds.
            table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
            tables (list[TableRef]): Every table the calculation used, with versions and checksums (the calculation id
                covers them all).
            target (ResolvedTarget): The target as the calculation resolved it (its release filled in when the request left
                it out).
            total_mme_per_day (float | None): The current regimen's MME/day on the MME table (risk and thresholds); null
                when the table gives no factor for a full-agonist line (`mme.not_computed`).
            trace (list[TraceStep]): Every step of the calculation in order: what was done, the number with its unit, and
                the source key.
            transition (list[TransitionStep]): The timed steps of a switch that has them (fentanyl infusion and patch).
            unit (str): Unit of the target's doses (`mg/day`, or `mcg/h` for a patch or infusion).
            warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
                critical first, then warning, then info, each code once.
    """

    breakthrough: Breakthrough | None
    calculation_id: str
    equianalgesic_daily_dose: float
    infusion: InfusionRegimen | None
    lines: list[ConversionLine]
    methadone: MethadoneDetail | None
    mme_lines: list[MMELine]
    oral_morphine_equivalent_per_day: float
    practical_regimen: None | PracticalRegimen
    reduction: Reduction
    resulting_mme_per_day: float | None
    summary: list[str]
    table: TableRef
    tables: list[TableRef]
    target: ResolvedTarget
    total_mme_per_day: float | None
    trace: list[TraceStep]
    transition: list[TransitionStep]
    unit: str
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.breakthrough import Breakthrough  # noqa: PLC0415
        from ..models.infusion_regimen import InfusionRegimen  # noqa: PLC0415
        from ..models.methadone_detail import MethadoneDetail  # noqa: PLC0415
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415

        breakthrough: dict[str, Any] | None
        if isinstance(self.breakthrough, Breakthrough):
            breakthrough = self.breakthrough.to_dict()
        else:
            breakthrough = self.breakthrough

        calculation_id = self.calculation_id

        equianalgesic_daily_dose = self.equianalgesic_daily_dose

        infusion: dict[str, Any] | None
        if isinstance(self.infusion, InfusionRegimen):
            infusion = self.infusion.to_dict()
        else:
            infusion = self.infusion

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        methadone: dict[str, Any] | None
        if isinstance(self.methadone, MethadoneDetail):
            methadone = self.methadone.to_dict()
        else:
            methadone = self.methadone

        mme_lines = []
        for mme_lines_item_data in self.mme_lines:
            mme_lines_item = mme_lines_item_data.to_dict()
            mme_lines.append(mme_lines_item)

        oral_morphine_equivalent_per_day = self.oral_morphine_equivalent_per_day

        practical_regimen: dict[str, Any] | None
        if isinstance(self.practical_regimen, PracticalRegimen):
            practical_regimen = self.practical_regimen.to_dict()
        else:
            practical_regimen = self.practical_regimen

        reduction = self.reduction.to_dict()

        resulting_mme_per_day: float | None
        resulting_mme_per_day = self.resulting_mme_per_day

        summary = self.summary

        table = self.table.to_dict()

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        target = self.target.to_dict()

        total_mme_per_day: float | None
        total_mme_per_day = self.total_mme_per_day

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        transition = []
        for transition_item_data in self.transition:
            transition_item = transition_item_data.to_dict()
            transition.append(transition_item)

        unit = self.unit

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "breakthrough": breakthrough,
                "calculation_id": calculation_id,
                "equianalgesic_daily_dose": equianalgesic_daily_dose,
                "infusion": infusion,
                "lines": lines,
                "methadone": methadone,
                "mme_lines": mme_lines,
                "oral_morphine_equivalent_per_day": oral_morphine_equivalent_per_day,
                "practical_regimen": practical_regimen,
                "reduction": reduction,
                "resulting_mme_per_day": resulting_mme_per_day,
                "summary": summary,
                "table": table,
                "tables": tables,
                "target": target,
                "total_mme_per_day": total_mme_per_day,
                "trace": trace,
                "transition": transition,
                "unit": unit,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breakthrough import Breakthrough  # noqa: PLC0415
        from ..models.conversion_line import ConversionLine  # noqa: PLC0415
        from ..models.infusion_regimen import InfusionRegimen  # noqa: PLC0415
        from ..models.methadone_detail import MethadoneDetail  # noqa: PLC0415
        from ..models.mme_line import MMELine  # noqa: PLC0415
        from ..models.practical_regimen import PracticalRegimen  # noqa: PLC0415
        from ..models.reduction import Reduction  # noqa: PLC0415
        from ..models.resolved_target import ResolvedTarget  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415
        from ..models.transition_step import TransitionStep  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_breakthrough(data: object) -> Breakthrough | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                breakthrough_type_0 = Breakthrough.from_dict(data)

                return breakthrough_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Breakthrough | None, data)

        breakthrough = _parse_breakthrough(d.pop("breakthrough"))

        calculation_id = d.pop("calculation_id")

        equianalgesic_daily_dose = d.pop("equianalgesic_daily_dose")

        def _parse_infusion(data: object) -> InfusionRegimen | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                infusion_type_0 = InfusionRegimen.from_dict(data)

                return infusion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InfusionRegimen | None, data)

        infusion = _parse_infusion(d.pop("infusion"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ConversionLine.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_methadone(data: object) -> MethadoneDetail | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                methadone_type_0 = MethadoneDetail.from_dict(data)

                return methadone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MethadoneDetail | None, data)

        methadone = _parse_methadone(d.pop("methadone"))

        mme_lines = []
        _mme_lines = d.pop("mme_lines")
        for mme_lines_item_data in _mme_lines:
            mme_lines_item = MMELine.from_dict(mme_lines_item_data)

            mme_lines.append(mme_lines_item)

        oral_morphine_equivalent_per_day = d.pop("oral_morphine_equivalent_per_day")

        def _parse_practical_regimen(data: object) -> None | PracticalRegimen:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                practical_regimen_type_0 = PracticalRegimen.from_dict(data)

                return practical_regimen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PracticalRegimen, data)

        practical_regimen = _parse_practical_regimen(d.pop("practical_regimen"))

        reduction = Reduction.from_dict(d.pop("reduction"))

        def _parse_resulting_mme_per_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resulting_mme_per_day = _parse_resulting_mme_per_day(d.pop("resulting_mme_per_day"))

        summary = cast(list[str], d.pop("summary"))

        table = TableRef.from_dict(d.pop("table"))

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = TableRef.from_dict(tables_item_data)

            tables.append(tables_item)

        target = ResolvedTarget.from_dict(d.pop("target"))

        def _parse_total_mme_per_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_mme_per_day = _parse_total_mme_per_day(d.pop("total_mme_per_day"))

        trace = []
        _trace = d.pop("trace")
        for trace_item_data in _trace:
            trace_item = TraceStep.from_dict(trace_item_data)

            trace.append(trace_item)

        transition = []
        _transition = d.pop("transition")
        for transition_item_data in _transition:
            transition_item = TransitionStep.from_dict(transition_item_data)

            transition.append(transition_item)

        unit = d.pop("unit")

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = SafetyWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        rotation_response = cls(
            breakthrough=breakthrough,
            calculation_id=calculation_id,
            equianalgesic_daily_dose=equianalgesic_daily_dose,
            infusion=infusion,
            lines=lines,
            methadone=methadone,
            mme_lines=mme_lines,
            oral_morphine_equivalent_per_day=oral_morphine_equivalent_per_day,
            practical_regimen=practical_regimen,
            reduction=reduction,
            resulting_mme_per_day=resulting_mme_per_day,
            summary=summary,
            table=table,
            tables=tables,
            target=target,
            total_mme_per_day=total_mme_per_day,
            trace=trace,
            transition=transition,
            unit=unit,
            warnings=warnings,
        )

        rotation_response.additional_properties = d
        return rotation_response

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
