from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.override_reason_reason_type_0 import OverrideReasonReasonType0


T = TypeVar("T", bound="OverrideReason")


@_attrs_define
class OverrideReason:
    """Why the clinician overrode a card.

    Attributes:
        reason (None | OverrideReasonReasonType0 | Unset): The reason, one of the card's `overrideReasons` (a Coding).
        user_comment (None | str | Unset): The clinician's comment (never logged).
    """

    reason: None | OverrideReasonReasonType0 | Unset = UNSET
    user_comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.override_reason_reason_type_0 import OverrideReasonReasonType0  # noqa: PLC0415

        reason: dict[str, Any] | None | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, OverrideReasonReasonType0):
            reason = self.reason.to_dict()
        else:
            reason = self.reason

        user_comment: None | str | Unset
        if isinstance(self.user_comment, Unset):
            user_comment = UNSET
        else:
            user_comment = self.user_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if user_comment is not UNSET:
            field_dict["userComment"] = user_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.override_reason_reason_type_0 import OverrideReasonReasonType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | OverrideReasonReasonType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_type_0 = OverrideReasonReasonType0.from_dict(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverrideReasonReasonType0 | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_user_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_comment = _parse_user_comment(d.pop("userComment", UNSET))

        override_reason = cls(
            reason=reason,
            user_comment=user_comment,
        )

        override_reason.additional_properties = d
        return override_reason

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
