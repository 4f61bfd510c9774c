"""
OpenAPI generation fixes for msgspec Structs (Litestar 2.25.0, pinned exactly; tests guard both).

Litestar does not mark ``forbid_unknown_fields`` Structs as ``additionalProperties: false``
(litestar/_openapi/schema_generation/plugins/struct.py, Litestar 2.25.0; reference/stack.md 1.3).
Without it, schema fuzzers send extra properties as valid data.  Litestar is pinned exactly and a
test asserts the property on every request body schema.

The same plugin restores numeric bounds equal to zero on optional fields: Litestar copies
``gt``/``ge``/``lt``/``le`` onto the schema only when the value is truthy
(``SchemaCreator._apply_kwarg_definition_metadata``), so ``Annotated[float, Meta(gt=0)] | None``
lost its ``exclusiveMinimum: 0`` and schemathesis sent 0 as valid data (found by
tests/api/test_schemathesis.py; ``doses_per_day``, ``creatinine_clearance_ml_min`` and
``days_on_current_opioids`` were affected).

``PlatformProblemsPlugin`` documents, on every operation, the problem+json errors the platform
itself can return whatever the handler does: 400 (body or path validation), 413 (body limit) and
429 (optional rate limit on /v1).  Handlers only declare their own (422, 404); what they declare
wins.  Litestar would otherwise document 400 as ``application/json`` with its legacy schema
(reference/stack.md 1.4).
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import msgspec
from litestar._openapi.schema_generation.plugins.struct import StructSchemaPlugin
from litestar.openapi.spec import (
    Example,
    Operation,
    Parameter,
    Reference,
    RequestBody,
    Schema,
)
from litestar.plugins import ReceiveRoutePlugin
from litestar.routes import HTTPRoute

from api.examples import OPERATIONS
from api.problems import problem_responses
from api.schemas.glossary import GLOSSARY


if TYPE_CHECKING:
    from litestar._openapi.schema_generation import SchemaCreator
    from litestar.routes.base import BaseRoute
    from litestar.typing import FieldDefinition

RATE_LIMITED_PREFIX = "/v1/"
_BOUNDS = (
    ("gt", "exclusive_minimum"),
    ("ge", "minimum"),
    ("lt", "exclusive_maximum"),
    ("le", "maximum"),
)
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


@dataclass
class ExtendedSchema(Schema):
    """A schema with ``x-`` extensions (Litestar's Schema has no field for them)."""

    extensions: dict[str, Any] | None = None

    def to_schema(self) -> dict[str, Any]:
        result = super().to_schema()
        result.pop("extensions", None)
        result.update(self.extensions or {})
        return result


def _extensions(t: object) -> dict[str, Any]:
    """The ``x-`` keys of a field's ``Meta(extra_json_schema=...)`` (Litestar drops them)."""
    if isinstance(t, msgspec.inspect.Metadata):
        extra = t.extra_json_schema or {}
        return {k: v for k, v in extra.items() if k.startswith("x-")}
    if isinstance(t, msgspec.inspect.UnionType):  # `X | None`: the extension of X
        return {k: v for member in t.types for k, v in _extensions(member).items()}
    return {}


class StrictStructSchemaPlugin(StructSchemaPlugin):
    """
    Adds ``additionalProperties: false`` to Structs that forbid unknown fields, restores zero
    bounds, and carries a field's ``x-`` extensions (``x-codes``) into the schema.
    """

    def to_openapi_schema(
        self, field_definition: FieldDefinition, schema_creator: SchemaCreator
    ) -> Schema:
        schema = super().to_openapi_schema(field_definition, schema_creator)
        struct = field_definition.type_
        if struct.__struct_config__.forbid_unknown_fields:
            schema.additional_properties = False
        _describe(schema, struct)
        info: Any = msgspec.inspect.type_info(struct)
        for field in info.fields:
            prop = (schema.properties or {}).get(field.encode_name)
            extensions = _extensions(field.type)
            if isinstance(prop, Schema) and extensions and schema.properties is not None:
                copied = {f.name: getattr(prop, f.name) for f in fields(Schema)}
                prop = ExtendedSchema(**copied, extensions=extensions)
                schema.properties[field.encode_name] = prop
            number = _numeric(field.type)
            if isinstance(prop, Schema) and number is not None:
                for constraint, key in _BOUNDS:
                    value = getattr(number, constraint)
                    if value is not None and getattr(prop, key) is None:
                        setattr(prop, key, value)
        return schema


_ATTRIBUTE = re.compile(r"^    (\w+): (.*)$")


def docstring_parts(struct: type) -> tuple[str, dict[str, str]]:
    """
    A Struct's docstring as (its description, {field: description}): the text before an
    ``Attributes:`` section, and that section's ``name: text`` entries (continuation lines are
    indented further).
    """
    doc = inspect.cleandoc(struct.__dict__.get("__doc__") or "")
    summary, _, section = doc.partition("\nAttributes:\n")
    entries: dict[str, str] = {}
    current = ""
    for line in section.splitlines():
        match = _ATTRIBUTE.match(line)
        if match:
            current = match.group(1)
            entries[current] = match.group(2).strip()
        elif current and line.strip():
            entries[current] += " " + line.strip()
    return " ".join(summary.split()), entries


def _describe(schema: Schema, struct: type) -> None:
    """
    The schema's description from the Struct's docstring, and each property's from the field's
    own ``Meta(description=...)`` (Litestar's), else the docstring's ``Attributes:`` entry, else
    the glossary (api/schemas/glossary.py). Litestar uses neither docstrings nor a glossary.
    """
    summary, entries = docstring_parts(struct)
    if summary and not schema.description:
        schema.description = summary
    for name, prop in (schema.properties or {}).items():
        if getattr(prop, "description", None):
            continue
        text = entries.get(name) or GLOSSARY.get(name)
        if not text or schema.properties is None:
            continue
        if isinstance(prop, Reference):
            # In place: Litestar shortens registered references' names after generation.
            prop.description = text
        else:
            schema.properties[name] = dataclasses.replace(prop, description=text)


def _numeric(t: object) -> msgspec.inspect.FloatType | msgspec.inspect.IntType | None:
    """The constrained number type of a field, looking through ``Metadata`` and ``X | None``."""
    if isinstance(t, msgspec.inspect.Metadata):
        return _numeric(t.type)
    if isinstance(t, msgspec.inspect.UnionType):
        found = [n for n in map(_numeric, t.types) if n is not None]
        return found[0] if len(found) == 1 else None
    if isinstance(t, msgspec.inspect.FloatType | msgspec.inspect.IntType):
        return t
    return None


class PlatformProblemsPlugin(ReceiveRoutePlugin):
    """Documents 400, 413 and 429 where the platform can return them (see the module docstring)."""

    def receive_route(self, route: BaseRoute) -> None:
        if not isinstance(route, HTTPRoute) or not route.path.startswith(RATE_LIMITED_PREFIX):
            return
        for handler in route.route_handlers:
            statuses = [429]
            if handler.http_methods & _BODY_METHODS:
                statuses += [400, 413]
            elif route.path_parameters:
                statuses.append(400)
            handler.responses = {
                **problem_responses(*sorted(statuses)),
                **(handler.responses or {}),
            }


@dataclass
class DocumentedOperation(Operation):
    """An operation with its request examples from api/examples.py."""

    def __post_init__(self) -> None:
        parent = getattr(super(), "__post_init__", None)
        if parent is not None:  # an operation class of the handler's own (the NDJSON batch)
            parent()
        docs = OPERATIONS.get(self.operation_id or "")
        if docs is None:
            return
        if isinstance(self.request_body, RequestBody) and docs.examples:
            for media in self.request_body.content.values():
                media.examples = {
                    name: Example(summary=summary, value=body)
                    for name, (summary, body) in docs.examples.items()
                }
        for parameter in self.parameters or ():
            given = docs.parameters.get(getattr(parameter, "name", ""))
            if given and isinstance(parameter, Parameter):
                parameter.examples = {
                    name: Example(summary=summary, value=value)
                    for name, (summary, value) in given.items()
                }


class DocumentedOperationsPlugin(ReceiveRoutePlugin):
    """
    Every operation says what its 200 response holds and carries its request examples
    (api/examples.py); a /v1 operation missing there stops the start-up.
    """

    def receive_route(self, route: BaseRoute) -> None:
        if not isinstance(route, HTTPRoute):
            return
        for handler in route.route_handlers:
            if not handler.resolve_include_in_schema():
                continue
            docs = OPERATIONS.get(str(handler.operation_id))
            if docs is None and not route.path.startswith(RATE_LIMITED_PREFIX):
                continue
            if docs is None:
                msg = f"{route.path} {handler.operation_id}: no entry in api/examples.py"
                raise ValueError(msg)
            handler.response_description = docs.returns
            own = handler.operation_class
            if not issubclass(own, DocumentedOperation):
                # Keep a handler's own operation class (it runs first), examples after it.
                handler.operation_class = (
                    DocumentedOperation
                    if own is Operation
                    else type(f"Documented{own.__name__}", (DocumentedOperation, own), {})
                )
