"""
calc/memo.py: what the core derives once from an immutable table gives the same results as
deriving it again, and never keeps a request's own strings (an unknown drug name) or a regimen
that could still change (a list).
"""

from __future__ import annotations

from decimal import Decimal as D

import attrs
import pytest

from calc import conversion
from calc.alerts import mme_alerts
from calc.conversion import Converted, convert_lines
from calc.kinds.factors import EQUIANALGESIC, MME
from calc.kinds.methadone_scheme import KIND as METHADONE_SCHEME
from calc.kinds.plausibility import KIND as PLAUSIBILITY
from calc.kinds.products import KIND as PRODUCTS
from calc.kinds.products import Product
from calc.kinds.renal_opioids import KIND as RENAL_OPIOIDS
from calc.kinds.thresholds import KIND as THRESHOLDS
from calc.memo import cache_of, last_result, remember
from calc.methadone import safety_alerts
from calc.mme import Flag, MMEResult, calculate_mme, regimen_mme, table_advice
from calc.models import Medication
from calc.reference import Reference
from calc.regimen import best_regimen, build_regimen
from calc.results import Lazy, ordered
from tests.strategies import morphine


METHADONE = Medication("methadone", "oral", D(5), "mg", doses_per_day=D(3))
UNKNOWN = Medication("notadrugname", "oral", D(5), "mg", doses_per_day=D(3))


def _kept_strings(owner: object) -> set[str]:
    found: set[str] = set()
    for key in cache_of(owner):
        parts = key if isinstance(key, tuple) else (key,)
        for part in parts:
            found |= set(part) if isinstance(part, frozenset) else {part}
    return {p for p in found if isinstance(p, str)}


class TestTableAdvice:
    def test_the_advice_for_the_drugs_it_names(self, reference: Reference) -> None:
        """CMS 2018: one note for every regimen, one more with methadone; cached or not."""
        table = reference.mme_table("cms-2018")
        first = table_advice(table, [METHADONE])
        again = table_advice(table, (METHADONE, UNKNOWN))

        assert ["table.analytic_factors", "table.methadone_tiers_unconfirmed"] == [
            a.code for a in first
        ]
        assert first == again
        assert ["table.analytic_factors"] == [a.code for a in table_advice(table, [UNKNOWN])]

    def test_an_unknown_drug_name_is_not_kept(self, reference: Reference) -> None:
        table = reference.mme_table("cms-2018")
        table_advice(table, [UNKNOWN, METHADONE])

        assert "notadrugname" not in _kept_strings(table)


class TestIntervalRange:
    def test_cached_rows_are_the_computed_rows(self, reference: Reference) -> None:
        table = reference.plausibility
        assert table is not None
        for release in (None, "immediate", "extended"):
            for drug in ("oxycodone", "morphine", "notadrugname"):
                expected = table._interval_range(drug, "oral", release)

                assert expected == table.interval_range(drug, "oral", release)
                assert expected == table.interval_range(drug, "oral", release)

    def test_an_unknown_drug_name_is_not_kept(self, reference: Reference) -> None:
        table = reference.plausibility
        assert table is not None
        table.interval_range("notadrugname", "oral", None)

        assert "notadrugname" not in _kept_strings(table)


class TestLastResult:
    def test_the_same_tuple_gives_the_same_result(self, reference: Reference) -> None:
        regimen = (METHADONE,)
        first = regimen_mme(reference, None, regimen, "medications")

        assert first is regimen_mme(reference, None, regimen, "medications")
        assert first is not regimen_mme(reference, None, regimen, "from")
        assert first == regimen_mme(reference, None, (METHADONE,), "medications")

    def test_a_list_is_never_kept(self) -> None:
        owner = object()
        regimen = [METHADONE]
        remember("test", "result", owner, regimen)

        assert last_result("test", owner, regimen) is None

    def test_other_arguments_miss(self) -> None:
        owner, regimen = object(), (METHADONE,)
        remember("test", "result", owner, regimen, "a")

        assert "result" == last_result("test", owner, regimen, "a")
        assert last_result("test", owner, regimen, "b") is None
        assert last_result("test", object(), regimen, "a") is None
        assert last_result("test", owner, (METHADONE,), "a") is None
        assert last_result("never", owner, regimen, "a") is None


class TestMethadoneAlerts:
    def test_cached_alerts_are_the_built_alerts(self, reference: Reference) -> None:
        """The QTc and titration warnings kept per thresholds table are the ones built anew."""
        thresholds = reference.thresholds
        cache_of(thresholds).pop("methadone.alerts", None)
        built = safety_alerts(reference, None)
        kept = safety_alerts(reference, None)

        assert ["methadone.qtc", "methadone.titration_interval"] == [a.code for a in built]
        assert built == kept
        assert kept[0] is cache_of(thresholds)["methadone.alerts"][0]


class TestReferenceViews:
    def test_kept_views_are_the_looked_up_tables(self, reference: Reference) -> None:
        assert reference.thresholds is reference.default(THRESHOLDS)
        assert reference.products is reference.default(PRODUCTS)
        assert reference.plausibility is reference.optional(PLAUSIBILITY)
        assert reference.renal_opioids is reference.optional(RENAL_OPIOIDS)
        for kind, view in ((MME, reference.mme), (EQUIANALGESIC, reference.equianalgesic)):
            assert view == reference.of(kind)
        assert reference.methadone == reference.of(METHADONE_SCHEME)
        left_out = reference.with_default(RENAL_OPIOIDS, None)
        assert left_out.renal_opioids is None
        assert left_out.thresholds is reference.thresholds
        copy = reference.with_tables(THRESHOLDS, dict(reference.of(THRESHOLDS)))
        assert copy.thresholds is reference.thresholds


