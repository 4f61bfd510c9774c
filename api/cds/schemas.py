"""
CDS Hooks 2.0 bodies (HL7 CDS Hooks 2.0; logical models in HL7/cds-hooks input/fsh/logicals):
discovery, the service request and response (cards), feedback.  Field names are the
specification's (camelCase).  Requests accept fields this service does not read (extensions).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

import calc


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
    """
    A CDS service this server hosts (CDS Hooks 2.0 discovery).

    Attributes:
        hook: The hook it answers (`order-select`, `order-sign`, `patient-view`).
        title: Its title.
        description: What it does.
        id: Its id: the path segment of POST /cds-services/{service_id}.
        prefetch: The FHIR queries it asks the EHR to prefetch, by key.
        usageRequirements: What the EHR must send for a useful answer.
    """

    hook: str
    title: str
    description: str
    id: str
    prefetch: dict[str, str]
    usageRequirements: str  # noqa: N815  (CDS Hooks field names)


class Services(_Out, kw_only=True):
    """
    GET /cds-services: the services this CDS server hosts.

    Attributes:
        services: The services: order-select, order-sign and patient-view.
    """

    services: list[Service]


class FhirAuthorization(_In, kw_only=True):
    """
    The OAuth 2.0 token the EHR passes for its FHIR server (CDS Hooks 2.0); not used to fetch.

    Attributes:
        access_token: The bearer token.
        token_type: `Bearer`.
        expires_in: Seconds the token lives.
        scope: The token's scopes.
        subject: The client the token was issued to.
    """

    access_token: Text
    token_type: Literal["Bearer"]
    expires_in: int
    scope: Text
    subject: Text
    patient: Text | None = None


class CdsRequest(_In, kw_only=True):
    """
    A CDS Hooks service call. `context` is checked against the hook's context.

    Attributes:
        hook: The hook that fired; it must be the service's.
        hookInstance: A UUID of this firing.
        fhirServer: The EHR's FHIR base URL (required with `fhirAuthorization`).
        fhirAuthorization: The EHR's token for its FHIR server.
        context: The hook's context: `userId`, `patientId`, and for the order hooks `draftOrders`
            (a Bundle of MedicationRequests) and, for order-select, `selections`.
        prefetch: The prefetched FHIR data by key: the active opioid MedicationRequests and the
            Patient (for age).
    """

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
    """
    A Coding of a card (topic, override reason): `display` is required (cds-resp-4).

    Attributes:
        system: The code system.
        code: The code.
        display: The code's text, shown to the user.
    """

    system: str | None = None
    code: str
    display: str


class Source(_Out, kw_only=True):
    """
    The source a card cites.

    Attributes:
        label: The source's name.
        url: Where to read it.
        topic: The card's topic, coded.
    """

    label: str
    url: str | None = None
    topic: CdsCoding | None = None


class Action(_Out, kw_only=True):
    """
    A change a suggestion makes to the EHR's orders.

    Attributes:
        type: `create`, `update` or `delete`.
        description: The change, in words.
        resource: The FHIR resource to create or update.
        resourceId: The resource to delete.
    """

    type: Literal["create", "update", "delete"]
    description: str
    resource: dict[str, Any] | None = None
    resourceId: str | None = None  # noqa: N815


class Suggestion(_Out, kw_only=True):
    """
    A change the clinician may accept from a card.

    Attributes:
        label: What the suggestion does, in words.
        uuid: Its id (feedback names it when accepted).
        actions: The changes it makes.
        isRecommended: The card recommends it.
    """

    label: str
    uuid: str
    actions: list[Action]
    isRecommended: bool | None = None  # noqa: N815


class Link(_Out, kw_only=True):
    """
    A link a card offers.

    Attributes:
        label: The link's text.
        url: Where it goes.
        type: `absolute` (a web page) or `smart` (a SMART app).
    """

    label: str
    url: str
    type: Literal["absolute", "smart"]


class Card(_Out, kw_only=True):
    """
    A card: `summary` under 140 characters, `detail` in GitHub-flavoured Markdown.

    Attributes:
        uuid: The card's id (feedback names it).
        summary: One line under 140 characters: the MME/day and what it means.
        indicator: `info`, `warning` or `critical`: the most severe of the card's warnings.
        detail: The safety context and the numbers, in Markdown.
        suggestions: Changes the clinician may accept.
        selectionBehavior: `at-most-one` or `any` suggestion may be accepted.
        overrideReasons: Reasons the clinician may give for overriding the card.
        links: Links to the sources and to this service's page.
    """

    uuid: str
    summary: Annotated[str, Meta(max_length=139)]
    indicator: calc.Severity
    source: Source
    detail: str | None = None
    suggestions: list[Suggestion] | None = None
    selectionBehavior: Literal["at-most-one", "any"] | None = None  # noqa: N815
    overrideReasons: list[CdsCoding] | None = None  # noqa: N815
    links: list[Link] | None = None


class CdsResponse(_Out, kw_only=True):
    """
    The answer to a CDS service call (CDS Hooks 2.0).

    Attributes:
        cards: The cards to show (none when no opioid order is involved).
    """

    cards: list[Card]


class AcceptedSuggestion(_In, kw_only=True):
    """
    A suggestion the clinician accepted.

    Attributes:
        id: The suggestion's uuid.
    """

    id: Uuid


class OverrideReason(_In, kw_only=True):
    """
    Why the clinician overrode a card.

    Attributes:
        reason: The reason, one of the card's `overrideReasons` (a Coding).
        userComment: The clinician's comment (never logged).
    """

    reason: dict[str, Any] | None = None
    userComment: Annotated[str, Meta(max_length=2000)] | None = None  # noqa: N815


class Feedback(_In, kw_only=True):
    """
    What became of one card (CDS Hooks 2.0 feedback).

    Attributes:
        card: The card's uuid.
        outcome: `accepted` or `overridden`.
        outcomeTimestamp: When (ISO 8601 date-time).
        acceptedSuggestions: The suggestions accepted (required when accepted).
        overrideReason: Why it was overridden.
    """

    card: Uuid
    outcome: Literal["accepted", "overridden"]
    outcomeTimestamp: Annotated[str, Meta(pattern="^\\d{4}-\\d{2}-\\d{2}T", max_length=40)]  # noqa: N815
    acceptedSuggestions: list[AcceptedSuggestion] | None = None  # noqa: N815
    overrideReason: OverrideReason | None = None  # noqa: N815


class FeedbackRequest(_In, kw_only=True):
    """
    Feedback on cards (CDS Hooks 2.0).

    Attributes:
        feedback: One item per card, at most 100.
    """

    feedback: Annotated[list[Feedback], Meta(max_length=100)]


class FeedbackReceived(_Out, kw_only=True):
    """
    The feedback was received.

    Attributes:
        received: How many items were received (logged, never stored).
    """

    received: int
