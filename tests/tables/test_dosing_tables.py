"""
The dosing tables (kinds `formula` and `adjunct`): transcriptions checked row by row against the
cited sources, the rules of tables/README.md enforced by the loader, and no clinical literals in
the core modules that use them.
"""

from __future__ import annotations

import ast
import shutil
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
import pytest

from api.schemas.common import Patient
from calc.errors import TableError
from tables.loader import TABLES_DIR, load_reference


if TYPE_CHECKING:
    from calc.kinds.adjunct import Hemodialysis, RenalDoseTable, Strengths

REFERENCE = load_reference()
ROOT = Path(__file__).resolve().parents[2]
D = Decimal


def renal(drug: str) -> RenalDoseTable:
    table = REFERENCE.adjuncts[drug].renal
    assert table is not None
    return table


def hemodialysis(drug: str) -> Hemodialysis:
    hd = REFERENCE.adjuncts[drug].hemodialysis
    assert hd is not None
    return hd


LabelRow = tuple[str, Decimal, Decimal, tuple[Decimal, ...], int]
ConfirmedRow = tuple[str, Decimal, Decimal, tuple[int, ...]]


def strengths(drug: str) -> Strengths:
    found = REFERENCE.adjuncts[drug].strengths
    assert found is not None
    return found


class TestNeurontinTable1:
    """
    Neurontin PI Table 1 "NEURONTIN Dosage Based on Renal Function" (source NEURONTIN; label text
    read in a stored copy of DailyMed set 97935fd9-1d4a-43b6-a5d9-de994591187b v48, section 2.3;
    clinical.md A12).  Rows: CrCl (mL/min), total daily range (mg/day), regimen per column.
    """

    # (label row, daily min, daily max, per-dose column doses, doses per day)
    LABEL_ROWS: tuple[LabelRow, ...] = (
        ("15", D(100), D(300), (D(100), D(125), D(150), D(200), D(300)), 1),
        (">15 to 29", D(200), D(700), (D(200), D(300), D(400), D(500), D(700)), 1),
        (">30 to 59", D(400), D(1400), (D(200), D(300), D(400), D(500), D(700)), 2),
        (">=60", D(900), D(3600), (D(300), D(400), D(600), D(800), D(1200)), 3),
    )
    # Post-hemodialysis supplemental dose (mg), one per column.
    LABEL_HEMODIALYSIS = (D(125), D(150), D(200), D(250), D(350))

    @pytest.mark.parametrize(
        ("index", "row"), list(enumerate(LABEL_ROWS)), ids=[r[0] for r in LABEL_ROWS]
    )
    def test_row(self, index: int, row: LabelRow) -> None:
        """Each row of the table file equals the label row."""
        _, daily_min, daily_max, columns, per_day = row
        band = renal("gabapentin").bands[index]
        assert (band.daily_min, band.daily_max) == (daily_min, daily_max)
        assert band.column_doses == columns
        assert band.doses_per_day == (per_day,)
        assert band.source == "NEURONTIN"

    def test_hemodialysis_supplements(self) -> None:
        hd = hemodialysis("gabapentin")
        assert hd.column_supplements == self.LABEL_HEMODIALYSIS
        assert hd.session_hours == 4

    @pytest.mark.parametrize(
        ("crcl", "label_row"),
        [
            (D("200"), ">=60"),
            (D("60"), ">=60"),  # the label's ">= 60" owns 60
            (D("59.99"), ">30 to 59"),  # gap 59-60 given to the lower-dose row
            (D("59"), ">30 to 59"),
            (D("30.01"), ">30 to 59"),
            (D("30"), ">15 to 29"),  # 30 is in neither row as written; lower-dose row
            (D("29.5"), ">15 to 29"),  # gap 29-30
            (D("15.01"), ">15 to 29"),
            (D("15"), "15"),
            (D("7.5"), "15"),  # below 15: the "15" row scaled (label footnote)
            (D("0.1"), "15"),
        ],
    )
    def test_band_edges(self, crcl: Decimal, label_row: str) -> None:
        rows = [r[0] for r in self.LABEL_ROWS]
        bands = renal("gabapentin").bands
        band = renal("gabapentin").band_for(crcl, "crcl")
        assert rows[bands.index(band)] == label_row

    def test_footnote_example(self) -> None:
        """Label footnote: CrCl 7.5 mL/min receives one-half of the daily dose at 15 mL/min."""
        band = renal("gabapentin").band_for(D("7.5"), "crcl")
        assert band.scale(D("7.5")) == D("0.5")
        assert band.scale(D(15)) == 1


