"""
Period MME as properties over the schema's whole input space (tests/strategies.py): finite,
non-negative totals; more prescription never less total MME; the batch path bit-identical to
the single call; the Opioid Data Lab equations agreeing with the NIH HEAL definitions where
their denominators are the same days.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from calc.errors import CalcError
from calc.period import (
    BatchInput,
    PeriodResult,
    PeriodWindows,
    Prescription,
    calculate_period_mme,
    period_batch,
)
from calc.period.batch import RawRx
from calc.period.engine import Group, Windows
from calc.period.single import windows_of
from calc.reference import Reference
from tests.strategies import dated_period, period_windows, prescriptions


def numbers(result: PeriodResult) -> list[Decimal]:
    found: list[Decimal] = []
    for group in (result.with_buprenorphine, result.without_buprenorphine):
        found += [
            v
            for v in (group.total_mme, group.mme1, group.mme2, group.mme3, group.mme4)
            if v is not None
        ]
    for p in result.prescriptions:
        found += [p.daily_amount, p.conversion_factor, p.single_day_mme, p.mme]
    if result.average_daily_mme is not None:
        a = result.average_daily_mme
        found += [a.total_mme, a.mme_over_days_supplied, a.mme_over_window, a.mme_over_exposed_days,
                  a.mean_prescription_daily_mme, a.peak_daily_mme]  # fmt: skip
    found += [d.mme for d in result.daily_mme]
    return found


@given(st.lists(prescriptions(), min_size=1, max_size=8), period_windows())
def test_totals_are_finite_and_never_negative(
    reference: Reference, items: list[Prescription], windows: PeriodWindows
) -> None:
    result = calculate_period_mme(reference, items, windows)

    assert all(x.is_finite() and x >= 0 for x in numbers(result))


@given(dated_period())
def test_dated_totals_are_finite_and_never_negative(
    reference: Reference, case: tuple[list[Prescription], PeriodWindows]
) -> None:
    result = calculate_period_mme(reference, *case)

    assert all(x.is_finite() and x >= 0 for x in numbers(result))


@given(st.lists(prescriptions(), min_size=1, max_size=6), prescriptions(), period_windows())
def test_more_prescription_never_lowers_total_mme(
    reference: Reference, items: list[Prescription], extra: Prescription, windows: PeriodWindows
) -> None:
    before = calculate_period_mme(reference, items, windows).with_buprenorphine
    after = calculate_period_mme(reference, [*items, extra], windows).with_buprenorphine

    assert after.total_mme >= before.total_mme
    assert after.mme4 >= before.mme4
    assert after.total_days > before.total_days


@given(dated_period())
def test_equations_agree_with_the_definitions_on_the_same_days(
    reference: Reference, case: tuple[list[Prescription], PeriodWindows]
) -> None:
    """Equation 1 is mme1; with therapy days counted from the dates, equation 3 is mme2; the
    curve's peak never exceeds mme4 (the sum of every single-day MME)."""
    result = calculate_period_mme(reference, *case)

    average, group = result.average_daily_mme, result.with_buprenorphine
    assert average is not None
    assert average.mme_over_days_supplied == group.mme1
    assert average.mme_over_exposed_days == group.mme2
    assert average.peak_daily_mme <= group.mme4
    assert max(d.mme for d in result.daily_mme) == average.peak_daily_mme


def _raw(p: Prescription) -> RawRx:
    return (p.drug, p.route, p.form, p.dose, p.dose_unit, p.doses_per_day, p.days_of_medication,
            p.strength, p.strength_unit, p.quantity_dispensed, p.days_supply, p.start_date)  # fmt: skip


def _same(group: Group, single: object) -> None:
    names = ("total_mme", "total_days", "therapy_days", "observation_window_days",
             "mme1", "mme2", "mme3", "mme4")  # fmt: skip
    assert [str(getattr(single, n)) for n in names] == [str(v) for v in group]


def _single(
    reference: Reference, items: list[Prescription], windows: PeriodWindows
) -> PeriodResult | CalcError:
    try:
        return calculate_period_mme(reference, items, windows)
    except CalcError as exc:
        return exc


patients = st.lists(
    st.one_of(
        st.tuples(st.lists(prescriptions(), min_size=1, max_size=5), period_windows()),
        dated_period(),
    ),
    min_size=1,
    max_size=8,
)


@given(patients, st.booleans())
def test_batch_is_bit_identical_to_the_single_call(
    reference: Reference, cases: list[tuple[list[Prescription], PeriodWindows]], detail: bool
) -> None:
    """Every number the batch gives has the same digits and exponent as the single call's."""
    batch = [
        BatchInput(str(i), None, [_raw(p) for p in items], windows_of(windows))
        for i, (items, windows) in enumerate(cases)
    ]

    rows = list(period_batch(reference, batch, detail=detail))

    assert [str(i) for i in range(len(cases))] == [r.patient_id for r in rows]
    for row, (items, windows) in zip(rows, cases, strict=True):
        single = _single(reference, items, windows)
        if isinstance(single, CalcError):
            assert row.error is not None
            assert (single.code, single.field) == (row.error.code, row.error.field)
            continue
        assert row.numbers is not None
        _same(row.numbers.with_buprenorphine, single.with_buprenorphine)
        _same(row.numbers.without_buprenorphine, single.without_buprenorphine)
        assert [w.code for w in single.warnings] == [f"period.{k}" for k in row.numbers.warnings]
        if single.average_daily_mme is None:
            assert row.numbers.dated is None
        else:
            assert row.numbers.dated is not None
            a = single.average_daily_mme
            assert [str(x) for x in (a.total_mme, a.mme_over_days_supplied, a.mme_over_window,
                    a.mme_over_exposed_days, a.mean_prescription_daily_mme, a.peak_daily_mme)] == [
                str(x) for x in row.numbers.dated[3:4] + row.numbers.dated[7:12]
            ]  # fmt: skip
        if detail:
            assert row.lines is not None
            assert [(str(p.single_day_mme), str(p.mme)) for p in single.prescriptions] == [
                (str(n.single_day_mme), str(n.mme)) for _, n in row.lines
            ]
        else:
            assert row.lines is None


def test_batch_refuses_one_patient_and_goes_on(reference: Reference) -> None:
    good = [
        ("morphine", "oral", None, Decimal(10), "mg", Decimal(1), 3, None, None, None, None, None)
    ]
    bad: list[RawRx] = [
        ("morphine", "oral", None, Decimal(10), "mg", None, 3, None, None, None, None, None)
    ]
    windows: Windows = (3, 3, None, None, None, None)

    rows = list(
        period_batch(
            reference,
            [BatchInput("a", None, bad, windows), BatchInput("b", None, good, windows),
             BatchInput("c", "no-such-table", good, windows)],
        )
    )  # fmt: skip

    assert [None, Decimal(30), None] == [
        None if r.numbers is None else r.numbers.with_buprenorphine.total_mme for r in rows
    ]
    assert ["period.field_missing", None, "table.unknown"] == [
        None if r.error is None else r.error.code for r in rows
    ]
