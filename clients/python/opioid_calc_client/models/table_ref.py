from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TableRef")


@_attrs_define
class TableRef:
    """Provenance of a table: id, version, citation, checksum of the file.

    Attributes:
        checksum (str): `sha256:` of the table file; the calculation id covers it.
        citation (str): The primary source the table follows.
        id (str): Table id, as requests name it (`cdc-2022`).
        kind (str): What the table is (`mme`, `equianalgesic`, `products`, `adjunct`, ...).
        title (str): The table's title.
        url (None | str): Address of that source, when a primary one was verified; null otherwise.
        version (str): The table's version.
    """

    checksum: str
    citation: str
    id: str
    kind: str
    title: str
    url: None | str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checksum = self.checksum

        citation = self.citation

        id = self.id

        kind = self.kind

        title = self.title

        url: None | str
        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checksum": checksum,
                "citation": citation,
                "id": id,
                "kind": kind,
                "title": title,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checksum = d.pop("checksum")

        citation = d.pop("citation")

        id = d.pop("id")

        kind = d.pop("kind")

        title = d.pop("title")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        version = d.pop("version")

        table_ref = cls(
            checksum=checksum,
            citation=citation,
            id=id,
            kind=kind,
            title=title,
            url=url,
            version=version,
        )

        table_ref.additional_properties = d
        return table_ref

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
