from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coding import Coding


T = TypeVar("T", bound="CodeableConcept")


@_attrs_define
class CodeableConcept:
    """A FHIR R4 CodeableConcept: codings of one concept and its text.

    Attributes:
        coding (list[Coding] | None | Unset): Codes for the concept (the first RxNorm one is read for a medication).
        text (None | str | Unset): The concept as the user saw or typed it.
    """

    coding: list[Coding] | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coding: list[dict[str, Any]] | None | Unset
        if isinstance(self.coding, Unset):
            coding = UNSET
        elif isinstance(self.coding, list):
            coding = []
            for coding_type_0_item_data in self.coding:
                coding_type_0_item = coding_type_0_item_data.to_dict()
                coding.append(coding_type_0_item)

        else:
            coding = self.coding

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coding is not UNSET:
            field_dict["coding"] = coding
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coding import Coding  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_coding(data: object) -> list[Coding] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coding_type_0 = []
                _coding_type_0 = data
                for coding_type_0_item_data in _coding_type_0:
                    coding_type_0_item = Coding.from_dict(coding_type_0_item_data)

                    coding_type_0.append(coding_type_0_item)

                return coding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Coding] | None | Unset, data)

        coding = _parse_coding(d.pop("coding", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        codeable_concept = cls(
            coding=coding,
            text=text,
        )

        codeable_concept.additional_properties = d
        return codeable_concept

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
