"""
One case per row of each published table, with the expected value typed from
../shared/reference/clinical.md (section and source key in the case id), never read from the TOML.

Band tables are also probed on both sides of every edge.  Where the source leaves a gap between
integers, the table's notes give the gap to the conservative side; those cases say so.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from calc.kinds.adjunct import AdjunctTable, RenalDoseBand
from calc.kinds.bands import BandSet
from calc.kinds.factors import FactorTable
from calc.kinds.formula import NamedValues
from calc.reference import Reference


PARENTERAL = ("intravenous", "subcutaneous", "intramuscular")


def rows_by_factor(table: FactorTable) -> dict[tuple[str, tuple[str, ...]], tuple[str, str]]:
    """``(drug, routes) -> (unit, source)`` for every row (a row may cover several routes)."""
    return {(f.drug, f.routes): (f.unit, f.source) for f in table.rows.values()}


def band_value(bands: BandSet, amount: str) -> Decimal | None:
    found = bands.find(Decimal(amount))
    return None if found is None else found.value


# --- A1. CDC 2022 MME table (guideline p. 42) [CDC22] ---------------------------------------------
# Cases: drug, route, unit and factor.
CDC_2022 = [
    ("codeine", "oral", "mg", "0.15"),
    ("fentanyl", "transdermal", "mcg/h", "2.4"),
    ("hydrocodone", "oral", "mg", "1.0"),
    ("hydromorphone", "oral", "mg", "5.0"),
    ("methadone", "oral", "mg", "4.7"),
    ("morphine", "oral", "mg", "1.0"),
    ("oxycodone", "oral", "mg", "1.5"),
    ("oxymorphone", "oral", "mg", "3.0"),
    ("tapentadol", "oral", "mg", "0.4"),
    ("tramadol", "oral", "mg", "0.2"),
]


class TestCdc2022:
    """Tests for table cdc-2022 against clinical.md A1 [CDC22]."""

    @pytest.mark.parametrize(
        ("drug", "route", "unit", "factor"),
        CDC_2022,
        ids=[f"A1-CDC22-{c[0]}-{c[1]}" for c in CDC_2022],
    )
    def test_row(self, reference: Reference, drug: str, route: str, unit: str, factor: str) -> None:
        """The factor, unit and source of each row are those of the CDC 2022 table."""
        row = reference.mme["cdc-2022"].rows[(drug, route)]

        assert (Decimal(factor), unit, "CDC22") == (row.factor, row.unit, row.source)

    def test_exactly_these_rows(self, reference: Reference) -> None:
        """The table has the 10 rows of A1 and no other (no buprenorphine, levorphanol, ...)."""
        assert {(c[0], c[1]) for c in CDC_2022} == set(reference.mme["cdc-2022"].rows)


# --- A2. CDC 2016 "Calculating Total Daily Dose" [CDC16-TDD] ---------------------------------------
CDC_2016 = [
    ("codeine", "oral", "mg", "0.15"),
    ("fentanyl", "transdermal", "mcg/h", "2.4"),
    ("hydrocodone", "oral", "mg", "1"),
    ("hydromorphone", "oral", "mg", "4"),  # "(5 in 2022)"
    ("morphine", "oral", "mg", "1"),
    ("oxycodone", "oral", "mg", "1.5"),
    ("oxymorphone", "oral", "mg", "3"),
]
# Methadone tiers (A2): 1-20: 4; 21-40: 8; 41-60: 10; >=61-80: 12; edges as CMS encodes them
# (>0-<=20, >20-<=40, >40-<=60, >60: 12) [CMS18].  (methadone mg/day, factor)
CDC_2016_METHADONE = [
    ("0.01", "4"),
    ("1", "4"),
    ("20", "4"),
    ("20.01", "8"),
    ("21", "8"),
    ("40", "8"),
    ("40.01", "10"),
    ("41", "10"),
    ("60", "10"),
    ("60.01", "12"),
    ("61", "12"),
    ("80", "12"),
    ("80.01", "12"),  # >80 not specified by the sheet; open top band per the CMS encoding
    ("1000", "12"),
]


class TestCdc2016:
    """Tests for table cdc-2016 against clinical.md A2 [CDC16-TDD]."""

    @pytest.mark.parametrize(
        ("drug", "route", "unit", "factor"),
        CDC_2016,
        ids=[f"A2-CDC16-TDD-{c[0]}-{c[1]}" for c in CDC_2016],
    )
    def test_row(self, reference: Reference, drug: str, route: str, unit: str, factor: str) -> None:
        """The single-factor rows match the 2016 sheet."""
        row = reference.mme["cdc-2016"].rows[(drug, route)]

        assert (Decimal(factor), unit, "CDC16-TDD") == (row.factor, row.unit, row.source)

    @pytest.mark.parametrize(
        ("amount", "factor"),
        CDC_2016_METHADONE,
        ids=[f"A2-CDC16-TDD-methadone-{c[0]}mg" for c in CDC_2016_METHADONE],
    )
    def test_methadone_tier(self, reference: Reference, amount: str, factor: str) -> None:
        """Methadone's factor follows its daily dose tier, both sides of each edge 20/40/60."""
        row = reference.mme["cdc-2016"].rows[("methadone", "oral")]

        assert (Decimal(factor), "CDC16-TDD") == row.factor_at(Decimal(amount))

    def test_methadone_has_tiers_not_a_factor(self, reference: Reference) -> None:
        """The 2016 methadone row is tiered (four bands), unlike CDC 2022's single 4.7."""
        row = reference.mme["cdc-2016"].rows[("methadone", "oral")]

        assert (None, "mg", 4) == (row.factor, row.unit, len(row.bands.bands if row.bands else ()))

    def test_exactly_these_rows(self, reference: Reference) -> None:
        """The sheet's 8 drugs and no other (tramadol and tapentadol are absent from it)."""
        expected = {(c[0], c[1]) for c in CDC_2016} | {("methadone", "oral")}

        assert expected == set(reference.mme["cdc-2016"].rows)


# --- A4. ANZCA FPM PS01(PM) Appendix, June 2021 [FPM21] -------------------------------------------
# (drug, routes, unit, factor); "parenteral" is written as intravenous/subcutaneous/intramuscular.
FPM_2021 = [
    ("morphine", ("oral",), "mg", "1"),
    ("oxycodone", ("oral",), "mg", "1.5"),
    ("hydromorphone", ("oral",), "mg", "5"),  # inferred from brands
    ("codeine", ("oral",), "mg", "0.13"),  # inferred
    ("tramadol", ("oral",), "mg", "0.2"),  # inferred
    ("tapentadol", ("oral",), "mg", "0.3"),  # inferred
    ("buprenorphine", ("sublingual",), "mg", "40"),  # inferred
    ("oxycodone", ("rectal",), "mg", "1.5"),
    ("buprenorphine", ("transdermal",), "mcg/h", "2"),
    ("fentanyl", ("transdermal",), "mcg/h", "3"),  # inferred
    ("morphine", PARENTERAL, "mg", "3"),
    ("oxycodone", PARENTERAL, "mg", "3"),  # value as transcribed (D20)
    ("hydromorphone", PARENTERAL, "mg", "15"),
    ("codeine", PARENTERAL, "mg", "0.25"),
    ("meperidine", PARENTERAL, "mg", "0.4"),  # pethidine
    ("fentanyl", PARENTERAL, "mcg", "0.2"),  # mcg/day
]


class TestFpm2021:
    """Tests for table fpm-2021 against clinical.md A4 [FPM21]."""

    @pytest.mark.parametrize(
        ("drug", "routes", "unit", "factor"),
        FPM_2021,
        ids=[f"A4-FPM21-{c[0]}-{'parenteral' if len(c[1]) > 1 else c[1][0]}" for c in FPM_2021],
    )
    def test_row(
        self, reference: Reference, drug: str, routes: tuple[str, ...], unit: str, factor: str
    ) -> None:
        """Each route of the row converts with the A4 factor."""
        table = reference.mme["fpm-2021"]
        actual = {(table.rows[(drug, r)].factor, table.rows[(drug, r)].unit) for r in routes}

        assert {(Decimal(factor), unit)} == actual
        assert (unit, "FPM21") == rows_by_factor(table)[(drug, routes)]

    def test_exactly_these_rows(self, reference: Reference) -> None:
        """Only the A4 rows: no dextropropoxyphene, no unnamed row, no methadone (UNCONFIRMED)."""
        expected = {(c[0], c[1]) for c in FPM_2021}

        assert expected == set(rows_by_factor(reference.mme["fpm-2021"]))


