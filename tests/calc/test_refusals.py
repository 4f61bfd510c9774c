"""
Every refusal of the core names its stable code, the field, what was expected and what arrived,
and its message states the value (DESIGN.md section 4: "a 422 whose body names the field, what was
expected and what arrived").  Expected texts are the rules' own wording, with the cited numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import pytest

from calc import calculate_mme
from calc.errors import CalcError
from calc.models import Medication, Patient, Target
from calc.oih import OIHOptions, plan_oih
from calc.oih_cut import cut_and_methadone
from calc.reference import Reference
from calc.rotation import RotationOptions, plan_rotation
from calc.taper import TaperOptions, plan_taper
from tests.strategies import morphine


START = dt.date(2026, 12, 1)
OXY = Medication("oxycodone", "oral", D(30), "mg", "extended", interval_hours=D(12))
METHADONE = Target("methadone", "oral")


def rotation(
    daily: str, target: Target, patient: Patient | None = None, **options: Any
) -> Callable[[Reference], object]:
    return lambda ref: plan_rotation(
        ref, [morphine(D(daily))], target, RotationOptions(**options), patient
    )


def taper(*meds: Medication, **options: Any) -> Callable[[Reference], object]:
    return lambda ref: plan_taper(ref, list(meds) or [OXY], TaperOptions(start=START, **options))


CASES: list[tuple[str, Callable[[Reference], object], str, str, str | None, object]] = [
    # Each case: id, call, code, field, expected text (None: not a fixed text), received.
    (
        "methadone-cap-raised",
        rotation("120", METHADONE, methadone_max_daily_mg=D("30.5")),
        "methadone.cap_above_default",
        "methadone.max_daily_dose_mg",
        "<= 30",
        D("30.5"),
    ),
    (
        "methadone-qtc",
        rotation("120", METHADONE, Patient(qtc_ms=D("500.1"))),
        "methadone.qtc_over_limit",
        "patient.qtc_ms",
        "<= 500",
        D("500.1"),
    ),
    (
        "methadone-route",
        rotation("120", Target("methadone", "rectal")),
        "methadone.route_not_covered",
        "to.route",
        "one of ['oral', 'intravenous', 'intramuscular', 'subcutaneous']",
        "rectal",
    ),
    (
        "methadone-strategy",
        rotation("120", METHADONE, methadone_strategy="fast"),
        "methadone.unknown_strategy",
        "methadone.strategy",
        "('stop_and_go', 'three_day_switch', 'ad_lib')",
        "fast",
    ),
    (
        "methadone-strategy-route",
        rotation("120", Target("methadone", "intravenous"), methadone_strategy="three_day_switch"),
        "methadone.strategy_route",
        "methadone.strategy",
        "stop_and_go",
        "three_day_switch",
    ),
    (
        "methadone-scheme",
        rotation("120", METHADONE, methadone_scheme="fudin"),
        "table.unknown",
        "methadone.scheme",
        "one of ['ccdhb-2009', 'msd-2023']",
        "fudin",
    ),
    (
        "patch-naive",
        rotation("59.99", Target("fentanyl", "transdermal")),
        "fentanyl_patch.opioid_naive",
        "from",
        (
            "opioid-tolerant by the label: at least 25 mcg/h fentanyl transdermal; 60 mg/day "
            "hydrocodone oral; 8 mg/day hydromorphone oral; 60 mg/day morphine oral; 30 mg/day "
            "oxycodone oral; 25 mg/day oxymorphone oral, for 7 days"
        ),
        D("99.98"),
    ),
    (
        "patch-days",
        rotation("90", Target("fentanyl", "transdermal"), Patient(days_on_current_opioids=D(6))),
        "fentanyl_patch.opioid_naive",
        "patient.days_on_current_opioids",
        ">= 7",
        D(6),
    ),
    (
        "butrans-above-80",
        rotation("80.01", Target("buprenorphine", "transdermal")),
        "buprenorphine_patch.above_label_bands",
        "from",
        "prior oral morphine equivalent up to 80 mg/day",
        D("80.01"),
    ),
    (
        "breakthrough",
        rotation("120", Target("oxycodone", "oral"), breakthrough_percent=D("9.99")),
        "breakthrough.out_of_range",
        "breakthrough_percent",
        "10-20",
        D("9.99"),
    ),
    (
        "reduction",
        rotation("120", Target("oxycodone", "oral"), reduction_percent=D("75.01")),
        "rotation.reduction_out_of_range",
        "cross_tolerance_reduction_percent",
        "0-75",
        D("75.01"),
    ),
    (
        "target-drug",
        rotation("120", Target("heroin", "oral")),
        "equianalgesic.drug_not_covered",
        "to.drug",
        None,
        "heroin",
    ),
    (
        "target-route",
        rotation("120", Target("tramadol", "intravenous")),
        "equianalgesic.route_not_covered",
        "to.route",
        "one of ['oral']",
        "intravenous",
    ),
    (
        "taper-percent",
        taper(preset="oih-rapid", percent=D(30)),
        "taper.out_of_range",
        "percent",
        "10-25",
        D(30),
    ),
    (
        "taper-interval",
        taper(preset="oih-rapid", interval_days=D(4)),
        "taper.out_of_range",
        "interval_days",
        "2-3",
        D(4),
    ),
    (
        "taper-basis",
        taper(preset="acute-weeks", basis="current"),
        "taper.basis_fixed",
        "basis",
        "original or current (custom preset)",
        "current",
    ),
    (
        "taper-preset",
        taper(preset="cold-turkey"),
        "taper.unknown_preset",
        "preset",
        None,
        "cold-turkey",
    ),
    (
        "taper-product",
        taper(Medication("codeine", "oral", D(30), "mg", doses_per_day=D(4))),
        "taper.no_product",
        "medications[0].drug",
        "a drug with a product table",
        "codeine",
    ),
    (
        "oih-cut",
        lambda ref: cut_and_methadone(ref, [OXY], OIHOptions(start=START, cut_percent=D(39))),
        "oih.out_of_range",
        "cut_percent",
        "40-50",
        D(39),
    ),
    (
        "mme-drug",
        lambda ref: calculate_mme(
            ref, [Medication("buprenorphine", "oral", D(2), "mg", doses_per_day=D(1))]
        ),
        "mme.drug_not_covered",
        "medications[0].drug",
        None,
        "buprenorphine",
    ),
    (
        "mme-route",
        lambda ref: calculate_mme(
            ref, [Medication("morphine", "intravenous", D(5), "mg", doses_per_day=D(4))]
        ),
        "mme.route_not_covered",
        "medications[0].route",
        "one of ['oral']",
        "intravenous",
    ),
    (
        "mme-unit",
        lambda ref: calculate_mme(ref, [Medication("morphine", "oral", D(25), "mcg/h")]),
        "medication.unit_mismatch",
        "medications[0].dose_unit",
        "mg or mcg by route oral (a rate only by route ['intravenous', 'subcutaneous', 'transdermal'])",
        "mcg/h",
    ),
]


@pytest.mark.parametrize(
    ("call", "code", "field", "expected", "received"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_refusal_names_everything(
    reference: Reference,
    call: Callable[[Reference], object],
    code: str,
    field: str,
    expected: str | None,
    received: object,
) -> None:
    """Code, field, expectation (where it is a fixed text), value, and the value in the message."""
    with pytest.raises(CalcError) as info:
        call(reference)

    error = info.value
    assert (code, field, received) == (error.code, error.field, error.received)
    assert error.expected
    if expected is not None:
        assert expected == error.expected
    assert str(received) in error.detail


def test_frequency_missing_names_both_fields(reference: Reference) -> None:
    """A line with neither doses_per_day nor interval_hours: nothing arrived, both are named."""
    with pytest.raises(CalcError) as info:
        calculate_mme(reference, [Medication("morphine", "oral", D(10), "mg")])

    error = info.value
    assert ("medication.frequency_missing", "medications[0].doses_per_day", None) == (
        error.code,
        error.field,
        error.received,
    )
    assert "doses_per_day or interval_hours" in error.expected


def test_ketamine_needs_weight_in_oih_plan(reference: Reference) -> None:
    """The OIH plan's ketamine strategy is refused, with its reason, when no weight is given."""
    plan = plan_oih(reference, [OXY], OIHOptions(start=START))

    refusal = plan.ketamine.refusal
    assert refusal is not None
    assert ("oih.ketamine_needs_weight", "patient.weight_kg", "a weight in kg", None) == (
        refusal.code,
        refusal.field,
        refusal.expected,
        refusal.received,
    )
