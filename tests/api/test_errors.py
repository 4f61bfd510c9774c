"""Bad input gets a 4xx problem+json naming the field, the expectation and what arrived."""

from __future__ import annotations

from typing import Any

import pytest
from litestar.testing import TestClient

from tests.api.helpers import OXY_ER_BID, Client


PROBLEM = "application/problem+json"


def post(client: Client, body: Any) -> tuple[int, dict[str, Any], str]:
    response = client.post("/v1/mme", json=body)
    return response.status_code, response.json(), response.headers["content-type"]


class TestValidation:
    """Schema violations are 400 with field, expected and received."""

    @pytest.mark.parametrize(
        ("line", "field", "received"),
        [
            ({"dose": -1}, "medications[0].dose", "-1"),
            ({"dose": 0}, "medications[0].dose", "0"),
            ({"dose": 1e9}, "medications[0].dose", "1000000000.0"),
            ({"dose": "ten"}, "medications[0].dose", '"ten"'),
            ({"route": "otic"}, "medications[0].route", '"otic"'),
            ({"drug": "Oxy Codone"}, "medications[0].drug", '"Oxy Codone"'),
            ({"interval_hours": 0.5}, "medications[0].interval_hours", "0.5"),
            ({"zzz": 1}, "medications[0].zzz", "1"),
        ],
        ids=["negative", "zero", "huge", "string", "route", "spaced", "interval", "unknown-field"],
    )
    def test_bad_line(
        self, client: Client, line: dict[str, Any], field: str, received: str | None
    ) -> None:
        """One broken field per case."""
        status, problem, content_type = post(client, {"medications": [{**OXY_ER_BID, **line}]})

        assert (status, content_type) == (400, PROBLEM)
        assert (field, received) == (problem["field"], problem["received"])
        assert problem["expected"]

    def test_empty_and_oversized_lists(self, client: Client) -> None:
        """1-20 lines."""
        assert post(client, {"medications": []})[0] == 400
        assert post(client, {"medications": [OXY_ER_BID] * 21})[0] == 400

    def test_truncated_json(self, client: Client) -> None:
        """Malformed JSON is a 400 problem."""
        response = client.post(
            "/v1/mme", content=b'{"medications": [', headers={"content-type": "application/json"}
        )

        assert response.status_code == 400
        assert response.headers["content-type"].startswith(PROBLEM)


class TestOtherStatuses:
    """404, 405 and 422 are problem+json too."""

    def test_unknown_table_id_is_404(self, client: Client) -> None:
        """GET /v1/tables/{id} for an id that is not loaded."""
        response = client.get("/v1/tables/nope")

        assert (response.status_code, response.headers["content-type"]) == (404, PROBLEM)

    def test_wrong_method_is_405(self, client: Client) -> None:
        """GET on a POST operation."""
        response = client.get("/v1/mme")

        assert response.status_code == 405
        assert response.headers["content-type"].startswith(PROBLEM)

    def test_unknown_drug_is_422(self, client: Client) -> None:
        """A drug the table does not cover is a 422 naming the field and the value."""
        status, problem, _ = post(client, {"medications": [{**OXY_ER_BID, "drug": "kratom"}]})

        assert status == 422
        assert (problem["field"], problem["received"]) == ("medications[0].drug", '"kratom"')

    def test_missing_frequency_is_422(self, client: Client) -> None:
        """doses_per_day or interval_hours is required for non-patch lines."""
        line = {k: v for k, v in OXY_ER_BID.items() if k != "interval_hours"}

        status, problem, _ = post(client, {"medications": [line]})

        assert (status, problem["field"]) == (422, "medications[0].doses_per_day")


class TestServerErrors:
    """An unexpected exception is a logged 500 problem with no internals."""

    def test_500(self, reference: Any) -> None:
        """A route that raises shows the generic problem."""
        from litestar import get

        from api.app import create_app

        @get("/boom", sync_to_thread=False)
        def boom() -> None:
            raise RuntimeError("secret detail")

        app = create_app(reference)
        app.register(boom)
        with TestClient(app=app, base_url="http://testserver.local") as client:
            response = client.get("/boom")

        assert response.status_code == 500
        assert "secret" not in response.text
        assert response.json()["code"] == "internal"
