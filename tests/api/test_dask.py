"""
The batch function on Dask (api/dask_batch.py): on a local cluster of two worker processes,
over Parquet, the same patient rows as the single-process path (api/tabular.py).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from api.cli.batch import write
from api.dask_batch import period_mme_frame, period_mme_parquet
from api.tabular import period_rows
from calc.reference import Reference
from tests.strategies import NIH_HEAL_LINES


def _random_rows(seed: int, patients: int) -> list[dict[str, Any]]:
    """Prescriptions of random patients: dose-based and dispensing-based, some dated, some with
    a refusal (a buccal fentanyl without its form, a missing therapy_days)."""
    rng = random.Random(seed)  # noqa: S311  (test data, not secrets)
    rows = []
    for p in range(patients):
        dated = rng.random() < 0.5
        count = rng.randint(1, 4)
        for i in range(count):
            drug, route, form, unit = rng.choice(NIH_HEAL_LINES)
            row: dict[str, Any] = {"patient_id": f"p{p:04d}", "drug": drug, "route": route,
                                   "form": form if rng.random() < 0.9 else None}  # fmt: skip
            days = rng.randint(1, 60)
            if rng.random() < 0.5:
                row.update(dose=rng.choice([0.5, 2.5, 5.0, 10.0, 30.0, 75.0]), dose_unit=unit,
                           doses_per_day=float(rng.randint(1, 6)), days_of_medication=days)  # fmt: skip
            else:
                row.update(strength=rng.choice([5.0, 10.0, 12.5, 100.0]), strength_unit=unit,
                           quantity_dispensed=float(rng.randint(1, 120)), days_supply=days)  # fmt: skip
            if dated:
                row["start_date"] = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 80))
                if i == 0:
                    row["observation_window_start"] = dt.date(2024, 1, 1)
                    row["observation_window_end"] = dt.date(2024, 3, 31)
            elif i == 0 and rng.random() < 0.95:
                row.update(therapy_days=rng.randint(1, 90), observation_window_days=90)
            rows.append(row)
    rng.shuffle(rows)  # a patient's rows are not contiguous
    return rows


COLUMNS = ("patient_id", "drug", "route", "form", "dose", "dose_unit", "doses_per_day",
           "days_of_medication", "strength", "strength_unit", "quantity_dispensed", "days_supply",
           "start_date", "therapy_days", "observation_window_days", "observation_window_start",
           "observation_window_end")  # fmt: skip
TYPES = {"dose": "float", "doses_per_day": "float", "strength": "float",
         "quantity_dispensed": "float", "days_of_medication": "int", "days_supply": "int",
         "therapy_days": "int", "observation_window_days": "int", "start_date": "date",
         "observation_window_start": "date", "observation_window_end": "date"}  # fmt: skip


def _normal(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def cell(value: Any) -> Any:
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return None
        if hasattr(value, "item"):  # numpy scalars
            return value.item()
        return value

    return sorted(({k: cell(v) for k, v in r.items()} for r in rows), key=lambda r: r["patient_id"])


@pytest.fixture(scope="module")
def dask_client() -> Any:
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def test_two_workers_give_the_single_process_rows(
    dask_client: Any, tmp_path: Path, reference: Reference
) -> None:
    del dask_client
    rows = _random_rows(seed=15, patients=300)
    source = tmp_path / "prescriptions"
    source.mkdir()
    half = len(rows) // 2
    for n, part in enumerate((rows[:half], rows[half:])):  # two files: patients span both
        write(source / f"part-{n}.parquet", part, tuple((c, TYPES.get(c, "str")) for c in COLUMNS))
    target = tmp_path / "patients"

    period_mme_parquet(str(source), str(target))

    expected, _ = period_rows(reference, rows)
    found = pd.read_parquet(target).to_dict("records")
    assert len(expected) == len(found)
    assert _normal(expected) == _normal(found)
    assert {r["error"] for r in expected} >= {None, "mme.form_required", "period.field_missing"}


def test_frame_over_several_partitions(dask_client: Any, reference: Reference) -> None:
    del dask_client
    rows = _random_rows(seed=7, patients=40)
    frame = dd.from_pandas(pd.DataFrame(rows, columns=list(COLUMNS)), npartitions=3)  # type: ignore[no-untyped-call]

    result = period_mme_frame(frame, table="nih-heal")
    found = result.compute().to_dict("records")  # type: ignore[no-untyped-call]

    expected, _ = period_rows(reference, rows, table="nih-heal")
    assert _normal(expected) == _normal(found)
