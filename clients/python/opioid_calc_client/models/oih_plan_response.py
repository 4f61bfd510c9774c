from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.clonidine_strategy import ClonidineStrategy
    from ..models.cut_and_methadone_strategy import CutAndMethadoneStrategy
    from ..models.gabapentin_strategy import GabapentinStrategy
    from ..models.ketamine_strategy import KetamineStrategy
    from ..models.rotation_strategy import RotationStrategy
    from ..models.safety_warning import SafetyWarning
    from ..models.taper_strategy import TaperStrategy
    from ..models.trace_step import TraceStep


T = TypeVar("T", bound="OIHPlanResponse")


@_attrs_define
class OIHPlanResponse:
    """The candidate strategies, each a full calculation or the refusal that rules it out. `total_mme_per_day` is the
    regimen on the MME table (risk, thresholds), null when the table gives no factor for a line (warning
    `mme.not_computed`); `oral_morphine_equivalent_per_day` the conversion basis of the rotations.

        Attributes:
            buprenorphine_rotation (RotationStrategy): The rotation (to methadone or to buprenorphine) strategy: its full
                result when it applies, or the refusal that rules it out.
            calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
                checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
            clonidine (ClonidineStrategy): The clonidine strategy: its full result when it applies, or the refusal that
                rules it out.
            cut_and_methadone (CutAndMethadoneStrategy): The cut-and-low-dose-methadone strategy: its full result when it
                applies, or the refusal that rules it out.
            gabapentin (GabapentinStrategy): The gabapentin strategy: its full result when it applies, or the refusal that
                rules it out.
            ketamine (KetamineStrategy): The ketamine infusion strategy: its full result when it applies, or the refusal
                that rules it out.
            methadone_rotation (RotationStrategy): The rotation (to methadone or to buprenorphine) strategy: its full result
                when it applies, or the refusal that rules it out.
            oral_morphine_equivalent_per_day (float): The current regimen's oral morphine equivalent in mg/day
                (equianalgesic table), the basis of the rotations.
            summary (list[str]): The result in plain prescription language, in order: the warnings first (critical, then
                warning, then info, each as `Severity: message`), then the headline number, the regimen as a prescriber writes
                it (`Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day
                by day (`Day 1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the rest of the
                result; a line gives only numbers the result holds.
            taper (TaperStrategy): The taper strategy: its full result when it applies, or the refusal that rules it out.
            total_mme_per_day (float | None): The current regimen's MME/day on the MME table; null when the table gives no
                factor for a full-agonist line (warning `mme.not_computed`).
            trace (list[TraceStep]): How the plan read its input (spellings normalised, see the README); each strategy's
                result carries its own trace.
            warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
                critical first, then warning, then info, each code once.
    """

    buprenorphine_rotation: RotationStrategy
    calculation_id: str
    clonidine: ClonidineStrategy
    cut_and_methadone: CutAndMethadoneStrategy
    gabapentin: GabapentinStrategy
    ketamine: KetamineStrategy
    methadone_rotation: RotationStrategy
    oral_morphine_equivalent_per_day: float
    summary: list[str]
    taper: TaperStrategy
    total_mme_per_day: float | None
    trace: list[TraceStep]
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buprenorphine_rotation = self.buprenorphine_rotation.to_dict()

        calculation_id = self.calculation_id

        clonidine = self.clonidine.to_dict()

        cut_and_methadone = self.cut_and_methadone.to_dict()

        gabapentin = self.gabapentin.to_dict()

        ketamine = self.ketamine.to_dict()

        methadone_rotation = self.methadone_rotation.to_dict()

        oral_morphine_equivalent_per_day = self.oral_morphine_equivalent_per_day

        summary = self.summary

        taper = self.taper.to_dict()

        total_mme_per_day: float | None
        total_mme_per_day = self.total_mme_per_day

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
                "buprenorphine_rotation": buprenorphine_rotation,
                "calculation_id": calculation_id,
                "clonidine": clonidine,
                "cut_and_methadone": cut_and_methadone,
                "gabapentin": gabapentin,
                "ketamine": ketamine,
                "methadone_rotation": methadone_rotation,
                "oral_morphine_equivalent_per_day": oral_morphine_equivalent_per_day,
                "summary": summary,
                "taper": taper,
                "total_mme_per_day": total_mme_per_day,
                "trace": trace,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clonidine_strategy import ClonidineStrategy  # noqa: PLC0415
        from ..models.cut_and_methadone_strategy import CutAndMethadoneStrategy  # noqa: PLC0415
        from ..models.gabapentin_strategy import GabapentinStrategy  # noqa: PLC0415
        from ..models.ketamine_strategy import KetamineStrategy  # noqa: PLC0415
        from ..models.rotation_strategy import RotationStrategy  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415
        from ..models.taper_strategy import TaperStrategy  # noqa: PLC0415
        from ..models.trace_step import TraceStep  # noqa: PLC0415

        d = dict(src_dict)
        buprenorphine_rotation = RotationStrategy.from_dict(d.pop("buprenorphine_rotation"))

        calculation_id = d.pop("calculation_id")

        clonidine = ClonidineStrategy.from_dict(d.pop("clonidine"))

        cut_and_methadone = CutAndMethadoneStrategy.from_dict(d.pop("cut_and_methadone"))

        gabapentin = GabapentinStrategy.from_dict(d.pop("gabapentin"))

        ketamine = KetamineStrategy.from_dict(d.pop("ketamine"))

        methadone_rotation = RotationStrategy.from_dict(d.pop("methadone_rotation"))

        oral_morphine_equivalent_per_day = d.pop("oral_morphine_equivalent_per_day")

        summary = cast(list[str], d.pop("summary"))

        taper = TaperStrategy.from_dict(d.pop("taper"))

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

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = SafetyWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        oih_plan_response = cls(
            buprenorphine_rotation=buprenorphine_rotation,
            calculation_id=calculation_id,
            clonidine=clonidine,
            cut_and_methadone=cut_and_methadone,
            gabapentin=gabapentin,
            ketamine=ketamine,
            methadone_rotation=methadone_rotation,
            oral_morphine_equivalent_per_day=oral_morphine_equivalent_per_day,
            summary=summary,
            taper=taper,
            total_mme_per_day=total_mme_per_day,
            trace=trace,
            warnings=warnings,
        )

        oih_plan_response.additional_properties = d
        return oih_plan_response

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
