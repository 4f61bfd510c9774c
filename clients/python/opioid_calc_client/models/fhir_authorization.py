from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FhirAuthorization")


@_attrs_define
class FhirAuthorization:
    """The OAuth 2.0 token the EHR passes for its FHIR server (CDS Hooks 2.0); not used to fetch.

    Attributes:
        access_token (str): The bearer token.
        expires_in (int): Seconds the token lives.
        scope (str): The token's scopes.
        subject (str): The client the token was issued to.
        token_type (Literal['Bearer']): `Bearer`.
        patient (None | str | Unset): The patient: age, sex, weight, height, renal function, QTc and so on; it drives
            the safety warnings and, for adjuncts and renal function, the doses.
    """

    access_token: str
    expires_in: int
    scope: str
    subject: str
    token_type: Literal["Bearer"]
    patient: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        scope = self.scope

        subject = self.subject

        token_type = self.token_type

        patient: None | str | Unset
        if isinstance(self.patient, Unset):
            patient = UNSET
        else:
            patient = self.patient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
                "scope": scope,
                "subject": subject,
                "token_type": token_type,
            }
        )
        if patient is not UNSET:
            field_dict["patient"] = patient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        scope = d.pop("scope")

        subject = d.pop("subject")

        token_type = cast(Literal["Bearer"], d.pop("token_type"))
        if token_type != "Bearer":
            raise ValueError(f"token_type must match const 'Bearer', got '{token_type}'")

        def _parse_patient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patient = _parse_patient(d.pop("patient", UNSET))

        fhir_authorization = cls(
            access_token=access_token,
            expires_in=expires_in,
            scope=scope,
            subject=subject,
            token_type=token_type,
            patient=patient,
        )

        fhir_authorization.additional_properties = d
        return fhir_authorization

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
