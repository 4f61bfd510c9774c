from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cds_coding import CdsCoding


T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """The source a card cites.

    Attributes:
        label (str): The source's name.
        topic (CdsCoding | None | Unset): The card's topic, coded.
        url (None | str | Unset): Where to read it.
    """

    label: str
    topic: CdsCoding | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cds_coding import CdsCoding  # noqa: PLC0415

        label = self.label

        topic: dict[str, Any] | None | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        elif isinstance(self.topic, CdsCoding):
            topic = self.topic.to_dict()
        else:
            topic = self.topic

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if topic is not UNSET:
            field_dict["topic"] = topic
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cds_coding import CdsCoding  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_topic(data: object) -> CdsCoding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                topic_type_0 = CdsCoding.from_dict(data)

                return topic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CdsCoding | None | Unset, data)

        topic = _parse_topic(d.pop("topic", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        source = cls(
            label=label,
            topic=topic,
            url=url,
        )

        source.additional_properties = d
        return source

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