class TestBestRegimen:
    def test_the_regimen_of_the_plain_definition(self, reference: Reference) -> None:
        """Built per product and compared on daily totals, as best_regimen is defined."""

        def plain(products: tuple[Product, ...], target: D, share: D, tolerant: bool) -> object:
            best = None
            for product in products:
                if product.tolerant_only and not tolerant:
                    continue
                regimen = build_regimen(product, target)
                if regimen is None:
                    continue
                if regimen.daily_total * 100 >= target * share:
                    return regimen
                if best is None or regimen.daily_total > best.daily_total:
                    best = regimen
            return best

        catalog = reference.products
        keys = {(p.drug, p.route, p.release) for p in catalog.products}
        for drug, route, release in sorted(keys, key=str):
            products = catalog.find_all(drug, route, release)
            for target in (D("0.5"), D("7.49"), D("16.875"), D(30), D(95), D(1000)):
                for share, tolerant in ((D(90), True), (D(90), False), (D(100), True)):
                    expected = plain(products, target, share, tolerant)
                    assert expected == best_regimen(products, target, share, tolerant)


class TestUntracedConversion:
    def test_the_lines_and_totals_of_the_traced_conversion(self, reference: Reference) -> None:
        """An untraced conversion skips only the trace (and how each amount was found)."""
        regimen = (
            METHADONE,
            Medication("fentanyl", "transdermal", D(25), "mcg/h", interval_hours=D(72)),
            Medication("oxycodone", "oral", D(5), "mg", as_needed=True, max_doses_per_day=D(4)),
        )
        for table in (*reference.mme.values(), *reference.equianalgesic.values()):
            traced = convert_lines(table, regimen, "from", strict=False)
            untraced = convert_lines(table, regimen, "from", strict=False, traced=False)

            assert () == untraced.trace
            assert attrs.evolve(traced, steps=None) == untraced


class TestProductIntervals:
    def test_the_intervals_sorted_longest_first(self, reference: Reference) -> None:
        for product in reference.products.products:
            expected = tuple(sorted(product.intervals_hours, reverse=True))

            assert expected == product.intervals_longest_first


class TestLazyTrace:
    REGIMEN = (
        METHADONE,
        Medication("oxycodone", "oral", D(10), "mg", "extended", D(2)),
        Medication("fentanyl", "transdermal", D(25), "mcg/h", interval_hours=D(72)),
    )

    def test_written_when_first_read_then_kept(self, reference: Reference) -> None:
        """A result's trace is written on its first read, from what the conversion kept."""
        result = calculate_mme(reference, self.REGIMEN)
        converted = convert_lines(reference.mme_table(None), self.REGIMEN, "medications")

        assert isinstance(MMEResult.trace, Lazy)
        assert isinstance(Converted.trace, Lazy)
        assert "trace" not in vars(result)
        assert converted.trace == result.trace
        assert result.trace is result.trace
        assert len(self.REGIMEN) + 1 == len(result.trace)

    def test_the_common_line_converted_as_every_line(self, reference: Reference) -> None:
        """A scheduled line on its table's plain row: the arithmetic every line goes through."""
        lines = (
            *self.REGIMEN,
            Medication("morphine", "oral", D(15), "mg", doses_per_day=D(3)),
            Medication("hydromorphone", "oral", D(2000), "mcg", doses_per_day=D(4)),
            Medication("tramadol", "oral", D(50), "mg", interval_hours=D(6)),
            Medication("oxycodone", "oral", D(5), "mg", as_needed=True, max_doses_per_day=D(4)),
        )
        for table in (*reference.mme.values(), *reference.equianalgesic.values()):
            converted = convert_lines(table, lines, "medications", strict=False)
            kept = [med for i, med in enumerate(lines) if i not in converted.excluded_at]
            for med, line, step in zip(kept, converted.lines, converted.trace, strict=False):
                row = conversion._row(table, med, "medications[0]")
                amount, factor, source, mme, how = conversion._arithmetic(
                    row, med, "medications[0]", basis=False, chosen=None
                )
                assert (amount, factor, source, mme) == (
                    line.daily_dose,
                    line.conversion_factor,
                    line.factor_source,
                    line.mme_per_day,
                )
                assert f"({how or conversion._how(med, basis=False)})" in step.step
                assert (mme, source) == (step.value, step.source)


class TestVerdicts:
    @pytest.mark.parametrize("daily", ["1", "49.99", "50", "89.9", "90", "999.99", "1000", "2400"])
    def test_the_flags_and_warnings_of_the_thresholds_reached(
        self, reference: Reference, daily: str
    ) -> None:
        """Kept per outcome, they are what the thresholds give the total compared afresh."""
        thresholds = reference.thresholds
        result = calculate_mme(reference, [morphine(D(daily))])
        total = result.total_mme_per_day
        flags = tuple(
            Flag(code, thresholds[name], total >= thresholds[name], thresholds.source(name))
            for code, name in (
                ("mme.at_or_above_50", "mme_caution"),
                ("mme.at_or_above_90", "mme_high"),
                ("mme.very_high", "mme_very_high"),
            )
        )

        assert D(daily) == total
        assert flags == result.flags
        assert ordered(mme_alerts(total, thresholds)) == result.warnings
        assert result.warnings == calculate_mme(reference, [morphine(D(daily))]).warnings
