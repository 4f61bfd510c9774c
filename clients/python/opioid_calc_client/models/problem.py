from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """RFC 9457 problem details: the body of every error. 400 and 422 bodies name the field, the expectation and what
    arrived.

        Attributes:
            detail (str): What is wrong with this request, in words.
            status (int): HTTP status (400, 404, 413, 422, 429, 500).
            title (str): Short summary of the kind of problem.
            code (None | str | Unset): Stable dotted code of the problem (`dose.implausible`, `request.invalid`). Every code
                is listed in this field's `x-codes` with the status it comes with, generated from where the code is written
                (scripts/codes.py).
            expected (None | str | Unset): What the field must be (an enumeration's values, a range with its source).
            field (None | str | Unset): The request field at fault (`medications[0].dose`, `patient.weight_kg`); null when
                the problem is about the body as a whole.
            received (None | str | Unset): What arrived, as JSON; null when nothing did.
            type_ (str | Unset): URI of the problem type (`urn:opioid-calc:problem:<code>`). Default: 'about:blank'.
    """

    detail: str
    status: int
    title: str
    code: None | str | Unset = UNSET
    expected: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    received: None | str | Unset = UNSET
    type_: str | Unset = "about:blank"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        status = self.status

        title = self.title

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        expected: None | str | Unset
        if isinstance(self.expected, Unset):
            expected = UNSET
        else:
            expected = self.expected

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        received: None | str | Unset
        if isinstance(self.received, Unset):
            received = UNSET
        else:
            received = self.received

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "status": status,
                "title": title,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if expected is not UNSET:
            field_dict["expected"] = expected
        if field is not UNSET:
            field_dict["field"] = field
        if received is not UNSET:
            field_dict["received"] = received
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        status = d.pop("status")

        title = d.pop("title")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_expected(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected = _parse_expected(d.pop("expected", UNSET))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_received(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received = _parse_received(d.pop("received", UNSET))

        type_ = d.pop("type", UNSET)

        problem = cls(
            detail=detail,
            status=status,
            title=title,
            code=code,
            expected=expected,
            field=field,
            received=received,
            type_=type_,
        )

        problem.additional_properties = d
        return problem

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
