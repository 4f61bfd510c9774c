"""
The analytic MME tables, typed from the published documents (never read from the TOML):

- cms-2018: CMS, "Opioid Oral Morphine Milligram Equivalent (MME) Conversion Factors",
  version February 2018 [CMS18]: the table as printed ("Type of Opioid (strength units)", the
  footnote mark, the factor), transcribed in austinbean/ops mme_list.do (commit 0ae573d405fd);
- cdc-ndc-2016 and cdc-ndc-2018: the CDC analytic data files [CDC-NDC16], [CDC-NDC18], sheet
  "Summary Table" ("Opioid (strength in mg except where noted)", factor).

One case per printed row; a worked example per CMS footnote; and every example printed in the
data files' "Documentation" sheets, reproduced exactly.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import pytest

from calc.errors import UnknownEntryError
from calc.kinds.factors import FactorTable
from calc.mme import calculate_mme, regimen_mme
from calc.models import Medication
from calc.reference import Reference


ORAL = (("oral", None),)
ORAL_RECTAL = (("oral", None), ("rectal", None))
TRANSMUCOSAL_TABLET = (("buccal", "tablet"), ("sublingual", "tablet"), ("buccal", "lozenge"))
TRANSMUCOSAL_FILM = (("buccal", "film"), ("sublingual", "spray"))

# CMS18, as printed: (type of opioid (strength units), footnote, factor, drug, the route and form
# keys of the product kinds the row covers, unit).  Buprenorphine rows print no factor.
CMS_2018 = [
    ("Buprenorphine film/tablet (mg)", "iii", None, "buprenorphine", (), "mg"),
    ("Buprenorphine patch (mcg/hr)", "iii", None, "buprenorphine", (), "mcg/h"),
    ("Buprenorphine film (mcg)", "iii", None, "buprenorphine", (), "mcg"),
    ("Butorphanol (mg)", None, "7", "butorphanol", (("intranasal", None),), "mg"),
    ("Codeine (mg)", None, "0.15", "codeine", ORAL, "mg"),
    ("Dihydrocodeine (mg)", None, "0.25", "dihydrocodeine", ORAL, "mg"),
    (
        "Fentanyl buccal or SL tablets, or lozenge/troche (mcg)",
        "iv",
        "0.13",
        "fentanyl",
        TRANSMUCOSAL_TABLET,
        "mcg",
    ),
    ("Fentanyl film or oral spray (mcg)", "v", "0.18", "fentanyl", TRANSMUCOSAL_FILM, "mcg"),
    ("Fentanyl nasal spray (mcg)", "vi", "0.16", "fentanyl", (("intranasal", None),), "mcg"),
    ("Fentanyl patch (mcg)", "vii", "7.2", "fentanyl", (("transdermal", None),), "mcg/h"),
    ("Hydrocodone (mg)", None, "1", "hydrocodone", ORAL, "mg"),
    ("Hydromorphone (mg)", None, "4", "hydromorphone", ORAL_RECTAL, "mg"),
    ("Levorphanol tartrate (mg)", None, "11", "levorphanol", ORAL, "mg"),
    ("Meperidine hydrochloride (mg)", None, "0.1", "meperidine", ORAL, "mg"),
    ("Morphine (mg)", None, "1", "morphine", ORAL_RECTAL, "mg"),
    ("Opium (mg)", None, "1", "opium", (("rectal", None),), "mg"),
    ("Oxycodone (mg)", None, "1.5", "oxycodone", ORAL, "mg"),
    ("Oxymorphone (mg)", None, "3", "oxymorphone", ORAL_RECTAL, "mg"),
    ("Pentazocine (mg)", None, "0.37", "pentazocine", ORAL, "mg"),
    ("Tapentadol (mg)", "ix", "0.4", "tapentadol", ORAL, "mg"),
    ("Tramadol (mg)", None, "0.1", "tramadol", ORAL, "mg"),
]
# "Methadone (mg) viii 3" and the tiers printed under it: ">0, <= 20 4", ">20, <=40 8",
# ">40, <=60 10", ">60 12" (mg/day): (daily amount, factor) on both sides of every edge.
CMS_METHADONE = [
    ("0.1", "4"),
    ("20", "4"),
    ("20.01", "8"),
    ("40", "8"),
    ("40.01", "10"),
    ("60", "10"),
    ("60.01", "12"),
    ("1000", "12"),
]

# CDC-NDC18 "Summary Table": (opioid, factor or N/A, drug, keys, unit, days per patch).
CDC_NDC_2018 = [
    ("Buprenorphine, transdermal patch** (MCG/HR)", None, "buprenorphine", (), "mcg/h"),
    ("Buprenorphine, tablet and film", None, "buprenorphine", (), "mg"),
    ("Buprenorphine, film*** (MCG)", None, "buprenorphine", (), "mcg"),
    ("Butorphanol", "7", "butorphanol", (("intranasal", None),), "mg"),
    ("Codeine", "0.15", "codeine", ORAL, "mg"),
    ("Dihydrocodeine", "0.25", "dihydrocodeine", ORAL, "mg"),
    (
        "Fentanyl, buccal/SL tablet or lozenge/troche (MCG)",
        "0.13",
        "fentanyl",
        TRANSMUCOSAL_TABLET,
        "mcg",
    ),
    ("Fentanyl, film or oral spray (MCG)", "0.18", "fentanyl", TRANSMUCOSAL_FILM, "mcg"),
    ("Fentanyl, nasal spray (MCG)", "0.16", "fentanyl", (("intranasal", None),), "mcg"),
    ("Fentanyl, transdermal patch (MCG/HR)", "7.2", "fentanyl", (("transdermal", None),), "mcg/h"),
    ("Hydrocodone", "1", "hydrocodone", ORAL, "mg"),
    ("Hydromorphone", "4", "hydromorphone", ORAL_RECTAL, "mg"),
    ("Levomethadyl acetate", "8", "levomethadyl", ORAL, "mg"),
    ("Levorphanol tartrate", "11", "levorphanol", ORAL, "mg"),
    ("Meperidine", "0.1", "meperidine", ORAL, "mg"),
    ("Methadone", "3", "methadone", ORAL, "mg"),
    ("Morphine", "1", "morphine", ORAL_RECTAL, "mg"),
    ("Opium", "1", "opium", (("rectal", None),), "mg"),
    ("Oxycodone", "1.5", "oxycodone", ORAL, "mg"),
    ("Oxymorphone", "3", "oxymorphone", ORAL_RECTAL, "mg"),
    ("Pentazocine", "0.37", "pentazocine", ORAL, "mg"),
    ("Tapentadol", "0.4", "tapentadol", ORAL, "mg"),
    ("Tramadol", "0.1", "tramadol", ORAL, "mg"),
]
# CDC-NDC16 "Summary Table": the 2018 rows, but buprenorphine with factors.
BUPRENORPHINE_MUCOSAL = (("sublingual", None), ("buccal", None))
CDC_NDC_2016 = [
    (
        "Buprenorphine, transdermal patch (MCG/HR)",
        "12.6",
        "buprenorphine",
        (("transdermal", None),),
        "mcg/h",
    ),
    ("Buprenorphine, tablet or film", "30", "buprenorphine", BUPRENORPHINE_MUCOSAL, "mg"),
    *[row for row in CDC_NDC_2018 if row[2] != "buprenorphine"],
]


def _keys(table: FactorTable) -> set[tuple[str, str, str | None]]:
    """Every (drug, route, form) the table converts (form None: every form)."""
    plain = {(d, r, None) for d, r in table.rows}
    split = {(d, r, f) for (d, r), forms in table.forms.items() for f in forms}
    return plain | split


def _factor(table: FactorTable, drug: str, route: str, form: str | None) -> tuple[D, str, str]:
    row = table.lookup_form(drug, route, form, "x")
    assert row.factor is not None
    return row.factor, row.unit, row.source


class TestCms2018Rows:
    """Every row of the CMS February 2018 table."""

    @pytest.mark.parametrize(
        ("label", "footnote", "factor", "drug", "keys", "unit"),
        CMS_2018,
        ids=[f"CMS18-{c[0]}" for c in CMS_2018],
    )
    def test_row(
        self,
        reference: Reference,
        label: str,
        footnote: str | None,
        factor: str | None,
        drug: str,
        keys: tuple[tuple[str, str | None], ...],
        unit: str,
    ) -> None:
        """The factor and unit as printed, cited by the row's footnote (else CMS18)."""
        table = reference.mme["cms-2018"]
        source = f"CMS18-{footnote.upper()}" if footnote else "CMS18"
        if factor is None:  # listed, no factor (footnote iii)
            assert (True, source) == (drug in table.not_compared, table.not_compared_source)
            assert [] == [k for k in _keys(table) if k[0] == drug], label
            return
        for route, form in keys:
            assert (D(factor), unit, source) == _factor(table, drug, route, form), label

    @pytest.mark.parametrize(("amount", "factor"), CMS_METHADONE)
    def test_methadone_tiers(self, reference: Reference, amount: str, factor: str) -> None:
        """Methadone (viii): the tiers printed under it, edges as printed (> low, <= high)."""
        row = reference.mme["cms-2018"].rows[("methadone", "oral")]

        assert (D(factor), "CMS18-VIII") == row.factor_at(D(amount))

    def test_exactly_these_rows(self, reference: Reference) -> None:
        """The table converts what the printed rows cover, and nothing else."""
        expected = {(c[3], r, f) for c in CMS_2018 for r, f in c[4]}
        expected |= {("methadone", "oral", None)}

        assert expected == _keys(reference.mme["cms-2018"])

    def test_patch_is_per_patch_worn_three_days(self, reference: Reference) -> None:
        """Footnote vii: 7.2 per mcg/h per patch, a patch staying on 3 days."""
        row = reference.mme["cms-2018"].rows[("fentanyl", "transdermal")]

        assert D(3) == row.days_per_unit


