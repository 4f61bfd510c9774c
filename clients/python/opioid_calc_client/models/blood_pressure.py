from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BloodPressure")


@_attrs_define
class BloodPressure:
    """Current blood pressure, checked against the hold parameters.

    Attributes:
        diastolic_mmhg (float): Diastolic pressure, in mmHg (20-200).
        systolic_mmhg (float): Systolic pressure, in mmHg (40-300).
    """

    diastolic_mmhg: float
    systolic_mmhg: float

    def to_dict(self) -> dict[str, Any]:
        diastolic_mmhg = self.diastolic_mmhg

        systolic_mmhg = self.systolic_mmhg

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "diastolic_mmhg": diastolic_mmhg,
                "systolic_mmhg": systolic_mmhg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diastolic_mmhg = d.pop("diastolic_mmhg")

        systolic_mmhg = d.pop("systolic_mmhg")

        blood_pressure = cls(
            diastolic_mmhg=diastolic_mmhg,
            systolic_mmhg=systolic_mmhg,
        )

        return blood_pressure
