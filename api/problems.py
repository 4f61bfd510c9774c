"""
The only place errors become HTTP responses: RFC 9457 ``application/problem+json``.

- ``CalcError`` (a clinical refusal, an unknown drug, a number outside a rule's range) -> 422 with
  ``code``, ``field``, ``expected`` and ``received``.
- Request validation (msgspec) -> 400 naming the field, the expectation and what arrived.
- Other HTTP errors (404, 405, 413, 429) keep their status.
- Anything else is a bug: 500, logged, with no internals in the body.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from decimal import Decimal
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.openapi.datastructures import ResponseSpec
from litestar.status_codes import HTTP_422_UNPROCESSABLE_ENTITY, HTTP_500_INTERNAL_SERVER_ERROR
from litestar.types import Empty

from api.schemas.common import Problem
from calc.errors import CalcError


__all__ = ["EXCEPTION_HANDLERS", "PROBLEM_JSON", "problem_responses", "render_value"]

PROBLEM_JSON = "application/problem+json"
_RECEIVED_MAX = 200
_log = logging.getLogger("opioid_calc.errors")

_DESCRIPTIONS = {
    400: "The body is not valid JSON or breaks the schema; the problem names the field.",
    401: "A CDS Client JWT is required and was missing or refused (CDS Hooks JWT verification on).",
    404: "No such resource.",
    413: "The request body is larger than the limit.",
    422: "A clinical rule refuses the request, or the reference data does not cover it.",
    429: "Too many requests; retry after the time in the RateLimit-Reset header.",
}


def problem_responses(*statuses: int) -> dict[int, ResponseSpec]:
    """OpenAPI response specs documenting problem+json for these statuses."""
    return {
        status: ResponseSpec(
            data_container=Problem,
            media_type=PROBLEM_JSON,
            description=_DESCRIPTIONS[status],
            generate_examples=False,
        )
        for status in statuses
    }


def render_value(value: Any) -> str:
    """
    The value as JSON: numbers bare (Decimals too), strings quoted, ``null`` for none; a negative
    zero is shown as 0 (no negative zero anywhere in a response).
    """
    if isinstance(value, float | Decimal) and not isinstance(value, bool) and value == 0:
        value = abs(value)
    if isinstance(value, Decimal):
        text = str(value)
    elif isinstance(value, date):
        text = f'"{value.isoformat()}"'
    else:
        text = msgspec.json.encode(value).decode()
    return text if len(text) <= _RECEIVED_MAX else text[:_RECEIVED_MAX] + "..."


def _respond(problem: Problem, headers: dict[str, str] | None = None) -> Response[Problem]:
    return Response(
        content=problem, status_code=problem.status, media_type=PROBLEM_JSON, headers=headers
    )


def _calc_error(request: Request[Any, Any, Any], exc: CalcError) -> Response[Problem]:
    del request
    return _respond(
        Problem(
            title="Request refused by a clinical or reference rule",
            status=HTTP_422_UNPROCESSABLE_ENTITY,
            detail=exc.detail,
            type=f"urn:opioid-calc:problem:{exc.code}",
            code=exc.code,
            field=exc.field,
            expected=exc.expected,
            received=render_value(exc.received),
        )
    )


_KEY_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _lookup(body: Any, key: str) -> tuple[bool, Any]:
    """The value at a msgspec error path such as ``medications[0].dose``."""
    node = body
    for name, index in _KEY_PART.findall(key):
        if name and isinstance(node, dict) and name in node:
            node = node[name]
        elif index and isinstance(node, list) and int(index) < len(node):
            node = node[int(index)]
        else:
            return False, None
    return True, node


_UNKNOWN = re.compile(r"^Object contains unknown field `([^`]*)`")
_MISSING = re.compile(r"^Object missing required field `([^`]*)`")
_EXPECTED = re.compile(r"^Expected (.*?)(?: - at `.*`)?$")


def _expected(message: str, match: re.Match[str] | None) -> str:
    if match:
        return match.group(1)
    if message.startswith("Invalid enum value"):
        return "one of the values listed for this field in openapi.json"
    if message.startswith("Object contains unknown field"):
        return "only the fields documented in openapi.json (additionalProperties false)"
    return message


def _validation_error(
    request: Request[Any, Any, Any], exc: ValidationException
) -> Response[Problem]:
    extra = exc.extra[0] if isinstance(exc.extra, list) and exc.extra else {}
    message = str(extra.get("message", exc.detail)) if isinstance(extra, dict) else exc.detail
    key = str(extra.get("key", "")) if isinstance(extra, dict) else ""
    unknown = _UNKNOWN.match(message)
    if unknown:
        key = f"{key}.{unknown.group(1)}" if key else unknown.group(1)
    missing = _MISSING.match(message)
    if missing:  # name the missing field itself, not its parent (`data` is the body)
        key = f"{key}.{missing.group(1)}" if key and key != "data" else missing.group(1)
    received: str | None = None
    body = request._connection_state.body  # noqa: SLF001  (Litestar caches the raw body here)
    if key and body is not Empty and isinstance(body, bytes):
        try:
            found, value = _lookup(msgspec.json.decode(body), key)
        except msgspec.DecodeError:
            found, value = False, None
        if found:
            received = render_value(value)
    match = _EXPECTED.match(message)
    return _respond(
        Problem(
            title="Request body is invalid",
            status=exc.status_code,
            detail=f"{key}: {message}" if key else message,
            type="urn:opioid-calc:problem:request.invalid",
            code="request.invalid",
            field=key or None,
            expected=_expected(message, match),
            received=received,
        )
    )


def _http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Problem]:
    del request
    headers = dict(exc.headers or {})
    return _respond(
        Problem(
            title=str(exc.detail) or "HTTP error",
            status=exc.status_code,
            detail=str(exc.detail),
            code=f"http.{exc.status_code}",
        ),
        headers=headers or None,
    )


def _server_error(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    _log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _respond(
        Problem(
            title="Internal error",
            status=HTTP_500_INTERNAL_SERVER_ERROR,
            detail="An unexpected error occurred; it has been logged.",
            code="internal",
        )
    )


EXCEPTION_HANDLERS: Any = {
    CalcError: _calc_error,
    ValidationException: _validation_error,
    HTTPException: _http_error,
    Exception: _server_error,
}
