"""
CDS Hooks 2.0 bodies (HL7 CDS Hooks 2.0; logical models in HL7/cds-hooks input/fsh/logicals):
discovery, the service request and response (cards), feedback.  Field names are the
specification's (camelCase).  Requests accept fields this service does not read (extensions).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta


__all__ = [
    "Action",
    "Card",
    "CdsRequest",
    "CdsResponse",
    "Feedback",
    "FeedbackRequest",
    "Link",
    "OrderContext",
    "PatientViewContext",
    "Service",
    "Services",
    "Source",
    "Suggestion",
]

Uuid = Annotated[
    str,
    Meta(
        pattern="^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        description="A UUID.",
    ),
]
Text = Annotated[str, Meta(min_length=1, max_length=2000)]


class _In(msgspec.Struct, kw_only=True):
    """A request part: fields this service does not read are accepted (CDS Hooks extensions)."""


class _Out(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A response part: absent optional fields are left out, as the specification shows them."""


class Service(_Out, kw_only=True):
    hook: str
    title: str
    description: str
    id: str
    prefetch: dict[str, str]
    usageRequirements: str  # noqa: N815  (CDS Hooks field names)


class Services(_Out, kw_only=True):
    """GET /cds-services: the services this CDS server hosts."""

    services: list[Service]


class FhirAuthorization(_In, kw_only=True):
    access_token: Text
    token_type: Literal["Bearer"]
    expires_in: int
    scope: Text
    subject: Text
    patient: Text | None = None


class CdsRequest(_In, kw_only=True):
    """A CDS Hooks service call. `context` is checked against the hook's context."""

    hook: Annotated[str, Meta(min_length=1, max_length=100)]
    hookInstance: Uuid  # noqa: N815
    fhirServer: Annotated[str, Meta(pattern="^https?://", max_length=2000)] | None = None  # noqa: N815
    fhirAuthorization: FhirAuthorization | None = None  # noqa: N815
    context: dict[str, Any]
    prefetch: dict[str, Any] | None = None


class PatientViewContext(_In, kw_only=True):
    userId: Text  # noqa: N815
    patientId: Text  # noqa: N815
    encounterId: Text | None = None  # noqa: N815


class OrderContext(PatientViewContext, kw_only=True):
    """order-sign; order-select also sends `selections`."""

    draftOrders: dict[str, Any]  # noqa: N815
    selections: list[Text] | None = None


class CdsCoding(_Out, kw_only=True):
    """A Coding of a card (topic, override reason): `display` is required (cds-resp-4)."""

    system: str | None = None
    code: str
    display: str


class Source(_Out, kw_only=True):
    label: str
    url: str | None = None
    topic: CdsCoding | None = None


class Action(_Out, kw_only=True):
    type: Literal["create", "update", "delete"]
    description: str
    resource: dict[str, Any] | None = None
    resourceId: str | None = None  # noqa: N815


class Suggestion(_Out, kw_only=True):
    label: str
    uuid: str
    actions: list[Action]
    isRecommended: bool | None = None  # noqa: N815


class Link(_Out, kw_only=True):
    label: str
    url: str
    type: Literal["absolute", "smart"]


class Card(_Out, kw_only=True):
    """A card: `summary` under 140 characters, `detail` in GitHub-flavoured Markdown."""

    uuid: str
    summary: Annotated[str, Meta(max_length=139)]
    indicator: Literal["info", "warning", "critical"]
    source: Source
    detail: str | None = None
    suggestions: list[Suggestion] | None = None
    selectionBehavior: Literal["at-most-one", "any"] | None = None  # noqa: N815
    overrideReasons: list[CdsCoding] | None = None  # noqa: N815
    links: list[Link] | None = None


class CdsResponse(_Out, kw_only=True):
    cards: list[Card]


class AcceptedSuggestion(_In, kw_only=True):
    id: Uuid


class OverrideReason(_In, kw_only=True):
    reason: dict[str, Any] | None = None
    userComment: Annotated[str, Meta(max_length=2000)] | None = None  # noqa: N815


class Feedback(_In, kw_only=True):
    card: Uuid
    outcome: Literal["accepted", "overridden"]
    outcomeTimestamp: Annotated[str, Meta(pattern="^\\d{4}-\\d{2}-\\d{2}T", max_length=40)]  # noqa: N815
    acceptedSuggestions: list[AcceptedSuggestion] | None = None  # noqa: N815
    overrideReason: OverrideReason | None = None  # noqa: N815


class FeedbackRequest(_In, kw_only=True):
    feedback: Annotated[list[Feedback], Meta(max_length=100)]


class FeedbackReceived(_Out, kw_only=True):
    received: int
