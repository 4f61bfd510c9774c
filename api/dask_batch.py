"""
Period MME on Dask: the batch function of ``opioid-calc batch`` (api/tabular.py) over a
dask.dataframe of prescriptions, one partition at a time (``map_partitions``). Needs the ``dask``
extra (dask[dataframe], distributed, pyarrow); the server does not import this module.

    from distributed import Client
    from api.dask_batch import period_mme_parquet
    Client("tcp://scheduler:8786")          # or LocalCluster() for this machine
    period_mme_parquet("prescriptions/", "patients/")

A patient's rows are first brought into one partition (a shuffle on ``patient_id``) and put
back in input order, so each patient gets the rows, and the numbers, of the single-process
path; patients come out grouped by partition, not in input order.
"""

from __future__ import annotations

import functools
from typing import Any

import dask.dataframe as dd
import numpy as np
import pandas as pd

from api.tabular import PATIENT_COLUMNS, period_rows
from calc import (
    Reference,
)
from tables.loader import load_reference


__all__ = ["period_mme_frame", "period_mme_parquet", "period_partition"]

ORDER = "_input_order"
_ROWS_PER_PARTITION = 2**32
_DTYPES = {"str": "object", "int": "Int64", "float": "float64", "date": "object", "bool": "bool"}


@functools.cache
def _reference() -> Reference:
    """The tables, loaded once per worker process."""
    return load_reference()


def _empty() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=_DTYPES[kind]) for name, kind in PATIENT_COLUMNS})


def period_partition(frame: pd.DataFrame, table: str | None = None) -> pd.DataFrame:
    """One row per patient of a partition that holds every row of its patients."""
    if ORDER in frame.columns:
        frame = frame.sort_values(ORDER, kind="stable").drop(columns=[ORDER])
    records = frame.to_dict("records")
    patients, _ = period_rows(_reference(), records, table)
    if not patients:
        return _empty()
    out = pd.DataFrame(patients, columns=[name for name, _ in PATIENT_COLUMNS])
    return out.astype({name: _DTYPES[kind] for name, kind in PATIENT_COLUMNS})


def _with_order(frame: pd.DataFrame, partition_info: dict[str, Any] | None = None) -> pd.DataFrame:
    number = 0 if partition_info is None else int(partition_info["number"])
    order = number * _ROWS_PER_PARTITION + np.arange(len(frame), dtype="int64")
    return frame.assign(**{ORDER: order})


def period_mme_frame(prescriptions: dd.DataFrame, table: str | None = None) -> dd.DataFrame:
    """Patients' period MME from a dask.dataframe of prescriptions (columns of INPUT_COLUMNS)."""
    meta = prescriptions._meta.assign(**{ORDER: np.array([], dtype="int64")})  # noqa: SLF001
    ordered = prescriptions.map_partitions(_with_order, meta=meta)  # type: ignore[no-untyped-call]
    together = ordered.shuffle(on="patient_id")
    result: dd.DataFrame = together.map_partitions(period_partition, table, meta=_empty())
    return result


def period_mme_parquet(source: str, target: str, table: str | None = None) -> None:
    """Read prescriptions from Parquet, write one row per patient to Parquet (on the current
    Dask client: a LocalCluster or a real cluster's scheduler)."""
    import pyarrow as pa  # noqa: PLC0415  (part of the dask extra)

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "date": pa.date32(), "bool": pa.bool_()}  # fmt: skip
    schema = pa.schema([(name, types[kind]) for name, kind in PATIENT_COLUMNS])
    frame = period_mme_frame(dd.read_parquet(source), table)
    frame.to_parquet(target, schema=schema, write_index=False)  # type: ignore[no-untyped-call]
