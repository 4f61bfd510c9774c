from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HoldParameters")


@_attrs_define
class HoldParameters:
    """Hold the dose when the blood pressure is below these.

    Attributes:
        diastolic_below_mmhg (float): Hold when the diastolic pressure is below this, in mmHg.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        systolic_below_mmhg (float): Hold when the systolic pressure is below this, in mmHg.
    """

    diastolic_below_mmhg: float
    source: str
    systolic_below_mmhg: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diastolic_below_mmhg = self.diastolic_below_mmhg

        source = self.source

        systolic_below_mmhg = self.systolic_below_mmhg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diastolic_below_mmhg": diastolic_below_mmhg,
                "source": source,
                "systolic_below_mmhg": systolic_below_mmhg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diastolic_below_mmhg = d.pop("diastolic_below_mmhg")

        source = d.pop("source")

        systolic_below_mmhg = d.pop("systolic_below_mmhg")

        hold_parameters = cls(
            diastolic_below_mmhg=diastolic_below_mmhg,
            source=source,
            systolic_below_mmhg=systolic_below_mmhg,
        )

        hold_parameters.additional_properties = d
        return hold_parameters

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