@pytest.mark.parametrize(
    ("table_id", "printed", "source"),
    [("cdc-ndc-2018", CDC_NDC_2018, "CDC-NDC18"), ("cdc-ndc-2016", CDC_NDC_2016, "CDC-NDC16")],
)
def test_cdc_data_file_rows(
    reference: Reference,
    table_id: str,
    printed: list[tuple[str, str | None, str, tuple[tuple[str, str | None], ...], str]],
    source: str,
) -> None:
    """Every row of a CDC data file's Summary Table, and no other."""
    table = reference.mme[table_id]
    for label, factor, drug, keys, unit in printed:
        if factor is None:
            assert drug in table.not_compared, label
            continue
        for route, form in keys:
            assert (D(factor), unit, source) == _factor(table, drug, route, form), label
    expected = {(c[2], r, f) for c in printed for r, f in c[3]}

    assert expected == _keys(table)
    assert ("buprenorphine",) == table.not_compared


def test_belbuca_mcg_factor_is_the_mg_factor(reference: Reference) -> None:
    """CDC-NDC16 lists Belbuca (buccal film, mcg) at 0.03 per mcg: 30 per mg, the mg row's."""
    row = reference.mme["cdc-ndc-2016"].rows[("buprenorphine", "buccal")]

    assert (D("0.03") * 1000, "mg") == (row.factor, row.unit)


