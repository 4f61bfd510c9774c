"""
The request body before the handler sees it (the ``before_request`` hook of /v1).

1. Decode it once (Litestar caches the decoded body for the handler).
2. Read the spellings a pharmacist types as the contract's values (api/spellings.py).
3. Check it against the operation's schema with no type coercion: Litestar converts the body
   with msgspec's lax mode (``strict=False``), which would accept ``"10"`` for a number and ``0``
   for ``false``; here such a body is a 400 naming the field, as the schema says. A number with
   no fraction (``33.0``) is an integer in JSON Schema and is one here too.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
from litestar import Request
from litestar.exceptions import ClientException, SerializationException, ValidationException

from api.spellings import keep_notes, normalise


__all__ = ["read_body"]

_MAX_DEPTH = 6  # request bodies nest at most body -> from[i] -> route
_AT = re.compile(r"^(?P<message>.*?) - at `\$(?:\.)?(?P<key>[^`]*)`$")


async def read_body(request: Request[Any, Any, Any]) -> None:
    """Normalise spellings in place, then refuse what only lax conversion would accept."""
    if request.method != "POST" or not await request.body():
        return
    try:
        body = await request.json()
    except SerializationException:
        return  # not JSON: the handler's own decoding refuses it (400)
    except RecursionError as exc:
        # msgspec gives up on very deep nesting with RecursionError, not a decoding error.
        raise ClientException(detail="JSON is nested too deeply to be a request body") from exc
    keep_notes(request, normalise(body))
    field = request.route_handler.parsed_data_field
    if field is None:
        return
    try:
        msgspec.convert(_integers(body), field.annotation, strict=True)
    except msgspec.ValidationError as exc:
        text = str(exc)
        match = _AT.match(text)
        message, key = (match["message"], match["key"]) if match else (text, "")
        raise ValidationException(
            detail=f"Validation failed for {request.method} {request.url.path}",
            extra=[{"message": message, "key": key, "source": "body"}],
        ) from exc


def _integers(node: Any, depth: int = 0) -> Any:
    """
    A copy with whole floats as ints (``33.0`` is an integer in JSON Schema), down to the depth
    request bodies have; anything deeper breaks the schema anyway and is left as it is.
    """
    if isinstance(node, float) and node.is_integer():
        return int(node)
    if depth > _MAX_DEPTH:
        return node
    if isinstance(node, dict):
        return {key: _integers(value, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [_integers(value, depth + 1) for value in node]
    return node
