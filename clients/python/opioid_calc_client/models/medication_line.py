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
    """A MedicationRequest as the medication line the calculation operations take.

    Attributes:
        field (str): Where the request was in the body (`bundle.entry[0].resource`).
        form (str): Dose form of the product (`tablet`, `capsule`, `patch`, `solution`, `concentrate`, `injection 10
            mg/mL`, ...).
        medication (Medication): One regimen line, in one of three shapes (a 422 names a missing or conflicting field):
            - dose-based: `drug`, `route`, `dose`, `dose_unit`; a scheduled line gives `doses_per_day` or `interval_hours`
            (both only if they agree); an as-needed line sets `as_needed` and gives `max_doses_per_day` (and optionally
            `interval_hours`, the shortest interval, and `average_doses_per_day`); a patch (`mcg/h`) may give
            `interval_hours` as its change interval; - dispensing-based (claims and PDMP data, the method of the CDC and CMS
            data files): `drug`, `route`, `strength` and `strength_unit` of one unit, `quantity_dispensed` and
            `days_supply`: MME/day = strength x quantity / days supply x factor; no other frequency; - by product: `rxcui`
            instead of `drug`, `release`, `form` and strength (`route` only when the product may be given by several), with
            `units_per_dose` and the frequency, or with `quantity_dispensed` and `days_supply`. `form` is needed only where
            the selected table splits the drug and route by dose form. Doses and intervals outside the plausible ranges (GET
            /v1/tables/plausibility-us) are refused (422).
        notes (list[SafetyWarning]): How the request was read (a range counted at its maximum, ...).
        product (str): The RxNorm product's name.
        request_id (str): The MedicationRequest's id.
        rxcui (str): The RxNorm concept the line came from.
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
