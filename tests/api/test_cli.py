"""
``opioid-calc batch`` over CSV and Parquet, and the same batch function on a local two-worker
Dask cluster: one row per patient (and per prescription), an error column instead of stopping,
and the numbers of the single call (POST /v1/period-mme) for every patient.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from api.cli import main
from api.cli.batch import read, write
from api.tabular import PATIENT_COLUMNS, PRESCRIPTION_COLUMNS, period_rows
from calc.reference import Reference


ROOT = Path(__file__).resolve().parents[2]
HEADER = ("patient_id,drug,route,form,dose,dose_unit,doses_per_day,days_of_medication,strength,"
          "strength_unit,quantity_dispensed,days_supply,start_date,therapy_days,"
          "observation_window_days,observation_window_start,observation_window_end")  # fmt: skip
# P1: the NIH HEAL vignette [MMEQUIV]; P2: transmucosal fentanyl without its form (refused);
# P3: Opioid Data Lab experiment 1 [ODL-MME]; P4: a dose that is not a number.
ROWS = [
    "P1,hydrocodone,oral,,10,mg,4,7,,,,,,7,14,,",
    "P1,oxycodone,oral,,5,mg,2,5,,,,,,,,,",
    "P2,fentanyl,buccal,,100,mcg,4,7,,,,,,7,7,,",
    "P3,oxycodone,oral,,,,,,30,mg,60,30,2020-01-01,,,2020-01-01,2020-01-30",
    "P3,oxycodone,oral,,,,,,5,mg,14,7,2020-01-01,,,,",
    "P4,oxycodone,oral,,abc,mg,2,5,,,,,,5,5,,",
]


@pytest.fixture
def prescriptions_csv(tmp_path: Path) -> Path:
    path = tmp_path / "prescriptions.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    return path


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_csv_one_row_per_patient_with_errors(prescriptions_csv: Path, tmp_path: Path) -> None:
    out, per_rx = tmp_path / "patients.csv", tmp_path / "prescriptions-out.csv"

    status = main(["batch", str(prescriptions_csv), str(out), "--prescriptions", str(per_rx),
                   "--no-progress"])  # fmt: skip

    assert status == 0
    rows = _csv(out)
    assert ["P1", "P2", "P3", "P4"] == [r["patient_id"] for r in rows]
    assert ["", "mme.form_required", "", "request.invalid"] == [r["error"] for r in rows]
    assert ("prescriptions[0].form", "prescriptions[0].dose") == (
        rows[1]["error_field"],
        rows[3]["error_field"],
    )
    # NIH HEAL vignette: 355 MME, 12 days, mme1-mme4 29.58, 50.71, 25.36, 55 (to 0.01).
    assert ["355.0", "12", "29.58", "50.71", "25.36", "55.0"] == [
        rows[0][k] for k in ("total_mme", "total_days", "mme1", "mme2", "mme3", "mme4")
    ]
    # Opioid Data Lab experiment 1: 2805 / 37, / 30, / 30 and 52.5.
    assert ["75.81", "93.5", "93.5", "52.5", "2020-01-01"] == [
        rows[2][k] for k in ("mme_over_days_supplied", "mme_over_window", "mme_over_exposed_days",
                             "mean_prescription_daily_mme", "window_start")
    ]  # fmt: skip
    assert [name for name, _ in PATIENT_COLUMNS] == list(rows[0])
    lines = _csv(per_rx)
    assert [("P1", "1", "40.0", "280.0"), ("P1", "2", "15.0", "75.0")] == [
        (r["patient_id"], r["prescription"], r["single_day_mme"], r["mme"]) for r in lines[:2]
    ]
    assert ["mme.form_required"] == [r["error"] for r in lines if r["patient_id"] == "P2"]
    assert len(ROWS) == len(lines)


def test_parquet_round_trip_gives_the_csv_numbers(
    prescriptions_csv: Path, tmp_path: Path, reference: Reference
) -> None:
    """CSV in and Parquet in give the same patient rows; Parquet out keeps the column types."""
    source = tmp_path / "prescriptions.parquet"
    write(source, read(prescriptions_csv), tuple((c, "str") for c in HEADER.split(",")))
    out = tmp_path / "patients.parquet"

    assert main(["batch", str(source), str(out), "--no-progress", "--table", "nih-heal"]) == 0

    from_csv, _ = period_rows(reference, read(prescriptions_csv), "nih-heal")
    assert _normal(from_csv) == _normal(read(out))


def _normal(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def cell(value: Any) -> Any:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    return sorted(
        ({k: cell(v) for k, v in row.items()} for row in rows), key=lambda r: str(r["patient_id"])
    )


def test_rows_equal_the_http_batch(
    prescriptions_csv: Path, reference: Reference, client: TestClient[Litestar]
) -> None:
    """Each patient row carries the numbers POST /v1/period-mme gives for that patient."""
    rows, _ = period_rows(reference, read(prescriptions_csv))
    body = {"prescriptions": [
        {"drug": "hydrocodone", "route": "oral", "dose": 10, "dose_unit": "mg",
         "doses_per_day": 4, "days_of_medication": 7},
        {"drug": "oxycodone", "route": "oral", "dose": 5, "dose_unit": "mg",
         "doses_per_day": 2, "days_of_medication": 5}],
        "therapy_days": 7, "observation_window_days": 14}  # fmt: skip

    single = client.post("/v1/period-mme", json=body).json()

    for key, value in single["with_buprenorphine"].items():
        assert value == rows[0][key]
    for key, value in single["without_buprenorphine"].items():
        assert value == rows[0][f"{key}_without_buprenorphine"]
    assert single["calculation_id"] == rows[0]["calculation_id"]


def test_conflicting_patient_values_refuse_that_patient(reference: Reference) -> None:
    rows = [
        {"patient_id": "x", "drug": "morphine", "route": "oral", "dose": "10", "dose_unit": "mg",
         "doses_per_day": "1", "days_of_medication": "3", "therapy_days": "3",
         "observation_window_days": "3"},
        {"patient_id": "x", "drug": "morphine", "route": "oral", "dose": "10", "dose_unit": "mg",
         "doses_per_day": "1", "days_of_medication": "3", "therapy_days": "4"},
        {"patient_id": "", "drug": "morphine"},
    ]  # fmt: skip

    out, per_rx = period_rows(reference, rows, prescriptions=True)

    assert [
        ("x", "batch.patient_value_conflict", "therapy_days"),
        ("", "request.invalid", "patient_id"),
    ] == [(r["patient_id"], r["error"], r["error_field"]) for r in out]
    assert 3 == len(per_rx)
    assert [name for name, _ in PRESCRIPTION_COLUMNS] == list(per_rx[0])


def test_refusal_of_the_core_and_of_the_window(reference: Reference) -> None:
    base = {"patient_id": "w", "drug": "morphine", "route": "oral", "dose": 10, "dose_unit": "mg",
            "doses_per_day": 1, "days_of_medication": 3}  # fmt: skip
    too_long = {**base, "therapy_days": 3, "observation_window_start": dt.date(2000, 1, 1),
                "observation_window_end": dt.date(2020, 1, 1)}  # fmt: skip
    no_therapy = {**base, "patient_id": "v", "observation_window_days": 3}

    out, _ = period_rows(reference, [too_long, no_therapy], table="cdc-2022")

    assert ["period.window_too_long", "period.field_missing"] == [r["error"] for r in out]


def test_the_console_script_runs(prescriptions_csv: Path, tmp_path: Path) -> None:
    """`python -m api.cli` is what the `opioid-calc` script runs; unknown columns are named."""
    source = tmp_path / "extra.csv"
    lines = prescriptions_csv.read_text().splitlines()
    with_note = [
        line.replace(",", ",note," if i == 0 else ",x,", 1) for i, line in enumerate(lines)
    ]
    source.write_text("\n".join(with_note) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"

    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "api.cli", "batch", str(source), str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "ignoring unknown columns: note" in done.stderr
    assert "4 patients, 2 refused" in done.stderr
