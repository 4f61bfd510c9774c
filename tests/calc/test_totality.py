"""
Total, never a crash (issue 9): every calc entry point, for every input the request schema admits
up to its bounds (not only comfortable doses), returns a result or raises a ``CalcError`` (a
documented 422). Checked construction (tests/checked.py) makes every result object built here
prove it holds no NaN, infinity or negative number.

The strategies mirror api/schemas/*.py: numbers as JSON floats converted the way the API
converts them (``Decimal(str(x))``), including 5e-324 and 100,000.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.adjuncts import (
    GabapentinOrder,
    KetamineOrder,
    NaltrexoneOrder,
    PregabalinOrder,
    dose_clonidine,
    dose_gabapentin,
    dose_ketamine,
    dose_naltrexone,
    dose_pregabalin,
)
from calc.errors import CalcError
from calc.mme import calculate_mme
from calc.models import Medication, Patient, Target
from calc.oih import OIHOptions, plan_oih
from calc.renal import estimate_creatinine_clearance
from calc.rotation import RotationOptions, plan_rotation
from calc.taper import TaperOptions, plan_taper
from calc.vocabulary import DOSE_UNITS, RELEASES, ROUTES
from tables.loader import load_reference


REFERENCE = load_reference()
DRUGS = sorted(
    {d for t in (*REFERENCE.mme.values(), *REFERENCE.equianalgesic.values()) for d, _ in t.rows}
)
TABLES = [*sorted(REFERENCE.mme), "equianalgesic-us", "no-such-table"]


def number(low: float, high: float, *, exclude_low: bool = False) -> st.SearchStrategy[Decimal]:
    """A JSON number within the schema's bounds, as the API converts it."""
    return st.floats(low, high, exclude_min=exclude_low, allow_nan=False).map(
        lambda x: Decimal(str(x))
    )


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def medications(draw: st.DrawFn) -> Medication:
    drug = draw(st.sampled_from(DRUGS) | st.from_regex(r"\A[a-z][a-z-]{1,39}\Z"))
    return Medication(
        drug,
        draw(st.sampled_from(ROUTES)),
        draw(number(0, 100000, exclude_low=True)),
        draw(st.sampled_from(DOSE_UNITS)),
        draw(maybe(st.sampled_from(RELEASES))),
        draw(maybe(number(0, 24, exclude_low=True))),
        draw(maybe(number(1, 168))),
        draw(st.booleans()),
        draw(maybe(number(0, 24, exclude_low=True))),
        draw(maybe(number(0, 24, exclude_low=True))),
    )


REGIMENS = st.lists(medications(), min_size=1, max_size=4)
PATIENTS = st.builds(
    Patient,
    age_years=maybe(number(18, 120)),
    sex=maybe(st.sampled_from(["female", "male"])),
    weight_kg=maybe(number(20, 350)),
    height_cm=maybe(number(100, 250)),
    serum_creatinine_mg_dl=maybe(number(0.1, 20)),
    serum_creatinine_umol_l=maybe(number(8.84, 1768)),
    creatinine_clearance_ml_min=maybe(number(0.01, 250)),
    hepatic_impairment=maybe(st.sampled_from(["none", "mild", "moderate", "severe"])),
    frail=maybe(st.booleans()),
    benzodiazepine=maybe(st.booleans()),
    qtc_ms=maybe(number(300, 700)),
    days_on_current_opioids=maybe(number(0, 36500)),
)
DATES = st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))
TOTAL = settings(suppress_health_check=[HealthCheck.too_slow])


def total(compute: Any) -> None:
    """A result or a CalcError; any other exception is a 500 and fails the test."""
    with contextlib.suppress(CalcError):
        compute()


@TOTAL
@given(meds=REGIMENS, table=maybe(st.sampled_from(TABLES)), patient=maybe(PATIENTS))
def test_mme(meds: list[Medication], table: str | None, patient: Patient | None) -> None:
    total(lambda: calculate_mme(REFERENCE, meds, table, patient))


@TOTAL
@given(
    meds=REGIMENS,
    drug=st.sampled_from(DRUGS),
    route=st.sampled_from(ROUTES),
    release=maybe(st.sampled_from(RELEASES)),
    options=st.builds(
        RotationOptions,
        reduction_percent=maybe(number(0, 75)),
        breakthrough_percent=maybe(number(10, 20)),
        table_id=maybe(st.sampled_from(TABLES)),
        methadone_scheme=maybe(st.sampled_from(["ccdhb-2009", "msd-2023"])),
        methadone_strategy=st.sampled_from(["stop_and_go", "three_day_switch"]),
        methadone_max_daily_mg=maybe(number(0, 30, exclude_low=True)),
        mme_table_id=maybe(st.sampled_from(TABLES)),
        allow_renal_avoid=st.booleans(),
    ),
    patient=maybe(PATIENTS),
)
def test_rotation(
    meds: list[Medication],
    drug: str,
    route: str,
    release: str | None,
    options: RotationOptions,
    patient: Patient | None,
) -> None:
    total(lambda: plan_rotation(REFERENCE, meds, Target(drug, route, release), options, patient))