def _mme(reference: Reference, table: str, *meds: Medication) -> D:
    return calculate_mme(reference, list(meds), table).total_mme_per_day


def _dispensed(
    drug: str, route: str, strength: str, unit: str, qty: str, days: str, **kw: str
) -> Medication:
    return Medication(
        drug,
        route,
        D(strength),
        unit,
        quantity_dispensed=D(qty),
        days_supply=D(days),
        **kw,  # type: ignore[arg-type]
    )


class TestCmsFootnoteExamples:
    """A worked example per footnote of the CMS table (cms-2018)."""

    def test_i_formula(self, reference: Reference) -> None:
        """i: strength per unit x (units / days supply) x factor; CDC-NDC18 example 1: 10 mg
        oxycodone x (120 tablets / 30 days) x 1.5 = 60 MME/day."""
        med = _dispensed("oxycodone", "oral", "10", "mg", "120", "30")

        assert D(60) == _mme(reference, "cms-2018", med)

    def test_iii_buprenorphine_listed_without_factor(self, reference: Reference) -> None:
        """iii: buprenorphine has no factor: left out of the regimen's total, with a warning."""
        oxy = _dispensed("oxycodone", "oral", "10", "mg", "120", "30")
        bup = Medication("buprenorphine", "sublingual", D(8), "mg", doses_per_day=D(2))
        mme = regimen_mme(reference, "cms-2018", [oxy, bup], "medications")

        assert (D(60), ["mme.lines_not_in_table"]) == (mme.total, [a.code for a in mme.alerts][:1])
        with pytest.raises(UnknownEntryError):
            calculate_mme(reference, [oxy, bup], "cms-2018")

    def test_iv_buccal_tablet_micrograms(self, reference: Reference) -> None:
        """iv: 0.13 times the micrograms in the tablet: a 100 mcg buccal tablet 4 times a day is
        400 mcg x 0.13 = 52 MME/day."""
        med = Medication("fentanyl", "buccal", D(100), "mcg", doses_per_day=D(4), form="tablet")

        assert D(52) == _mme(reference, "cms-2018", med)

    def test_iv_lozenge_dispensed(self, reference: Reference) -> None:
        """iv with the formula: 200 mcg lozenges x (30 / 30 days) x 0.13 = 26 MME/day."""
        med = _dispensed("fentanyl", "buccal", "200", "mcg", "30", "30", form="lozenge")

        assert D(26) == _mme(reference, "cms-2018", med)

    def test_v_film(self, reference: Reference) -> None:
        """v: films 0.18: a 200 mcg buccal film twice a day is 400 x 0.18 = 72 MME/day."""
        med = Medication("fentanyl", "buccal", D(200), "mcg", doses_per_day=D(2), form="film")

        assert D(72) == _mme(reference, "cms-2018", med)

    def test_v_sublingual_spray(self, reference: Reference) -> None:
        """v: oral sprays 0.18: 100 mcg sublingual spray 4 times a day = 400 x 0.18 = 72."""
        med = Medication("fentanyl", "sublingual", D(100), "mcg", doses_per_day=D(4), form="spray")

        assert D(72) == _mme(reference, "cms-2018", med)

    def test_vi_nasal_spray(self, reference: Reference) -> None:
        """vi: nasal spray 0.16: 100 mcg 4 times a day = 400 x 0.16 = 64 MME/day."""
        med = Medication("fentanyl", "intranasal", D(100), "mcg", doses_per_day=D(4))

        assert D(64) == _mme(reference, "cms-2018", med)

    def test_vii_patch_dispensed(self, reference: Reference) -> None:
        """vii: 25 ug/hr fentanyl patch x (10 patches / 30 days) x 7.2 = 60 MME/day."""
        med = _dispensed("fentanyl", "transdermal", "25", "mcg/h", "10", "30")
        result = calculate_mme(reference, [med], "cms-2018")
        (line,) = result.lines

        assert (D(60), D(25), D("2.4")) == (
            result.total_mme_per_day,
            line.daily_dose,
            line.conversion_factor,
        )

    def test_vii_patch_worn(self, reference: Reference) -> None:
        """vii: 25 ug/hr x 24 h = 600 ug/day = 60 mg/day oral morphine (7.2 / 3 per mcg/h)."""
        med = Medication("fentanyl", "transdermal", D(25), "mcg/h", interval_hours=D(72))

        assert D(60) == _mme(reference, "cms-2018", med)

    @pytest.mark.parametrize(
        ("mg_per_day", "mme"), [("20", "80"), ("21", "168"), ("60", "600"), ("61", "732")]
    )
    def test_viii_methadone_tiers(self, reference: Reference, mg_per_day: str, mme: str) -> None:
        """viii: the tiers; 60 mg/day x 10 = 600 and 61 mg/day x 12 = 732 (clinical.md D3)."""
        med = Medication("methadone", "oral", D(mg_per_day), "mg", doses_per_day=D(1))
        result = calculate_mme(reference, [med], "cms-2018")

        assert D(mme) == result.total_mme_per_day
        assert "table.methadone_tiers_unconfirmed" in [w.code for w in result.warnings]

    def test_ix_tapentadol(self, reference: Reference) -> None:
        """ix: tapentadol 0.4: 100 mg twice a day = 80 MME/day."""
        med = Medication("tapentadol", "oral", D(100), "mg", doses_per_day=D(2))

        assert D(80) == _mme(reference, "cms-2018", med)