class TestGabapentinTable:
    def test_strengths(self) -> None:
        """Neurontin section 16: 100, 300, 400 mg capsules; 600, 800 mg tablets (NEURONTIN-HS)."""
        found = strengths("gabapentin")
        assert found.values == (D(100), D(300), D(400), D(600), D(800))
        assert found.source == "NEURONTIN-HS"

    def test_product_range(self) -> None:
        """SRC-000: gabapentin 300-1800 mg/day (UNCONFIRMED as a guideline range)."""
        v = REFERENCE.adjuncts["gabapentin"].values
        assert (v["daily_min_mg"], v["daily_max_mg"]) == (D(300), D(1800))
        assert v.source("daily_min_mg") == "SRC-000"


class TestPregabalinTable:
    """The Lyrica label rows clinical.md A12 confirms (LYRICA, as reproduced by NZ-PREG)."""

    CONFIRMED: tuple[ConfirmedRow, ...] = (
        ("<15", D(25), D(75), (1,)),
        ("15-30", D(25), D(150), (1, 2)),
        ("30-60", D(75), D(300), (2, 3)),
        (">=60", D(150), D(600), (2, 3)),
    )

    @pytest.mark.parametrize(
        ("index", "row"), list(enumerate(CONFIRMED)), ids=[r[0] for r in CONFIRMED]
    )
    def test_row(self, index: int, row: ConfirmedRow) -> None:
        _, daily_min, daily_max, per_day = row
        band = renal("pregabalin").bands[index]
        assert (band.daily_min, band.daily_max, band.doses_per_day) == (
            daily_min,
            daily_max,
            per_day,
        )
        assert band.column_doses == ()  # intermediate columns are UNCONFIRMED: left out

    def test_hemodialysis_range_only(self) -> None:
        """25-100 mg (NZ-PREG: initially 25 mg, max 100); the 150 mg value is UNCONFIRMED."""
        hd = hemodialysis("pregabalin")
        assert (hd.supplement_min, hd.supplement_max) == (D(25), D(100))
        assert hd.column_supplements == ()


class TestSmallTables:
    def test_clonidine(self) -> None:
        """Tablets 0.1, 0.2, 0.3 mg (CLON-NLM); hold < 90/60 (VA-WD); 0.1-0.3 mg (SRC-000)."""
        table = REFERENCE.adjuncts["clonidine"]
        assert strengths("clonidine").values == (D("0.1"), D("0.2"), D("0.3"))
        v = table.values
        assert (v["hold_systolic_below_mmhg"], v["hold_diastolic_below_mmhg"]) == (D(90), D(60))
        assert (v["dose_min_mg"], v["dose_max_mg"]) == (D("0.1"), D("0.3"))

    def test_ketamine(self) -> None:
        """0.1-0.5 mg/kg/h (SRC-000); bolus at most 0.35 mg/kg (ASRA-ACUTE18, UNCONFIRMED: seen
        only in an AI summary, which issue 10 no longer cites)."""
        v = REFERENCE.adjuncts["ketamine"].values
        assert v.sources("rate_min_mg_per_kg_per_h") == "SRC-000"
        assert v.sources("rate_max_mg_per_kg_per_h") == "SRC-000"
        assert (v["bolus_max_mg_per_kg"], v.sources("bolus_max_mg_per_kg")) == (
            D("0.35"),
            "ASRA-ACUTE18",
        )

    def test_naltrexone(self) -> None:
        """1-4.5 mg/day (SRC-000); full-dose naltrexone 7-10 opioid-free days (CDC22)."""
        v = REFERENCE.adjuncts["naltrexone"].values
        assert (v["daily_min_mg"], v["daily_max_mg"]) == (D(1), D("4.5"))
        assert (v["opioid_free_days_min"], v["opioid_free_days_max"]) == (D(7), D(10))
        assert REFERENCE.adjuncts["naltrexone"].drug_lists["partial_agonists"].drugs == (
            "buprenorphine",
        )

    def test_cockcroft_gault_constants(self) -> None:
        """(140 - age) x weight / (72 x SCr), x 0.85 if female (TABERS); 88.4 umol/L per mg/dL."""
        v = REFERENCE.formulas["cockcroft-gault"].values
        assert (v["age_offset_years"], v["creatinine_factor"], v["female_factor"]) == (
            D(140),
            D(72),
            D("0.85"),
        )
        assert v["creatinine_umol_l_per_mg_dl"] == D("88.4")
        assert REFERENCE.formulas["cockcroft-gault"].default_weight_basis == "ideal"

    def test_devine_constants(self) -> None:
        """Devine: male 50 kg / female 45.5 kg + 2.3 kg per inch over 5 ft (clinical.md A12)."""
        v = REFERENCE.formulas["body-weight"].values
        assert (v["ibw_male_base_kg"], v["ibw_female_base_kg"]) == (D(50), D("45.5"))
        assert (v["ibw_kg_per_inch"], v["ibw_base_height_in"]) == (D("2.3"), D(60))
        assert (v["cm_per_inch"], v["adjusted_weight_fraction"]) == (D("2.54"), D("0.4"))

    def test_every_source_resolves(self) -> None:
        values = [t.values for t in REFERENCE.formulas.values()]
        values += [t.values for t in REFERENCE.adjuncts.values()]
        for named in values:
            for row in named.items.values():
                assert {row.source, *row.also} <= set(REFERENCE.sources)
        for adjunct in REFERENCE.adjuncts.values():
            assert {a.source for a in adjunct.advice} <= set(REFERENCE.sources)

    def test_listed_and_viewable(self) -> None:
        ids = {r.id for r in REFERENCE.all_refs()}
        assert {"body-weight", "cockcroft-gault"} <= ids
        assert {f"adjunct-{d}" for d in REFERENCE.adjuncts} <= ids


