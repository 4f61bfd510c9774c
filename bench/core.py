"""
Core benchmarks: median microseconds per call of the calc/ functions (Decimal, full result with
trace and warnings), each beside the same formula in naive float arithmetic (no trace, no
warnings, no exact rounding), to show what exactness and explanation cost.

A calculation whose core is not on this branch yet has ``exact=None`` and is reported as such.
Adding it is one line: the ``exact`` callable, for example
``exact=lambda: plan_rotation(REFERENCE, ROTATION_FROM, Target("oxycodone", "oral", "immediate"))``.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
import timeit
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

import attrs

from calc import Medication, calculate_mme
from calc.adjuncts import KetamineOrder, dose_ketamine
from calc.models import Patient, Target
from calc.rotation import plan_rotation
from calc.taper import TaperOptions, plan_taper
from tables.loader import load_reference


if TYPE_CHECKING:
    from collections.abc import Callable

    from calc.reference import Reference


__all__ = ["CASES", "Case", "Timing", "measure", "run"]


@cache
def reference() -> Reference:
    return load_reference()


# -- inputs ----------------------------------------------------------------------------------

THREE_LINES = (
    Medication("oxycodone", "oral", Decimal(10), "mg", "extended", doses_per_day=Decimal(2)),
    Medication("hydromorphone", "oral", Decimal(2), "mg", "immediate", interval_hours=Decimal(4)),
    Medication("fentanyl", "transdermal", Decimal(25), "mcg/h"),
)
ROTATION_FROM = (
    Medication("morphine", "oral", Decimal(60), "mg", "extended", doses_per_day=Decimal(2)),
    Medication("morphine", "oral", Decimal(15), "mg", "immediate", doses_per_day=Decimal(4)),
)
KETAMINE = {"rate_mg_kg_h": 0.15, "weight_kg": 82.0, "height_cm": 170.0, "mg_per_ml": 1.0}


# -- the same formulas in naive floats -------------------------------------------------------

_MME_FLOAT = {("oxycodone", "oral"): 1.5, ("hydromorphone", "oral"): 5.0}
_MME_FLOAT[("fentanyl", "transdermal")] = 2.4
_EQUI_FLOAT = {("morphine", "oral"): 1.0, ("oxycodone", "oral"): 1.5}
_OXY_IR = (5.0, 7.5, 10.0, 15.0, 20.0, 30.0)
_METHADONE_BANDS = ((90.0, 4.0), (300.0, 8.0), (600.0, 12.0))


def mme_float() -> tuple[float, bool, bool]:
    total = 0.0
    for m in THREE_LINES:
        per_day = float(m.dose) if m.dose_unit == "mcg/h" else float(m.dose) * _per_day(m)
        total += per_day * _MME_FLOAT[(m.drug, m.route)]
    return total, total >= 50, total >= 90


def _per_day(m: Medication) -> float:
    if m.doses_per_day is not None:
        return float(m.doses_per_day)
    return 24.0 / float(m.interval_hours or 24)


def _total(lines: tuple[Medication, ...], factors: dict[tuple[str, str], float]) -> float:
    return sum(float(m.dose) * _per_day(m) * factors[(m.drug, m.route)] for m in lines)


def _floor_to(x: float, strengths: tuple[float, ...]) -> float:
    """Largest sum of at most two units not above ``x`` (0.0 when below the smallest)."""
    best = 0.0
    for a in strengths:
        for b in (0.0, *strengths):
            if best < a + b <= x:
                best = a + b
    return best


def rotation_oxycodone_float() -> tuple[float, float, float]:
    """MME -> oxycodone/day -> minus 25% -> q6h doses floored to tablets -> 10% breakthrough."""
    daily = _total(ROTATION_FROM, _EQUI_FLOAT) / _EQUI_FLOAT[("oxycodone", "oral")] * 0.75
    dose = _floor_to(daily / 4, _OXY_IR)
    return daily, dose, _floor_to(daily * 0.1, _OXY_IR)


def rotation_methadone_float() -> tuple[float, float]:
    """MME -> ratio band -> minus 25% -> 30 mg/day cap -> three doses floored to 5 mg tablets."""
    total = _total(ROTATION_FROM, _EQUI_FLOAT)
    ratio = next(r for top, r in _METHADONE_BANDS if total <= top)
    daily = min(total / ratio * 0.75, 30.0)
    return daily, math.floor(daily / 3 / 5) * 5


def taper_float() -> list[float]:
    """Twelve steps, 10% of the previous daily dose each, floored to tablets (q12h)."""
    daily = _total(ROTATION_FROM, _EQUI_FLOAT)
    steps = []
    for _ in range(12):
        daily *= 0.9
        steps.append(_floor_to(daily / 2, (15.0, 30.0, 60.0, 100.0)) * 2)
    return steps


def ketamine_float() -> tuple[float, float, float]:
    """Devine ideal body weight, adjusted weight, mg/h and mL/h."""
    w, h = KETAMINE["weight_kg"], KETAMINE["height_cm"]
    ideal = 50.0 + 2.3 * (h / 2.54 - 60.0)
    dosing = ideal + 0.4 * (w - ideal) if w > 1.2 * ideal else w
    mg_h = KETAMINE["rate_mg_kg_h"] * dosing
    return dosing, mg_h, mg_h / KETAMINE["mg_per_ml"]


# -- cases -----------------------------------------------------------------------------------


def _mme_exact() -> object:
    return calculate_mme(reference(), THREE_LINES)


@attrs.frozen
class Case:
    name: str
    target_us: float | None
    naive: Callable[[], object]
    exact: Callable[[], object] | None = None


TAPER_LINE = (
    Medication("oxycodone", "oral", Decimal(60), "mg", "extended", interval_hours=Decimal(12)),
)
KETAMINE_PATIENT = Patient(weight_kg=Decimal(82), height_cm=Decimal(170), sex="male")


def _rotation_exact(target: Target) -> Callable[[], object]:
    return lambda: plan_rotation(reference(), ROTATION_FROM, target)


def _taper_exact() -> object:
    """Oxycodone ER 60 mg q12h, 10% of the original weekly: 110, 100, ... 10, 0 (12 steps)."""
    options = TaperOptions(start=dt.date(2026, 12, 1), preset="custom", percent=Decimal(10))
    return plan_taper(reference(), TAPER_LINE, options)


def _ketamine_exact() -> object:
    order = KetamineOrder(
        rate_mg_per_kg_per_h=Decimal("0.15"),
        weight_basis="adjusted",
        concentration_mg_per_ml=Decimal(1),
    )
    return dose_ketamine(reference(), KETAMINE_PATIENT, order)


CASES: tuple[Case, ...] = (
    Case("MME of a three-line regimen", 10.0, mme_float, _mme_exact),
    Case(
        "Rotation to oral oxycodone with rounding",
        50.0,
        rotation_oxycodone_float,
        _rotation_exact(Target("oxycodone", "oral", "immediate")),
    ),
    Case(
        "Rotation to methadone",
        50.0,
        rotation_methadone_float,
        _rotation_exact(Target("methadone", "oral")),
    ),
    Case("Taper, 12 steps", None, taper_float, _taper_exact),
    Case("Ketamine infusion", None, ketamine_float, _ketamine_exact),
)


@attrs.frozen
class Timing:
    median_us: float
    spread_us: tuple[float, float]
    """Fastest and slowest repeat."""


def measure(fn: Callable[[], object], repeat: int = 9, min_seconds: float = 0.2) -> Timing:
    """Median per-call time over ``repeat`` runs of at least ``min_seconds`` each, GC enabled."""
    fn()  # warm caches (cached_property strengths, interned strings)
    timer = timeit.Timer(fn, setup="import gc; gc.enable()")
    number = 1
    while timer.timeit(number) < min_seconds:
        number *= 2
    runs = [t / number * 1e6 for t in timer.repeat(repeat=repeat, number=number)]
    return Timing(statistics.median(runs), (min(runs), max(runs)))


@attrs.frozen
class CoreResult:
    case: Case
    exact: Timing | None
    naive: Timing


def run(repeat: int = 9) -> list[CoreResult]:
    reference()  # load the tables outside the timings
    return [
        CoreResult(
            case=case,
            exact=measure(case.exact, repeat) if case.exact is not None else None,
            naive=measure(case.naive, repeat),
        )
        for case in CASES
    ]
