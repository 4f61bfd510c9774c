from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.codeable_concept import CodeableConcept
    from ..models.observation_component import ObservationComponent
    from ..models.observation_note_type_0_item import ObservationNoteType0Item
    from ..models.quantity import Quantity
    from ..models.reference import Reference


T = TypeVar("T", bound="Observation")


@_attrs_define
class Observation:
    """MME/day as a FHIR Observation (output only).

    Attributes:
        code (CodeableConcept): A FHIR R4 CodeableConcept: codings of one concept and its text.
        resource_type (Literal['Observation']): `Observation`.
        status (str): `final`.
        category (list[CodeableConcept] | None | Unset): The Observation's category.
        component (list[ObservationComponent] | None | Unset): One component per line.
        derived_from (list[Reference] | None | Unset): The MedicationRequests used.
        effective_date_time (None | str | Unset): When the MME/day applies, as the request gave it.
        id (None | str | Unset): The Observation's id (the calculation id).
        method (CodeableConcept | None | Unset): The MME table used.
        note (list[ObservationNoteType0Item] | None | Unset): Notes: the requests not used, the table's caveats.
        subject (None | Reference | Unset): The patient, as the request gave it.
        value_quantity (None | Quantity | Unset): The MME/day, in UCUM mg/d; absent when not computed.
    """

    code: CodeableConcept
    resource_type: Literal["Observation"]
    status: str
    category: list[CodeableConcept] | None | Unset = UNSET
    component: list[ObservationComponent] | None | Unset = UNSET
    derived_from: list[Reference] | None | Unset = UNSET
    effective_date_time: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    method: CodeableConcept | None | Unset = UNSET
    note: list[ObservationNoteType0Item] | None | Unset = UNSET
    subject: None | Reference | Unset = UNSET
    value_quantity: None | Quantity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415
        from ..models.reference import Reference  # noqa: PLC0415

        code = self.code.to_dict()

        resource_type = self.resource_type

        status = self.status

        category: list[dict[str, Any]] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, list):
            category = []
            for category_type_0_item_data in self.category:
                category_type_0_item = category_type_0_item_data.to_dict()
                category.append(category_type_0_item)

        else:
            category = self.category

        component: list[dict[str, Any]] | None | Unset
        if isinstance(self.component, Unset):
            component = UNSET
        elif isinstance(self.component, list):
            component = []
            for component_type_0_item_data in self.component:
                component_type_0_item = component_type_0_item_data.to_dict()
                component.append(component_type_0_item)

        else:
            component = self.component

        derived_from: list[dict[str, Any]] | None | Unset
        if isinstance(self.derived_from, Unset):
            derived_from = UNSET
        elif isinstance(self.derived_from, list):
            derived_from = []
            for derived_from_type_0_item_data in self.derived_from:
                derived_from_type_0_item = derived_from_type_0_item_data.to_dict()
                derived_from.append(derived_from_type_0_item)

        else:
            derived_from = self.derived_from

        effective_date_time: None | str | Unset
        if isinstance(self.effective_date_time, Unset):
            effective_date_time = UNSET
        else:
            effective_date_time = self.effective_date_time

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        method: dict[str, Any] | None | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, CodeableConcept):
            method = self.method.to_dict()
        else:
            method = self.method

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

        value_quantity: dict[str, Any] | None | Unset
        if isinstance(self.value_quantity, Unset):
            value_quantity = UNSET
        elif isinstance(self.value_quantity, Quantity):
            value_quantity = self.value_quantity.to_dict()
        else:
            value_quantity = self.value_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "resourceType": resource_type,
                "status": status,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if component is not UNSET:
            field_dict["component"] = component
        if derived_from is not UNSET:
            field_dict["derivedFrom"] = derived_from
        if effective_date_time is not UNSET:
            field_dict["effectiveDateTime"] = effective_date_time
        if id is not UNSET:
            field_dict["id"] = id
        if method is not UNSET:
            field_dict["method"] = method
        if note is not UNSET:
            field_dict["note"] = note
        if subject is not UNSET:
            field_dict["subject"] = subject
        if value_quantity is not UNSET:
            field_dict["valueQuantity"] = value_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.observation_component import ObservationComponent  # noqa: PLC0415
        from ..models.observation_note_type_0_item import ObservationNoteType0Item  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415
        from ..models.reference import Reference  # noqa: PLC0415

        d = dict(src_dict)
        code = CodeableConcept.from_dict(d.pop("code"))

        resource_type = cast(Literal["Observation"], d.pop("resourceType"))
        if resource_type != "Observation":
            raise ValueError(f"resourceType must match const 'Observation', got '{resource_type}'")

        status = d.pop("status")

        def _parse_category(data: object) -> list[CodeableConcept] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                category_type_0 = []
                _category_type_0 = data
                for category_type_0_item_data in _category_type_0:
                    category_type_0_item = CodeableConcept.from_dict(category_type_0_item_data)

                    category_type_0.append(category_type_0_item)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CodeableConcept] | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_component(data: object) -> list[ObservationComponent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                component_type_0 = []
                _component_type_0 = data
                for component_type_0_item_data in _component_type_0:
                    component_type_0_item = ObservationComponent.from_dict(component_type_0_item_data)

                    component_type_0.append(component_type_0_item)

                return component_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ObservationComponent] | None | Unset, data)

        component = _parse_component(d.pop("component", UNSET))

        def _parse_derived_from(data: object) -> list[Reference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                derived_from_type_0 = []
                _derived_from_type_0 = data
                for derived_from_type_0_item_data in _derived_from_type_0:
                    derived_from_type_0_item = Reference.from_dict(derived_from_type_0_item_data)

                    derived_from_type_0.append(derived_from_type_0_item)

                return derived_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Reference] | None | Unset, data)

        derived_from = _parse_derived_from(d.pop("derivedFrom", UNSET))

        def _parse_effective_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_date_time = _parse_effective_date_time(d.pop("effectiveDateTime", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_method(data: object) -> CodeableConcept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                method_type_0 = CodeableConcept.from_dict(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeableConcept | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_note(data: object) -> list[ObservationNoteType0Item] | None | Unset:
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
                    note_type_0_item = ObservationNoteType0Item.from_dict(note_type_0_item_data)

                    note_type_0.append(note_type_0_item)

                return note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ObservationNoteType0Item] | None | Unset, data)

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

        def _parse_value_quantity(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_quantity_type_0 = Quantity.from_dict(data)

                return value_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        value_quantity = _parse_value_quantity(d.pop("valueQuantity", UNSET))

        observation = cls(
            code=code,
            resource_type=resource_type,
            status=status,
            category=category,
            component=component,
            derived_from=derived_from,
            effective_date_time=effective_date_time,
            id=id,
            method=method,
            note=note,
            subject=subject,
            value_quantity=value_quantity,
        )

        observation.additional_properties = d
        return observation

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
