"""
OpenAPI generation fixes for msgspec Structs.

Litestar does not mark ``forbid_unknown_fields`` Structs as ``additionalProperties: false``
(litestar/_openapi/schema_generation/plugins/struct.py, Litestar 2.25.0; reference/stack.md 1.3).
Without it, schema fuzzers send extra properties as valid data.  Litestar is pinned exactly and a
test asserts the property on every request body schema.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar._openapi.schema_generation.plugins.struct import StructSchemaPlugin
from litestar.openapi.spec import Schema

if TYPE_CHECKING:
    from litestar._openapi.schema_generation import SchemaCreator
    from litestar.typing import FieldDefinition


class StrictStructSchemaPlugin(StructSchemaPlugin):
    """Adds ``additionalProperties: false`` to Structs that forbid unknown fields."""

    def to_openapi_schema(
        self, field_definition: FieldDefinition, schema_creator: SchemaCreator
    ) -> Schema:
        schema = super().to_openapi_schema(field_definition, schema_creator)
        config = field_definition.type_.__struct_config__
        if config.forbid_unknown_fields:
            schema.additional_properties = False
        return schema
