from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.medication import Medication
    from ..models.safety_warning import SafetyWarning


T = TypeVar("T", bound="MedicationLine")


@_attrs_define
class MedicationLine:
    """
    Attributes:
        field (str):
        form (str):
        medication (Medication):
        notes (list[SafetyWarning]):
        product (str):
        request_id (str):
        rxcui (str):
    """

    field: str
    form: str
    medication: Medication
    notes: list[SafetyWarning]
    product: str
    request_id: str
    rxcui: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        form = self.form

        medication = self.medication.to_dict()

        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        product = self.product

        request_id = self.request_id

        rxcui = self.rxcui

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "form": form,
                "medication": medication,
                "notes": notes,
                "product": product,
                "request_id": request_id,
                "rxcui": rxcui,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.medication import Medication  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415

        d = dict(src_dict)
        field = d.pop("field")

        form = d.pop("form")

        medication = Medication.from_dict(d.pop("medication"))

        notes = []
        _notes = d.pop("notes")
        for notes_item_data in _notes:
            notes_item = SafetyWarning.from_dict(notes_item_data)

            notes.append(notes_item)

        product = d.pop("product")

        request_id = d.pop("request_id")

        rxcui = d.pop("rxcui")

        medication_line = cls(
            field=field,
            form=form,
            medication=medication,
            notes=notes,
            product=product,
            request_id=request_id,
            rxcui=rxcui,
        )

        medication_line.additional_properties = d
        return medication_line

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
