"""
Input for people: the spellings a pharmacist types are read in one place (api/spellings.py) and
reported in the trace; errors name the field (never the body as a whole), list an enumeration's
values and say what arrived.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api import spellings
from tests.api.helpers import OXY_ER_BID, Client


PROBLEM = "application/problem+json"
ROUTES = (
    "oral",
    "intravenous",
    "subcutaneous",
    "intramuscular",
    "transdermal",
    "sublingual",
    "buccal",
    "intranasal",
    "rectal",
)


# The abbreviations issue 12 asks for, with their standard meanings (ISMP's list of
# abbreviations: PO by mouth, IV intravenous, SC/SQ subcutaneous, TD transdermal, SL sublingual;
# IR immediate release, ER/SR/XR/CR extended, sustained, extended, controlled release).
@pytest.mark.parametrize(
    ("field", "typed", "read"),
    [
        ("route", "PO", "oral"),
        ("route", "po", "oral"),
        ("route", "IV", "intravenous"),
        ("route", "SC", "subcutaneous"),
        ("route", "SQ", "subcutaneous"),
        ("route", "IM", "intramuscular"),
        ("route", "TD", "transdermal"),
        ("route", "SL", "sublingual"),
        ("route", "Oral", "oral"),
        ("route", " ORAL ", "oral"),
        ("release", "IR", "immediate"),
        ("release", "ER", "extended"),
        ("release", "SR", "extended"),
        ("release", "XR", "extended"),
        ("release", "CR", "extended"),
        ("release", "Extended", "extended"),
        ("dose_unit", "MG", "mg"),
        ("dose_unit", "mcg/hr", "mcg/h"),
        ("drug", "OxyCodone", "oxycodone"),
        ("sex", "F", "female"),
        ("sex", "Male", "male"),
    ],
)
def test_spellings_read(field: str, typed: str, read: str) -> None:
    body: dict[str, Any] = {"medications": [{field: typed}]}

    found = spellings.normalise(body)

    assert body == {"medications": [{field: read}]}
    assert found == (spellings.Normalised(f"medications[0].{field}", typed, read),)


def test_unknown_spellings_and_other_types_are_left_alone() -> None:
    """Validation still refuses what is not a known spelling; nothing changes type."""
    body: dict[str, Any] = {
        "medications": [{"route": "otic", "release": 12, "dose": "10", "note": "PO"}],
        "patient": {"sex": None},
    }
    before = json.loads(json.dumps(body))

    assert () == spellings.normalise(body)
    assert before == body


def test_deep_bodies_are_not_walked_beyond_the_schema() -> None:
    """Request bodies nest at most four levels; a deeper body is left to validation."""
    deep: Any = {"route": "PO"}
    for _ in range(5000):
        deep = [deep]

    assert () == spellings.normalise({"medications": deep})


class TestOverHTTP:
    def test_pharmacist_spellings_give_the_canonical_result(self, client: Client) -> None:
        """The same numbers as the contract's spelling; the trace says what was read, first."""
        typed = {**OXY_ER_BID, "drug": "Oxycodone", "route": "PO", "release": "ER"}
        canonical = client.post("/v1/mme", json={"medications": [OXY_ER_BID]}).json()
        first = client.post("/v1/mme", json={"medications": [typed]})
        again = client.post("/v1/mme", json={"medications": [typed]}).json()
        result = first.json()

        assert first.status_code == 200
        assert canonical["total_mme_per_day"] == result["total_mme_per_day"] == 30.0
        assert [t["step"] for t in result["trace"][:3]] == [
            'input medications[0].drug "Oxycodone" read as "oxycodone"',
            'input medications[0].route "PO" read as "oral"',
            'input medications[0].release "ER" read as "extended"',
        ]
        assert result["trace"][3:] == canonical["trace"]
        assert result["calculation_id"] != canonical["calculation_id"]
        assert result == again

    def test_rotation_to_a_patch_typed_td(self, client: Client) -> None:
        body = {
            "from": [{**OXY_ER_BID, "dose": 40}],
            "to": {"drug": "Fentanyl", "route": "TD"},
            "patient": {"days_on_current_opioids": 30},
        }

        response = client.post("/v1/rotations", json=body)

        assert response.status_code == 200, response.text
        assert response.json()["target"]["route"] == "transdermal"
        steps = [t["step"] for t in response.json()["trace"][:2]]
        assert steps == [
            'input to.drug "Fentanyl" read as "fentanyl"',
            'input to.route "TD" read as "transdermal"',
        ]

    def test_oih_plan_reports_what_it_read(self, client: Client) -> None:
        body = {
            "medications": [{**OXY_ER_BID, "route": "po"}],
            "start_date": "2026-12-01",
            "patient": {"sex": "M"},
        }

        response = client.post("/v1/oih-plans", json=body)

        assert response.status_code == 200, response.text
        assert [t["step"] for t in response.json()["trace"]] == [
            'input medications[0].route "po" read as "oral"',
            'input patient.sex "M" read as "male"',
        ]


