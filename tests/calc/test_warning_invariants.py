"""
Every warning the product emits, across a broad set of calculations, has a stable dotted code, a
known severity, a message written as a sentence, and a source key that resolves in
tables/sources.toml (DESIGN.md section 4: warnings carry `code`, `severity`, `message`, `source`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal as D

import pytest

from calc import calculate_mme
from calc.errors import CalcError
from calc.models import Medication, Patient, Target
from calc.oih import OIHOptions, plan_oih
from calc.reference import Reference
from calc.results import Alert
from calc.rotation import RotationOptions, plan_rotation
from calc.taper import TaperOptions, plan_taper
from tests.strategies import morphine


CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9][a-z0-9_-]*)+$")
SEVERITIES = {"info", "warning", "critical"}
START = dt.date(2026, 12, 1)
OLD_RENAL_BENZO = Patient(
    age_years=D(82),
    sex="female",
    weight_kg=D(58),
    height_cm=D(160),
    creatinine_clearance_ml_min=D(25),
    hepatic_impairment="severe",
    benzodiazepine=True,
    frail=True,
    qtc_ms=D(470),
)
OXY_ER = Medication("oxycodone", "oral", D(60), "mg", "extended", interval_hours=D(12))
METHADONE_SOURCE = Medication("methadone", "oral", D(10), "mg", doses_per_day=D(2))
PATCH_SOURCE = Medication("fentanyl", "transdermal", D(50), "mcg/h")


def _alerts(reference: Reference) -> Iterator[tuple[str, Alert]]:
    meds = [OXY_ER, Medication("codeine", "oral", D(30), "mg", doses_per_day=D(4))]
    yield from (
        ("mme", a) for a in calculate_mme(reference, meds, patient=OLD_RENAL_BENZO).warnings
    )
    targets = [
        (Target("oxycodone", "oral"), RotationOptions()),
        (Target("methadone", "oral"), RotationOptions(methadone_strategy="three_day_switch")),
        (Target("methadone", "oral"), RotationOptions(methadone_scheme="msd-2023")),
        (Target("fentanyl", "transdermal"), RotationOptions()),
        (Target("buprenorphine", "sublingual"), RotationOptions()),
        (Target("hydromorphone", "intravenous"), RotationOptions()),
        (Target("codeine", "oral", "immediate"), RotationOptions()),
    ]
    for daily in ("20", "240", "600", "2000"):
        for target, options in targets:
            try:
                result = plan_rotation(
                    reference, [morphine(D(daily))], target, options, OLD_RENAL_BENZO
                )
            except CalcError:  # refusals are checked in test_refusals.py
                continue
            yield from ((f"rotation {daily} -> {target.drug}", a) for a in result.warnings)
    for low in ("10", "29"):
        result = plan_rotation(
            reference, [morphine(D(low))], Target("buprenorphine", "transdermal")
        )
        yield from (("butrans", a) for a in result.warnings)
    result = plan_rotation(reference, [morphine(D(45))], Target("buprenorphine", "transdermal"))
    yield from (("butrans-band", a) for a in result.warnings)
    result = plan_rotation(
        reference, [METHADONE_SOURCE, PATCH_SOURCE], Target("morphine", "oral", "extended")
    )
    yield from (("sources", a) for a in result.warnings)
    for preset in (
        "oih-rapid",
        "cdc-2022-long-term",
        "cdc-2022-weeks",
        "acute-short",
        "acute-weeks",
    ):
        taper = plan_taper(
            reference, [OXY_ER], TaperOptions(start=START, preset=preset), OLD_RENAL_BENZO
        )
        yield from ((f"taper {preset}", a) for a in taper.warnings)
    plan = plan_oih(reference, [OXY_ER], OIHOptions(start=START), OLD_RENAL_BENZO)
    yield from (("oih", a) for a in plan.warnings)
    cut = plan.cut_and_methadone.result
    assert cut is not None
    yield from (("oih cut", a) for a in cut.warnings)
    for name, outcome in (
        ("ketamine", plan.ketamine),
        ("clonidine", plan.clonidine),
        ("gabapentin", plan.gabapentin),
    ):
        if outcome.result is not None:
            yield from ((f"oih {name}", a) for a in outcome.result.warnings)


@pytest.fixture(scope="module", name="alerts")
def _all_alerts(reference: Reference) -> list[tuple[str, Alert]]:
    return list(_alerts(reference))


class TestEveryWarning:
    """Invariants over every warning of the scenarios above."""

    def test_the_scenarios_reach_many_codes(self, alerts: list[tuple[str, Alert]]) -> None:
        """The scenarios exercise the warnings broadly (not a vacuous check)."""
        assert len({a.code for _, a in alerts}) >= 40

    def test_codes_and_severities(self, alerts: list[tuple[str, Alert]]) -> None:
        """Stable lower-case dotted codes; one of three severities."""
        bad = [(where, a.code, a.severity) for where, a in alerts]
        bad = [b for b in bad if not CODE.match(b[1]) or b[2] not in SEVERITIES]

        assert [] == bad

    def test_messages_are_sentences(self, alerts: list[tuple[str, Alert]]) -> None:
        """A message starts with a capital letter or digit and ends with a full stop."""
        bad = [
            (where, a.code, a.message)
            for where, a in alerts
            if not re.match(r"^[A-Z0-9]", a.message) or not a.message.rstrip(")").endswith(".")
        ]

        assert [] == bad

    def test_sources_resolve(self, reference: Reference, alerts: list[tuple[str, Alert]]) -> None:
        """Every warning cites a source key of tables/sources.toml."""
        bad = sorted({(a.code, a.source) for _, a in alerts if a.source not in reference.sources})

        assert [] == bad
