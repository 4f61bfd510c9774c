from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TraceStep")


@_attrs_define
class TraceStep:
    """One step of the calculation: what was done, the number, the source key.

    Attributes:
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        step (str): What was done, in words (`oxycodone oral: 30 mg/day x 1.5`).
        unit (str): Unit of `value` (`mg/day`, `MME/day`, `mL/min`, ...); empty when `value` is null.
        value (float | None): The number the step gave (rounded half-even to 0.01), or null for a step that only states
            a choice.
    """

    source: str
    step: str
    unit: str
    value: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        step = self.step

        unit = self.unit

        value: float | None
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "step": step,
                "unit": unit,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        step = d.pop("step")

        unit = d.pop("unit")

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        trace_step = cls(
            source=source,
            step=step,
            unit=unit,
            value=value,
        )

        trace_step.additional_properties = d
        return trace_step

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
