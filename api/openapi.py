"""
OpenAPI generation fixes for msgspec Structs (Litestar 2.25.0, pinned exactly; tests guard both).

1. Litestar does not mark ``forbid_unknown_fields`` Structs as ``additionalProperties: false``
   (litestar/_openapi/schema_generation/plugins/struct.py; reference/stack.md 1.3). Without it,
   schema fuzzers send extra properties as valid data.
2. For an optional number (``Annotated[float, Meta(ge=0)] | None``) Litestar drops a bound whose
   value is 0 (``if (value := ...)`` in schema.py ``_apply_kwarg_definition_metadata``), so
   ``ge=0`` vanished from the schema.  The bounds are copied back from msgspec's type info.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec
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
        _restore_zero_bounds(field_definition.type_, schema)
        return schema


_BOUNDS = (
    ("ge", "minimum"),
    ("gt", "exclusive_minimum"),
    ("le", "maximum"),
    ("lt", "exclusive_maximum"),
)


def _restore_zero_bounds(struct: type[msgspec.Struct], schema: Schema) -> None:
    info = msgspec.inspect.type_info(struct)
    assert isinstance(info, msgspec.inspect.StructType)  # noqa: S101  (plugin only sees Structs)
    for field in info.fields:
        kinds = (
            field.type.types if isinstance(field.type, msgspec.inspect.UnionType) else (field.type,)
        )
        prop = (schema.properties or {}).get(field.encode_name)
        if not isinstance(prop, Schema):
            continue
        for wrapped in kinds:
            kind = wrapped.type if isinstance(wrapped, msgspec.inspect.Metadata) else wrapped
            if not isinstance(kind, msgspec.inspect.FloatType | msgspec.inspect.IntType):
                continue
            for bound, key in _BOUNDS:
                value = getattr(kind, bound)
                if value is not None and getattr(prop, key) is None:
                    setattr(prop, key, float(value))
