"""GET /v1/tables, /v1/tables/{id}, /v1/drugs, health."""

from __future__ import annotations

from tests.api.helpers import Client


class TestTables:
    """Every loaded table with provenance; one table with its rows and sources."""

    def test_list(self, client: Client) -> None:
        """The defaults and alternatives are listed with checksums."""
        tables = client.get("/v1/tables").json()["tables"]

        ids = {t["table"]["id"] for t in tables}
        assert {
            "cdc-2022",
            "cdc-2016",
            "fpm-2021",
            "equianalgesic-us",
            "ccdhb-2009",
            "msd-2023",
        } <= ids
        assert all(t["table"]["checksum"].startswith("sha256:") for t in tables)

    def test_factor_table(self, client: Client) -> None:
        """cdc-2022 rows carry factors and sources; oxycodone 1.5 [CDC22]."""
        body = client.get("/v1/tables/cdc-2022").json()

        oxy = next(r for r in body["factors"] if r["drug"] == "oxycodone")
        assert (oxy["factor"], oxy["source"], oxy["routes"]) == (1.5, "CDC22", ["oral"])

    def test_tiered_factor_table(self, client: Client) -> None:
        """cdc-2016 methadone is a band set (1-20: 4 ... >60: 12) [CDC16-TDD]."""
        body = client.get("/v1/tables/cdc-2016").json()

        methadone = next(r for r in body["factors"] if r["drug"] == "methadone")
        assert [b["value"] for b in methadone["bands"]] == [4, 8, 10, 12]
        assert methadone["bands"][-1]["max"] is None

    def test_equianalgesic_alternatives(self, client: Client) -> None:
        """Where sources disagree the alternatives are shown (clinical.md D1)."""
        body = client.get("/v1/tables/equianalgesic-us").json()

        hydromorphone = next(
            r for r in body["factors"] if r["drug"] == "hydromorphone" and "oral" in r["routes"]
        )
        assert 5 in [a["factor"] for a in hydromorphone["alternatives"]]

    def test_band_products_and_threshold_tables(self, client: Client) -> None:
        """Patch bands, products and thresholds each fill their own list."""
        patch = client.get("/v1/tables/duragesic-label").json()
        products = client.get("/v1/tables/us-products").json()
        thresholds = client.get("/v1/tables/thresholds").json()

        assert [b["value"] for b in patch["bands"]] == [25, 50, 75, 100]
        assert any(p["drug"] == "methadone" for p in products["products"])
        assert (
            next(t["value"] for t in thresholds["thresholds"] if t["name"] == "mme_caution") == 50
        )


class TestDrugs:
    """GET /v1/drugs."""

    def test_drug_routes(self, client: Client) -> None:
        """Fentanyl by patch is covered by cdc-2022 and has a patch product."""
        drugs = client.get("/v1/drugs").json()["drugs"]

        patch = next(d for d in drugs if (d["drug"], d["route"]) == ("fentanyl", "transdermal"))
        assert "cdc-2022" in patch["mme_tables"]
        assert patch["products"] == ["extended patch"]


class TestHealth:
    """Liveness and readiness."""

    def test_live_and_ready(self, client: Client) -> None:
        """Ready reports the number of loaded tables."""
        assert client.get("/health/live").json()["status"] == "live"
        ready = client.get("/health/ready").json()
        assert (ready["status"], ready["tables"] >= 10) == ("ready", True)
