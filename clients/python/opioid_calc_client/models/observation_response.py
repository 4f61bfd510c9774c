from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.not_used import NotUsed
    from ..models.observation import Observation
    from ..models.safety_warning import SafetyWarning


T = TypeVar("T", bound="ObservationResponse")


@_attrs_define
class ObservationResponse:
    """A FHIR Observation (resourceType Observation) of the MME/day, and the requests not used.

    Attributes:
        not_used (list[NotUsed]): The requests not used, each with its reason.
        observation (Observation): MME/day as a FHIR Observation (output only).
        warnings (list[SafetyWarning]): Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`):
            critical first, then warning, then info, each code once.
    """

    not_used: list[NotUsed]
    observation: Observation
    warnings: list[SafetyWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_used = []
        for not_used_item_data in self.not_used:
            not_used_item = not_used_item_data.to_dict()
            not_used.append(not_used_item)

        observation = self.observation.to_dict()

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "not_used": not_used,
                "observation": observation,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.not_used import NotUsed  # noqa: PLC0415
        from ..models.observation import Observation  # noqa: PLC0415
        from ..models.safety_warning import SafetyWarning  # noqa: PLC0415

        d = dict(src_dict)
        not_used = []
        _not_used = d.pop("not_used")
        for not_used_item_data in _not_used:
            not_used_item = NotUsed.from_dict(not_used_item_data)

            not_used.append(not_used_item)

        observation = Observation.from_dict(d.pop("observation"))

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = SafetyWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        observation_response = cls(
            not_used=not_used,
            observation=observation,
            warnings=warnings,
        )

        observation_response.additional_properties = d
        return observation_response

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
