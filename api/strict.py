"""
Strict request bodies. Litestar 2.25 decodes a JSON body and then converts it to the handler's
msgspec Struct with ``strict=False`` (litestar/_signature/model.py), which also accepts ``0`` for
a boolean and ``"10"`` for a number: a schema-violating request answered 200 (schemathesis found
``"benzodiazepine": 0`` accepted by POST /v1/adjuncts/pregabalin). This hook converts the body to
the same Struct strictly first, allowing only what JSON Schema allows and strict msgspec does
not: an integral number such as ``12.0`` for an integer. Any other mismatch is the usual 400
naming the field (api/problems.py); Litestar then reads the cached body as before. A body
nested too deeply to decode (thousands of brackets) is a 400 here rather than a 500 there.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
from litestar import Request
from litestar.exceptions import ValidationException


__all__ = ["body_struct", "check", "strict_body", "too_deep"]

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_MAX_FIXES = 256  # integral floats put right in one body before giving up (bounds the loop)


def _integral_float_at(body: Any, key: str) -> tuple[Any, Any] | None:
    """The container and index of an integral float at ``key``, if that is what is there."""
    parent: Any = None
    index: Any = None
    node = body
    for name, number in _PART.findall(key):
        parent, index = node, (name or int(number))
        try:
            node = node[index]
        except (KeyError, IndexError, TypeError):
            return None
    if isinstance(node, float) and node.is_integer() and parent is not None:
        return parent, index
    return None


def _refuse(request: Request[Any, Any, Any], message: str, key: str) -> ValidationException:
    extra = [{"message": message, "key": key, "source": "body"}] if key else [{"message": message}]
    detail = f"Validation failed for {request.method} {request.url.path}"
    return ValidationException(detail=detail, extra=extra)


async def strict_body(request: Request[Any, Any, Any]) -> None:
    """Before a handler with a Struct body: the body must match the Struct without coercion."""
    if request.method not in _BODY_METHODS:
        return
    struct = body_struct(request)
    if struct is None:
        return
    try:
        body = msgspec.json.decode(await request.body())
    except msgspec.DecodeError:
        return  # not JSON: Litestar's own decoding reports it
    except RecursionError as exc:  # Litestar's decoder would raise it too: a 500
        raise too_deep(request) from exc
    check(request, struct, body)


def body_struct(request: Request[Any, Any, Any]) -> type[msgspec.Struct] | None:
    """The handler's Struct body type; None when it takes none (a raw or streamed body)."""
    field = request.route_handler.parsed_data_field
    struct = None if field is None else field.annotation
    return struct if isinstance(struct, type) and issubclass(struct, msgspec.Struct) else None


def too_deep(request: Request[Any, Any, Any]) -> ValidationException:
    return _refuse(request, "JSON nested too deeply to decode", "")


def check(request: Request[Any, Any, Any], struct: type[msgspec.Struct], body: Any) -> None:
    """
    ``body`` (decoded JSON) matches ``struct`` without coercion; integral floats where integers
    are expected are put right in place (JSON Schema allows them). Else the 400 naming the field.
    """
    for _ in range(_MAX_FIXES):
        try:
            msgspec.convert(body, struct, strict=True)
        except msgspec.ValidationError as exc:
            message, _, where = str(exc).partition(" - at `$.")
            key = where.rstrip("`")
            found = _integral_float_at(body, key) if message.startswith("Expected `int") else None
            if found is None:
                raise _refuse(request, message, key) from exc
            parent, index = found
            parent[index] = int(parent[index])
        else:
            return
