"""
Issue 14, strict input: what the contract does not say is refused, naming where, never echoing.

Each case comes from the issue's list (a duplicate key read as the last value, a string read as
a number, 1,000 nested arrays, invalid UTF-8, a form post, HEAD, 405's Allow, an unknown
field's value in `received`, 1e309, a misspelt environment variable).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from litestar.testing import TestClient

from api.app import create_app
from api.config import KNOWN, ConfigError, ServeSettings, Settings


if TYPE_CHECKING:
    from collections.abc import Iterator

    from litestar import Litestar


BASE = "http://testserver.local"
SERVE_NAMES = {"GRACE_SECONDS", "READ_TIMEOUT_SECONDS", "KEEP_ALIVE_SECONDS", "MAX_CONNECTIONS"}
JSON = {"content-type": "application/json"}
LINE = '{"drug":"morphine","route":"oral","dose":10,"dose_unit":"mg","doses_per_day":1}'


@pytest.fixture(scope="module", name="client")
def _client() -> Iterator[TestClient[Litestar]]:
    with TestClient(create_app(settings=Settings(access_log=False)), base_url=BASE) as client:
        yield client


def _post(client: TestClient[Litestar], body: bytes | str, **headers: str) -> Any:
    return client.post("/v1/mme", content=body, headers={**JSON, **headers})


class TestDuplicateKeys:
    def test_a_repeated_dose_is_400_naming_it(self, client: TestClient[Litestar]) -> None:
        """`"dose":10,"dose":1000` was computed as 1,000 with the unambiguous request's id."""
        body = LINE.replace('"dose":10', '"dose":10,"dose":1000')

        response = _post(client, '{"medications":[' + body + "]}")

        assert (400, "request.duplicate_key", "medications[0].dose") == (
            response.status_code,
            response.json()["code"],
            response.json()["field"],
        )
        assert "1000" not in response.text

    def test_a_repeated_top_level_key(self, client: TestClient[Litestar]) -> None:
        response = _post(client, '{"medications":[' + LINE + '],"table":"x","table":"y"}')

        assert (400, "table") == (response.status_code, response.json()["field"])

    def test_the_same_key_in_two_objects_is_fine(self, client: TestClient[Litestar]) -> None:
        """Keys repeat across objects (each line has a dose); and inside strings, `":` is text."""
        second = LINE.replace("morphine", "oxycodone")

        response = _post(client, '{"medications":[' + LINE + "," + second + "]}")

        assert 200 == response.status_code

    def test_an_escaped_quote_and_colon_inside_a_string(self, client: TestClient[Litestar]) -> None:
        body = '{"medications":[' + LINE + '],"table":"a\\":\\"b"}'

        response = _post(client, body)

        assert "request.duplicate_key" != response.json().get("code")


class TestNoCoercion:
    @pytest.mark.parametrize(
        ("patch", "field"),
        [
            ('"dose":"1e2"', "medications[0].dose"),
            ('"dose":"10"', "medications[0].dose"),
        ],
    )
    def test_a_string_for_a_number(
        self, client: TestClient[Litestar], patch: str, field: str
    ) -> None:
        response = _post(client, '{"medications":[' + LINE.replace('"dose":10', patch) + "]}")

        assert (400, field) == (response.status_code, response.json()["field"])

    def test_what_was_expected_is_said_in_json_words(self, client: TestClient[Litestar]) -> None:
        """DESIGN: a 4xx names what was expected and what arrived, not msgspec's type names."""
        response = _post(
            client, '{"medications":[' + LINE.replace('"dose":10', '"dose":"1e2"') + "]}"
        )

        problem = response.json()
        assert problem["expected"].startswith("a number or null: ")
        assert ("`" not in problem["expected"], problem["received"]) == (True, '"1e2"')

    @pytest.mark.parametrize(("name", "value"), [("frail", '"false"'), ("benzodiazepine", '"1"')])
    def test_a_string_for_a_boolean(
        self, client: TestClient[Litestar], name: str, value: str
    ) -> None:
        response = _post(
            client, '{"medications":[' + LINE + '],"patient":{"' + name + '":' + value + "}}"
        )

        assert (400, f"patient.{name}") == (response.status_code, response.json()["field"])


