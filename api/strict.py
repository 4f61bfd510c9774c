"""
Strict request bodies. Litestar 2.25 decodes a JSON body and then converts it to the handler's
msgspec Struct with ``strict=False`` (litestar/_signature/model.py), which accepts ``0`` for a
boolean and ``"10"`` for a number: a schema-violating request answered 200 (schemathesis found
``"benzodiazepine": 0`` accepted by POST /v1/adjuncts/pregabalin). This hook decodes the body
against the same Struct strictly first; a mismatch is the usual 400 naming the field
(api/problems.py), and Litestar then reads the cached body as before.
"""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Request
from litestar.exceptions import ValidationException


__all__ = ["strict_body"]

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


async def strict_body(request: Request[Any, Any, Any]) -> None:
    """Before a handler with a Struct body: the body must match the Struct without coercion."""
    if request.method not in _BODY_METHODS:
        return
    field = request.route_handler.parsed_data_field
    struct = None if field is None else field.annotation
    if not (isinstance(struct, type) and issubclass(struct, msgspec.Struct)):
        return
    body = await request.body()
    try:
        msgspec.json.decode(body, type=struct)
    except msgspec.ValidationError as exc:
        message, _, where = str(exc).partition(" - at `$.")
        key = where.rstrip("`")
        extra = (
            [{"message": message, "key": key, "source": "body"}] if key else [{"message": message}]
        )
        raise ValidationException(
            detail=f"Validation failed for {request.method} {request.url.path}", extra=extra
        ) from exc
    except msgspec.DecodeError:
        return  # not JSON: Litestar's own decoding reports it
