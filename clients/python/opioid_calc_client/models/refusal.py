from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Refusal")


@_attrs_define
class Refusal:
    """Why a strategy does not apply to this patient: the rule's code, field, expectation, value.

    Attributes:
        code (str): The refusal's stable code (listed in Problem.code's `x-codes`).
        detail (str): The reason, in words.
        expected (str): What that field would need to be.
        field (str): The request field that would change the answer (`patient.weight_kg`).
        received (str): What the request gave, as JSON (`null` when it gave nothing).
    """

    code: str
    detail: str
    expected: str
    field: str
    received: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        expected = self.expected

        field = self.field

        received = self.received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
                "expected": expected,
                "field": field,
                "received": received,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        expected = d.pop("expected")

        field = d.pop("field")

        received = d.pop("received")

        refusal = cls(
            code=code,
            detail=detail,
            expected=expected,
            field=field,
            received=received,
        )

        refusal.additional_properties = d
        return refusal

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
