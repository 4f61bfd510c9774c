from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.safety_warning_severity import SafetyWarningSeverity, check_safety_warning_severity

T = TypeVar("T", bound="SafetyWarning")


@_attrs_define
class SafetyWarning:
    """A safety warning with a stable code.

    Attributes:
        code (str): Stable dotted code (`mme.at_or_above_90`). Every code a result can carry is listed in this field's
            `x-codes` with its severity and message, generated from where the code is written (scripts/codes.py); `<name>`
            stands for a part taken from the request or a table (`renal.avoid.<drug>`).
        message (str): One or two sentences for the clinician.
        severity (SafetyWarningSeverity): `critical`, `warning` or `info`; results list them in that order.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
    """

    code: str
    message: str
    severity: SafetyWarningSeverity
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        severity: str = self.severity

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "severity": severity,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        severity = check_safety_warning_severity(d.pop("severity"))

        source = d.pop("source")

        safety_warning = cls(
            code=code,
            message=message,
            severity=severity,
            source=source,
        )

        safety_warning.additional_properties = d
        return safety_warning

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
