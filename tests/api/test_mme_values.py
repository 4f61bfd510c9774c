"""
POST /v1/mme against numbers worked out by hand from the cited tables (tables/*.toml), through
the whole stack.  Written to close the mutation-testing gaps of the MME path (``make
mutation``): every daily amount, factor, unit, threshold edge, rounding rule and source key
below is asserted, not just that a response came back.
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


def _mme(client: TestClient[Litestar], body: dict[str, Any], status: int = 200) -> Any:
    response = client.post("/v1/mme", json=body)
    assert response.status_code == status, response.text
    return response.json()


def _line(drug: str, route: str, dose: float, unit: str = "mg", **frequency: Any) -> Any:
    return {"drug": drug, "route": route, "dose": dose, "dose_unit": unit, **frequency}


def test_three_lines_cdc_2022(client: TestClient[Litestar]) -> None:
    # oxycodone 10 mg x 2 = 20 mg/day x 1.5 = 30; hydromorphone 2 mg q4h = 12 mg/day x 5 = 60;
    # fentanyl patch 25 mcg/h x 2.4 = 60; total 150 (CDC 2022 table, CDC22).
    body = {
        "medications": [
            {**_line("oxycodone", "oral", 10, doses_per_day=2), "release": "extended"},
            _line("hydromorphone", "oral", 2, interval_hours=4),
            _line("fentanyl", "transdermal", 25, "mcg/h"),
        ]
    }
    result = _mme(client, body)
    assert result["total_mme_per_day"] == 150
    assert result["lines"] == [
        {
            "drug": "oxycodone",
            "route": "oral",
            "release": "extended",
            "daily_dose": 20,
            "daily_dose_unit": "mg/day",
            "conversion_factor": 1.5,
            "factor_source": "CDC22",
            "mme_per_day": 30,
            "as_needed": False,
            "form": None,
            "compared": True,
        },
        {
            "drug": "hydromorphone",
            "route": "oral",
            "release": None,
            "daily_dose": 12,
            "daily_dose_unit": "mg/day",
            "conversion_factor": 5,
            "factor_source": "CDC22",
            "mme_per_day": 60,
            "as_needed": False,
            "form": None,
            "compared": True,
        },
        {
            "drug": "fentanyl",
            "route": "transdermal",
            "release": None,
            "daily_dose": 25,
            "daily_dose_unit": "mcg/h",
            "conversion_factor": 2.4,
            "factor_source": "CDC22",
            "mme_per_day": 60,
            "as_needed": False,
            "form": None,
            "compared": True,
        },
    ]
    assert result["flags"] == [
        {"code": "mme.at_or_above_50", "threshold": 50, "reached": True, "source": "CDC22"},
        {"code": "mme.at_or_above_90", "threshold": 90, "reached": True, "source": "CDC16"},
        {"code": "mme.very_high", "threshold": 1000, "reached": False, "source": "PRODUCT"},
    ]
    assert [(w["code"], w["severity"], w["source"]) for w in result["warnings"]] == [
        ("mme.at_or_above_90", "critical", "CDC16"),
        ("mme.at_or_above_50", "warning", "CDC22"),
        ("naloxone.offer", "warning", "CDC22"),
    ]
    assert "90 MME/day" in result["warnings"][0]["message"]
    assert "50 MME/day" in result["warnings"][1]["message"]
    assert result["trace"] == [
        {
            "step": "medications[0]: oxycodone oral 20 mg/day (dose x doses per day) "
            "x 1.5 (cdc-2022) = oral morphine mg/day",
            "value": 30,
            "unit": "mg/day",
            "source": "CDC22",
        },
        {
            "step": "medications[1]: hydromorphone oral 12 mg/day (dose x doses per day) "
            "x 5 (cdc-2022) = oral morphine mg/day",
            "value": 60,
            "unit": "mg/day",
            "source": "CDC22",
        },
        {
            "step": "medications[2]: fentanyl transdermal 25 mcg/h (patch rate) "
            "x 2.4 (cdc-2022) = oral morphine mg/day",
            "value": 60,
            "unit": "mg/day",
            "source": "CDC22",
        },
        {"step": "sum of the lines (cdc-2022)", "value": 150, "unit": "mg/day", "source": "CDC22"},
    ]
    assert result["table"]["id"] == "cdc-2022"
    assert len(result["calculation_id"]) == 32


@pytest.mark.parametrize(
    ("dose", "reached_50", "reached_90", "codes"),
    [
        (24.995, False, False, []),  # 49.99 MME/day
        (25, True, False, ["mme.at_or_above_50", "naloxone.offer"]),  # exactly 50
        (44.995, True, False, ["mme.at_or_above_50", "naloxone.offer"]),  # 89.99
        (45, True, True, ["mme.at_or_above_90", "mme.at_or_above_50", "naloxone.offer"]),
    ],
)
def test_thresholds_are_inclusive_and_decided_on_the_exact_total(
    client: TestClient[Litestar],
    dose: float,
    reached_50: bool,
    reached_90: bool,
    codes: list[str],
) -> None:
    result = _mme(client, {"medications": [_line("morphine", "oral", dose, doses_per_day=2)]})
    assert [f["reached"] for f in result["flags"]] == [reached_50, reached_90, False]
    assert [w["code"] for w in result["warnings"]] == codes


def test_units_and_intervals(client: TestClient[Litestar]) -> None:
    # FPM 2021: parenteral fentanyl is per mcg/day (0.2); 0.05 mg every 2 h = 12 x 50 mcg =
    # 600 mcg/day -> 120; oxycodone 5000 mcg x 3 = 15 mg/day x 1.5 (FPM21) = 22.5.
    body = {
        "table": "fpm-2021",
        "medications": [
            _line("fentanyl", "intravenous", 0.05, "mg", interval_hours=2),
            _line("oxycodone", "oral", 5000, "mcg", doses_per_day=3),
        ],
    }
    result = _mme(client, body)
    assert [(ln["daily_dose"], ln["daily_dose_unit"]) for ln in result["lines"]] == [
        (600, "mcg/day"),
        (15, "mg/day"),
    ]
    assert [ln["mme_per_day"] for ln in result["lines"]] == [120, 22.5]
    assert result["total_mme_per_day"] == 142.5
    assert result["table"]["id"] == "fpm-2021"
    assert "(fpm-2021)" in result["trace"][0]["step"]


@pytest.mark.parametrize(
    ("daily", "factor"),
    [(20, 4), (20.5, 8), (40, 8), (40.5, 10), (60, 10), (61, 12), (300, 12)],
)
def test_tiered_methadone_factor_owns_each_band_edge(
    client: TestClient[Litestar], daily: float, factor: float
) -> None:
    # CDC 2016 methadone tiers over its own daily dose: (0,20] 4; (20,40] 8; (40,60] 10; >60 12.
    body = {
        "table": "cdc-2016",
        "medications": [_line("methadone", "oral", daily, doses_per_day=1)],
    }
    line = _mme(client, body)["lines"][0]
    assert (line["conversion_factor"], line["factor_source"]) == (factor, "CDC16-TDD")
    assert line["mme_per_day"] == daily * factor


def test_reported_numbers_round_half_even_but_flags_use_the_exact_total(
    client: TestClient[Litestar],
) -> None:
    # hydromorphone 0.125 mg x 1 = 0.125 mg/day -> reported 0.12 (half-even); x 5 = 0.625 -> 0.62
    small = _mme(client, {"medications": [_line("hydromorphone", "oral", 0.125, doses_per_day=1)]})
    assert small["lines"][0]["daily_dose"] == 0.12
    assert small["total_mme_per_day"] == 0.62
    # oxycodone 14.583 mg every 7 h: 24/7 doses/day -> 49.9988... mg/day x 1.5 = 74.998...
    body = {"medications": [_line("oxycodone", "oral", 14.583, interval_hours=7)]}
    near = _mme(client, body)
    assert near["lines"][0]["daily_dose"] == 50.0
    assert near["total_mme_per_day"] == 75.0
    assert [f["reached"] for f in near["flags"]] == [True, False, False]
    # 29.9999 mg x 3 = 89.9997 MME: reported 90.00, yet below the 90 threshold
    edge = _mme(client, {"medications": [_line("morphine", "oral", 29.9999, doses_per_day=3)]})
    assert edge["total_mme_per_day"] == 90.0
    assert [f["reached"] for f in edge["flags"]] == [True, False, False]


def test_the_default_table_is_cdc_2022(client: TestClient[Litestar]) -> None:
    # hydromorphone: 5 in CDC 2022, 4 in CDC 2016
    line = [_line("hydromorphone", "oral", 2, doses_per_day=1)]
    assert _mme(client, {"medications": line})["total_mme_per_day"] == 10
    assert _mme(client, {"medications": line, "table": "cdc-2016"})["total_mme_per_day"] == 8


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        (
            {"medications": [_line("oxycodone", "oral", 10)]},
            "medication.frequency_missing",
            "medications[0].doses_per_day",
        ),
        (
            {"medications": [_line("fentanyl", "transdermal", 25, "mg", doses_per_day=1)]},
            "medication.unit_mismatch",
            "medications[0].dose_unit",
        ),
        (
            {"medications": [_line("oxycodone", "oral", 10, "mcg/h")]},
            "medication.unit_mismatch",
            "medications[0].dose_unit",
        ),
        (
            {"medications": [_line("unobtainium", "oral", 1, doses_per_day=1)]},
            "mme.drug_not_covered",
            "medications[0].drug",
        ),
        (
            {
                "medications": [
                    _line("morphine", "oral", 1, doses_per_day=1),
                    _line("oxycodone", "rectal", 1, doses_per_day=1),
                ]
            },
            "mme.route_not_covered",
            "medications[1].route",
        ),
        (
            {"medications": [_line("morphine", "oral", 1, doses_per_day=1)], "table": "nope-1"},
            "table.unknown",
            "table",
        ),
    ],
)
def test_refusals_name_code_and_field(
    client: TestClient[Litestar], body: dict[str, Any], code: str, field: str
) -> None:
    problem = _mme(client, body, status=422)
    assert (problem["code"], problem["field"]) == (code, field)
    assert problem["expected"]
    assert problem["type"] == f"urn:opioid-calc:problem:{code}"


def test_refusals_say_what_is_covered(client: TestClient[Litestar]) -> None:
    route = _mme(
        client, {"medications": [_line("oxycodone", "rectal", 1, doses_per_day=1)]}, status=422
    )
    assert (route["expected"], route["received"]) == ("one of ['oral']", '"rectal"')
    assert "covers oxycodone only by route oral" in route["detail"]
    drug = _mme(client, {"medications": [_line("zz-drug", "oral", 1, doses_per_day=1)]}, 422)
    assert drug["expected"].startswith("one of ['codeine', 'fentanyl', ")
    assert drug["received"] == '"zz-drug"'
    table = _mme(
        client,
        {"medications": [_line("morphine", "oral", 1, doses_per_day=1)], "table": "nope-1"},
        422,
    )
    assert table["expected"] == (
        "one of ['cdc-2016', 'cdc-2022', 'cdc-ndc-2016', 'cdc-ndc-2018', 'cms-2018', 'fpm-2021', "
        "'nih-heal']"
    )
    assert table["received"] == '"nope-1"'
    assert table["detail"] == (
        "no mme table with id 'nope-1'; available: cdc-2016, cdc-2022, cdc-ndc-2016, "
        "cdc-ndc-2018, cms-2018, fpm-2021, nih-heal"
    )
    assert drug["detail"].startswith("table 'cdc-2022' does not cover drug 'zz-drug'; it covers ")
    assert "codeine, fentanyl, " in drug["detail"]
    assert route["detail"].endswith("got route 'rectal'")
    patch = _mme(client, {"medications": [_line("fentanyl", "transdermal", 25, "mg")]}, 422)
    assert (patch["expected"], patch["received"]) == ("mcg/h", '"mg"')
    assert patch["detail"] == (
        "medications[0].dose_unit: fentanyl by route transdermal is dosed in mcg/h, got mg"
    )
    missing = _mme(client, {"medications": [_line("oxycodone", "oral", 10)]}, 422)
    assert missing["expected"] == (
        "doses_per_day or interval_hours (required unless dose_unit is mcg/h)"
    )
    assert missing["received"] == "null"
    assert missing["detail"] == (
        "medications[0]: give doses_per_day or interval_hours for a mg dose"
    )


def test_patient_warnings_come_on_top_of_the_mme_warnings(client: TestClient[Litestar]) -> None:
    body = {
        "medications": [_line("morphine", "oral", 50, doses_per_day=2)],
        "patient": {"benzodiazepine": True},
    }
    # Critical warnings first, then warnings (issue 9: sorted critical, warning, info).
    assert [w["code"] for w in _mme(client, body)["warnings"]] == [
        "mme.at_or_above_90",
        "benzodiazepine.co_use",
        "mme.at_or_above_50",
        "naloxone.offer",
    ]


# A small plausible dose of each drug (plausibility-us): codeine's floor is 2 mg, tramadol's 5.
_SMALL = {"codeine": 15, "tramadol": 25}


def _codes(client: TestClient[Litestar], drugs: list[str], patient: dict[str, Any]) -> list[str]:
    meds = [_line(d, "oral", _SMALL.get(d, 1), doses_per_day=1) for d in drugs]
    return [w["code"] for w in _mme(client, {"medications": meds, "patient": patient})["warnings"]]


def test_patient_warnings(client: TestClient[Litestar]) -> None:
    assert _codes(client, ["morphine"], {}) == []
    assert _codes(client, ["morphine"], {"benzodiazepine": True}) == ["benzodiazepine.co_use"]
    assert _codes(client, ["morphine"], {"benzodiazepine": False, "age_years": 64.9}) == []
    assert _codes(client, ["morphine"], {"age_years": 65}) == ["age.older_or_frail"]
    assert _codes(client, ["morphine"], {"frail": True}) == ["age.older_or_frail"]
    assert _codes(client, ["morphine"], {"hepatic_impairment": "mild"}) == []
    assert _codes(client, ["morphine"], {"hepatic_impairment": "moderate"}) == [
        "hepatic.impairment"
    ]
    assert _codes(client, ["morphine"], {"hepatic_impairment": "severe"}) == ["hepatic.impairment"]


def test_renal_warnings_below_60_ml_min(client: TestClient[Litestar]) -> None:
    drugs = ["oxycodone", "morphine", "tapentadol", "codeine"]
    assert _codes(client, drugs, {"creatinine_clearance_ml_min": 60}) == []
    assert _codes(client, drugs, {"creatinine_clearance_ml_min": 59.9}) == [
        "renal.avoid.morphine",
        "renal.caution.codeine",
        "renal.caution.oxycodone",
    ]
    assert _codes(client, ["morphine"], {"serum_creatinine_mg_dl": 2.5}) == [
        "renal.clearance_not_estimated"
    ]
    both = {"serum_creatinine_mg_dl": 2.5, "creatinine_clearance_ml_min": 80}
    assert _codes(client, ["morphine"], both) == []


def test_patient_warnings_carry_severity_source_and_the_threshold(
    client: TestClient[Litestar],
) -> None:
    patient = {
        "benzodiazepine": True,
        "age_years": 70,
        "hepatic_impairment": "severe",
        "creatinine_clearance_ml_min": 30,
    }
    meds = [_line(d, "oral", _SMALL.get(d, 1), doses_per_day=1) for d in ("morphine", "tramadol")]
    warnings = _mme(client, {"medications": meds, "patient": patient})["warnings"]
    assert [(w["code"], w["severity"], w["source"]) for w in warnings] == [
        ("benzodiazepine.co_use", "critical", "CDC22"),
        ("renal.avoid.morphine", "critical", "CKJ23"),
        ("age.older_or_frail", "warning", "CDC22"),
        ("hepatic.impairment", "warning", "UTD-IR"),
        ("renal.caution.tramadol", "warning", "SPS-RENAL"),
    ]
    messages = [w["message"] for w in warnings]
    assert messages[0].startswith("Benzodiazepine co-prescription")
    assert messages[1].startswith("Creatinine clearance below 60 mL/min: avoid morphine")
    assert messages[2].startswith("Age 65 or older, or frail")
    assert messages[3].startswith("Hepatic impairment")
    assert messages[4].startswith("Creatinine clearance below 60 mL/min: tramadol at low doses")
    info = _mme(
        client,
        {"medications": meds[:1], "patient": {"serum_creatinine_mg_dl": 1.4}},
    )["warnings"]
    assert [(w["code"], w["severity"], w["source"]) for w in info] == [
        ("renal.clearance_not_estimated", "info", "TABERS")
    ]
    assert "creatinine_clearance_ml_min" in info[0]["message"]
