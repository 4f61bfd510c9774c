from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RenalAdviceRow")


@_attrs_define
class RenalAdviceRow:
    """What the renal guidance says about a drug.

    Attributes:
        advice (str): `avoid` or `caution` (low doses and extended intervals) below the threshold.
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
    """

    advice: str
    drug: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advice = self.advice

        drug = self.drug

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advice": advice,
                "drug": drug,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advice = d.pop("advice")

        drug = d.pop("drug")

        source = d.pop("source")

        renal_advice_row = cls(
            advice=advice,
            drug=drug,
            source=source,
        )

        renal_advice_row.additional_properties = d
        return renal_advice_row

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
