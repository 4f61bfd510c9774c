"""
The request body before the handler sees it (the ``before_request`` hook of /v1).

1. Decode it once (Litestar caches the decoded body for the handler).
2. Read the spellings a pharmacist types as the contract's values (api/spellings.py).
3. Check it against the operation's Struct with no type coercion (api/strict.py): ``"10"`` is not
   a number and ``0`` is not ``false``, while ``14.0`` is an integer as in JSON Schema.

A handler without a Struct body (the NDJSON batch) is left alone: its body is never read here.
"""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.exceptions import SerializationException

from api.spellings import keep_notes, normalise
from api.strict import body_struct, check, too_deep


__all__ = ["read_body"]

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


async def read_body(request: Request[Any, Any, Any]) -> None:
    """Normalise spellings in place, then refuse what only lax conversion would accept."""
    if request.method not in _BODY_METHODS:
        return
    struct = body_struct(request)
    if struct is None or not await request.body():
        return
    try:
        body = await request.json()
    except SerializationException:
        return  # not JSON: the handler's own decoding refuses it (400)
    except RecursionError as exc:  # msgspec gives up on very deep nesting this way
        raise too_deep(request) from exc
    keep_notes(request, normalise(body))
    check(request, struct, body)
