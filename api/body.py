"""
The request body before the handler sees it (the ``before_request`` hook of /v1).

1. It must be JSON (415 otherwise) and decode strictly (api/strict.py: no repeated keys, UTF-8,
   numbers a float can hold; a 400 names the field or the byte offset). The decoded body is
   cached where Litestar looks for it, so it is decoded once.
2. Read the spellings a pharmacist types as the contract's values (api/spellings.py).
3. Convert it to the operation's Struct with no type coercion (api/strict.py): ``"10"`` is not
   a number and ``0`` is not ``false``, while ``14.0`` is an integer as in JSON Schema. The
   Struct is what the handler receives (Litestar's own lax conversion passes it through).

A handler without a Struct body (the NDJSON batch) is left alone: its body is never read here.
"""

from __future__ import annotations

from typing import Any

from litestar import Request

from api.spellings import keep_notes, normalise
from api.strict import body_struct, check, decode, media_type


__all__ = ["read_body"]

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


async def read_body(request: Request[Any, Any, Any]) -> None:
    """
    Decode strictly, normalise spellings in place, refuse what only lax conversion accepts; the
    result is cached where Litestar reads the body. An operation without a Struct body, or a
    request without a body (Litestar then reports it missing), is left alone.
    """
    struct = body_struct(request) if request.method in _BODY_METHODS else None
    if struct is None:
        return
    raw = await request.body()
    if not raw:
        return
    media_type(request)
    body = decode(raw)
    request._json = request._connection_state.json = body  # noqa: SLF001 (Litestar's cache)
    keep_notes(request, normalise(body, raw))
    data = check(f"{request.method} {request.url.path}", struct, body)
    if data is not None:
        # Litestar converts the cached body to the handler's Struct once more (lax); a Struct
        # of that very type passes through msgspec's conversion as it is.
        request._json = request._connection_state.json = data  # noqa: SLF001