# --- A5/A6/A8. Equianalgesic defaults (oral morphine mg per unit of the drug) ---------------------
# (drug, routes, unit, factor, source); comment: the equianalgesic dose the factor comes from.
EQUIANALGESIC = [
    ("morphine", ("oral",), "mg", "1", "UTD"),  # A5: 30 mg PO reference
    ("morphine", PARENTERAL, "mg", "3", "UTD"),  # A5/A6: 10 mg IV/SC = 30 PO (1:3)
    ("hydromorphone", ("oral",), "mg", "4", "UTD"),  # A5: 7.5 mg PO (x4)
    ("hydromorphone", PARENTERAL, "mg", "20", "UTD"),  # A5/A6: 1.5 mg IV (x20)
    ("oxycodone", ("oral",), "mg", "1.5", "UTD"),  # A5: 20 mg PO (x1.5)
    ("oxycodone", ("intravenous", "subcutaneous"), "mg", "2", "MSD23"),  # A5: MSD 15 mg SC/IV
    ("oxymorphone", ("oral",), "mg", "3", "UTD"),  # A5: 10 mg PO (x3)
    ("oxymorphone", ("intravenous",), "mg", "30", "UTD"),  # A5/A6: 1 mg IV (x30)
    ("hydrocodone", ("oral",), "mg", "1", "UTD"),  # A5: 30 mg PO (1:1)
    ("codeine", ("oral",), "mg", "0.15", "MSD23"),  # A5: MSD 200 mg PO
    ("tramadol", ("oral",), "mg", "0.1", "UKCONV"),  # A5: UK 400 mg -> 40 mg (0.1)
    ("tapentadol", ("oral",), "mg", "0.3", "PPM"),  # A5: PPM 100 mg PO
    ("meperidine", ("oral",), "mg", "0.1", "MSD23"),  # A5: MSD 300 mg PO
    ("meperidine", PARENTERAL, "mg", "0.4", "MSD23"),  # A5: MSD 75 mg parenteral
    ("levorphanol", ("oral",), "mg", "7.5", "MSD23"),  # A5: MSD 4 mg PO
    ("levorphanol", PARENTERAL, "mg", "15", "MSD23"),  # A5: MSD 2 mg parenteral
    ("fentanyl", PARENTERAL, "mcg", "0.3", "UTD"),  # A5/A6: 100 mcg IV (0.3 per mcg)
    ("fentanyl", ("transdermal",), "mcg/h", "2", "UTD"),  # A5/A7c: 25 mcg/h ~ 50 mg
    ("methadone", ("oral",), "mg", "1.5", "MSD23"),  # A5: MSD 20 mg PO (single-dose)
    ("methadone", PARENTERAL, "mg", "3", "MSD23"),  # A5/A6: MSD 10 mg parenteral; PO:IV 2:1
    ("buprenorphine", ("transdermal",), "mcg/h", "2", "FPM21"),  # A8: TD factor 2
    ("buprenorphine", ("sublingual",), "mg", "40", "FPM21"),  # A8: SL factor 40 per mg
]
# (drug, routes, ((factor, source), ...)): what other sources give (clinical.md A5, A6, A8, D).
ALTERNATIVES = [
    ("morphine", PARENTERAL, (("2", "SCOT"),)),  # A6/D9: UK SC 1:2
    ("hydromorphone", ("oral",), (("5", "CDC22"), ("3.75", "PDQ08"), ("7.5", "UKCONV"))),  # D1
    ("hydromorphone", PARENTERAL, (("15", "FPM21"),)),  # A6/D2
    ("oxycodone", ("intravenous", "subcutaneous"), (("3", "FPM21"),)),  # A6: FPM 1.5 vs 3
    ("oxymorphone", ("oral",), (("2", "MSD23"),)),  # A5: MSD 15 mg PO
    ("codeine", ("oral",), (("0.13", "FPM21"), ("0.125", "WA15"), ("0.1", "MCM"))),  # D5
    ("tramadol", ("oral",), (("0.2", "CDC22"),)),  # A1/D4
    ("tapentadol", ("oral",), (("0.4", "CDC22"),)),  # A1/D6
    ("meperidine", PARENTERAL, (("0.3", "PPM"),)),  # A5: PPM 100 mg parenteral
    (
        "fentanyl",
        PARENTERAL,
        (("0.2", "FPM21"), ("0.15", "UKCONV"), ("0.1", "CDC-NDC16")),  # A6/D8
    ),
    (
        "fentanyl",
        ("transdermal",),
        (("2.4", "CDC22"), ("3", "FPM21"), ("1.8", "PPM")),  # A1, A4, A5 PPM 25 -> 45 mg; D7
    ),
    ("buprenorphine", ("transdermal",), (("1.8", "CDC-NDC16"), ("2.4", "PILOT25"))),  # A8/D10
    ("buprenorphine", ("sublingual",), (("30", "CDC-NDC16"),)),  # A8/D10
]


def _route_id(routes: tuple[str, ...]) -> str:
    return "parenteral" if routes == PARENTERAL else "-".join(routes)


class TestEquianalgesicUs:
    """Tests for table equianalgesic-us against clinical.md A5, A6 and A8."""

    @pytest.mark.parametrize(
        ("drug", "routes", "unit", "factor", "source"),
        EQUIANALGESIC,
        ids=[f"A5-{c[4]}-{c[0]}-{_route_id(c[1])}" for c in EQUIANALGESIC],
    )
    def test_default(
        self,
        reference: Reference,
        drug: str,
        routes: tuple[str, ...],
        unit: str,
        factor: str,
        source: str,
    ) -> None:
        """The default factor of each row is the one derived from its cited equianalgesic dose."""
        table = reference.equianalgesic["equianalgesic-us"]
        actual = {(table.rows[(drug, r)].factor, table.rows[(drug, r)].unit) for r in routes}

        assert {(Decimal(factor), unit)} == actual
        assert (unit, source) == rows_by_factor(table)[(drug, routes)]

    def test_exactly_these_rows(self, reference: Reference) -> None:
        """Every row of the table has a case above."""
        expected = {(c[0], c[1]) for c in EQUIANALGESIC}

        assert expected == set(rows_by_factor(reference.equianalgesic["equianalgesic-us"]))

    @pytest.mark.parametrize(
        ("drug", "routes", "alternatives"),
        ALTERNATIVES,
        ids=[f"D-{c[0]}-{_route_id(c[1])}" for c in ALTERNATIVES],
    )
    def test_alternatives(
        self,
        reference: Reference,
        drug: str,
        routes: tuple[str, ...],
        alternatives: tuple[tuple[str, str], ...],
    ) -> None:
        """The alternatives shown with a row are the other sources' values, in order."""
        row = reference.equianalgesic["equianalgesic-us"].rows[(drug, routes[0])]

        assert tuple((Decimal(f), s) for f, s in alternatives) == row.alternatives

    def test_rows_without_alternatives(self, reference: Reference) -> None:
        """Rows not listed above have no alternatives."""
        table = reference.equianalgesic["equianalgesic-us"]
        with_alternatives = {(f.drug, f.routes) for f in table.rows.values() if f.alternatives}

        assert {(c[0], c[1]) for c in ALTERNATIVES} == with_alternatives


# --- A9. Methadone schemes (ratio morphine:methadone over total oral morphine mg/day) --------------
# CCDHB: <90: 4; 91-300: 8; 301-600: 12.  Gaps (90-91, 300-301) go to the higher ratio (notes).
CCDHB = [
    ("0", "4"),
    ("89.99", "4"),
    ("90", "8"),  # gap 90-91: higher ratio
    ("90.5", "8"),  # gap
    ("91", "8"),
    ("300", "8"),
    ("300.01", "12"),  # gap 300-301: higher ratio
    ("301", "12"),
    ("600", "12"),
    ("600.01", None),  # the scheme stops at 600
]
# MSD/Stanford: <30: 2; 31-99: 4; 100-299: 8; 300-499: 12; 500-999: 15; >=1000: 20.
# Gaps (30-31, 99-100, 299-300, 499-500, 999-1000) go to the higher ratio (notes).
MSD = [
    ("0", "2"),
    ("29.99", "2"),
    ("30", "4"),  # gap 30-31: higher ratio
    ("31", "4"),
    ("99", "4"),
    ("99.01", "8"),  # gap 99-100
    ("100", "8"),
    ("299", "8"),
    ("299.01", "12"),  # gap 299-300
    ("300", "12"),
    ("499", "12"),
    ("499.01", "15"),  # gap 499-500
    ("500", "15"),
    ("999", "15"),
    ("999.01", "20"),  # gap 999-1000
    ("1000", "20"),
    ("5000", "20"),  # open top band
]


class TestMethadoneSchemes:
    """Tests for tables ccdhb-2009 and msd-2023 against clinical.md A9."""

    @pytest.mark.parametrize(("amount", "ratio"), CCDHB, ids=[f"A9-CCDHB-{c[0]}mg" for c in CCDHB])
    def test_ccdhb(self, reference: Reference, amount: str, ratio: str | None) -> None:
        """CCDHB 2009 ratio for a total oral morphine mg/day, both sides of each edge."""
        expected = None if ratio is None else Decimal(ratio)

        assert expected == band_value(reference.methadone["ccdhb-2009"].bands, amount)

    @pytest.mark.parametrize(("amount", "ratio"), MSD, ids=[f"A9-MSD23-{c[0]}mg" for c in MSD])
    def test_msd(self, reference: Reference, amount: str, ratio: str) -> None:
        """MSD Manual / Stanford ratio for a total oral morphine mg/day, both sides of each edge."""
        assert Decimal(ratio) == band_value(reference.methadone["msd-2023"].bands, amount)

    @pytest.mark.parametrize(
        ("scheme", "count", "source", "reduction", "reduction_source"),
        [
            ("ccdhb-2009", 3, "CCDHB", "25 50", "CCDHB"),  # A9: "reduce 25-50%"
            ("msd-2023", 6, "MSD23", "75 90", "MSD23"),  # A9, F: MSD "reduce 75-90%"
        ],
        ids=["A9-CCDHB", "A9-MSD23"],
    )
    def test_scheme(
        self,
        reference: Reference,
        scheme: str,
        count: int,
        source: str,
        reduction: str,
        reduction_source: str,
    ) -> None:
        """Band count, band sources and the default reduction with its source."""
        table = reference.methadone[scheme]
        actual = (
            len(table.bands.bands),
            {b.source for b in table.bands.bands},
            (table.default_reduction_percent, table.reduction_max_percent),
            table.reduction_source,
        )

        assert (count, {source}, decimals(reduction), reduction_source) == actual


# --- A7a. Duragesic initial dose, morphine PO column [DURAGESIC] -----------------------------------
# 60-134 -> 25; 135-224 -> 50; 225-314 -> 75; 315-404 -> 100 mcg/h.  Gaps (134-135, ...) go to the
# lower rate (notes); below 60 mg/day (opioid tolerance) and from 405 the table gives no patch.
DURAGESIC = [
    ("0", None),  # below the tolerance threshold
    ("59.99", None),
    ("60", "25"),
    ("134", "25"),
    ("134.99", "25"),  # gap 134-135: lower rate
    ("135", "50"),
    ("224", "50"),
    ("224.99", "50"),  # gap
    ("225", "75"),
    ("314", "75"),
    ("314.99", "75"),  # gap
    ("315", "100"),
    ("404", "100"),
    ("404.99", "100"),  # gap 404-405 (notes: last band closed at 405, exclusive)
    ("405", None),
    ("1000", None),
]


