from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_outcome import FeedbackOutcome, check_feedback_outcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accepted_suggestion import AcceptedSuggestion
    from ..models.override_reason import OverrideReason


T = TypeVar("T", bound="Feedback")


@_attrs_define
class Feedback:
    """What became of one card (CDS Hooks 2.0 feedback).

    Attributes:
        card (str): A UUID.
        outcome (FeedbackOutcome): `accepted` or `overridden`.
        outcome_timestamp (str): When (ISO 8601 date-time).
        accepted_suggestions (list[AcceptedSuggestion] | None | Unset): The suggestions accepted (required when
            accepted).
        override_reason (None | OverrideReason | Unset): Why it was overridden.
    """

    card: str
    outcome: FeedbackOutcome
    outcome_timestamp: str
    accepted_suggestions: list[AcceptedSuggestion] | None | Unset = UNSET
    override_reason: None | OverrideReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.override_reason import OverrideReason  # noqa: PLC0415

        card = self.card

        outcome: str = self.outcome

        outcome_timestamp = self.outcome_timestamp

        accepted_suggestions: list[dict[str, Any]] | None | Unset
        if isinstance(self.accepted_suggestions, Unset):
            accepted_suggestions = UNSET
        elif isinstance(self.accepted_suggestions, list):
            accepted_suggestions = []
            for accepted_suggestions_type_0_item_data in self.accepted_suggestions:
                accepted_suggestions_type_0_item = accepted_suggestions_type_0_item_data.to_dict()
                accepted_suggestions.append(accepted_suggestions_type_0_item)

        else:
            accepted_suggestions = self.accepted_suggestions

        override_reason: dict[str, Any] | None | Unset
        if isinstance(self.override_reason, Unset):
            override_reason = UNSET
        elif isinstance(self.override_reason, OverrideReason):
            override_reason = self.override_reason.to_dict()
        else:
            override_reason = self.override_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card": card,
                "outcome": outcome,
                "outcomeTimestamp": outcome_timestamp,
            }
        )
        if accepted_suggestions is not UNSET:
            field_dict["acceptedSuggestions"] = accepted_suggestions
        if override_reason is not UNSET:
            field_dict["overrideReason"] = override_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accepted_suggestion import AcceptedSuggestion  # noqa: PLC0415
        from ..models.override_reason import OverrideReason  # noqa: PLC0415

        d = dict(src_dict)
        card = d.pop("card")

        outcome = check_feedback_outcome(d.pop("outcome"))

        outcome_timestamp = d.pop("outcomeTimestamp")

        def _parse_accepted_suggestions(data: object) -> list[AcceptedSuggestion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accepted_suggestions_type_0 = []
                _accepted_suggestions_type_0 = data
                for accepted_suggestions_type_0_item_data in _accepted_suggestions_type_0:
                    accepted_suggestions_type_0_item = AcceptedSuggestion.from_dict(
                        accepted_suggestions_type_0_item_data
                    )

                    accepted_suggestions_type_0.append(accepted_suggestions_type_0_item)

                return accepted_suggestions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AcceptedSuggestion] | None | Unset, data)

        accepted_suggestions = _parse_accepted_suggestions(d.pop("acceptedSuggestions", UNSET))

        def _parse_override_reason(data: object) -> None | OverrideReason | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                override_reason_type_0 = OverrideReason.from_dict(data)

                return override_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverrideReason | Unset, data)

        override_reason = _parse_override_reason(d.pop("overrideReason", UNSET))

        feedback = cls(
            card=card,
            outcome=outcome,
            outcome_timestamp=outcome_timestamp,
            accepted_suggestions=accepted_suggestions,
            override_reason=override_reason,
        )

        feedback.additional_properties = d
        return feedback

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
