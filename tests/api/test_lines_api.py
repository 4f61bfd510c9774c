"""
Medication lines through the HTTP API: dose forms, RxCUI lines, dispensing-based lines, the CMS
2018 table and the buprenorphine caveat; GET /v1/drugs lists the RxNorm products a line may name.
Expected numbers are the sources' (CDC-NDC18 Documentation examples; CMS18 footnotes), never the
code's output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from litestar.testing import TestClient

from api.app import create_app
from api.config import Settings


if TYPE_CHECKING:
    from collections.abc import Iterator

    from litestar import Litestar


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Litestar]]:
    app = create_app(settings=Settings(access_log=False))
    with TestClient(app, base_url="http://testserver.local") as c:
        yield c


def _post(client: TestClient[Litestar], path: str, body: dict[str, Any], status: int) -> Any:
    response = client.post(path, json=body)
    assert response.status_code == status, response.text
    return response.json()


OXY_DISPENSED = {
    "drug": "oxycodone",
    "route": "oral",
    "strength": 10,
    "strength_unit": "mg",
    "quantity_dispensed": 120,
    "days_supply": 30,
}


class TestMME:
    def test_dispensing_line(self, client: TestClient[Litestar]) -> None:
        """CDC-NDC18: 10 mg oxycodone x (120 tablets / 30 days) x 1.5 = 60 MME/day."""
        body = _post(client, "/v1/mme", {"table": "cms-2018", "medications": [OXY_DISPENSED]}, 200)
        (line,) = body["lines"]

        assert 60 == body["total_mme_per_day"]
        assert (40, "mg/day", 1.5, "CMS18") == (
            line["daily_dose"],
            line["daily_dose_unit"],
            line["conversion_factor"],
            line["factor_source"],
        )
        assert "table.analytic_factors" in [w["code"] for w in body["warnings"]]

    def test_patch_dispensed(self, client: TestClient[Litestar]) -> None:
        """CMS18 vii: 25 mcg/h x (10 patches / 30 days) x 7.2 = 60 MME/day."""
        patch = {
            "drug": "fentanyl",
            "route": "transdermal",
            "strength": 25,
            "strength_unit": "mcg/h",
            "quantity_dispensed": 10,
            "days_supply": 30,
        }
        body = _post(client, "/v1/mme", {"table": "cms-2018", "medications": [patch]}, 200)

        assert 60 == body["total_mme_per_day"]

    def test_rxcui_line(self, client: TestClient[Litestar]) -> None:
        """RxCUI 1049621, oxycodone hydrochloride 5 MG Oral Tablet: 2 tablets every 6 h is
        40 mg/day x 1.5 = 60 MME/day (CDC 2022)."""
        line = {"rxcui": "1049621", "units_per_dose": 2, "interval_hours": 6}
        body = _post(client, "/v1/mme", {"medications": [line]}, 200)

        assert 60 == body["total_mme_per_day"]
        assert ("oxycodone", "oral", "immediate", "tablet") == tuple(
            body["lines"][0][k] for k in ("drug", "route", "release", "form")
        )

    def test_rxcui_of_a_buccal_tablet_carries_its_form(self, client: TestClient[Litestar]) -> None:
        """RxCUI 668363, fentanyl 0.1 MG Buccal Tablet, 4 a day: 400 mcg x 0.13 = 52 (CMS18 iv)."""
        line = {"rxcui": "668363", "units_per_dose": 1, "doses_per_day": 4}
        body = _post(client, "/v1/mme", {"table": "cms-2018", "medications": [line]}, 200)

        assert 52 == body["total_mme_per_day"]

    def test_unknown_rxcui(self, client: TestClient[Litestar]) -> None:
        """RxCUI 161 (acetaminophen) is not an opioid product: 422 naming the field."""
        line = {"rxcui": "161", "units_per_dose": 1, "doses_per_day": 4}
        problem = _post(client, "/v1/mme", {"medications": [line]}, 422)

        assert ("rxnorm.unknown_rxcui", "medications[0].rxcui", '"161"') == (
            problem["code"],
            problem["field"],
            problem["received"],
        )

    def test_form_required(self, client: TestClient[Litestar]) -> None:
        line = {
            "drug": "fentanyl",
            "route": "buccal",
            "dose": 100,
            "dose_unit": "mcg",
            "doses_per_day": 4,
        }
        problem = _post(client, "/v1/mme", {"table": "cms-2018", "medications": [line]}, 422)

        assert ("mme.form_required", "medications[0].form") == (problem["code"], problem["field"])
        assert "one of ['film', 'lozenge', 'tablet']" == problem["expected"]

    def test_missing_drug(self, client: TestClient[Litestar]) -> None:
        line = {"route": "oral", "dose": 10, "dose_unit": "mg", "doses_per_day": 2}
        problem = _post(client, "/v1/mme", {"medications": [line]}, 422)

        assert ("medication.field_missing", "medications[0].drug") == (
            problem["code"],
            problem["field"],
        )

    def test_buprenorphine_is_shown_not_compared(self, client: TestClient[Litestar]) -> None:
        """FPM 2021: buprenorphine patch 10 mcg/h x 2 = 20 on its line; the compared total is
        the oxycodone's 15 (CDC22 caveat)."""
        lines = [
            {"drug": "buprenorphine", "route": "transdermal", "dose": 10, "dose_unit": "mcg/h"},
            {
                "drug": "oxycodone",
                "route": "oral",
                "dose": 5,
                "dose_unit": "mg",
                "doses_per_day": 2,
            },
        ]
        body = _post(client, "/v1/mme", {"table": "fpm-2021", "medications": lines}, 200)

        assert (15, 20) == (body["total_mme_per_day"], body["not_compared_mme_per_day"])
        assert [False, True] == [line["compared"] for line in body["lines"]]
        assert "mme.not_compared" in [w["code"] for w in body["warnings"]]

    def test_not_compared_is_null_without_such_lines(self, client: TestClient[Litestar]) -> None:
        body = _post(client, "/v1/mme", {"medications": [OXY_DISPENSED]}, 200)

        assert body["not_compared_mme_per_day"] is None


