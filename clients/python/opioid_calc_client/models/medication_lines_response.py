from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.medication_line import MedicationLine
    from ..models.not_used import NotUsed
    from ..models.table_ref import TableRef


T = TypeVar("T", bound="MedicationLinesResponse")


@_attrs_define
class MedicationLinesResponse:
    """The medication lines understood, and the requests not used.

    Attributes:
        calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
            checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
        lines (list[MedicationLine]): The medication lines, one per usable MedicationRequest.
        not_used (list[NotUsed]): The requests not used, each with its reason.
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
    """

    calculation_id: str
    lines: list[MedicationLine]
    not_used: list[NotUsed]
    table: TableRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calculation_id = self.calculation_id

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        not_used = []
        for not_used_item_data in self.not_used:
            not_used_item = not_used_item_data.to_dict()
            not_used.append(not_used_item)

        table = self.table.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calculation_id": calculation_id,
                "lines": lines,
                "not_used": not_used,
                "table": table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.medication_line import MedicationLine  # noqa: PLC0415
        from ..models.not_used import NotUsed  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415

        d = dict(src_dict)
        calculation_id = d.pop("calculation_id")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = MedicationLine.from_dict(lines_item_data)

            lines.append(lines_item)

        not_used = []
        _not_used = d.pop("not_used")
        for not_used_item_data in _not_used:
            not_used_item = NotUsed.from_dict(not_used_item_data)

            not_used.append(not_used_item)

        table = TableRef.from_dict(d.pop("table"))

        medication_lines_response = cls(
            calculation_id=calculation_id,
            lines=lines,
            not_used=not_used,
            table=table,
        )

        medication_lines_response.additional_properties = d
        return medication_lines_response

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