class TestDuragesicLabel:
    """Tests for table duragesic-label against clinical.md A7a [DURAGESIC]."""

    @pytest.mark.parametrize(
        ("amount", "rate"), DURAGESIC, ids=[f"A7a-DURAGESIC-{c[0]}mg" for c in DURAGESIC]
    )
    def test_rate(self, reference: Reference, amount: str, rate: str | None) -> None:
        """Patch rate for an oral morphine mg/day, both sides of each band edge."""
        expected = None if rate is None else Decimal(rate)

        assert expected == band_value(reference.fentanyl_patch.bands, amount)

    @pytest.mark.parametrize(
        ("amount", "below"),
        [("0", True), ("59.99", True), ("60", False), ("404.99", False), ("405", False)],
        ids=["A7a-0mg", "A7a-59.99mg", "A7a-60mg", "A7a-404.99mg", "A7a-405mg"],
    )
    def test_below_tolerance(self, reference: Reference, amount: str, below: bool) -> None:
        """Below 60 mg/day ("at least 60 mg of morphine daily") is below the table."""
        assert below == reference.fentanyl_patch.bands.is_below(Decimal(amount))

    def test_table(self, reference: Reference) -> None:
        """Four bands, all cited DURAGESIC, drug fentanyl, no max_rate."""
        table = reference.fentanyl_patch
        actual = (
            table.drug,
            len(table.bands.bands),
            {b.source for b in table.bands.bands},
            table.max_rate,
        )

        assert ("fentanyl", 4, {"DURAGESIC"}, None) == actual


# --- A8. Butrans initial dose from prior oral morphine equivalent [BUTRANS] -----------------------
# <30 -> 5 mcg/h; 30-80 -> taper to <=30 mg/day, then 10 mcg/h; >80 UNCONFIRMED (no band).
BUTRANS = [
    ("0", "5"),  # opioid-naive: 5 mcg/h
    ("29.99", "5"),
    ("30", "10"),
    ("80", "10"),
    ("80.01", None),
]


class TestButransLabel:
    """Tests for table butrans-label against clinical.md A8 [BUTRANS]."""

    @pytest.mark.parametrize(
        ("amount", "rate"), BUTRANS, ids=[f"A8-BUTRANS-{c[0]}mg" for c in BUTRANS]
    )
    def test_rate(self, reference: Reference, amount: str, rate: str | None) -> None:
        """Starting rate for a prior oral morphine mg/day, both sides of each edge."""
        expected = None if rate is None else Decimal(rate)

        assert expected == band_value(reference.buprenorphine_patch.bands, amount)

    def test_taper_advice(self, reference: Reference) -> None:
        """The 30-80 mg/day band says to taper to no more than 30 mg/day first; <30 has none."""
        bands = reference.buprenorphine_patch.bands
        low, high = bands.find(Decimal(10)), bands.find(Decimal(50))

        assert low is not None
        assert high is not None
        assert None is low.advice
        assert high.advice is not None
        assert "taper" in high.advice
        assert "30 mg/day" in high.advice

    def test_max_rate(self, reference: Reference) -> None:
        """Maximum 20 mcg/h (40 mcg/h prolonged QTc), cited BUTRANS."""
        table = reference.buprenorphine_patch

        assert ("buprenorphine", Decimal(20), "BUTRANS") == (
            table.drug,
            table.max_rate,
            table.max_rate_source,
        )


# --- A10/A11. US products: strengths [RXNORM20] and intervals ----------------------------------
# (drug, release, form, unit, strengths offered, A11 strengths, intervals h, intervals source)
# Liquids: drug, route, form, concentration per mL, amount per measuring step, largest dose,
# intervals, tolerant-only. Oral solutions: RxNorm concentrations (clinical.md A11); morphine and
# oxycodone 20 mg/mL are labelled for opioid-tolerant patients only; steps and largest volumes are
# product decisions (0.5 mL for solutions, 0.25 mL for concentrates, 0.1 mL for injections).
LIQUIDS = [
    ("methadone", "oral", "solution", "1", "0.5", "15", "8 12", False),
    ("methadone", "oral", "concentrate", "10", "2.5", "40", "8 12", True),
    ("morphine", "oral", "solution", "2", "1", "40", "4 6", False),
    ("morphine", "oral", "concentrate", "20", "5", "100", "4 6", True),
    ("oxycodone", "oral", "solution", "1", "0.5", "20", "4 6", False),
    ("oxycodone", "oral", "concentrate", "20", "5", "100", "4 6", True),
    ("hydromorphone", "oral", "solution", "1", "0.5", "20", "4 6", False),
    # Morphine injection 2 and 10 mg/mL every 4 h [MORPHINE-INJ-LABEL]
    ("morphine", "intravenous", "injection 2 mg/mL", "2", "0.2", "8", "4", False),
    ("morphine", "intravenous", "injection 10 mg/mL", "10", "1", "40", "4", False),
    ("morphine", "subcutaneous", "injection 10 mg/mL", "10", "1", "20", "4", False),
    # Dilaudid 2 mg/mL and Dilaudid-HP 10 mg/mL (opioid-tolerant only) [DILAUDID-INJ-LABEL]
    ("hydromorphone", "intravenous", "injection 2 mg/mL", "2", "0.2", "4", "3 4", False),
    ("hydromorphone", "intravenous", "injection 10 mg/mL", "10", "1", "30", "3 4", True),
    ("hydromorphone", "subcutaneous", "injection 2 mg/mL", "2", "0.2", "4", "3 4", False),
    # Fentanyl citrate 50 mcg/mL, repeated in 1-2 h [FENTANYL-INJ-LABEL]
    ("fentanyl", "intravenous", "injection 50 mcg/mL", "50", "5", "200", "1 2", False),
    # Methadone injection 10 mg/mL (A11), every 8 or 12 h as for oral (GRPH-METH)
    ("methadone", "intravenous", "injection 10 mg/mL", "10", "1", "20", "8 12", False),
    ("methadone", "subcutaneous", "injection 10 mg/mL", "10", "1", "20", "8 12", False),
    ("methadone", "intramuscular", "injection 10 mg/mL", "10", "1", "20", "8 12", False),
]

PRODUCTS = [
    # A11: IR tablet 10, 15, 20, 30, 50, 60, 200; file offers 15 and 30 (notes, D18; UTD-IR)
    ("morphine", "immediate", "tablet", "mg", "15 30", "10 15 20 30 50 60 200", "4 6", "UTD-IR"),
    # A11: ER tablet (12 HR) 15, 30, 60, 100, 200 (plus 5 mg, not offered)
    (
        "morphine",
        "extended",
        "tablet",
        "mg",
        "15 30 60 100 200",
        "5 15 30 60 100 200",
        "12",
        "RXNORM20",
    ),
    (
        "oxycodone",
        "immediate",
        "tablet",
        "mg",
        "5 7.5 10 15 20 30",
        "5 7.5 10 15 20 30",
        "4 6",
        "UTD-IR",
    ),
    (
        "oxycodone",
        "extended",
        "tablet",
        "mg",
        "5 10 15 20 30 40 60 80",
        "5 10 15 20 30 40 60 80",
        "12",
        "RXNORM20",
    ),
    ("hydromorphone", "immediate", "tablet", "mg", "1 2 3 4 8", "1 2 3 4 8", "4 6", "UTD-IR"),
    ("hydromorphone", "extended", "tablet", "mg", "8 12 16 32", "8 12 16 32", "24", "RXNORM20"),
    ("oxymorphone", "immediate", "tablet", "mg", "5 10", "5 10", "4 6", "UTD-IR"),
    (
        "oxymorphone",
        "extended",
        "tablet",
        "mg",
        "5 7.5 10 15 20 30 40",
        "5 7.5 10 15 20 30 40",
        "12",
        "RXNORM20",
    ),
    # A10: tapentadol IR q4-6h [TAPENTADOL]
    ("tapentadol", "immediate", "tablet", "mg", "50 75 100", "50 75 100", "4 6", "TAPENTADOL"),
    (
        "tapentadol",
        "extended",
        "tablet",
        "mg",
        "50 100 150 200 250",
        "50 100 150 200 250",
        "12",
        "RXNORM20",
    ),
    # A11: tramadol IR 50 mg (also 37.5 in combination, 100 mg); A10: q6h [UTD-IR]
    ("tramadol", "immediate", "tablet", "mg", "50", "50 100", "6", "UTD-IR"),
    (
        "hydrocodone",
        "extended",
        "capsule",
        "mg",
        "10 15 20 30 40 50",
        "10 15 20 30 40 50",
        "12",
        "RXNORM20",
    ),
    # A10: methadone for pain q8h or q12h [GRPH-METH]
    ("methadone", "immediate", "tablet", "mg", "5 10", "5 10", "8 12", "GRPH-METH"),
    (
        "fentanyl",
        "extended",
        "patch",
        "mcg/h",
        "12 25 37.5 50 62.5 75 87.5 100",
        "12 25 37.5 50 62.5 75 87.5 100",
        "72",
        "RXNORM20",
    ),
    (
        "buprenorphine",
        "extended",
        "patch",
        "mcg/h",
        "5 7.5 10 15 20",
        "5 7.5 10 15 20",
        "168",
        "RXNORM20",
    ),
]


def decimals(text: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(x) for x in text.split())