class TestErrorsForPeople:
    def test_enumeration_lists_its_values_and_what_arrived(self, client: Client) -> None:
        response = client.post("/v1/mme", json={"medications": [{**OXY_ER_BID, "route": "otic"}]})
        problem = response.json()

        assert (response.status_code, response.headers["content-type"]) == (400, PROBLEM)
        assert (problem["field"], problem["received"]) == ("medications[0].route", '"otic"')
        assert all(route in problem["expected"] for route in ROUTES)
        assert "PO (oral)" in problem["expected"]
        assert '"otic"' in problem["detail"]

    @pytest.mark.parametrize(
        ("content", "detail"),
        [
            (b"[]", "The request body must be a JSON object; got an array."),
            (b'"x"', "The request body must be a JSON object; got a string."),
            (b"null", "The request body must be a JSON object; got null."),
            (b"", "The request body is empty; send a JSON object."),
        ],
    )
    def test_the_whole_body_is_not_a_field(
        self, client: Client, content: bytes, detail: str
    ) -> None:
        response = client.post(
            "/v1/mme", content=content, headers={"content-type": "application/json"}
        )
        problem = response.json()

        assert response.status_code == 400
        assert (problem["field"], problem["detail"]) == (None, detail)

    @pytest.mark.parametrize(
        ("path", "body", "field", "status"),
        [
            ("/v1/mme", {}, "medications", 400),
            ("/v1/rotations", {"from": [OXY_ER_BID], "to": {"route": "oral"}}, "to.drug", 400),
            # A medication line has three shapes (dose, dispensing, RxCUI): which fields it
            # needs is decided after the schema, so a missing one is a 422 naming it.
            ("/v1/mme", {"medications": [{"drug": "oxycodone"}]}, "medications[0].route", 422),
        ],
    )
    def test_a_missing_field_is_named(
        self, client: Client, path: str, body: dict[str, Any], field: str, status: int
    ) -> None:
        problem = client.post(path, json=body).json()

        assert (problem["status"], problem["field"]) == (status, field)
        assert problem["detail"].startswith(f"{field} is missing")

    def test_field_description_explains_a_pattern(self, client: Client) -> None:
        line = {**OXY_ER_BID, "drug": "oxy codone"}

        problem = client.post("/v1/mme", json={"medications": [line]}).json()

        assert problem["field"] == "medications[0].drug"
        assert "Lower-case ingredient name" in problem["expected"]

    @pytest.mark.parametrize("depth", [500, 20000])
    def test_deeply_nested_json_is_a_400(self, client: Client, depth: int) -> None:
        """Deep nesting is refused (msgspec's RecursionError past its limit): a 400, not a 500."""
        content = b'{"medications":' + b"[" * depth + b"]" * depth + b"}"

        response = client.post(
            "/v1/mme", content=content, headers={"content-type": "application/json"}
        )

        assert response.status_code == 400
        assert response.json()["code"] in {"request.invalid", "request.invalid_json"}

    @pytest.mark.parametrize(
        ("line", "field"),
        [
            ({"dose": "10"}, "medications[0].dose"),
            ({"as_needed": 0}, "medications[0].as_needed"),
            ({"doses_per_day": True}, "medications[0].doses_per_day"),
        ],
    )
    def test_no_type_coercion(self, client: Client, line: dict[str, Any], field: str) -> None:
        """A string is not a number and 0 is not false (Litestar alone would coerce them)."""
        body = {"medications": [{**OXY_ER_BID, **line}]}

        problem = client.post("/v1/mme", json=body).json()

        assert (problem["status"], problem["field"]) == (400, field)

    def test_a_whole_float_is_an_integer(self, client: Client) -> None:
        """JSON Schema: 14.0 is an integer (interval_days)."""
        body = {
            "medications": [OXY_ER_BID],
            "start_date": "2026-12-01",
            "preset": "custom",
            "percent": 10,
            "interval_days": 14.0,
            "basis": "original",
        }

        assert client.post("/v1/tapers", json=body).status_code == 200

    def test_invalid_json(self, client: Client) -> None:
        response = client.post(
            "/v1/mme", content=b"{bad", headers={"content-type": "application/json"}
        )

        assert (response.status_code, response.json()["code"]) == (400, "request.invalid_json")
        assert response.json()["field"] is None


