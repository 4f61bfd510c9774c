"""
One safety context for every result (issue 9; DESIGN.md section 5): the same regimen and patient
through every operation carry the same context codes, sorted critical, warning, info.

Regimen: oxycodone ER 60 mg every 12 h = 120 mg/day x 1.5 = 180 MME/day on CDC 2022 [CDC22]: at
or above 50 (pause, naloxone [CDC22]) and 90 (avoid or justify [CDC16]). Patient: 70 years
(older adult, 65 [CDC22]), a benzodiazepine [CDC22], moderate hepatic impairment [UTD-IR],
creatinine clearance 30 mL/min (below 60: oxycodone with caution [SPS-RENAL]).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest

from calc.adjuncts import NaltrexoneOrder, dose_naltrexone
from calc.mme import calculate_mme
from calc.models import Medication, Patient, Target
from calc.oih import OIHOptions, plan_oih
from calc.oih_cut import cut_and_methadone
from calc.reference import Reference
from calc.results import Alert
from calc.rotation import plan_rotation
from calc.taper import TaperOptions, plan_taper
from calc.vocabulary import SEVERITY_RANK


START = dt.date(2026, 12, 1)
OXY_ER = Medication("oxycodone", "oral", D(60), "mg", "extended", interval_hours=D(12))
PATIENT = Patient(
    age_years=D(70),
    sex="male",
    weight_kg=D(80),
    height_cm=D(175),
    benzodiazepine=True,
    hepatic_impairment="moderate",
    creatinine_clearance_ml_min=D(30),
)
CONTEXT = {
    "mme.at_or_above_90",
    "mme.at_or_above_50",
    "naloxone.offer",
    "benzodiazepine.co_use",
    "age.older_or_frail",
    "hepatic.impairment",
    "renal.caution.oxycodone",
}


def _results(reference: Reference) -> dict[str, tuple[Alert, ...]]:
    """Every operation that takes a regimen, and every OIH strategy, on the same input."""
    plan = plan_oih(reference, [OXY_ER], OIHOptions(start=START), PATIENT)
    strategies: dict[str, Any] = {
        "oih.taper": plan.taper,
        "oih.cut_and_methadone": plan.cut_and_methadone,
        "oih.methadone_rotation": plan.methadone_rotation,
        "oih.buprenorphine_rotation": plan.buprenorphine_rotation,
        "oih.ketamine": plan.ketamine,
        "oih.clonidine": plan.clonidine,
        "oih.gabapentin": plan.gabapentin,
    }
    refused = {name: o.refusal for name, o in strategies.items() if o.result is None}
    assert refused == {}
    return {
        "mme": calculate_mme(reference, [OXY_ER], patient=PATIENT).warnings,
        "rotation": plan_rotation(
            reference, [OXY_ER], Target("hydromorphone", "oral"), patient=PATIENT
        ).warnings,
        "taper": plan_taper(reference, [OXY_ER], TaperOptions(start=START), PATIENT).warnings,
        "naltrexone": dose_naltrexone(
            reference, NaltrexoneOrder(target_mg_per_day=D("4.5")), [OXY_ER], PATIENT
        ).warnings,
        "oih": plan.warnings,
        **{name: o.result.warnings for name, o in strategies.items()},
    }


def test_every_operation_carries_the_same_context(reference: Reference) -> None:
    missing = {
        name: sorted(CONTEXT - {w.code for w in warnings})
        for name, warnings in _results(reference).items()
    }

    assert {name: m for name, m in missing.items() if m} == {}


def test_warnings_are_sorted_critical_warning_info(reference: Reference) -> None:
    unsorted = {
        name: [w.severity for w in warnings]
        for name, warnings in _results(reference).items()
        if [SEVERITY_RANK[w.severity] for w in warnings]
        != sorted(SEVERITY_RANK[w.severity] for w in warnings)
    }

    assert unsorted == {}


def test_each_code_once(reference: Reference) -> None:
    doubled = {
        name: [w.code for w in warnings]
        for name, warnings in _results(reference).items()
        if len({w.code for w in warnings}) != len(warnings)
    }

    assert doubled == {}


@pytest.mark.parametrize(
    ("dose", "per_day", "codes"),
    [
        # 135 mg q12h = 270 MME/day: the first rotation [CDC22], [CDC16].
        ("135", 2, {"mme.at_or_above_90", "mme.at_or_above_50", "naloxone.offer"}),
        # 500 mg q4h = 3,000 MME/day: also very high (mme_very_high 1,000, product decision).
        (
            "500",
            6,
            {"mme.very_high", "mme.at_or_above_90", "mme.at_or_above_50", "naloxone.offer"},
        ),
    ],
)
def test_rotation_from_high_doses_carries_the_mme_warnings(
    reference: Reference, dose: str, per_day: int, codes: set[str]
) -> None:
    morphine = Medication("morphine", "oral", D(dose), "mg", doses_per_day=D(per_day))

    result = plan_rotation(reference, [morphine], Target("oxycodone", "oral"))

    assert codes <= {w.code for w in result.warnings}
    assert D(dose) * per_day == result.total_mme_per_day


def test_cut_and_methadone_keeps_benzodiazepine_naloxone_and_renal(reference: Reference) -> None:
    """The strategy that used to drop them (issue 9)."""
    plan = plan_oih(reference, [OXY_ER], OIHOptions(start=START), PATIENT)

    assert plan.cut_and_methadone.result is not None
    codes = {w.code for w in plan.cut_and_methadone.result.warnings}
    assert {"benzodiazepine.co_use", "naloxone.offer", "renal.caution.oxycodone"} <= codes


def test_cut_and_methadone_alone_has_no_context_to_add(reference: Reference) -> None:
    """Called directly without a context, the strategy keeps its own warnings only."""
    result = cut_and_methadone(reference, [OXY_ER], OIHOptions(start=START))

    assert "naloxone.offer" not in {w.code for w in result.warnings}