class TestUsProducts:
    """Tests for table us-products against clinical.md A10 (intervals) and A11 (strengths)."""

    @pytest.mark.parametrize(
        ("drug", "release", "form", "unit", "strengths", "a11", "intervals", "intervals_source"),
        PRODUCTS,
        ids=[f"A11-RXNORM20-{c[0]}-{c[1]}" for c in PRODUCTS],
    )
    def test_product(
        self,
        reference: Reference,
        drug: str,
        release: str,
        form: str,
        unit: str,
        strengths: str,
        a11: str,
        intervals: str,
        intervals_source: str,
    ) -> None:
        """Strengths (a subset of A11's RxNorm list), intervals and their sources."""
        route = "transdermal" if form == "patch" else "oral"
        product = reference.products.find(drug, route, release, form)

        assert product is not None
        assert (form, unit, decimals(strengths), decimals(intervals)) == (
            product.form,
            product.unit,
            product.strengths,
            product.intervals_hours,
        )
        assert ("RXNORM20", intervals_source) == (product.source, product.intervals_source)
        assert set() == set(product.strengths) - set(decimals(a11))

    def test_exactly_these_products(self, reference: Reference) -> None:
        """Every product of the table has a case above (solids) or in LIQUIDS (liquids)."""
        expected = {(c[0], c[1], c[2]) for c in PRODUCTS} | {
            (drug, "immediate", form) for drug, _, form, *_ in LIQUIDS
        }

        assert expected == {(p.drug, p.release, p.form) for p in reference.products.products}

    def test_max_units_per_dose(self, reference: Reference) -> None:
        """A solid dose combines up to 4 units of one product (product decision)."""
        units = {
            (p.drug, p.form): p.max_units_per_dose
            for p in reference.products.products
            if p.concentration_per_ml is None
        }

        assert {4} == set(units.values())

    @pytest.mark.parametrize(
        ("drug", "route", "form", "concentration", "step", "largest", "intervals", "tolerant"),
        LIQUIDS,
        ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in LIQUIDS],
    )
    def test_liquid(
        self,
        reference: Reference,
        drug: str,
        route: str,
        form: str,
        concentration: str,
        step: str,
        largest: str,
        intervals: str,
        tolerant: bool,
    ) -> None:
        """
        A liquid: its concentration (RxNorm for oral solutions, A11; the injection labels), one
        measuring step's amount, the largest dose, its intervals and whether its label restricts
        it to opioid-tolerant patients.
        """
        product = reference.products.find(drug, route, "immediate", form)

        assert product is not None
        assert (
            Decimal(concentration),
            (Decimal(step),),
            Decimal(largest),
            decimals(intervals),
            tolerant,
        ) == (
            product.concentration_per_ml,
            product.strengths,
            product.doses[-1],
            product.intervals_hours,
            product.tolerant_only,
        )

    def test_methadone_solution(self, reference: Reference) -> None:
        """Methadone oral solution 1 mg/mL (A11) in 0.5 mL steps: 0.5-15 mg per dose, q8h or q12h
        (GRPH-METH); the tablet stays the default methadone product."""
        solution = reference.products.find("methadone", "oral", "immediate", "solution")
        tablet = reference.products.find("methadone", "oral", None)

        assert solution is not None
        assert tablet is not None
        assert (Decimal("0.5"), Decimal(15)) == (solution.doses[0], solution.doses[-1])
        assert (Decimal(8), Decimal(12)) == solution.intervals_hours
        assert "tablet" == tablet.form


# --- Thresholds (clinical.md A9, A10, A14, B2, B3; DESIGN.md s.3, s.5) -----------------------------
# Cases: name, value, unit and source.
THRESHOLDS = [
    ("mme_caution", "50", "MME/day", "CDC22"),  # A14: pause before >=50 MME/day
    ("mme_high", "90", "MME/day", "CDC16"),  # A14: avoid/justify >=90 (CDC 2016)
    ("cross_tolerance_low_percent", "25", "%", "CCDHB"),  # A9/B2: reduce 25-50%
    ("cross_tolerance_high_percent", "50", "%", "CCDHB"),  # A9/B2
    ("cross_tolerance_default_percent", "25", "%", "PRODUCT"),  # DESIGN s.5: defaults to 25
    ("cross_tolerance_max_percent", "75", "%", "PRODUCT"),  # DESIGN s.5: bounded 0-75
    ("breakthrough_default_percent", "10", "%", "NCCN-MEDSCAPE"),  # DESIGN s.5: 10% by default
    ("breakthrough_min_percent", "10", "%", "NCCN-MEDSCAPE"),  # A10: 10-20%
    ("breakthrough_max_percent", "20", "%", "NCCN-MEDSCAPE"),  # A10: 10-20%
    ("methadone_cap_mg_per_day", "30", "mg/day", "STELIZ"),  # A9 Morley-Makin max 30; DESIGN s.3
    ("methadone_titration_min_days", "5", "d", "VAMETH16"),  # A14/B3: 5-7 days
    ("methadone_titration_max_days", "7", "d", "VAMETH16"),  # A14/B3
    ("methadone_ecg_dose_mg_per_day", "100", "mg/day", "KRANTZ09"),  # A14: ECG if >100 mg/day
    ("qtc_caution_ms", "450", "ms", "APS14"),  # A14: 450-<500 consider alternatives
    ("qtc_avoid_ms", "500", "ms", "APS14"),  # A14: do not use if QTc >500
    ("older_adult_age", "65", "a", "CDC22"),  # A14: older adults (>=65)
    ("renal_impairment_crcl", "60", "mL/min", "NEURONTIN"),  # A12: label table CrCl >=60 band
    ("oih_methadone_max_mg_per_day", "15", "mg/day", "SALP13"),  # A9/B3: <=15 mg/day
    (
        "oih_methadone_default_mg_per_day",
        "7.5",
        "mg/day",
        "GRPH-METH",
    ),  # A14: 2.5 mg q8h opioid-naive start
    ("oih_cut_low_percent", "40", "%", "SRC-004"),  # B3/DESIGN s.3: 40-50% (UNCONFIRMED rule)
    ("oih_cut_high_percent", "50", "%", "SRC-004"),  # B3/DESIGN s.3
    ("opioid_tolerance_days", "7", "d", "DURAGESIC"),  # A7a: "for a week or longer"
    ("three_day_switch_days", "3", "d", "WHOCP"),  # B3: Edmonton three-day switch
    # Not a clinical number: an engineering bound (PRODUCT); neither clinical.md nor DESIGN.md
    # states it, so this value is the file's.
    ("taper_max_intervals", "400", "intervals", "PRODUCT"),
    ("taper_large_step_multiple", "2", "x the preset's percent per interval", "HHS19"),
    # Product decision (issue 9: "for example above 1,000 MME/day ... a critical warning").
    ("mme_very_high", "1000", "MME/day", "PRODUCT"),
    # Product decision (issue 9: "less than 90% of the reduced target, warn regimen.shortfall").
    ("regimen_shortfall_percent", "90", "%", "PRODUCT"),
    # A13 CDC 2022: "on opioids >=1 year" -> ~10% per month.
    ("long_term_opioid_days", "365", "d", "CDC22"),
    # A13 CDC 2022: weeks-months (from a month) vs acute (<1 month).
    ("weeks_opioid_days", "30", "d", "CDC22"),
    # A10: "need for >4 rescue doses/day -> adapt baseline ER dose" (MEDSCAPE-QUIZ).
    ("breakthrough_max_doses_per_day", "4", "doses/day", "MEDSCAPE-QUIZ"),
    # A14/A7a: opioid-tolerant = at least 60 mg/day oral morphine for a week (Duragesic label).
    ("opioid_tolerant_mme_per_day", "60", "MME/day", "DURAGESIC"),
    # A6: methadone PO:IV/IM 2:1 (CCDHB; MSD 20 vs 10).
    ("methadone_oral_to_parenteral_ratio", "2", "ratio", "CCDHB"),
    # A9/B3: Morley-Makin 1/10 of 24-h oral morphine, PRN (STELIZ); 3-hourly (STELIZ).
    ("morley_makin_ratio", "10", "ratio", "STELIZ"),
    ("morley_makin_interval_hours", "3", "h", "STELIZ"),
    # Product decision: an infusion rate in whole 0.1 mL/h pump steps.
    ("infusion_rate_step_ml_per_h", "0.1", "mL/h", "PRODUCT"),
    # Part F: Kornick 2001 (KORNICK01) infusion halved at 6 h, stopped at 12 h after the patch.
    ("fentanyl_infusion_halve_hours", "6", "h", "KORNICK01"),
    ("fentanyl_infusion_stop_hours", "12", "h", "KORNICK01"),
]


class TestThresholds:
    """Tests for table thresholds against clinical.md and DESIGN.md."""

    @pytest.mark.parametrize(
        ("name", "value", "unit", "source"),
        THRESHOLDS,
        ids=[f"{c[3]}-{c[0]}" for c in THRESHOLDS],
    )
    def test_value(
        self, reference: Reference, name: str, value: str, unit: str, source: str
    ) -> None:
        """Each threshold's value, unit and source."""
        assert (Decimal(value), unit, source) == reference.thresholds.values[name]

    def test_exactly_these_thresholds(self, reference: Reference) -> None:
        """Every threshold of the table has a case above."""
        assert {c[0] for c in THRESHOLDS} == set(reference.thresholds.values)

    def test_tolerance_threshold_is_first_patch_band(self, reference: Reference) -> None:
        """The Duragesic tolerance threshold (60 mg/day, A7a) is the first band's minimum."""
        assert Decimal(60) == reference.fentanyl_patch.bands.bands[0].low


# --- A13. Taper presets (DESIGN.md s.1, s.3.3; clinical.md A13) -----------------------------------
# (name, percent default/min/max, interval days default/min/max, basis, switch_at, source,
#  unconfirmed)
TAPERS = [
    # DESIGN s.1/s.3: OIH 10-25% every 2-3 days; clinical.md A13: UNCONFIRMED (so: warned).
    # Default is the conservative end (notes): 10% every 3 days.
    ("oih-rapid", "10 10 25", "3 2 3", "original", None, "SRC-000", True),
    # A13 CDC 2022, on opioids >=1 year: ~10% per month (a month is 28 days, notes).
    ("cdc-2022-long-term", "10 10 10", "28 28 28", "original", None, "CDC22", False),
    # A13 CDC 2022, weeks-months: 10% of the original per week until ~30% of the original, then
    # ~10% of the remaining dose weekly.
    ("cdc-2022-weeks", "10 10 10", "7 7 7", "original-then-current", "30", "CDC22", False),
    # A13 CDC 2022, acute >3 days <1 week: reduce the daily dose to 50% for 2 days.
    ("acute-short", "50 50 50", "2 2 2", "original", None, "CDC22", False),
    # A13 CDC 2022, acute >=1 week <1 month: ~20% every 2 days.
    ("acute-weeks", "20 20 20", "2 2 2", "original", None, "CDC22", False),
    # Product decision (PRODUCT): caller-chosen percent and interval; the bounds are the file's.
    ("custom", "10 1 50", "7 1 90", "original", None, "PRODUCT", False),
]


