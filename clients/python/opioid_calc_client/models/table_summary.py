from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.table_ref import TableRef


T = TypeVar("T", bound="TableSummary")


@_attrs_define
class TableSummary:
    """A loaded table: provenance and notes.

    Attributes:
        notes (list[str]): The table's notes: choices made, alternatives, what is UNCONFIRMED.
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
    """

    notes: list[str]
    table: TableRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        table = self.table.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notes": notes,
                "table": table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_ref import TableRef  # noqa: PLC0415

        d = dict(src_dict)
        notes = cast(list[str], d.pop("notes"))

        table = TableRef.from_dict(d.pop("table"))

        table_summary = cls(
            notes=notes,
            table=table,
        )

        table_summary.additional_properties = d
        return table_summary

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
