from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Flag")


@_attrs_define
class Flag:
    """A threshold (MME/day) and whether the exact total reached it.

    Attributes:
        code (str): The threshold's stable code (`mme.at_or_above_50`, `mme.at_or_above_90`, `mme.very_high`).
        reached (bool): The exact (unrounded) total is at or above the threshold.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        threshold (float): The threshold, in MME/day.
    """

    code: str
    reached: bool
    source: str
    threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        reached = self.reached

        source = self.source

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "reached": reached,
                "source": source,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        reached = d.pop("reached")

        source = d.pop("source")

        threshold = d.pop("threshold")

        flag = cls(
            code=code,
            reached=reached,
            source=source,
            threshold=threshold,
        )

        flag.additional_properties = d
        return flag

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