def _bounds(name: str) -> tuple[Decimal, Decimal]:
    info = msgspec.inspect.type_info(Patient)
    assert isinstance(info, msgspec.inspect.StructType)
    (field,) = [f for f in info.fields if f.name == name]
    assert isinstance(field.type, msgspec.inspect.UnionType)
    number = field.type.types[0]
    assert isinstance(number, msgspec.inspect.FloatType)
    return D(str(number.ge)), D(str(number.le))


class TestSchemaMatchesTables:
    """The API's Patient bounds are the tables' input limits (one truth, checked)."""

    @pytest.mark.parametrize(
        ("field", "table", "low", "high"),
        [
            ("age_years", "cockcroft-gault", "age_min_years", "age_max_years"),
            (
                "serum_creatinine_mg_dl",
                "cockcroft-gault",
                "creatinine_min_mg_dl",
                "creatinine_max_mg_dl",
            ),
            ("weight_kg", "body-weight", "weight_min_kg", "weight_max_kg"),
            ("height_cm", "body-weight", "height_min_cm", "height_max_cm"),
        ],
    )
    def test_bounds(self, field: str, table: str, low: str, high: str) -> None:
        v = REFERENCE.formulas[table].values
        assert _bounds(field) == (v[low], v[high])

    def test_umol_bounds(self) -> None:
        v = REFERENCE.formulas["cockcroft-gault"].values
        factor = v["creatinine_umol_l_per_mg_dl"]
        low, high = v["creatinine_min_mg_dl"] * factor, v["creatinine_max_mg_dl"] * factor
        assert _bounds("serum_creatinine_umol_l") == (low, high)


def test_no_clinical_literals_in_core() -> None:
    """The dosing modules of calc/ hold no numbers but 0 and 1: every constant is in tables/."""
    files = [
        ROOT / "calc" / n
        for n in ("renal.py", "weights.py", "kinds/adjunct.py", "kinds/formula.py")
    ]
    files += sorted((ROOT / "calc" / "adjuncts").glob("*.py"))
    found = [
        (f.name, node.lineno, node.value)
        for f in files
        for node in ast.walk(ast.parse(f.read_text()))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, int | float)
        and not isinstance(node.value, bool)
        and node.value not in {0, 1}
    ]
    assert found == []


