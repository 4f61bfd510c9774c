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


T = TypeVar("T", bound="OIHPlanResponse")


@_attrs_define
class OIHPlanResponse:
    """
    Attributes:
        buprenorphine_rotation (RotationStrategy):
        calculation_id (str):
        clonidine (ClonidineStrategy):
        cut_and_methadone (CutAndMethadoneStrategy):
        gabapentin (GabapentinStrategy):
        ketamine (KetamineStrategy):
        methadone_rotation (RotationStrategy):
        oral_morphine_equivalent_per_day (float):
        taper (TaperStrategy):
        total_mme_per_day (float | None):
        warnings (list[SafetyWarning]):
    """

    buprenorphine_rotation: RotationStrategy
    calculation_id: str
    clonidine: ClonidineStrategy
    cut_and_methadone: CutAndMethadoneStrategy
    gabapentin: GabapentinStrategy
    ketamine: KetamineStrategy
    methadone_rotation: RotationStrategy
    oral_morphine_equivalent_per_day: float
    taper: TaperStrategy
    total_mme_per_day: float | None
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

        taper = self.taper.to_dict()

        total_mme_per_day: float | None
        total_mme_per_day = self.total_mme_per_day

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
                "taper": taper,
                "total_mme_per_day": total_mme_per_day,
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

        d = dict(src_dict)
        buprenorphine_rotation = RotationStrategy.from_dict(d.pop("buprenorphine_rotation"))

        calculation_id = d.pop("calculation_id")

        clonidine = ClonidineStrategy.from_dict(d.pop("clonidine"))

        cut_and_methadone = CutAndMethadoneStrategy.from_dict(d.pop("cut_and_methadone"))

        gabapentin = GabapentinStrategy.from_dict(d.pop("gabapentin"))

        ketamine = KetamineStrategy.from_dict(d.pop("ketamine"))

        methadone_rotation = RotationStrategy.from_dict(d.pop("methadone_rotation"))

        oral_morphine_equivalent_per_day = d.pop("oral_morphine_equivalent_per_day")

        taper = TaperStrategy.from_dict(d.pop("taper"))

        def _parse_total_mme_per_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_mme_per_day = _parse_total_mme_per_day(d.pop("total_mme_per_day"))

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
            taper=taper,
            total_mme_per_day=total_mme_per_day,
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
