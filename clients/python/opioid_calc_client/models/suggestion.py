from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action


T = TypeVar("T", bound="Suggestion")


@_attrs_define
class Suggestion:
    """A change the clinician may accept from a card.

    Attributes:
        actions (list[Action]): The changes it makes.
        label (str): What the suggestion does, in words.
        uuid (str): Its id (feedback names it when accepted).
        is_recommended (bool | None | Unset): The card recommends it.
    """

    actions: list[Action]
    label: str
    uuid: str
    is_recommended: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        label = self.label

        uuid = self.uuid

        is_recommended: bool | None | Unset
        if isinstance(self.is_recommended, Unset):
            is_recommended = UNSET
        else:
            is_recommended = self.is_recommended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "label": label,
                "uuid": uuid,
            }
        )
        if is_recommended is not UNSET:
            field_dict["isRecommended"] = is_recommended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action import Action  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = Action.from_dict(actions_item_data)

            actions.append(actions_item)

        label = d.pop("label")

        uuid = d.pop("uuid")

        def _parse_is_recommended(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_recommended = _parse_is_recommended(d.pop("isRecommended", UNSET))

        suggestion = cls(
            actions=actions,
            label=label,
            uuid=uuid,
            is_recommended=is_recommended,
        )

        suggestion.additional_properties = d
        return suggestion

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