# --- the loader's rules, on broken copies of the real tables ---------------------------------


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "tables"
    shutil.copytree(TABLES_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN = [
    ("adjunct-gabapentin.toml", 'name = "daily_min_mg"', 'name = "daily_low_mg"', "missing values"),
    ("adjunct-gabapentin.toml", "value = 300\nunit", "value = 3000\nunit", "is above daily_max_mg"),
    ("adjunct-gabapentin.toml", "[hemodialysis]", "[dialysis]", "unknown field"),
    (
        "adjunct-gabapentin.toml",
        "max = 60\nmin_inclusive = false",
        "max = 61\nmin_inclusive = false",
        "gap or overlap",
    ),
    (
        "adjunct-gabapentin.toml",
        "max = 15\nmin_inclusive = false\nmax_inclusive = true",
        "max = 15\nmin_inclusive = false\nmax_inclusive = false",
        "must own the edge",
    ),
    ("adjunct-gabapentin.toml", "daily_max = 3600", "daily_max = 3000", "must span"),
    (
        "adjunct-gabapentin.toml",
        "column_supplements = [125, 150, 200, 250, 350]",
        "column_supplements = [125, 150]",
        "one supplement per renal column",
    ),
    (
        "adjunct-gabapentin.toml",
        "doses_per_day = [3]",
        "doses_per_day = [3, 2]",
        "ascending distinct",
    ),
    (
        "adjunct-gabapentin.toml",
        "max_units_per_dose = 3",
        "max_units_per_dose = 9",
        r"from 1 to 4 \(bounds.toml \[adjunct\].units_per_dose\), got 9",
    ),
    (
        "adjunct-gabapentin.toml",
        'code = "gabapentin.range_unconfirmed"',
        'code = "gabapentin.other"',
        "must give",
    ),
    ("adjunct-gabapentin.toml", 'severity = "warning"', 'severity = "loud"', "expected one of"),
    ("adjunct-gabapentin.toml", 'drug = "gabapentin"', 'drug = "aspirin"', "expected one of"),
    (
        "adjunct-gabapentin.toml",
        'source = "SRC-000"\nnote = "Gabapentin',
        'source = "NOPE"\nnote = "Gabapentin',
        "does not resolve",
    ),
    ("adjunct-gabapentin.toml", 'also = ["VA-WD"]', 'also = ["NOPE"]', "does not resolve"),
    (
        "adjunct-gabapentin.toml",
        'name = "titration_step_mg_per_day"\nvalue = 300',
        'name = "titration_step_mg_per_day"\nvalue = 0',
        "steps must be > 0",
    ),
    ("adjunct-gabapentin.toml", "min = 60\ndoses", "min = 60\nmax = 90\ndoses", "end open"),
    (
        "adjunct-gabapentin.toml",
        "max = 60\nmin_inclusive = false\nmax_inclusive = false",
        "max = 20\nmin_inclusive = false\nmax_inclusive = false",
        "must be above min",
    ),
    (
        "adjunct-pregabalin.toml",
        "supplement_max = 100",
        "supplement_max = 10",
        "supplement_min <= supplement_max",
    ),
    (
        "adjunct-ketamine.toml",
        'default_weight_basis = "ideal"',
        'default_weight_basis = "lean"',
        "Invalid enum value 'lean'",
    ),
    ("adjunct-ketamine.toml", 'default_weight_basis_source = "PRODUCT"\n', "", "go together"),
    (
        "adjunct-ketamine.toml",
        '[[advice]]\ncode = "ketamine.range_secondary_only"',
        '[[advice]]\ncode = "ketamine.range"',
        "must give",
    ),
    ("adjunct-naltrexone.toml", 'name = "partial_agonists"', 'name = "partials"', "must give"),
    ("adjunct-naltrexone.toml", 'name = "daily_max_mg"', 'name = "daily_min_mg"', "defined twice"),
    ("renal-cockcroft-gault.toml", "value = 120", "value = 140", "below age_offset_years"),
    (
        "renal-cockcroft-gault.toml",
        'default_weight_basis = "ideal"\ndefault_weight_basis_source = "PRODUCT"\n',
        "",
        "missing default_weight_basis",
    ),
    (
        "renal-cockcroft-gault.toml",
        'id = "cockcroft-gault"',
        'id = "renal-crcl"',
        "expected one of",
    ),
    ("body-weight.toml", "[[values]]", "[[rows]]\n[[values]]", "unknown field"),
]


@pytest.mark.parametrize(("name", "old", "new", "problem"), BROKEN)
def test_broken_table_is_refused(
    tmp_path: Path, name: str, old: str, new: str, problem: str
) -> None:
    folder = _copy(tmp_path)
    _edit(folder, name, old, new)
    with pytest.raises(TableError, match=problem):
        load_reference(folder)


@pytest.mark.parametrize("name", ["body-weight.toml", "adjunct-clonidine.toml"])
def test_missing_table_is_refused(tmp_path: Path, name: str) -> None:
    folder = _copy(tmp_path)
    (folder / name).unlink()
    with pytest.raises(TableError, match="required tables not found"):
        load_reference(folder)


def test_second_table_for_a_drug_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    text = (folder / "adjunct-pregabalin.toml").read_text(encoding="utf-8")
    second = text.replace('id = "adjunct-pregabalin"', 'id = "adjunct-pregabalin-2"', 1)
    (folder / "adjunct-pregabalin-2.toml").write_text(second, encoding="utf-8")
    with pytest.raises(TableError, match="a second table for pregabalin"):
        load_reference(folder)