class TestTaperPresets:
    """Tests for table taper-presets against clinical.md A13 and DESIGN.md."""

    @pytest.mark.parametrize(
        ("name", "percents", "intervals", "basis", "switch_at", "source", "unconfirmed"),
        TAPERS,
        ids=[f"A13-{c[5]}-{c[0]}" for c in TAPERS],
    )
    def test_preset(
        self,
        reference: Reference,
        name: str,
        percents: str,
        intervals: str,
        basis: str,
        switch_at: str | None,
        source: str,
        unconfirmed: bool,
    ) -> None:
        """Each preset's percent and interval (default, min, max), basis, source and status."""
        p = reference.tapers.presets[name]
        actual = (
            (p.percent, p.percent_min, p.percent_max),
            (p.interval_days, p.interval_days_min, p.interval_days_max),
            p.basis,
            p.switch_at_percent,
            p.source,
            p.unconfirmed,
        )
        switch = None if switch_at is None else Decimal(switch_at)

        assert (
            decimals(percents),
            decimals(intervals),
            basis,
            switch,
            source,
            unconfirmed,
        ) == actual

    def test_exactly_these_presets(self, reference: Reference) -> None:
        """Every preset of the table has a case above."""
        assert {c[0] for c in TAPERS} == set(reference.tapers.presets)


# === Dosing tables (kinds adjunct and formula): clinical.md A11, A12, B7, B8, D12, D17 ============
# Named values: (section, name, value, unit, source, further sources).  The section is the
# clinical.md section the expected value was typed from; where the source key is SRC-000 the value
# was typed from sources/000_72e5634e42d4605d.txt (the OIH review article; the comment gives its
# line) and the section is where clinical.md rates it.  "file" marks a value neither states: a
# product decision (PRODUCT), a unit constant (UNIT) or a number from a source outside the
# clinical.md register (its sources.toml citation says so); it is recorded here as the file's, so
# that a change to it shows up, not verified against the reference.
NamedCase = tuple[str, str, str, str, str, tuple[str, ...]]
# Advice: (code, severity, source, fragments its message must quote, typed from clinical.md A12).
AdviceCase = tuple[str, str, str, tuple[str, ...]]
# A renal row: (label row, min, max or None, min_inclusive, max_inclusive, doses per day,
# daily_min, daily_max, per-administration columns ("" for none, None when the reference does not
# give them: not compared), proportional_below or None).
RenalCase = tuple[
    str, str, str | None, bool, bool, tuple[int, ...], str, str, str | None, str | None
]


def named_ids(cases: list[NamedCase]) -> list[str]:
    return [f"{c[0]}-{c[4]}-{c[1]}" for c in cases]


def assert_named(values: NamedValues, case: NamedCase) -> None:
    """The named value's number, unit, source and further sources are the case's."""
    _, name, value, unit, source, also = case
    row = values.row(name)

    assert (Decimal(value), unit, source, also) == (row.value, row.unit, row.source, row.also)


def assert_advice(table: AdjunctTable, case: AdviceCase) -> None:
    """The advice with this code has the severity and source, and quotes the reference."""
    code, severity, source, fragments = case
    (advice,) = [a for a in table.advice if a.code == code]

    assert (severity, source) == (advice.severity, advice.source)
    assert [] == [f for f in fragments if f not in advice.message]


def renal_bands(table: AdjunctTable) -> tuple[RenalDoseBand, ...]:
    assert table.renal is not None
    return table.renal.bands


def renal_row(table: AdjunctTable, crcl: str) -> int | None:
    """Index of the one renal band that holds ``crcl`` (mL/min), or None when none does."""
    found = [i for i, b in enumerate(renal_bands(table)) if b.edge.contains(Decimal(crcl))]
    assert len(found) <= 1, f"{crcl} mL/min is in bands {found}"
    return found[0] if found else None


def assert_renal_row(band: RenalDoseBand, case: RenalCase) -> None:
    """Edges (with their owners), frequencies, daily range, columns and scaling of a renal row."""
    _, low, high, low_inc, high_inc, per_day, daily_min, daily_max, columns, below = case
    edge = band.edge
    actual = (
        (edge.low, edge.high, edge.low_inclusive, edge.high_inclusive),
        band.doses_per_day,
        (band.daily_min, band.daily_max),
        band.column_doses if columns is not None else None,
        band.proportional_below,
    )
    expected = (
        (Decimal(low), None if high is None else Decimal(high), low_inc, high_inc),
        per_day,
        (Decimal(daily_min), Decimal(daily_max)),
        decimals(columns) if columns is not None else None,
        None if below is None else Decimal(below),
    )

    assert expected == actual


def sections(table: AdjunctTable) -> tuple[bool, bool, bool, list[str], str | None]:
    """Which optional sections the table has: strengths, renal, hemodialysis, lists, basis."""
    return (
        table.strengths is not None,
        table.renal is not None,
        table.hemodialysis is not None,
        sorted(table.drug_lists),
        table.default_weight_basis,
    )


# --- A12 (clonidine), A11 (tablets), B7 (hold rule); SRC-000 line 68 -------------------------------
CLONIDINE: list[NamedCase] = [
    # SRC-000 l.68 "Dose: 0.1-0.3 mg twice daily"; A12: UNCONFIRMED as an adjunct range
    ("A12", "dose_min_mg", "0.1", "mg", "SRC-000", ()),
    ("A12", "dose_max_mg", "0.3", "mg", "SRC-000", ()),
    # SRC-000 "twice daily"; A12 label: "start 0.1 mg BID" [CLON-DRUGS]
    ("A12", "doses_per_day", "2", "1/d", "SRC-000", ("CLON-DRUGS",)),
    ("A12", "start_dose_mg", "0.1", "mg", "CLON-DRUGS", ("CATAPRES-LABEL",)),  # start 0.1 mg BID
    # Label increments 0.1 mg/day weekly: CATAPRES-LABEL is outside the clinical.md register
    ("file", "titration_step_mg_per_day", "0.1", "mg/day", "CATAPRES-LABEL", ()),
    ("file", "titration_interval_days", "7", "d", "CATAPRES-LABEL", ()),
    ("B7", "hold_systolic_below_mmhg", "90", "mmHg", "VA-WD", ()),  # A12/B7: hold if BP <90/60
    ("B7", "hold_diastolic_below_mmhg", "60", "mmHg", "VA-WD", ()),
    # A12 [VA-WD] says only "taper to stop"; 2-4 days is attributed to the label but was seen only
    # in an AI-generated summary (issue 10: cited to the label, shipped UNCONFIRMED with advice)
    ("file", "taper_days_min", "2", "d", "CATAPRES-LABEL", ()),
    ("file", "taper_days_max", "4", "d", "CATAPRES-LABEL", ()),
    # Issue 10: label "may benefit from a lower initial dose" (renal impairment, elderly); 0.05 mg
    # is half of the scored 0.1 mg tablet (CLON-NLM)
    ("file", "lower_start_dose_mg", "0.05", "mg", "CATAPRES-LABEL", ("CLON-NLM",)),
]
CLONIDINE_ADVICE: list[AdviceCase] = [
    # A12: "0.1-0.3 mg BID for adjunct analgesia" UNCONFIRMED (HTN range 0.1-0.4 mg BID, CLON-NLM)
    (
        "clonidine.range_unconfirmed",
        "warning",
        "SRC-000",
        ("0.1-0.3 mg twice daily", "UNCONFIRMED", "0.1-0.4 mg twice daily"),
    ),
    # A12 [VA-WD]: 0.1 mg test dose with BP 1 h later; re-evaluate 3-7 days
    ("clonidine.test_dose", "info", "VA-WD", ("0.1 mg test dose", "1 hour", "3-7 days")),
    # A12 [CLON-DRUGS]: start 0.1 mg BID (the titration itself is the label's, CATAPRES-LABEL)
    ("clonidine.titration_label", "info", "CATAPRES-LABEL", ("start 0.1 mg twice daily",)),
    # Issue 10: the 2-4 day taper was seen only in an AI-generated summary
    ("clonidine.taper_unconfirmed", "warning", "CATAPRES-LABEL", ("2-4 day", "UNCONFIRMED")),
]


class TestAdjunctClonidine:
    """Tests for table adjunct-clonidine against clinical.md A11, A12, B7 and SRC-000."""

    @pytest.mark.parametrize("case", CLONIDINE, ids=named_ids(CLONIDINE))
    def test_value(self, reference: Reference, case: NamedCase) -> None:
        """Each named value, unit and source."""
        assert_named(reference.adjuncts["clonidine"].values, case)

    def test_exactly_these_values(self, reference: Reference) -> None:
        """Every named value of the table has a case above."""
        assert {c[1] for c in CLONIDINE} == set(reference.adjuncts["clonidine"].values.items)

    def test_tablets(self, reference: Reference) -> None:
        """A11: clonidine tablets 0.1, 0.2, 0.3 mg [CLON-NLM]; one tablet per dose (PRODUCT)."""
        strengths = reference.adjuncts["clonidine"].strengths

        assert strengths is not None
        assert ("tablet", "mg", decimals("0.1 0.2 0.3"), "CLON-NLM") == (
            strengths.form,
            strengths.unit,
            strengths.values,
            strengths.source,
        )
        assert (1, "PRODUCT") == (strengths.max_units_per_dose, strengths.max_units_per_dose_source)

    def test_range_is_made_of_tablets(self, reference: Reference) -> None:
        """The SRC-000 range ends 0.1 and 0.3 mg are the smallest and largest tablet."""
        table = reference.adjuncts["clonidine"]
        assert table.strengths is not None

        assert (table.strengths.values[0], table.strengths.values[-1]) == (
            table.values["dose_min_mg"],
            table.values["dose_max_mg"],
        )

    @pytest.mark.parametrize(
        "case", CLONIDINE_ADVICE, ids=[f"A12-{c[2]}-{c[0]}" for c in CLONIDINE_ADVICE]
    )
    def test_advice(self, reference: Reference, case: AdviceCase) -> None:
        """Each advice's severity and source; its message quotes clinical.md A12."""
        assert_advice(reference.adjuncts["clonidine"], case)

    def test_exactly_these_advice(self, reference: Reference) -> None:
        """Every advice code of the table has a case above."""
        assert [c[0] for c in CLONIDINE_ADVICE] == [
            a.code for a in reference.adjuncts["clonidine"].advice
        ]

    def test_sections(self, reference: Reference) -> None:
        """Strengths only: no renal bands, hemodialysis, drug lists or weight basis."""
        assert (True, False, False, [], None) == sections(reference.adjuncts["clonidine"])


