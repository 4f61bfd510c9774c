"""
Strict request bodies: what the contract says, no more.

1. ``media_type``: a body must be JSON (``application/json`` or ``application/*+json``), else 415.
2. ``decode``: the body decodes as JSON, or a 400 names the byte offset (malformed or truncated
   JSON, invalid UTF-8) or the field (a number out of range such as ``1e309``); a key repeated
   in one object is a 400 naming it (``"dose":10,"dose":1000`` would otherwise be read as 1000
   with the id of the unambiguous request); nesting deeper than the decoder goes is a 400.
3. ``check``: Litestar 2.25 converts the decoded body to the handler's msgspec Struct with
   ``strict=False`` (litestar/_signature/model.py), which also accepts ``0`` for a boolean and
   ``"10"`` for a number; this converts it strictly first, allowing only what JSON Schema allows
   and strict msgspec does not: an integral number such as ``12.0`` for an integer. Any other
   mismatch is the usual 400 naming the field (api/problems.py).

The duplicate check costs two counts in C on the accepted path: the keys of the body as sent
against the keys of the decoded body encoded again; only when they differ is the body parsed
once more (json, with every object's pairs kept) to name the repeated key.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, TypeVar

import msgspec
from litestar import Request
from litestar.exceptions import ValidationException

from api.problems import RequestProblem


__all__ = ["JSON_TYPES", "body_struct", "check", "decode", "media_type", "too_deep"]

JSON_TYPES = "application/json or application/*+json"
_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_MAX_FIXES = 256  # integral floats put right in one body before giving up (bounds the loop)
# A JSON string, and whether a colon follows it (then it is a key). Applied to valid JSON only,
# where scanning from the start meets every string at its opening quote.
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"\s*+(:?)')
_WHITESPACE = b" \t\r\n"
_BYTE = re.compile(r"\(byte (\d+)\)$")
_MAX_INT_DIGITS = 4000  # below Python's int-from-text limit (4300 digits)


_S = TypeVar("_S", bound=msgspec.Struct)


def media_type(request: Request[Any, Any, Any]) -> None:
    """A JSON body or 415: a form post or plain text never reaches a calculation."""
    value = request.headers.get("content-type", "")
    kind = value.partition(";")[0].strip().lower()
    if kind == "application/json" or (kind.startswith("application/") and kind.endswith("+json")):
        return
    raise RequestProblem(
        status_code=415,
        code="request.media_type",
        detail=f"The body must be JSON ({JSON_TYPES}); the Content-Type header says "
        f"{value[:100]!r}.",
        field=None,
        expected=f"Content-Type: {JSON_TYPES}",
        received=value[:100] or None,
    )


def _invalid_json(detail: str, offset: int | None, field: str | None = None) -> RequestProblem:
    where = f" at {field}" if field is not None else "" if offset is None else f" at byte {offset}"
    return RequestProblem(
        status_code=400,
        code="request.invalid_json",
        detail=f"The body is not valid JSON{where}: {detail}.",
        field=field,
        expected="a JSON object (RFC 8259, UTF-8) with the fields documented in openapi.json",
        received=None if offset is None else f"byte {offset}",
    )


def decode(raw: bytes) -> Any:
    """The body as JSON values, or a 400 that names where it goes wrong (never the value)."""
    try:
        body = msgspec.json.decode(raw)
    except UnicodeDecodeError as exc:  # its offset is within the string: find the body's own
        try:
            raw.decode()
        except UnicodeDecodeError as whole:
            raise _invalid_json("the bytes are not UTF-8", whole.start) from exc
        raise _invalid_json("the bytes are not UTF-8", None) from exc  # pragma: no cover
    except RecursionError as exc:
        raise too_deep() from exc
    except msgspec.ValidationError as exc:  # a number out of range, such as 1e309
        field = _locate(raw)
        raise _invalid_json(str(exc).partition(" - ")[0].lower(), None, field) from exc
    except msgspec.DecodeError as exc:
        message = str(exc)
        found = _BYTE.search(message)
        if found:
            offset = int(found.group(1))
            message = message[: found.start()].strip()
        else:  # "Input data was truncated": it ends early
            offset, message = len(raw), "the body ends before the JSON does"
        message = message.removeprefix("JSON is malformed: ")
        raise _invalid_json(message, offset) from exc
    if isinstance(body, dict | list) and _keys(raw) != _keys(msgspec.json.encode(body)):
        field = _locate(raw)
        raise RequestProblem(
            status_code=400,
            code="request.duplicate_key",
            detail=f"{field} appears more than once in its object; send each field once.",
            field=field,
            expected="each field at most once per object",
            received=None,
        )
    return body


def _keys(raw: bytes) -> int:
    """
    How many object keys the JSON text holds. Without a backslash no string holds a quote, so
    each ``":`` (once whitespace is gone) ends a key: a count in C. Else a scan of every string.
    """
    if b"\\" not in raw:
        return raw.translate(None, _WHITESPACE).count(b'":')
    return _STRING.findall(raw).count(b":")


class _Pairs(list[tuple[str, Any]]):
    """An object with its pairs in order, repeats kept (json's object_pairs_hook)."""


class _Bad:
    """A number the service cannot hold (infinite as a float, or too many digits)."""


_BAD = _Bad()


def _float(text: str) -> Any:
    value = float(text)
    return _BAD if math.isinf(value) else value


def _int(text: str) -> Any:
    return _BAD if len(text) > _MAX_INT_DIGITS else int(text)


def _locate(raw: bytes) -> str | None:
    """The path of the first repeated key or unusable number (slow path: errors only)."""
    try:
        tree = json.loads(raw, object_pairs_hook=_Pairs, parse_float=_float, parse_int=_int)
    except (ValueError, RecursionError):  # too deep for json here: the error says no field
        return None
    return _first_problem(tree, "")


def _first_problem(node: Any, path: str) -> str | None:
    if node is _BAD:
        return path or "(the body)"
    if isinstance(node, _Pairs):
        seen: set[str] = set()
        for key, value in node:
            here = f"{path}.{key}" if path else key
            if key in seen:
                return here
            seen.add(key)
            found = _first_problem(value, here)
            if found is not None:
                return found
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found = _first_problem(value, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def body_struct(request: Request[Any, Any, Any]) -> type[msgspec.Struct] | None:
    """The handler's Struct body type; None when it takes none (a raw or streamed body)."""
    field = request.route_handler.parsed_data_field
    struct = None if field is None else field.annotation
    return struct if isinstance(struct, type) and issubclass(struct, msgspec.Struct) else None


def too_deep() -> RequestProblem:
    return RequestProblem(
        status_code=400,
        code="request.invalid_json",
        detail="The body is nested more deeply than any request of the contract.",
        field=None,
        expected="a JSON object shaped as openapi.json documents",
        received=None,
    )


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


def _refuse(where: str, message: str, key: str) -> ValidationException:
    extra = [{"message": message, "key": key, "source": "body"}] if key else [{"message": message}]
    return ValidationException(detail=f"Validation failed for {where}", extra=extra)


def check(where: str, struct: type[_S], body: Any) -> _S | None:
    """
    ``body`` (decoded JSON) as ``struct``, converted without coercion; integral floats where
    integers are expected are put right in place (JSON Schema allows them). Else the 400 naming
    the field; None only when more than ``_MAX_FIXES`` integral floats would need putting right.
    """
    for _ in range(_MAX_FIXES):
        try:
            return msgspec.convert(body, struct, strict=True)
        except msgspec.ValidationError as exc:
            message, _, where = str(exc).partition(" - at `$.")
            key = where.rstrip("`")
            found = _integral_float_at(body, key) if message.startswith("Expected `int") else None
            if found is None:
                raise _refuse(where, message, key) from exc
            parent, index = found
            parent[index] = int(parent[index])
    return None