def test_readme_lists_the_spellings() -> None:
    """The README's table (between its spellings markers) is exactly api/spellings.ALIASES."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- spellings:begin -->")[1].split("<!-- spellings:end -->")[0]
    listed = set()
    for row in table.strip().splitlines()[2:]:
        field, typed, read = (cell.strip(" `") for cell in row.strip("|").split("|"))
        listed |= {(field, spelling.strip(), read) for spelling in typed.split(",")}

    assert listed == {
        (field, spelling, value)
        for field, aliases in spellings.ALIASES.items()
        for spelling, value in aliases.items()
    }


# Spellings the walk reads, the contract's own values, and other text (capitals, spaces, quotes,
# backslashes and non-ASCII included): a body built from them, at any depth.
_WORDS = st.sampled_from(
    sorted({s for aliases in spellings.ALIASES.values() for s in aliases})
    + sorted({v for aliases in spellings.ALIASES.values() for v in aliases.values()})
    + ["oxycodone", "OxyCodone", " oral", "mg ", "cdc-2022", "µg", 'a"b', "c\\d"]
) | st.text(max_size=6)
_KEYS = st.sampled_from([*sorted(spellings.LOWER_CASE_FIELDS), "dose", "from", "patient", "x"])
_BODIES = st.recursive(
    _WORDS | st.integers() | st.booleans() | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400)
@given(body=st.dictionaries(_KEYS, _BODIES, max_size=5), indent=st.sampled_from([None, 1]))
def test_the_scan_of_the_text_skips_only_bodies_the_walk_leaves_alone(
    body: dict[str, Any], indent: int | None
) -> None:
    # The scan of the JSON text (api/body.py passes it) is a shortcut: with or without it, the
    # body read and what is reported as read are the same.
    raw = json.dumps(body, ensure_ascii=False, indent=indent).encode()
    walked, scanned = json.loads(raw), json.loads(raw)
    assert spellings.normalise(scanned, raw) == spellings.normalise(walked)
    assert scanned == walked


def test_the_scan_sees_a_spelling_to_read() -> None:
    # The shortcut must not skip a body whose only spelling to read is deep in a list.
    raw = b'{"from": [{"drug": "oxycodone", "route" :\n "PO"}], "to": {"route": "oral"}}'
    body = json.loads(raw)
    assert spellings.normalise(body, raw) == (spellings.Normalised("from[0].route", "PO", "oral"),)
    assert body["from"][0]["route"] == "oral"