PRESETS = ["oih-rapid", "cdc-2022-long-term", "cdc-2022-weeks", "acute-short", "acute-weeks"]


@TOTAL
@given(
    meds=REGIMENS,
    options=st.builds(
        TaperOptions,
        start=DATES,
        preset=st.sampled_from([*PRESETS, "custom"]),
        percent=maybe(number(1, 50)),
        interval_days=maybe(st.integers(1, 90).map(Decimal)),
        basis=maybe(st.sampled_from(["original", "current"])),
        floor_percent=maybe(number(0, 90)),
        mme_table=maybe(st.sampled_from(TABLES)),
    ),
    patient=maybe(PATIENTS),
)
def test_taper(meds: list[Medication], options: TaperOptions, patient: Patient | None) -> None:
    total(lambda: plan_taper(REFERENCE, meds, options, patient))


@TOTAL
@given(
    meds=REGIMENS,
    options=st.builds(
        OIHOptions,
        start=DATES,
        cut_percent=maybe(number(40, 50)),
        methadone_mg_per_day=maybe(number(0, 15, exclude_low=True)),
        table_id=maybe(st.sampled_from(TABLES)),
        mme_table_id=maybe(st.sampled_from(TABLES)),
        taper_preset=maybe(st.sampled_from(PRESETS)),
    ),
    patient=maybe(PATIENTS),
)
def test_oih(meds: list[Medication], options: OIHOptions, patient: Patient | None) -> None:
    total(lambda: plan_oih(REFERENCE, meds, options, patient))


BASES = maybe(st.sampled_from(["actual", "ideal", "adjusted"]))


@TOTAL
@given(patient=PATIENTS, basis=BASES)
def test_renal(patient: Patient, basis: str | None) -> None:
    total(lambda: estimate_creatinine_clearance(REFERENCE, patient, basis))


@TOTAL
@given(
    patient=PATIENTS,
    order=st.builds(
        KetamineOrder,
        rate_mg_per_kg_per_h=number(0, 10, exclude_low=True),
        weight_basis=BASES,
        concentration_mg_per_ml=maybe(number(0.01, 1000)),
        bolus_mg_per_kg=maybe(number(0.001, 10)),
    ),
)
def test_ketamine(patient: Patient, order: KetamineOrder) -> None:
    total(lambda: dose_ketamine(REFERENCE, patient, order))


@TOTAL
@given(
    dose=number(0, 10, exclude_low=True),
    patient=maybe(PATIENTS),
    systolic=maybe(number(40, 300)),
    diastolic=maybe(number(20, 200)),
)
def test_clonidine(
    dose: Decimal, patient: Patient | None, systolic: Decimal | None, diastolic: Decimal | None
) -> None:
    total(
        lambda: dose_clonidine(
            REFERENCE, dose, patient=patient, systolic_mmhg=systolic, diastolic_mmhg=diastolic
        )
    )


@TOTAL
@given(
    patient=PATIENTS,
    target=number(0, 10000, exclude_low=True),
    hemodialysis=st.booleans(),
    basis=BASES,
    per_day=maybe(st.integers(1, 4)),
)
def test_gabapentinoids(
    patient: Patient, target: Decimal, hemodialysis: bool, basis: str | None, per_day: int | None
) -> None:
    total(lambda: dose_gabapentin(REFERENCE, patient, GabapentinOrder(target, hemodialysis, basis)))
    total(
        lambda: dose_pregabalin(
            REFERENCE, patient, PregabalinOrder(target, per_day, hemodialysis, basis)
        )
    )


@TOTAL
@given(
    order=st.builds(
        NaltrexoneOrder,
        target_mg_per_day=number(0, 100, exclude_low=True),
        start_mg=maybe(number(0.01, 100)),
        step_mg=maybe(number(0.01, 100)),
        step_interval_days=maybe(st.integers(1, 365)),
    ),
    meds=st.lists(medications(), max_size=4),
    patient=maybe(PATIENTS),
)
def test_naltrexone(
    order: NaltrexoneOrder, meds: list[Medication], patient: Patient | None
) -> None:
    total(lambda: dose_naltrexone(REFERENCE, order, meds, patient))