class TestCdcDataFileExamples:
    """The examples printed in the data files' Documentation sheets, reproduced exactly."""

    @pytest.mark.parametrize("table", ["cdc-ndc-2016", "cdc-ndc-2018", "cms-2018"])
    def test_oxycodone(self, reference: Reference, table: str) -> None:
        """10 mg oxycodone tablets X (120 tablets/ 30 days) X 1.5 = 60 MME/day."""
        med = _dispensed("oxycodone", "oral", "10", "mg", "120", "30")

        assert D(60) == _mme(reference, table, med)

    @pytest.mark.parametrize("table", ["cdc-ndc-2016", "cdc-ndc-2018", "cms-2018"])
    def test_fentanyl_patch(self, reference: Reference, table: str) -> None:
        """25 ug/hr fentanyl patch X (10 patches/ 30 days) X 7.2 = 60 MME/day."""
        med = _dispensed("fentanyl", "transdermal", "25", "mcg/h", "10", "30")

        assert D(60) == _mme(reference, table, med)

    @pytest.mark.parametrize("table", ["cdc-ndc-2016", "cdc-ndc-2018", "cms-2018"])
    def test_fentanyl_patch_a_day(self, reference: Reference, table: str) -> None:
        """25 ug/hr fentanyl patch X 24 hrs = 600 ug/day fentanyl = 60 mg/day (one patch worn)."""
        med = Medication("fentanyl", "transdermal", D(25), "mcg/h", interval_hours=D(72))

        assert D(60) == _mme(reference, table, med)

    @pytest.mark.parametrize("table", ["cdc-ndc-2016", "cdc-ndc-2018", "cms-2018"])
    def test_butorphanol_spray(self, reference: Reference, table: str) -> None:
        """10mg/ml x 2.5ml/30 days x 7 = 5.8 MME/day (printed to one decimal)."""
        med = _dispensed("butorphanol", "intranasal", "10", "mg", "2.5", "30")
        exact = _mme(reference, table, med)

        assert D("5.8") == exact.quantize(D("0.1"), ROUND_HALF_UP)
        assert D(175) / 30 == exact

    def test_buprenorphine_patch_2016(self, reference: Reference) -> None:
        """2016: 5 ug/hr buprenorphine patch X (4 patches/28 days) X 12.6 = 9 MME/day; shown on
        its line, not compared with the thresholds (CDC22)."""
        med = _dispensed("buprenorphine", "transdermal", "5", "mcg/h", "4", "28")
        result = calculate_mme(reference, [med], "cdc-ndc-2016")
        (line,) = result.lines

        assert (D(9), False) == (line.mme_per_day, line.compared)
        assert (D(0), D(9)) == (result.total_mme_per_day, result.not_compared_mme_per_day)
        assert "mme.not_compared" in [w.code for w in result.warnings]

    def test_buprenorphine_patch_2016_a_day(self, reference: Reference) -> None:
        """2016: 5 ug/hr x 24 hrs = 120 ug/day = 0.12 mg/day = 9 mg/day oral morphine."""
        med = Medication("buprenorphine", "transdermal", D(5), "mcg/h", interval_hours=D(168))
        (line,) = calculate_mme(reference, [med], "cdc-ndc-2016").lines

        assert (D(9), D("1.8")) == (line.mme_per_day, line.conversion_factor)


