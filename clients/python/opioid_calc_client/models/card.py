from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_indicator import CardIndicator, check_card_indicator
from ..models.card_selection_behavior_type_1 import CardSelectionBehaviorType1, check_card_selection_behavior_type_1
from ..models.card_selection_behavior_type_2_type_1 import (
    CardSelectionBehaviorType2Type1,
    check_card_selection_behavior_type_2_type_1,
)
from ..models.card_selection_behavior_type_3_type_1 import (
    CardSelectionBehaviorType3Type1,
    check_card_selection_behavior_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cds_coding import CdsCoding
    from ..models.link import Link
    from ..models.source import Source
    from ..models.suggestion import Suggestion


T = TypeVar("T", bound="Card")


@_attrs_define
class Card:
    """A card: `summary` under 140 characters, `detail` in GitHub-flavoured Markdown.

    Attributes:
        indicator (CardIndicator): `info`, `warning` or `critical`: the most severe of the card's warnings.
        source (Source): The source a card cites.
        summary (str): One line under 140 characters: the MME/day and what it means.
        uuid (str): The card's id (feedback names it).
        detail (None | str | Unset): The safety context and the numbers, in Markdown.
        links (list[Link] | None | Unset): Links to the sources and to this service's page.
        override_reasons (list[CdsCoding] | None | Unset): Reasons the clinician may give for overriding the card.
        selection_behavior (CardSelectionBehaviorType1 | CardSelectionBehaviorType2Type1 |
            CardSelectionBehaviorType3Type1 | None | Unset): `at-most-one` or `any` suggestion may be accepted.
        suggestions (list[Suggestion] | None | Unset): Changes the clinician may accept.
    """

    indicator: CardIndicator
    source: Source
    summary: str
    uuid: str
    detail: None | str | Unset = UNSET
    links: list[Link] | None | Unset = UNSET
    override_reasons: list[CdsCoding] | None | Unset = UNSET
    selection_behavior: (
        CardSelectionBehaviorType1 | CardSelectionBehaviorType2Type1 | CardSelectionBehaviorType3Type1 | None | Unset
    ) = UNSET
    suggestions: list[Suggestion] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator: str = self.indicator

        source = self.source.to_dict()

        summary = self.summary

        uuid = self.uuid

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        links: list[dict[str, Any]] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

        override_reasons: list[dict[str, Any]] | None | Unset
        if isinstance(self.override_reasons, Unset):
            override_reasons = UNSET
        elif isinstance(self.override_reasons, list):
            override_reasons = []
            for override_reasons_type_0_item_data in self.override_reasons:
                override_reasons_type_0_item = override_reasons_type_0_item_data.to_dict()
                override_reasons.append(override_reasons_type_0_item)

        else:
            override_reasons = self.override_reasons

        selection_behavior: None | str | Unset
        if isinstance(self.selection_behavior, Unset):
            selection_behavior = UNSET
        elif isinstance(self.selection_behavior, str):
            selection_behavior = self.selection_behavior
        elif isinstance(self.selection_behavior, str):
            selection_behavior = self.selection_behavior
        elif isinstance(self.selection_behavior, str):
            selection_behavior = self.selection_behavior
        else:
            selection_behavior = self.selection_behavior

        suggestions: list[dict[str, Any]] | None | Unset
        if isinstance(self.suggestions, Unset):
            suggestions = UNSET
        elif isinstance(self.suggestions, list):
            suggestions = []
            for suggestions_type_0_item_data in self.suggestions:
                suggestions_type_0_item = suggestions_type_0_item_data.to_dict()
                suggestions.append(suggestions_type_0_item)

        else:
            suggestions = self.suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "source": source,
                "summary": summary,
                "uuid": uuid,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if links is not UNSET:
            field_dict["links"] = links
        if override_reasons is not UNSET:
            field_dict["overrideReasons"] = override_reasons
        if selection_behavior is not UNSET:
            field_dict["selectionBehavior"] = selection_behavior
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cds_coding import CdsCoding  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415
        from ..models.suggestion import Suggestion  # noqa: PLC0415

        d = dict(src_dict)
        indicator = check_card_indicator(d.pop("indicator"))

        source = Source.from_dict(d.pop("source"))

        summary = d.pop("summary")

        uuid = d.pop("uuid")

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_links(data: object) -> list[Link] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                links_type_0 = []
                _links_type_0 = data
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = Link.from_dict(links_type_0_item_data)

                    links_type_0.append(links_type_0_item)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Link] | None | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        def _parse_override_reasons(data: object) -> list[CdsCoding] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                override_reasons_type_0 = []
                _override_reasons_type_0 = data
                for override_reasons_type_0_item_data in _override_reasons_type_0:
                    override_reasons_type_0_item = CdsCoding.from_dict(override_reasons_type_0_item_data)

                    override_reasons_type_0.append(override_reasons_type_0_item)

                return override_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CdsCoding] | None | Unset, data)

        override_reasons = _parse_override_reasons(d.pop("overrideReasons", UNSET))

        def _parse_selection_behavior(
            data: object,
        ) -> (
            CardSelectionBehaviorType1
            | CardSelectionBehaviorType2Type1
            | CardSelectionBehaviorType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                selection_behavior_type_1 = check_card_selection_behavior_type_1(data)

                return selection_behavior_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                selection_behavior_type_2_type_1 = check_card_selection_behavior_type_2_type_1(data)

                return selection_behavior_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                selection_behavior_type_3_type_1 = check_card_selection_behavior_type_3_type_1(data)

                return selection_behavior_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CardSelectionBehaviorType1
                | CardSelectionBehaviorType2Type1
                | CardSelectionBehaviorType3Type1
                | None
                | Unset,
                data,
            )

        selection_behavior = _parse_selection_behavior(d.pop("selectionBehavior", UNSET))

        def _parse_suggestions(data: object) -> list[Suggestion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                suggestions_type_0 = []
                _suggestions_type_0 = data
                for suggestions_type_0_item_data in _suggestions_type_0:
                    suggestions_type_0_item = Suggestion.from_dict(suggestions_type_0_item_data)

                    suggestions_type_0.append(suggestions_type_0_item)

                return suggestions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Suggestion] | None | Unset, data)

        suggestions = _parse_suggestions(d.pop("suggestions", UNSET))

        card = cls(
            indicator=indicator,
            source=source,
            summary=summary,
            uuid=uuid,
            detail=detail,
            links=links,
            override_reasons=override_reasons,
            selection_behavior=selection_behavior,
            suggestions=suggestions,
        )

        card.additional_properties = d
        return card

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
