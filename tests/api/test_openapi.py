"""The committed contract: openapi.json matches the app, request bodies are strict, bounds match tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from calc.reference import Reference
from scripts.export_openapi import render


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", name="spec")
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(render())
    return spec


class TestDrift:
    """A fresh export equals the committed file (regenerate with `make openapi`)."""

    def test_no_drift(self) -> None:
        """openapi.json is byte-identical to the export."""
        assert (ROOT / "openapi.json").read_text(encoding="utf-8") == render()


class TestContract:
    """Operation ids and problem documentation (DESIGN.md section 4)."""

    def test_operation_ids(self, spec: dict[str, Any]) -> None:
        """Stable ids: client function names come from them."""
        ids = {op["operationId"] for path in spec["paths"].values() for op in path.values()}

        assert {"calculate_mme", "plan_rotation", "list_tables", "get_table", "list_drugs"} <= ids

    def test_request_bodies_forbid_unknown_fields(self, spec: dict[str, Any]) -> None:
        """Every object schema reachable from a request body has additionalProperties false."""
        schemas = spec["components"]["schemas"]
        seen: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str):
                    name = ref.rsplit("/", 1)[-1]
                    if name not in seen:
                        seen.add(name)
                        walk(schemas[name])
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        for item in spec["paths"].values():
            for operation in item.values():
                walk(operation.get("requestBody", {}))

        assert {"MMERequest", "RotationRequest", "TaperRequest", "Medication", "Patient"} <= seen
        # FHIR resources and CDS Hooks bodies are other standards' shapes: a FHIR resource carries
        # many elements the service does not read, and CDS Hooks allows extensions; they are read
        # leniently (tests/fhir/), the service's own bodies strictly.
        import api.cds.schemas
        import api.fhir.resources

        foreign = {
            name
            for module in (api.fhir.resources, api.cds.schemas)
            for name, value in vars(module).items()
            if isinstance(value, type) and value.__module__ == module.__name__
        }
        own = seen - foreign
        assert {False} == {schemas[name].get("additionalProperties") for name in own}

    def test_posts_document_problem_json(self, spec: dict[str, Any]) -> None:
        """Every POST documents 400, 413 and 422 as application/problem+json; a batch refuses
        a patient in that patient's output line, so it has no 422 of its own."""
        for path, item in spec["paths"].items():
            if "post" not in item:
                continue
            responses = item["post"]["responses"]
            statuses = ("400", "413") if path.startswith("/v1/batch/") else ("400", "413", "422")
            for status in statuses:
                assert "application/problem+json" in responses[status]["content"], (path, status)

    def test_schema_bounds_match_thresholds(
        self, spec: dict[str, Any], reference: Reference
    ) -> None:
        """The rotation request bounds mirror tables/thresholds.toml."""
        props = spec["components"]["schemas"]["RotationRequest"]["properties"]
        reduction = props["cross_tolerance_reduction_percent"]
        breakthrough = props["breakthrough_percent"]
        t = reference.thresholds

        assert (0, float(t["cross_tolerance_max_percent"])) == (
            reduction["minimum"],
            reduction["maximum"],
        )
        assert (float(t["breakthrough_min_percent"]), float(t["breakthrough_max_percent"])) == (
            breakthrough["minimum"],
            breakthrough["maximum"],
        )


class TestVocabulary:
    """The routes, units and releases the API accepts are the ones table files may use."""

    def test_same_vocabulary(self, spec: dict[str, Any]) -> None:
        """Medication's enums in openapi.json equal the table grammar's vocabularies."""
        from calc.kinds.grammar import DoseUnit, Release, Route

        ROUTES, UNITS, RELEASES = Route.choices, DoseUnit.choices, Release.choices  # noqa: N806

        props = spec["components"]["schemas"]["Medication"]["properties"]

        def enum(name: str) -> set[str]:
            schema = props[name]
            options = schema.get("oneOf", [schema])
            return {v for option in options for v in option.get("enum", []) if v is not None}

        assert (set(ROUTES), set(UNITS), set(RELEASES)) == (
            enum("route"),
            enum("dose_unit"),
            enum("release"),
        )
