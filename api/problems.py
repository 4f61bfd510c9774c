"""
The only place errors become HTTP responses: RFC 9457 ``application/problem+json``.

- ``CalcError`` (a clinical refusal, an unknown drug, a number outside a rule's range) -> 422 with
  ``code``, ``field``, ``expected`` and ``received``.
- Request validation (msgspec) -> 400 naming the field (never the body's parameter name), the
  expectation (an enumeration's allowed values, a pattern's meaning) and what arrived.
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
from litestar.status_codes import (
    HTTP_400_BAD_REQUEST,
    HTTP_405_METHOD_NOT_ALLOWED,
    HTTP_422_UNPROCESSABLE_ENTITY,
    HTTP_500_INTERNAL_SERVER_ERROR,
)
from litestar.types import Empty

from api.exchange import current
from api.schemas.common import Problem
from api.spellings import accepted
from calc import (
    CalcError,
)


__all__ = [
    "EXCEPTION_HANDLERS",
    "PROBLEM_JSON",
    "RequestProblem",
    "problem_responses",
    "render_value",
    "stopped_before_answer",
]

PROBLEM_JSON = "application/problem+json"
_RECEIVED_MAX = 200
_log = logging.getLogger("opioid_calc.errors")

_DESCRIPTIONS = {
    400: "The body is not valid JSON or breaks the schema; the problem names the field "
    "(or the byte offset where the JSON goes wrong).",
    401: "A credential is required and was missing or refused: an API key on /v1 when keys are "
    "configured, a CDS Client JWT on /cds-services when CDS Hooks JWT verification is on.",
    404: "No such resource.",
    413: "The request body is larger than the limit.",
    415: "The body is not JSON (Content-Type application/json or application/*+json).",
    422: "A clinical rule refuses the request, or the reference data does not cover it.",
    429: "Too many requests; retry after the seconds in the Retry-After header.",
    503: "The service is shutting down or not ready; another instance should take the request.",
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


class RequestProblem(HTTPException):
    """A request the service refuses before any calculation, with the Problem's own fields."""

    def __init__(
        self,
        *,
        status_code: int,
        code: str,
        detail: str,
        field: str | None,
        expected: str,
        received: str | None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail=detail, status_code=status_code, headers=headers)
        self.code = code
        self.field = field
        self.expected = expected
        self.received = received


def _request_problem(request: Request[Any, Any, Any], exc: RequestProblem) -> Response[Problem]:
    del request
    return _respond(
        Problem(
            title=_TITLES.get(exc.status_code, "Request refused"),
            status=exc.status_code,
            detail=exc.detail,
            type=f"urn:opioid-calc:problem:{exc.code}",
            code=exc.code,
            field=exc.field,
            expected=exc.expected,
            received=exc.received,
        ),
        headers=exc.headers,
    )