class TestOtherOperations:
    def test_rotation_from_an_rxcui_line(self, client: TestClient[Litestar]) -> None:
        """A rotation takes RxCUI lines too; its field names say `from`."""
        body = {
            "from": [{"rxcui": "1049621", "units_per_dose": 2, "interval_hours": 6}],
            "to": {"drug": "morphine", "route": "oral", "release": "immediate"},
        }
        result = _post(client, "/v1/rotations", body, 200)

        assert 60 == result["total_mme_per_day"]

    def test_rotation_refuses_a_dispensed_line(self, client: TestClient[Litestar]) -> None:
        body = {"from": [OXY_DISPENSED], "to": {"drug": "morphine", "route": "oral"}}
        problem = _post(client, "/v1/rotations", body, 422)

        assert ("medication.dispensing_not_a_regimen", "from[0].quantity_dispensed") == (
            problem["code"],
            problem["field"],
        )

    def test_unknown_rxcui_in_a_rotation(self, client: TestClient[Litestar]) -> None:
        body = {
            "from": [{"rxcui": "161", "units_per_dose": 1, "doses_per_day": 4}],
            "to": {"drug": "morphine", "route": "oral"},
        }
        problem = _post(client, "/v1/rotations", body, 422)

        assert "from[0].rxcui" == problem["field"]


class TestReference:
    def test_drugs_list_rxnorm_products(self, client: TestClient[Litestar]) -> None:
        body = client.get("/v1/drugs").json()
        products = {p["rxcui"]: p for p in body["rxnorm_products"]}

        assert {
            "rxcui": "1049621",
            "name": "oxycodone hydrochloride 5 MG Oral Tablet",
            "drug": "oxycodone",
            "routes": ["oral"],
            "release": "immediate",
            "form": "tablet",
            "strength": 5.0,
            "strength_unit": "mg",
        } == products["1049621"]
        assert len(products) == len(body["rxnorm_products"])

    def test_drugs_index_form_rows(self, client: TestClient[Litestar]) -> None:
        """Transmucosal fentanyl, keyed by form in cms-2018 and nih-heal, is listed."""
        body = client.get("/v1/drugs").json()
        entry = next(d for d in body["drugs"] if (d["drug"], d["route"]) == ("fentanyl", "buccal"))

        assert {"cms-2018", "cdc-ndc-2016", "cdc-ndc-2018", "nih-heal"} <= set(entry["mme_tables"])

    def test_table_lists_form_rows_and_patch_days(self, client: TestClient[Litestar]) -> None:
        body = client.get("/v1/tables/cms-2018").json()
        fentanyl = [r for r in body["factors"] if r["drug"] == "fentanyl"]

        assert {(tuple(r["routes"]), tuple(r["forms"]), r["factor"]) for r in fentanyl} == {
            (("buccal", "sublingual"), ("tablet",), 0.13),
            (("buccal",), ("lozenge",), 0.13),
            (("buccal",), ("film",), 0.18),
            (("sublingual",), ("spray",), 0.18),
            (("intranasal",), (), 0.16),
            (("transdermal",), (), 7.2),
        }
        patch = next(r for r in fentanyl if r["routes"] == ["transdermal"])
        assert 3 == patch["days_per_unit"]