# --- A12 (gabapentin: Neurontin Table 1, titration, range); SRC-000 line 69 -----------------------
GABAPENTIN: list[NamedCase] = [
    # SRC-000 l.69 "300-1800 mg daily in divided doses"; A12: UNCONFIRMED (closest VA-WD)
    ("A12", "daily_min_mg", "300", "mg/day", "SRC-000", ()),
    # A12 [VA-WD] titrates to 1800-2100 mg/day, so 1800 is also its number
    ("A12", "daily_max_mg", "1800", "mg/day", "SRC-000", ("VA-WD",)),
    # A12: PHN titration 300 -> 600 -> 900 mg/day on days 1-3 (issue 10: cited to the label,
    # NEURONTIN-DA, not the AI summary DRORACLE-GABA that A12 quotes)
    ("A12", "titration_start_mg_per_day", "300", "mg/day", "NEURONTIN-DA", ()),
    ("A12", "titration_step_mg_per_day", "300", "mg/day", "NEURONTIN-DA", ()),
    ("A12", "label_max_mg_per_day", "3600", "mg/day", "NEURONTIN", ()),  # label max 3600 mg/day
    # Taper over at least 1 week: NEURONTIN-DA is outside the clinical.md register
    ("file", "taper_min_days", "7", "d", "NEURONTIN-DA", ()),
]
# A12 Neurontin Table 1: CrCl >=60: 900-3600 TID (300/400/600/800/1200); >30-59: 400-1400 BID
# (200/300/400/500/700); >15-29: 200-700 QD; 15: 100-300 QD (100/125/150/200/300); <15: reduce in
# proportion to CrCl (7.5 -> half of the 15 dose).  The label leaves 29-30 and 59-60 (and 30) in no
# row; the file gives them to the lower-dose row (notes), so the edges below are the file's reading.
GABAPENTIN_RENAL: list[RenalCase] = [
    ("15", "0", "15", False, True, (1,), "100", "300", "100 125 150 200 300", "15"),
    # A12 gives this row's range, not its columns: see test_15_to_29_columns
    (">15 to 29", "15", "30", False, True, (1,), "200", "700", None, None),
    (">30 to 59", "30", "60", False, False, (2,), "400", "1400", "200 300 400 500 700", None),
    (">=60", "60", None, True, False, (3,), "900", "3600", "300 400 600 800 1200", None),
]
# (CrCl mL/min, label row or None): both sides of every edge.
GABAPENTIN_CRCL = [
    ("0", None),  # no clearance: outside the table
    ("0.01", "15"),  # below 15: the "15" row, scaled
    ("7.5", "15"),
    ("15", "15"),
    ("15.01", ">15 to 29"),
    ("29", ">15 to 29"),
    ("29.5", ">15 to 29"),  # gap 29-30: lower-dose row (notes)
    ("30", ">15 to 29"),  # 30 is in no row as written: lower-dose row (notes)
    ("30.01", ">30 to 59"),
    ("59", ">30 to 59"),
    ("59.99", ">30 to 59"),  # gap 59-60: lower-dose row (notes)
    ("60", ">=60"),
    ("200", ">=60"),
]
GABAPENTIN_ADVICE: list[AdviceCase] = [
    # A12: "300-1800 mg/day for this use" UNCONFIRMED; closest VA-WD 1800-2100 in 2-3 doses
    (
        "gabapentin.range_unconfirmed",
        "warning",
        "SRC-000",
        ("300-1800 mg/day", "UNCONFIRMED", "1800-2100 mg/day in 2-3 doses"),
    ),
    ("gabapentin.taper_on_stopping", "info", "NEURONTIN-DA", ("at least 1 week",)),
]


class TestAdjunctGabapentin:
    """Tests for table adjunct-gabapentin against clinical.md A12 [NEURONTIN] and SRC-000."""

    @pytest.mark.parametrize("case", GABAPENTIN, ids=named_ids(GABAPENTIN))
    def test_value(self, reference: Reference, case: NamedCase) -> None:
        """Each named value, unit and source."""
        assert_named(reference.adjuncts["gabapentin"].values, case)

    def test_exactly_these_values(self, reference: Reference) -> None:
        """Every named value of the table has a case above."""
        assert {c[1] for c in GABAPENTIN} == set(reference.adjuncts["gabapentin"].values.items)

    @pytest.mark.parametrize(
        ("index", "case"),
        list(enumerate(GABAPENTIN_RENAL)),
        ids=[f"A12-NEURONTIN-{c[0]}" for c in GABAPENTIN_RENAL],
    )
    def test_renal_row(self, reference: Reference, index: int, case: RenalCase) -> None:
        """Each Table 1 row: CrCl edges, frequency, daily range, columns, scaling below 15."""
        band = renal_bands(reference.adjuncts["gabapentin"])[index]

        assert_renal_row(band, case)
        assert "NEURONTIN" == band.source

    def test_15_to_29_columns(self, reference: Reference) -> None:
        """>15-29: A12 gives "200-700 QD", so its five columns run from 200 to 700 mg."""
        band = renal_bands(reference.adjuncts["gabapentin"])[1]

        assert (5, Decimal(200), Decimal(700)) == (
            len(band.column_doses),
            band.column_doses[0],
            band.column_doses[-1],
        )

    def test_exactly_these_rows(self, reference: Reference) -> None:
        """The four rows of Table 1 and no other."""
        assert len(GABAPENTIN_RENAL) == len(renal_bands(reference.adjuncts["gabapentin"]))

    @pytest.mark.parametrize(
        ("crcl", "row"),
        GABAPENTIN_CRCL,
        ids=[f"A12-NEURONTIN-{c[0]}mL-min" for c in GABAPENTIN_CRCL],
    )
    def test_crcl_row(self, reference: Reference, crcl: str, row: str | None) -> None:
        """The Table 1 row for a creatinine clearance, both sides of each edge."""
        index = renal_row(reference.adjuncts["gabapentin"], crcl)

        assert row == (None if index is None else GABAPENTIN_RENAL[index][0])

    def test_footnote_half_at_7_5(self, reference: Reference) -> None:
        """A12: "7.5 -> half of the 15 dose": the "15" row scales by CrCl / 15."""
        band = renal_bands(reference.adjuncts["gabapentin"])[0]

        assert (Decimal("0.5"), Decimal(1)) == (band.scale(Decimal("7.5")), band.scale(Decimal(15)))

    def test_hemodialysis(self, reference: Reference) -> None:
        """A12: supplement after each 4 h session, 125/150/200/250/350 mg matching the column."""
        hd = reference.adjuncts["gabapentin"].hemodialysis

        assert hd is not None
        assert (decimals("125 150 200 250 350"), Decimal(4), None, None, "NEURONTIN") == (
            hd.column_supplements,
            hd.session_hours,
            hd.supplement_min,
            hd.supplement_max,
            hd.source,
        )

    def test_strengths(self, reference: Reference) -> None:
        """100/300/400 mg capsules and 600/800 mg tablets: not in clinical.md A11 (NEURONTIN-HS is
        outside the register), recorded as the file's; up to 3 units per dose (PRODUCT)."""
        strengths = reference.adjuncts["gabapentin"].strengths

        assert strengths is not None
        assert (decimals("100 300 400 600 800"), "mg", "NEURONTIN-HS", 3, "PRODUCT") == (
            strengths.values,
            strengths.unit,
            strengths.source,
            strengths.max_units_per_dose,
            strengths.max_units_per_dose_source,
        )

    def test_label_maximum_is_top_row(self, reference: Reference) -> None:
        """The label maximum 3600 mg/day is the >=60 row's daily maximum (A12)."""
        table = reference.adjuncts["gabapentin"]

        assert table.values["label_max_mg_per_day"] == renal_bands(table)[-1].daily_max

    @pytest.mark.parametrize(
        "case", GABAPENTIN_ADVICE, ids=[f"A12-{c[2]}-{c[0]}" for c in GABAPENTIN_ADVICE]
    )
    def test_advice(self, reference: Reference, case: AdviceCase) -> None:
        """Each advice's severity and source; its message quotes clinical.md A12."""
        assert_advice(reference.adjuncts["gabapentin"], case)

    def test_exactly_these_advice(self, reference: Reference) -> None:
        """Every advice code of the table has a case above."""
        assert [c[0] for c in GABAPENTIN_ADVICE] == [
            a.code for a in reference.adjuncts["gabapentin"].advice
        ]

    def test_sections(self, reference: Reference) -> None:
        """Strengths, renal bands and hemodialysis; no drug lists or weight basis."""
        assert (True, True, True, [], None) == sections(reference.adjuncts["gabapentin"])