class TestBadBytes:
    def test_a_thousand_nested_arrays_is_400(self, client: TestClient[Litestar]) -> None:
        """A 2 KB body of 1,000 nested arrays raised RecursionError: a 500."""
        response = _post(client, "[" * 1000 + "]" * 1000)

        assert (400, "request.invalid_json") == (response.status_code, response.json()["code"])

    def test_invalid_utf8_is_400_with_the_byte_offset(self, client: TestClient[Litestar]) -> None:
        body = b'{"medications":[{"drug":"morph\xff"}]}'

        response = _post(client, body)

        assert (400, "byte 30") == (response.status_code, response.json()["received"])
        assert "byte 30" in response.json()["detail"]

    def test_malformed_json_names_the_byte_not_data(self, client: TestClient[Litestar]) -> None:
        response = _post(client, '{"medications":[{"drug":"morphine",,}]}')

        problem = response.json()
        assert (400, "byte 35") == (response.status_code, problem["received"])
        assert "data" not in problem["detail"]

    def test_truncated_json_names_where_it_ends(self, client: TestClient[Litestar]) -> None:
        response = _post(client, '{"medications":[')

        assert "byte 16" in response.json()["detail"]
        assert "data" not in response.json()["detail"]

    @pytest.mark.parametrize("literal", ["1e309", "-1e309"])
    def test_a_number_out_of_range_names_the_field(
        self, client: TestClient[Litestar], literal: str
    ) -> None:
        response = _post(client, '{"medications":[' + LINE.replace("10", literal, 1) + "]}")

        problem = response.json()
        assert (400, "medications[0].dose") == (response.status_code, problem["field"])
        assert "data" not in problem["detail"]

    def test_an_integer_of_thousands_of_digits_names_the_field(
        self, client: TestClient[Litestar]
    ) -> None:
        response = _post(client, '{"medications":[' + LINE.replace("10", "9" * 5000, 1) + "]}")

        assert (400, "medications[0].dose") == (response.status_code, response.json()["field"])


class TestMediaType:
    @pytest.mark.parametrize(
        "content_type",
        ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""],
    )
    def test_a_body_that_is_not_json_is_415(
        self, client: TestClient[Litestar], content_type: str
    ) -> None:
        response = client.post(
            "/v1/mme",
            content='{"medications":[' + LINE + "]}",
            headers={"content-type": content_type},
        )

        assert (415, "application/problem+json", "request.media_type") == (
            response.status_code,
            response.headers["content-type"],
            response.json()["code"],
        )

    @pytest.mark.parametrize(
        "content_type",
        ["application/json; charset=utf-8", "Application/JSON", "application/fhir+json"],
    )
    def test_json_media_types_are_accepted(
        self, client: TestClient[Litestar], content_type: str
    ) -> None:
        response = client.post(
            "/v1/mme",
            content='{"medications":[' + LINE + "]}",
            headers={"content-type": content_type},
        )

        assert 200 == response.status_code


class TestMethods:
    def test_head_works_on_every_get(self, client: TestClient[Litestar]) -> None:
        app = client.app
        paths = sorted(
            {
                route.path.replace("{table_id:str}", "cdc-2022").replace(
                    "{file_path:path}", "/app.css"
                )
                for route in app.routes
                if "GET" in getattr(route, "methods", ())
            }
        )
        assert "/v1/tables" in paths
        for path in paths:
            got = client.get(path)
            head = client.head(path)
            assert (path, got.status_code, b"") == (path, head.status_code, head.content)
            assert got.headers.get("content-type") == head.headers.get("content-type")

    def test_405_lists_methods_in_a_stable_order(self, client: TestClient[Litestar]) -> None:
        allows = {client.put("/v1/tables").headers["allow"] for _ in range(5)}
        posts = client.delete("/v1/mme").headers["allow"]

        assert {"GET, HEAD, OPTIONS"} == allows
        assert "OPTIONS, POST" == posts


class TestUnknownFields:
    def test_the_name_is_given_never_the_value(self, client: TestClient[Litestar]) -> None:
        """`patient.name`'s value came back in `received`."""
        body = '{"medications":[' + LINE + '],"patient":{"name":"Jane Q. Patient"}}'

        response = _post(client, body)

        assert (400, "patient.name", None) == (
            response.status_code,
            response.json()["field"],
            response.json()["received"],
        )
        assert "Jane" not in response.text


class TestEnvironment:
    def test_a_misspelt_variable_stops_start_up_listing_the_known_ones(self) -> None:
        """OPIOID_CALC_RATE_LIMT silently left the service unlimited."""
        with pytest.raises(ConfigError) as raised:
            Settings.from_env({"OPIOID_CALC_RATE_LIMT": "10/minute"})

        assert "OPIOID_CALC_RATE_LIMT" in str(raised.value)
        assert all(f"OPIOID_CALC_{name}" in str(raised.value) for name in KNOWN)
        assert "10/minute" not in str(raised.value)

    def test_serve_settings_refuse_unknown_variables_too(self) -> None:
        with pytest.raises(ConfigError, match="OPIOID_CALC_GRACE"):
            ServeSettings.from_env({"OPIOID_CALC_GRACE": "5"})

    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("GRACE_SECONDS", "soon"),
            ("DRAIN_SECONDS", "-1"),
            ("READ_TIMEOUT_SECONDS", "0"),
            ("MAX_CONNECTIONS", "lots"),
            ("METRICS", "maybe"),
            ("OTEL", "2"),
            ("API_KEYS", "not-an-entry"),
            ("API_KEYS_FILE", "/nonexistent/keys"),
        ],
    )
    def test_a_bad_value_names_its_variable(self, name: str, value: str) -> None:
        env = {f"OPIOID_CALC_{name}": value}

        read = ServeSettings.from_env if name in SERVE_NAMES else Settings.from_env

        with pytest.raises(ConfigError, match=f"OPIOID_CALC_{name}"):
            read(env)

    def test_other_variables_are_not_ours_to_refuse(self) -> None:
        assert Settings.from_env({"OPIOID_CALCULATOR": "x", "PATH": "/bin"}) == Settings()