class TestFormRefusals:
    """Where a table splits a drug and route by form, the line must give one of its forms."""

    @pytest.mark.parametrize(
        ("table", "forms"),
        [
            ("cms-2018", "film, lozenge, tablet"),
            ("cdc-ndc-2018", "film, lozenge, tablet"),
            ("nih-heal", "film, lozenge, spray, tablet"),
        ],
    )
    def test_form_required(self, reference: Reference, table: str, forms: str) -> None:
        """The buccal products the table's rows name: CMS/CDC films, lozenges and tablets."""
        med = Medication("fentanyl", "buccal", D(100), "mcg", doses_per_day=D(4))
        with pytest.raises(UnknownEntryError) as info:
            calculate_mme(reference, [med], table)

        assert ("mme.form_required", "medications[0].form") == (info.value.code, info.value.field)
        assert info.value.detail.endswith(f"one of {forms}")

    def test_form_not_covered(self, reference: Reference) -> None:
        med = Medication(
            "fentanyl", "buccal", D(100), "mcg", doses_per_day=D(4), form="suppository"
        )
        with pytest.raises(UnknownEntryError) as info:
            calculate_mme(reference, [med], "cms-2018")

        assert ("mme.form_not_covered", "'suppository'") == (
            info.value.code,
            repr(info.value.received),
        )

    def test_form_is_ignored_where_a_table_does_not_split(self, reference: Reference) -> None:
        """CDC 2022 has one oxycodone row for every form: the form changes nothing."""
        tablet = Medication("oxycodone", "oral", D(10), "mg", doses_per_day=D(2), form="tablet")

        assert D(30) == _mme(reference, "cdc-2022", tablet)