# --- A12 (pregabalin: Lyrica label [LYRICA]; rows as reproduced by [NZ-PREG]), D17; issue 10 ------
PREGABALIN: list[NamedCase] = [
    # LYRICA highlights: "For adult indications, begin dosing at 150 mg/day"
    ("file", "label_start_mg_per_day", "150", "mg/day", "LYRICA", ()),
    # LYRICA, increase within 1 week: the dose may go to 300 mg/day within 1 week
    ("file", "titration_first_step_days", "7", "d", "LYRICA", ()),
    # LYRICA (PHN): "following 2 to 4 weeks of treatment with 300 mg/day ... up to 600 mg/day"
    ("file", "titration_later_step_days", "14", "d", "LYRICA", ()),
    # Product rule read from the label's own steps 150 -> 300 -> 600 (each a doubling)
    ("file", "titration_max_step_ratio", "2", "ratio", "PRODUCT", ()),
    # LYRICA 2.1: "When discontinuing LYRICA, taper gradually over a minimum of 1 week"
    ("file", "taper_min_days", "7", "d", "LYRICA", ()),
]
# A12: CLcr >=60: 150-600 BID/TID; 30-60: 75-300 BID/TID; 15-30: 25-150 QD/BID; <15: 25-75 QD.
# Intermediate columns UNCONFIRMED (left out).  Shared edges as the file's notes give them: 60 to
# ">=60" as written, 30 and 15 to "15-30".
PREGABALIN_RENAL: list[RenalCase] = [
    ("<15", "0", "15", False, False, (1,), "25", "75", "", None),
    ("15-30", "15", "30", True, True, (1, 2), "25", "150", "", None),
    ("30-60", "30", "60", False, False, (2, 3), "75", "300", "", None),
    (">=60", "60", None, True, False, (2, 3), "150", "600", "", None),
]
# NZ-PREG "initial dose/day": >60: 150; 30-60: 75; 15-30: 25-50; <15: 25 mg/day (the renal table's
# first column).  Each is its band's daily_min (the low end where the column is a range).
PREGABALIN_STARTS = [("<15", "25"), ("15-30", "25"), ("30-60", "75"), (">=60", "150")]
PREGABALIN_CRCL = [
    ("0", None),
    ("0.01", "<15"),
    ("14.99", "<15"),
    ("15", "15-30"),  # "<15" excludes 15
    ("30", "15-30"),  # shared edge: the more conservative band (notes)
    ("30.01", "30-60"),
    ("59.99", "30-60"),
    ("60", ">=60"),  # ">=60" as written
    ("200", ">=60"),
]
PREGABALIN_ADVICE: list[AdviceCase] = [
    ("pregabalin.label_columns_unconfirmed", "info", "LYRICA", ("UNCONFIRMED", "7 days")),
    # SRC-000 l.69: "Gabapentin or pregabalin ... 300-1800 mg daily"; label max 600 (A12)
    ("pregabalin.oih_range_not_applied", "info", "SRC-000", ("300-1800 mg/day", "600 mg/day")),
    ("pregabalin.taper_on_stopping", "info", "LYRICA", ("at least 1 week",)),
]


class TestAdjunctPregabalin:
    """Tests for table adjunct-pregabalin against the Lyrica label, clinical.md A12 and D17."""

    @pytest.mark.parametrize("case", PREGABALIN, ids=named_ids(PREGABALIN))
    def test_value(self, reference: Reference, case: NamedCase) -> None:
        """Each named value, unit and source."""
        assert_named(reference.adjuncts["pregabalin"].values, case)

    def test_exactly_these_values(self, reference: Reference) -> None:
        """Every named value of the table has a case above."""
        assert {c[1] for c in PREGABALIN} == set(reference.adjuncts["pregabalin"].values.items)

    @pytest.mark.parametrize(
        ("index", "case"),
        list(enumerate(PREGABALIN_RENAL)),
        ids=[f"A12-LYRICA-{c[0]}" for c in PREGABALIN_RENAL],
    )
    def test_renal_row(self, reference: Reference, index: int, case: RenalCase) -> None:
        """Each label row: edges, frequencies, daily range; no (UNCONFIRMED) columns."""
        band = renal_bands(reference.adjuncts["pregabalin"])[index]

        assert_renal_row(band, case)
        assert "LYRICA" == band.source

    @pytest.mark.parametrize(
        ("row", "start"),
        PREGABALIN_STARTS,
        ids=[f"NZ-PREG-start-{c[0]}" for c in PREGABALIN_STARTS],
    )
    def test_first_column_is_the_band_minimum(
        self, reference: Reference, row: str, start: str
    ) -> None:
        """The label's start for a band (its first column) is the band's lowest daily dose."""
        names = [c[0] for c in PREGABALIN_RENAL]
        band = renal_bands(reference.adjuncts["pregabalin"])[names.index(row)]

        assert Decimal(start) == band.daily_min < band.daily_max

    def test_label_start_is_the_normal_function_start(self, reference: Reference) -> None:
        """LYRICA: begin at 150 mg/day; at CLcr >= 60 that is the row's first column."""
        table = reference.adjuncts["pregabalin"]

        assert table.values["label_start_mg_per_day"] == renal_bands(table)[-1].daily_min

    def test_exactly_these_rows(self, reference: Reference) -> None:
        """The four label rows and no other."""
        assert len(PREGABALIN_RENAL) == len(renal_bands(reference.adjuncts["pregabalin"]))

    @pytest.mark.parametrize(
        ("crcl", "row"), PREGABALIN_CRCL, ids=[f"A12-LYRICA-{c[0]}mL-min" for c in PREGABALIN_CRCL]
    )
    def test_crcl_row(self, reference: Reference, crcl: str, row: str | None) -> None:
        """The label row for a creatinine clearance, both sides of each edge."""
        index = renal_row(reference.adjuncts["pregabalin"], crcl)

        assert row == (None if index is None else PREGABALIN_RENAL[index][0])

    def test_confirmed_225_column_fits(self, reference: Reference) -> None:
        """A12: the one confirmed column, 225 mg/day at 30-60 (BID/TID), lies in that row's range."""
        band = renal_bands(reference.adjuncts["pregabalin"])[2]

        assert band.daily_min <= Decimal(225) <= band.daily_max

    def test_capsules(self, reference: Reference) -> None:
        """LYRICA section 3: capsules 25, 50, 75, 100, 150, 200, 225, 300 mg; up to 2 per dose
        (PRODUCT)."""
        strengths = reference.adjuncts["pregabalin"].strengths

        assert strengths is not None
        assert ("capsule", decimals("25 50 75 100 150 200 225 300"), "LYRICA") == (
            strengths.form,
            strengths.values,
            strengths.source,
        )
        assert (2, "PRODUCT") == (strengths.max_units_per_dose, strengths.max_units_per_dose_source)

    def test_hemodialysis(self, reference: Reference) -> None:
        """A12/D17: 25-100 mg after each 4 h session; the 150 mg top value is UNCONFIRMED (out)."""
        hd = reference.adjuncts["pregabalin"].hemodialysis

        assert hd is not None
        assert ((), Decimal(25), Decimal(100), Decimal(4), "NZ-PREG") == (
            hd.column_supplements,
            hd.supplement_min,
            hd.supplement_max,
            hd.session_hours,
            hd.source,
        )

    @pytest.mark.parametrize(
        "case", PREGABALIN_ADVICE, ids=[f"A12-{c[2]}-{c[0]}" for c in PREGABALIN_ADVICE]
    )
    def test_advice(self, reference: Reference, case: AdviceCase) -> None:
        """Each advice's severity and source; its message quotes the reference."""
        assert_advice(reference.adjuncts["pregabalin"], case)

    def test_exactly_these_advice(self, reference: Reference) -> None:
        """Every advice code of the table has a case above."""
        assert [c[0] for c in PREGABALIN_ADVICE] == [
            a.code for a in reference.adjuncts["pregabalin"].advice
        ]

    def test_sections(self, reference: Reference) -> None:
        """Capsules, renal bands and hemodialysis; no lists or weight basis."""
        assert (True, True, True, [], None) == sections(reference.adjuncts["pregabalin"])


# --- A12 (ketamine); SRC-000 lines 64 and 112 ------------------------------------------------------
KETAMINE: list[NamedCase] = [
    # SRC-000 l.64 "0.1-0.5 mg/kg/hour"; A12: "secondary only" [DRORACLE]
    # Issue 10: the AI summary (DRORACLE) is no longer cited
    ("A12", "rate_min_mg_per_kg_per_h", "0.1", "mg/kg/h", "SRC-000", ()),
    ("A12", "rate_max_mg_per_kg_per_h", "0.5", "mg/kg/h", "SRC-000", ()),
    # A12: bolus limit <=0.35 mg/kg [ASRA-ACUTE18] via secondary [DRORACLE]; issue 10: cited to
    # the guideline, shipped UNCONFIRMED (advice ketamine.monitoring)
    ("A12", "bolus_max_mg_per_kg", "0.35", "mg/kg", "ASRA-ACUTE18", ()),
    # A12: infusion without intensive monitoring up to 1 mg/kg/h (same, secondary)
    ("A12", "unmonitored_infusion_max_mg_per_kg_per_h", "1", "mg/kg/h", "ASRA-ACUTE18", ()),
]
KETAMINE_ADVICE: list[AdviceCase] = [
    ("ketamine.range_secondary_only", "warning", "SRC-000", ("0.1-0.5 mg/kg/h",)),
    # A12: poorly controlled CV disease, psychosis; severe hepatic impairment; ICP/IOP; substance
    # abuse; acute: pregnancy [DOCTORYG], [GLCENTRAL-KET]
    (
        "ketamine.contraindications",
        "warning",
        "ASRA-CHRONIC18",
        ("cardiovascular", "psychosis", "hepatic", "intracranial", "intraocular", "pregnancy"),
    ),
    ("ketamine.monitoring", "warning", "ASRA-ACUTE18", ("1 mg/kg/h", "0.35 mg/kg", "UNCONFIRMED")),
    ("ketamine.dosing_weight_unconfirmed", "info", "PRODUCT", ("UNCONFIRMED",)),
]


class TestAdjunctKetamine:
    """Tests for table adjunct-ketamine against clinical.md A12 and SRC-000."""

    @pytest.mark.parametrize("case", KETAMINE, ids=named_ids(KETAMINE))
    def test_value(self, reference: Reference, case: NamedCase) -> None:
        """Each named value, unit and sources."""
        assert_named(reference.adjuncts["ketamine"].values, case)

    def test_exactly_these_values(self, reference: Reference) -> None:
        """Every named value of the table has a case above (no chronic-pain or oral regimen)."""
        assert {c[1] for c in KETAMINE} == set(reference.adjuncts["ketamine"].values.items)

    def test_weight_basis(self, reference: Reference) -> None:
        """A12: obesity dosing weight UNCONFIRMED, so the default is a product decision (ideal)."""
        table = reference.adjuncts["ketamine"]

        assert ("ideal", "PRODUCT") == (
            table.default_weight_basis,
            table.default_weight_basis_source,
        )

    @pytest.mark.parametrize(
        "case", KETAMINE_ADVICE, ids=[f"A12-{c[2]}-{c[0]}" for c in KETAMINE_ADVICE]
    )
    def test_advice(self, reference: Reference, case: AdviceCase) -> None:
        """Each advice's severity and source; its message quotes clinical.md A12."""
        assert_advice(reference.adjuncts["ketamine"], case)

    def test_exactly_these_advice(self, reference: Reference) -> None:
        """Every advice code of the table has a case above."""
        assert [c[0] for c in KETAMINE_ADVICE] == [
            a.code for a in reference.adjuncts["ketamine"].advice
        ]

    def test_sections(self, reference: Reference) -> None:
        """A weight basis only: no strengths, renal bands, hemodialysis or drug lists."""
        assert (False, False, False, [], "ideal") == sections(reference.adjuncts["ketamine"])


