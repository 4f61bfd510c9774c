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

from typing import TYPE_CHECKING, Any

import msgspec
from litestar._openapi.schema_generation.plugins.struct import StructSchemaPlugin
from litestar.openapi.spec import Schema
from litestar.plugins import ReceiveRoutePlugin
from litestar.routes import HTTPRoute

from api.problems import problem_responses


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


class StrictStructSchemaPlugin(StructSchemaPlugin):
    """Adds ``additionalProperties: false`` to Structs that forbid unknown fields."""

    def to_openapi_schema(
        self, field_definition: FieldDefinition, schema_creator: SchemaCreator
    ) -> Schema:
        schema = super().to_openapi_schema(field_definition, schema_creator)
        struct = field_definition.type_
        if struct.__struct_config__.forbid_unknown_fields:
            schema.additional_properties = False
        info: Any = msgspec.inspect.type_info(struct)
        for field in info.fields:
            prop = (schema.properties or {}).get(field.encode_name)
            number = _numeric(field.type)
            if isinstance(prop, Schema) and number is not None:
                for constraint, key in _BOUNDS:
                    value = getattr(number, constraint)
                    if value is not None and getattr(prop, key) is None:
                        setattr(prop, key, value)
        return schema


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
