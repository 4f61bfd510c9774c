from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.codeable_concept import CodeableConcept
    from ..models.timing_repeat import TimingRepeat


T = TypeVar("T", bound="Timing")


@_attrs_define
class Timing:
    """A FHIR R4 Timing of a dose.

    Attributes:
        code (CodeableConcept | None | Unset): A coded schedule (BID, Q4H, ...).
        repeat (None | TimingRepeat | Unset): When the dose repeats.
    """

    code: CodeableConcept | None | Unset = UNSET
    repeat: None | TimingRepeat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.timing_repeat import TimingRepeat  # noqa: PLC0415

        code: dict[str, Any] | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, CodeableConcept):
            code = self.code.to_dict()
        else:
            code = self.code

        repeat: dict[str, Any] | None | Unset
        if isinstance(self.repeat, Unset):
            repeat = UNSET
        elif isinstance(self.repeat, TimingRepeat):
            repeat = self.repeat.to_dict()
        else:
            repeat = self.repeat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if repeat is not UNSET:
            field_dict["repeat"] = repeat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.timing_repeat import TimingRepeat  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code(data: object) -> CodeableConcept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_type_0 = CodeableConcept.from_dict(data)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeableConcept | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_repeat(data: object) -> None | TimingRepeat | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repeat_type_0 = TimingRepeat.from_dict(data)

                return repeat_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimingRepeat | Unset, data)

        repeat = _parse_repeat(d.pop("repeat", UNSET))

        timing = cls(
            code=code,
            repeat=repeat,
        )

        timing.additional_properties = d
        return timing

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