# --- A12 (low-dose naltrexone); SRC-000 lines 60 and 70 --------------------------------------------
NALTREXONE: list[NamedCase] = [
    ("A12", "daily_min_mg", "1", "mg/day", "SRC-000", ()),  # l.70 "1-4.5 mg/day"
    # A12 [MARCUS24]: typical 4.5 mg/day
    ("A12", "daily_max_mg", "4.5", "mg/day", "SRC-000", ("MARCUS24",)),
    # A12 [DRORACLE-LDN] (secondary): start 1-1.5 mg, +0.5-1 mg every 1-2 weeks. Issue 10: seen
    # only in an AI summary, no primary found: product bounds shipped UNCONFIRMED (advice)
    ("A12", "start_min_mg", "1", "mg/day", "PRODUCT", ()),
    ("A12", "start_max_mg", "1.5", "mg/day", "PRODUCT", ()),
    ("A12", "step_min_mg", "0.5", "mg/day", "PRODUCT", ()),
    ("A12", "step_max_mg", "1", "mg/day", "PRODUCT", ()),
    ("A12", "step_interval_min_days", "7", "d", "PRODUCT", ()),  # 1 week
    ("A12", "step_interval_max_days", "14", "d", "PRODUCT", ()),  # 2 weeks
    # Product defaults: the cautious end of each A12 range (start 1, step 0.5, every 2 weeks)
    ("A12", "default_start_mg", "1", "mg/day", "PRODUCT", ()),
    ("A12", "default_step_mg", "0.5", "mg/day", "PRODUCT", ()),
    ("A12", "default_step_interval_days", "14", "d", "PRODUCT", ()),
    # A12 [CDC22]: full-dose naltrexone needs 7-10 opioid-free days
    ("A12", "opioid_free_days_min", "7", "d", "CDC22", ()),
    ("A12", "opioid_free_days_max", "10", "d", "CDC22", ()),
]
NALTREXONE_ADVICE: list[AdviceCase] = [
    (
        "naltrexone.titration_secondary",
        "warning",
        "PRODUCT",
        ("1-1.5 mg", "0.5-1 mg", "1-2 weeks", "UNCONFIRMED"),
    ),
    # A12 [MARCUS24], [BRUUN20]: typical 4.5; 0.1-4.5 reported; ED50 3.88 mg, ED95 5.40 mg
    ("naltrexone.evidence", "info", "MARCUS24", ("4.5 mg/day", "0.1 to 4.5", "3.88", "5.40")),
]


class TestAdjunctNaltrexone:
    """Tests for table adjunct-naltrexone against clinical.md A12 and SRC-000."""

    @pytest.mark.parametrize("case", NALTREXONE, ids=named_ids(NALTREXONE))
    def test_value(self, reference: Reference, case: NamedCase) -> None:
        """Each named value, unit and sources."""
        assert_named(reference.adjuncts["naltrexone"].values, case)

    def test_exactly_these_values(self, reference: Reference) -> None:
        """Every named value of the table has a case above."""
        assert {c[1] for c in NALTREXONE} == set(reference.adjuncts["naltrexone"].values.items)

    def test_defaults_within_ranges(self, reference: Reference) -> None:
        """Each product default lies in its A12 range, and the start within 1-4.5 mg/day."""
        v = reference.adjuncts["naltrexone"].values

        assert v["start_min_mg"] <= v["default_start_mg"] <= v["start_max_mg"]
        assert v["step_min_mg"] <= v["default_step_mg"] <= v["step_max_mg"]
        assert (
            v["step_interval_min_days"]
            <= v["default_step_interval_days"]
            <= v["step_interval_max_days"]
        )
        assert v["daily_min_mg"] <= v["default_start_mg"] <= v["daily_max_mg"]

    def test_partial_agonists(self, reference: Reference) -> None:
        """SRC-000 l.60: buprenorphine is "a partial opioid agonist"; the only one listed."""
        lists = reference.adjuncts["naltrexone"].drug_lists

        assert ["partial_agonists"] == list(lists)
        assert (("buprenorphine",), "SRC-000") == (
            lists["partial_agonists"].drugs,
            lists["partial_agonists"].source,
        )

    @pytest.mark.parametrize(
        "case", NALTREXONE_ADVICE, ids=[f"A12-{c[2]}-{c[0]}" for c in NALTREXONE_ADVICE]
    )
    def test_advice(self, reference: Reference, case: AdviceCase) -> None:
        """Each advice's severity and source; its message quotes clinical.md A12."""
        assert_advice(reference.adjuncts["naltrexone"], case)

    def test_exactly_these_advice(self, reference: Reference) -> None:
        """Every advice code of the table has a case above."""
        assert [c[0] for c in NALTREXONE_ADVICE] == [
            a.code for a in reference.adjuncts["naltrexone"].advice
        ]

    def test_sections(self, reference: Reference) -> None:
        """Drug lists only: doses are compounded (no strengths), no renal table, no weight."""
        sections_found = sections(reference.adjuncts["naltrexone"])

        assert (False, False, False, ["partial_agonists"], None) == sections_found


# --- A12 "C-G weight" (Devine ideal and adjusted body weight) [GRPH-CRCL], [CLINCALC] ----------
BODY_WEIGHT: list[NamedCase] = [
    ("A12", "ibw_male_base_kg", "50", "kg", "GRPH-CRCL", ("CLINCALC",)),  # M 50 kg
    ("A12", "ibw_female_base_kg", "45.5", "kg", "GRPH-CRCL", ("CLINCALC",)),  # F 45.5 kg
    ("A12", "ibw_kg_per_inch", "2.3", "kg/in", "GRPH-CRCL", ("CLINCALC",)),  # + 2.3 kg per inch
    ("A12", "ibw_base_height_in", "60", "in", "GRPH-CRCL", ()),  # "over 5 ft" = 60 inches
    ("file", "cm_per_inch", "2.54", "cm/in", "UNIT", ()),  # exact by definition
    # A12: adjusted weight is IBW plus 0.4 times the excess of actual over ideal weight
    ("A12", "adjusted_weight_fraction", "0.4", "1", "GRPH-CRCL", ("CLINCALC",)),
    # Accepted input range (product decision)
    ("file", "weight_min_kg", "20", "kg", "PRODUCT", ()),
    ("file", "weight_max_kg", "350", "kg", "PRODUCT", ()),
    ("file", "height_min_cm", "100", "cm", "PRODUCT", ()),
    ("file", "height_max_cm", "250", "cm", "PRODUCT", ()),
]


class TestBodyWeight:
    """Tests for table body-weight against clinical.md A12 ("C-G weight") and D12."""

    @pytest.mark.parametrize("case", BODY_WEIGHT, ids=named_ids(BODY_WEIGHT))
    def test_value(self, reference: Reference, case: NamedCase) -> None:
        """Each named value, unit and sources."""
        assert_named(reference.formulas["body-weight"].values, case)

    def test_exactly_these_values(self, reference: Reference) -> None:
        """Every named value of the table has a case above."""
        assert {c[1] for c in BODY_WEIGHT} == set(reference.formulas["body-weight"].values.items)

    def test_no_weight_basis(self, reference: Reference) -> None:
        """The formula table itself names no default basis (Cockcroft-Gault and ketamine do)."""
        table = reference.formulas["body-weight"]

        assert (None, None) == (table.default_weight_basis, table.default_weight_basis_source)


# --- A12 Cockcroft-Gault [TABERS], [GRPH-CRCL]; D12 (weight basis) ---------------------------------
# CrCl (mL/min) = (140 - age) x weight (kg) / (72 x SCr mg/dL), x 0.85 if female.
COCKCROFT_GAULT: list[NamedCase] = [
    ("A12", "age_offset_years", "140", "a", "TABERS", ("GRPH-CRCL",)),
    ("A12", "creatinine_factor", "72", "1", "TABERS", ("GRPH-CRCL",)),
    ("A12", "female_factor", "0.85", "1", "TABERS", ("GRPH-CRCL",)),
    ("file", "creatinine_umol_l_per_mg_dl", "88.4", "umol/L per mg/dL", "UNIT", ()),
    # Accepted input range (product decision)
    ("file", "age_min_years", "18", "a", "PRODUCT", ()),
    ("file", "age_max_years", "120", "a", "PRODUCT", ()),
    ("file", "creatinine_min_mg_dl", "0.1", "mg/dL", "PRODUCT", ()),
    ("file", "creatinine_max_mg_dl", "20", "mg/dL", "PRODUCT", ()),
]


class TestCockcroftGault:
    """Tests for table cockcroft-gault against clinical.md A12 and D12."""

    @pytest.mark.parametrize("case", COCKCROFT_GAULT, ids=named_ids(COCKCROFT_GAULT))
    def test_value(self, reference: Reference, case: NamedCase) -> None:
        """Each named value, unit and sources."""
        assert_named(reference.formulas["cockcroft-gault"].values, case)

    def test_exactly_these_values(self, reference: Reference) -> None:
        """Every named value of the table has a case above."""
        expected = {c[1] for c in COCKCROFT_GAULT}

        assert expected == set(reference.formulas["cockcroft-gault"].values.items)

    def test_weight_basis(self, reference: Reference) -> None:
        """D12: the weight is contested, so the default (ideal) is a product decision."""
        table = reference.formulas["cockcroft-gault"]

        assert ("ideal", "PRODUCT") == (
            table.default_weight_basis,
            table.default_weight_basis_source,
        )