_TITLES = {
    400: "Request body is invalid",
    401: "An API key is required",
    415: "Request body is not JSON",
    429: "Too many requests",
    503: "Service unavailable",
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
    exchange = current()
    if exchange is not None:  # refusals by code (api/metrics.py)
        exchange.problem_code = problem.code
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
_BODY_KEY = "data"  # Litestar's name for the whole body: never shown as a field
_TYPE_WORDS = re.compile(r"^`([^`]*)`(.*)$")
_JSON_TYPES = {
    "`object`": "a JSON object",
    "`array`": "an array",
    "`str`": "a string",
    "`int`": "a number",
    "`float`": "a number",
    "`bool`": "true or false",
    "`null`": "null",
}


def _plain(wanted: str) -> str:
    """msgspec's type words as JSON's: ```float | null` >= 0.0`` -> ``a number or null >= 0.0``."""
    found = _TYPE_WORDS.match(wanted)
    if found is None:
        return wanted
    kinds = [_JSON_TYPES.get(f"`{kind.strip()}`", kind.strip()) for kind in found[1].split("|")]
    return " or ".join(kinds) + found[2]


def _field_type(root: Any, key: str) -> Any:
    """The msgspec type of the request field at ``key`` (``medications[0].route``), if known."""
    node: Any = msgspec.inspect.type_info(root) if isinstance(root, type) else None
    for name, index in _KEY_PART.findall(key):
        node = _unwrap(node)
        if index and isinstance(node, msgspec.inspect.ListType):
            node = node.item_type
        elif name and isinstance(node, msgspec.inspect.StructType):
            node = next((f.type for f in node.fields if f.encode_name == name), None)
        else:
            return None
    return node


def _unwrap(node: Any) -> Any:
    """Through ``Annotated`` metadata and ``X | None``."""
    while True:
        if isinstance(node, msgspec.inspect.Metadata):
            node = node.type
        elif isinstance(node, msgspec.inspect.UnionType):
            kinds = [t for t in node.types if not isinstance(t, msgspec.inspect.NoneType)]
            if len(kinds) != 1:
                return node
            node = kinds[0]
        else:
            return node


def _description(node: Any) -> str | None:
    """The field's description, through ``Annotated`` and ``X | None`` (optional fields too)."""
    while isinstance(node, msgspec.inspect.Metadata | msgspec.inspect.UnionType):
        if isinstance(node, msgspec.inspect.Metadata):
            text = (node.extra_json_schema or {}).get("description")
            if text:
                return str(text)
            node = node.type
            continue
        kinds = [t for t in node.types if not isinstance(t, msgspec.inspect.NoneType)]
        if len(kinds) != 1:
            return None
        node = kinds[0]
    return None


def _body_type(request: Request[Any, Any, Any]) -> Any:
    field = request.route_handler.parsed_data_field
    return None if field is None else field.annotation


def _expected(message: str, match: re.Match[str] | None, field_type: Any, leaf: str) -> str:
    literal = _unwrap(field_type)
    if isinstance(literal, msgspec.inspect.LiteralType):
        values = ", ".join(str(v) for v in literal.values)
        return f"one of {values} ({accepted(leaf)})"
    if match:
        expected = _plain(match.group(1).partition(", got ")[0])
        described = _description(field_type)
        return f"{expected}: {described}" if described else expected
    if message.startswith("Object contains unknown field"):
        return "only the fields documented in openapi.json (additionalProperties false)"
    if _MISSING.match(message):
        described = _description(field_type)
        return f"a value (required): {described}" if described else "a value (required)"
    return message


def _whole_body(exc: ValidationException, message: str) -> Response[Problem]:
    """An error about the body as a whole (empty, or not an object): no field to name."""
    match = _EXPECTED.match(message)
    if match:
        wanted, _, got = match.group(1).partition(", got ")
        detail = (
            f"The request body must be {_JSON_TYPES.get(wanted, wanted)}; got "
            f"{_JSON_TYPES.get(got, got)}."
        )
    elif message.strip("'") == _BODY_KEY:  # Litestar's KeyError when there is no body
        detail = "The request body is empty; send a JSON object."
    else:
        detail = f"The request body is not valid: {message}."
    return _respond(
        Problem(
            title="Request body is invalid",
            status=exc.status_code,
            detail=detail,
            type="urn:opioid-calc:problem:request.invalid",
            code="request.invalid",
            field=None,
            expected="a JSON object with the fields documented in openapi.json",
            received=None,
        )
    )


def _validation_error(
    request: Request[Any, Any, Any], exc: ValidationException
) -> Response[Problem]:
    extra = exc.extra[0] if isinstance(exc.extra, list) and exc.extra else {}
    message = str(extra.get("message", exc.detail)) if isinstance(extra, dict) else exc.detail
    key = str(extra.get("key", "")) if isinstance(extra, dict) else ""
    if key == _BODY_KEY:
        key = ""
    named = _UNKNOWN.match(message) or _MISSING.match(message)
    if named:
        key = f"{key}.{named.group(1)}" if key else named.group(1)
    elif not key:
        return _whole_body(exc, message)
    received: str | None = None
    body = request._connection_state.body  # noqa: SLF001  (Litestar caches the raw body here)
    # An unknown field's value is never echoed: it is outside the contract, and may be a name.
    unknown = _UNKNOWN.match(message) is not None
    if key and not unknown and body is not Empty and isinstance(body, bytes):
        try:
            found, value = _lookup(msgspec.json.decode(body), key)
        except msgspec.DecodeError:
            found, value = False, None
        if found:
            received = render_value(value)
    match = _EXPECTED.match(message)
    field_type = _field_type(_body_type(request), key) if key else None
    expected = _expected(message, match, field_type, key.rsplit(".", 1)[-1])
    if not key:
        detail = message
    elif _MISSING.match(message):
        detail = f"{key} is missing; expected {expected}"
    elif unknown:
        detail = f"{key} is not a field of this request; expected {expected}"
    else:
        detail = f"{key}: expected {expected}; got {received}"
    return _respond(
        Problem(
            title="Request body is invalid",
            status=exc.status_code,
            detail=detail,
            type="urn:opioid-calc:problem:request.invalid",
            code="request.invalid",
            field=key or None,
            expected=expected,
            received=received,
        )
    )


def _allow(headers: dict[str, str]) -> None:
    """A 405's Allow header in a stable order, with HEAD wherever GET is (api/edge.py)."""
    names = [name for name in headers if name.lower() == "allow"]
    listed = ",".join(headers.pop(name) for name in names)
    methods = {m.strip().upper() for m in listed.split(",") if m.strip()}
    if "GET" in methods:
        methods.add("HEAD")
    headers["Allow"] = ", ".join(sorted(methods))


def _http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Problem]:
    headers = dict(exc.headers or {})
    if exc.status_code == HTTP_405_METHOD_NOT_ALLOWED:
        _allow(headers)
    detail = str(exc.detail)
    if exc.status_code == HTTP_400_BAD_REQUEST and request.method == "POST":
        # Litestar's decoding error: the body is not JSON at all (schema errors are
        # ValidationException, above).
        return _respond(
            Problem(
                title="Request body is not valid JSON",
                status=exc.status_code,
                detail=detail,
                type="urn:opioid-calc:problem:request.invalid_json",
                code="request.invalid_json",
                expected="a JSON object with the fields documented in openapi.json",
            )
        )
    return _respond(
        Problem(
            title=detail or "HTTP error",
            status=exc.status_code,
            detail=detail,
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


def stopped_before_answer() -> bytes:
    """
    The body of the 503 the edge sends (api/edge.py) for a request the server cancels when the
    graceful stop's time runs out before it is answered (uvicorn would answer 500 text/plain).
    """
    return msgspec.json.encode(
        Problem(
            title=_TITLES[503],
            status=503,
            detail="This process stopped before the request was answered (its graceful stop ran "
            "out of time while the request was still arriving or running); send it again.",
            type="urn:opioid-calc:problem:service.draining",
            code="service.draining",
            expected="a process that is not shutting down",
        )
    )


EXCEPTION_HANDLERS: Any = {
    RequestProblem: _request_problem,
    CalcError: _calc_error,
    ValidationException: _validation_error,
    HTTPException: _http_error,
    Exception: _server_error,
}
