from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.codeable_concept import CodeableConcept
    from ..models.dispense_request import DispenseRequest
    from ..models.dosage import Dosage
    from ..models.medication_request_contained_type_0_item import MedicationRequestContainedType0Item
    from ..models.medication_request_note_type_0_item import MedicationRequestNoteType0Item
    from ..models.reference import Reference


T = TypeVar("T", bound="MedicationRequest")


@_attrs_define
class MedicationRequest:
    """A medication order. The medication is `medicationCodeableConcept` (RxNorm), or `medicationReference` to a contained
    (`#id`) or bundled (`Medication/id`) Medication.

        Attributes:
            intent (str): `order`, `plan`, `proposal`, ...
            resource_type (Literal['MedicationRequest']): `MedicationRequest`.
            status (str): `active`, `draft`, `completed`, ... (only active and draft orders count).
            authored_on (None | str | Unset): When it was written (FHIR dateTime).
            contained (list[MedicationRequestContainedType0Item] | None | Unset): Contained resources (a Medication the
                reference points to).
            dispense_request (DispenseRequest | None | Unset): What is dispensed.
            dosage_instruction (list[Dosage] | None | Unset): How it is taken.
            id (None | str | Unset): The request's id (the lines and reasons name it).
            medication_codeable_concept (CodeableConcept | None | Unset): The medication as an RxNorm code.
            medication_reference (None | Reference | Unset): The medication as a reference to a Medication.
            note (list[MedicationRequestNoteType0Item] | None | Unset): Notes on the order.
            subject (None | Reference | Unset): The patient.
    """

    intent: str
    resource_type: Literal["MedicationRequest"]
    status: str
    authored_on: None | str | Unset = UNSET
    contained: list[MedicationRequestContainedType0Item] | None | Unset = UNSET
    dispense_request: DispenseRequest | None | Unset = UNSET
    dosage_instruction: list[Dosage] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    medication_codeable_concept: CodeableConcept | None | Unset = UNSET
    medication_reference: None | Reference | Unset = UNSET
    note: list[MedicationRequestNoteType0Item] | None | Unset = UNSET
    subject: None | Reference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.dispense_request import DispenseRequest  # noqa: PLC0415
        from ..models.reference import Reference  # noqa: PLC0415

        intent = self.intent

        resource_type = self.resource_type

        status = self.status

        authored_on: None | str | Unset
        if isinstance(self.authored_on, Unset):
            authored_on = UNSET
        else:
            authored_on = self.authored_on

        contained: list[dict[str, Any]] | None | Unset
        if isinstance(self.contained, Unset):
            contained = UNSET
        elif isinstance(self.contained, list):
            contained = []
            for contained_type_0_item_data in self.contained:
                contained_type_0_item = contained_type_0_item_data.to_dict()
                contained.append(contained_type_0_item)

        else:
            contained = self.contained

        dispense_request: dict[str, Any] | None | Unset
        if isinstance(self.dispense_request, Unset):
            dispense_request = UNSET
        elif isinstance(self.dispense_request, DispenseRequest):
            dispense_request = self.dispense_request.to_dict()
        else:
            dispense_request = self.dispense_request

        dosage_instruction: list[dict[str, Any]] | None | Unset
        if isinstance(self.dosage_instruction, Unset):
            dosage_instruction = UNSET
        elif isinstance(self.dosage_instruction, list):
            dosage_instruction = []
            for dosage_instruction_type_0_item_data in self.dosage_instruction:
                dosage_instruction_type_0_item = dosage_instruction_type_0_item_data.to_dict()
                dosage_instruction.append(dosage_instruction_type_0_item)

        else:
            dosage_instruction = self.dosage_instruction

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        medication_codeable_concept: dict[str, Any] | None | Unset
        if isinstance(self.medication_codeable_concept, Unset):
            medication_codeable_concept = UNSET
        elif isinstance(self.medication_codeable_concept, CodeableConcept):
            medication_codeable_concept = self.medication_codeable_concept.to_dict()
        else:
            medication_codeable_concept = self.medication_codeable_concept

        medication_reference: dict[str, Any] | None | Unset
        if isinstance(self.medication_reference, Unset):
            medication_reference = UNSET
        elif isinstance(self.medication_reference, Reference):
            medication_reference = self.medication_reference.to_dict()
        else:
            medication_reference = self.medication_reference

        note: list[dict[str, Any]] | None | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        elif isinstance(self.note, list):
            note = []
            for note_type_0_item_data in self.note:
                note_type_0_item = note_type_0_item_data.to_dict()
                note.append(note_type_0_item)

        else:
            note = self.note

        subject: dict[str, Any] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, Reference):
            subject = self.subject.to_dict()
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
                "resourceType": resource_type,
                "status": status,
            }
        )
        if authored_on is not UNSET:
            field_dict["authoredOn"] = authored_on
        if contained is not UNSET:
            field_dict["contained"] = contained
        if dispense_request is not UNSET:
            field_dict["dispenseRequest"] = dispense_request
        if dosage_instruction is not UNSET:
            field_dict["dosageInstruction"] = dosage_instruction
        if id is not UNSET:
            field_dict["id"] = id
        if medication_codeable_concept is not UNSET:
            field_dict["medicationCodeableConcept"] = medication_codeable_concept
        if medication_reference is not UNSET:
            field_dict["medicationReference"] = medication_reference
        if note is not UNSET:
            field_dict["note"] = note
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.dispense_request import DispenseRequest  # noqa: PLC0415
        from ..models.dosage import Dosage  # noqa: PLC0415
        from ..models.medication_request_contained_type_0_item import MedicationRequestContainedType0Item  # noqa: PLC0415
        from ..models.medication_request_note_type_0_item import MedicationRequestNoteType0Item  # noqa: PLC0415
        from ..models.reference import Reference  # noqa: PLC0415

        d = dict(src_dict)
        intent = d.pop("intent")

        resource_type = cast(Literal["MedicationRequest"], d.pop("resourceType"))
        if resource_type != "MedicationRequest":
            raise ValueError(f"resourceType must match const 'MedicationRequest', got '{resource_type}'")

        status = d.pop("status")

        def _parse_authored_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authored_on = _parse_authored_on(d.pop("authoredOn", UNSET))

        def _parse_contained(data: object) -> list[MedicationRequestContainedType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contained_type_0 = []
                _contained_type_0 = data
                for contained_type_0_item_data in _contained_type_0:
                    contained_type_0_item = MedicationRequestContainedType0Item.from_dict(contained_type_0_item_data)

                    contained_type_0.append(contained_type_0_item)

                return contained_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MedicationRequestContainedType0Item] | None | Unset, data)

        contained = _parse_contained(d.pop("contained", UNSET))

        def _parse_dispense_request(data: object) -> DispenseRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dispense_request_type_0 = DispenseRequest.from_dict(data)

                return dispense_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DispenseRequest | None | Unset, data)

        dispense_request = _parse_dispense_request(d.pop("dispenseRequest", UNSET))

        def _parse_dosage_instruction(data: object) -> list[Dosage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dosage_instruction_type_0 = []
                _dosage_instruction_type_0 = data
                for dosage_instruction_type_0_item_data in _dosage_instruction_type_0:
                    dosage_instruction_type_0_item = Dosage.from_dict(dosage_instruction_type_0_item_data)

                    dosage_instruction_type_0.append(dosage_instruction_type_0_item)

                return dosage_instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Dosage] | None | Unset, data)

        dosage_instruction = _parse_dosage_instruction(d.pop("dosageInstruction", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_medication_codeable_concept(data: object) -> CodeableConcept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                medication_codeable_concept_type_0 = CodeableConcept.from_dict(data)

                return medication_codeable_concept_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeableConcept | None | Unset, data)

        medication_codeable_concept = _parse_medication_codeable_concept(d.pop("medicationCodeableConcept", UNSET))

        def _parse_medication_reference(data: object) -> None | Reference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                medication_reference_type_0 = Reference.from_dict(data)

                return medication_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reference | Unset, data)

        medication_reference = _parse_medication_reference(d.pop("medicationReference", UNSET))

        def _parse_note(data: object) -> list[MedicationRequestNoteType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                note_type_0 = []
                _note_type_0 = data
                for note_type_0_item_data in _note_type_0:
                    note_type_0_item = MedicationRequestNoteType0Item.from_dict(note_type_0_item_data)

                    note_type_0.append(note_type_0_item)

                return note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MedicationRequestNoteType0Item] | None | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_subject(data: object) -> None | Reference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_type_0 = Reference.from_dict(data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reference | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        medication_request = cls(
            intent=intent,
            resource_type=resource_type,
            status=status,
            authored_on=authored_on,
            contained=contained,
            dispense_request=dispense_request,
            dosage_instruction=dosage_instruction,
            id=id,
            medication_codeable_concept=medication_codeable_concept,
            medication_reference=medication_reference,
            note=note,
            subject=subject,
        )

        medication_request.additional_properties = d
        return medication_request

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
