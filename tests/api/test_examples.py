"""
The contract explains itself: every operation with inputs has request examples, each of which
the API answers with 200; every 200 response says what it holds; the stable codes are listed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from api.codes import ERROR_CODES, WARNING_CODES
from scripts import codes
from tests.api.helpers import Client


ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
OPERATIONS = [
    (path, method.upper(), operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
]


def _filled(path: str, operation: dict[str, Any]) -> str:
    """The path with each parameter's first example value."""
    for parameter in operation.get("parameters", []):
        examples = list(parameter.get("examples", {}).values())
        if parameter.get("in") == "path" and examples:
            path = path.replace("{" + parameter["name"] + "}", str(examples[0]["value"]))
    return path


def _has_summary(operation: dict[str, Any]) -> bool:
    """Whether the 200 response's schema has `summary` (calculation results do)."""
    content = operation["responses"]["200"].get("content", {}).get("application/json", {})
    ref = content.get("schema", {}).get("$ref", "")
    schema = SPEC["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
    return "summary" in schema.get("properties", {})


def _body_examples() -> list[tuple[str, str, str, str, Any, bool]]:
    found = []
    for path, _method, operation in OPERATIONS:
        content = operation.get("requestBody", {}).get("content", {})
        for media_type, media in content.items():
            for name, example in media.get("examples", {}).items():
                url = _filled(path, operation)
                summary = _has_summary(operation)
                found.append(
                    (operation["operationId"], url, media_type, name, example["value"], summary)
                )
    return found


def _parameter_examples() -> list[tuple[str, str, str, Any]]:
    found = []
    for path, method, operation in OPERATIONS:
        for parameter in operation.get("parameters", []):
            for name, example in parameter.get("examples", {}).items():
                url = path.replace("{" + parameter["name"] + "}", str(example["value"]))
                if method == "GET":
                    found.append((operation["operationId"], url, name, example["value"]))
    return found


def test_every_operation_with_inputs_has_an_example() -> None:
    examples = {op for op, *_ in (*_body_examples(), *_parameter_examples())}
    with_inputs = {
        operation["operationId"]
        for _, _, operation in OPERATIONS
        if "requestBody" in operation or operation.get("parameters")
    }

    assert with_inputs - examples == set()
    assert len(with_inputs) >= 11


@pytest.mark.parametrize(
    ("operation_id", "path", "media_type", "name", "body", "summary"), _body_examples()
)
def test_body_example_is_answered(
    client: Client,
    operation_id: str,
    path: str,
    media_type: str,
    name: str,
    body: Any,
    summary: bool,
) -> None:
    """
    JSON examples get 200, and a calculation result its summary lines; the NDJSON batch one line
    per patient, none of them an error.
    """
    if media_type == "application/json":
        response = client.post(path, json=body)

        assert response.status_code == 200, (operation_id, name, response.text)
        assert not summary or response.json()["summary"]
    else:
        response = client.post(path, content=body.encode(), headers={"content-type": media_type})
        lines = [json.loads(line) for line in response.text.splitlines()]

        assert response.status_code == 200, (operation_id, name, response.text)
        assert [line["error"] for line in lines] == [None] * len(body.splitlines())


@pytest.mark.parametrize(("operation_id", "url", "name", "value"), _parameter_examples())
def test_parameter_example_is_answered(
    client: Client, operation_id: str, url: str, name: str, value: Any
) -> None:
    response = client.get(url)

    assert response.status_code == 200, (operation_id, name, value, response.text)


def test_every_200_says_what_it_returns() -> None:
    descriptions = {
        operation["operationId"]: operation["responses"]["200"]["description"]
        for _, _, operation in OPERATIONS
    }

    assert all(len(text) > 15 for text in descriptions.values()), descriptions
    assert len(set(descriptions.values())) == len(descriptions)


def test_codes_are_listed_in_the_contract() -> None:
    """The lists in openapi.json are the registry's, which is what scripts/codes.py finds."""
    schemas = SPEC["components"]["schemas"]
    warning_codes = {e["code"] for e in schemas["SafetyWarning"]["properties"]["code"]["x-codes"]}
    error_codes = {e["code"] for e in schemas["Problem"]["properties"]["code"]["x-codes"]}

    assert warning_codes == {e["code"] for e in WARNING_CODES}
    assert error_codes == {e["code"] for e in ERROR_CODES}
    assert {"mme.at_or_above_90", "renal.avoid.<drug>", "naloxone.offer"} <= warning_codes
    assert {"dose.implausible", "request.invalid", "fentanyl_patch.opioid_naive"} <= error_codes


def test_registry_is_current() -> None:
    """api/codes.py is what scripts/codes.py writes from today's source (`make clients`)."""
    assert (ROOT / "api" / "codes.py").read_text(encoding="utf-8") == codes.render()


def test_every_schema_and_property_is_described() -> None:
    """Issue 12: every schema and at least 95% of the properties say what they are."""
    schemas = SPEC["components"]["schemas"]
    properties = [
        (name, prop, schema)
        for name, schema in schemas.items()
        for prop, schema in (schema.get("properties") or {}).items()
    ]
    undescribed = [
        f"{name}.{prop}" for name, prop, schema in properties if not schema.get("description")
    ]

    assert [name for name, schema in schemas.items() if not schema.get("description")] == []
    assert len(undescribed) <= len(properties) * 0.05, undescribed
