"""
The table grammar (calc/kinds/): plausibility bounds per kind (tables/bounds.toml), the published
JSON Schema (tables/schema/), what the reader refuses to read (tables/loader.py), tables nothing
would read, and the import graph of calc/ and tables/.

Negative cases copy the published tables into ``tmp_path`` and add or patch one file, as in
test_loader.py.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import threading
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema_rs
import msgspec
import pytest

from calc.errors import TableError
from calc.kinds.grammar import Count, decode
from calc.kinds.registry import KINDS
from tables.__main__ import SCHEMA_DIR, check_folder, main, schemas
from tables.loader import ENV_VAR, MAX_FILE_BYTES, TABLES_DIR, load_reference
from tests.tables.test_loader import (
    HYDROMORPHONE,
    INST_META,
    INST_SOURCES,
    META,
    MORPHINE,
    NOT_TABLES,
    TABLE_FILES,
    Raw,
    assert_names,
    copy_tables,
    load_error,
    patch,
    table_text,
)


ROOT = TABLES_DIR.parent


@pytest.fixture(autouse=True)
def _no_institution_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture(name="tables")
def _tables(tmp_path: Path) -> Path:
    return copy_tables(tmp_path / "tables")


@pytest.fixture(name="inst")
def _inst(tmp_path: Path) -> Path:
    """An institution folder with its own sources.toml (and no table yet)."""
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "sources.toml").write_text(INST_SOURCES)
    return folder


class TestBounds:
    """A number outside its kind's plausible range stops the start-up, naming file and row."""

    @pytest.mark.parametrize(
        ("factor", "problem"),
        [
            (Raw("1e300"), "expected factor from 0.001 to 1000 (bounds.toml [mme].factor)"),
            (Raw("1e-300"), "expected at most 6 decimal places"),
            (Raw("0.0001"), "expected factor from 0.001 to 1000"),
            (Decimal(1001), "got 1001"),
            (Raw("1.0000001"), "expected at most 6 decimal places"),
        ],
        ids=["1e300", "1e-300", "below", "above", "too-precise"],
    )
    def test_institution_factor(self, inst: Path, factor: object, problem: str) -> None:
        """The issue's example: a factor of 1e300 or 1e-300 in an institution table."""
        rows = [{**MORPHINE, "source": "INST-2026"}, {**HYDROMORPHONE, "factor": factor}]
        (inst / "inst-mme.toml").write_text(table_text(INST_META, rows=rows))

        assert_names(load_error(TABLES_DIR, inst), "inst-mme.toml rows[1].factor", problem)

    def test_edges_of_the_range_load(self, inst: Path) -> None:
        """min and max are both plausible (the bounds include them)."""
        rows = [
            {**MORPHINE, "factor": Decimal("0.001"), "source": "INST-2026"},
            {**HYDROMORPHONE, "factor": Decimal(1000)},
        ]
        (inst / "inst-mme.toml").write_text(table_text(INST_META, rows=rows))
        table = load_reference(TABLES_DIR, inst).mme["inst-2026"]

        assert {Decimal("0.001"), Decimal(1000)} == {r.factor for r in table.rows.values()}

    def test_bounds_are_per_kind(self, tables: Path) -> None:
        """A taper step of 0% is refused by taper-presets' own percent bound (1-100)."""
        patch(tables, "taper-presets.toml", "percent_min = 10\n", "percent_min = 0\n")

        assert_names(
            load_error(tables),
            "taper-presets.toml presets[0].percent_min",
            "expected percent from 1 to 100 (bounds.toml [taper-presets].percent), got 0",
        )

    def test_published_numbers_are_within_bounds(self) -> None:
        """Every published table loads, so every number in it is within its bounds."""
        assert len(TABLE_FILES) == len(load_reference().all_refs())

    def test_institution_bounds_are_refused(self, inst: Path) -> None:
        (inst / "bounds.toml").write_text('[mme]\nfactor = { min = 0, max = 1e9, source = "X" }\n')

        assert_names(
            load_error(TABLES_DIR, inst), "institution/bounds.toml", "the plausibility bounds"
        )


# (old text in bounds.toml, new text, where, problem)
BOUNDS_CASES = [
    ("[mme]\n", "[mme-2030]\n", "bounds.toml [mme-2030]", "expected 'common' or a kind"),
    (
        "[mme]\nfactor = { min = 0.001, max = 1000,",
        "[mme]\nfactor = { min = 1000, max = 0.001,",
        "bounds.toml [mme].factor",
        "min 1000 is above max 0.001",
    ),
    (
        'year = { min = 1900, max = 2100, source = "PRODUCT" }',
        'year = { min = 1900, max = 2100, source = "NOPE" }',
        "bounds.toml [common].year.source",
        "does not resolve",
    ),
    (
        'year = { min = 1900, max = 2100, source = "PRODUCT" }',
        'year = { min = 1900, max = 2100, soruce = "PRODUCT" }',
        "bounds.toml [common].year",
        "unknown field `soruce`",
    ),
    (
        'year = { min = 1900, max = 2100, source = "PRODUCT" }',
        'year = { min = "1900", max = 2100, source = "PRODUCT" }',
        "bounds.toml [common].year.min",
        "expected a number",
    ),
    (
        'year = { min = 1900, max = 2100, source = "PRODUCT" }',
        "year = 1900",
        "bounds.toml [common].year",
        "expected a table",
    ),
    (
        'year = { min = 1900, max = 2100, source = "PRODUCT" }\n',
        "",
        "bounds.toml [mme]",
        "no bound for year (used by kind mme)",
    ),
    (
        'decimal_places = { min = 0, max = 6, source = "PRODUCT",',
        'decimal_places = { min = 0, max = 6.5, source = "PRODUCT",',
        "bounds.toml [common].decimal_places",
        "expected a whole max",
    ),
    (
        "[mme]\n",
        '[mme]\nratio = { min = 1, max = 2, source = "PRODUCT" }\n',
        "bounds.toml",
        "bounds no table number uses: ['[mme].ratio']",
    ),
    ("[common]\n", "thresholds = 1\n[common]\n", "bounds.toml [thresholds]", "expected a table"),
]


@pytest.mark.parametrize(("old", "new", "where", "problem"), BOUNDS_CASES)
def test_broken_bounds(tables: Path, old: str, new: str, where: str, problem: str) -> None:
    """tables/bounds.toml is itself checked: sections are kinds, every bound is used."""
    patch(tables, "bounds.toml", old, new)

    assert_names(load_error(tables), where, problem)


class TestReader:
    """Only regular files are read, each at most MAX_FILE_BYTES."""

    def test_fifo_is_refused_not_waited_on(self, inst: Path) -> None:
        """A FIFO named *.toml would block a reader forever; it is refused at once."""
        fifo = inst / "zz-fifo.toml"
        os.mkfifo(fifo)
        found: list[BaseException] = []

        def load() -> None:
            try:
                load_reference(TABLES_DIR, inst)
            except TableError as exc:
                found.append(exc)

        thread = threading.Thread(target=load, daemon=True)
        thread.start()
        thread.join(timeout=20)

        assert not thread.is_alive(), "the loader blocked on a FIFO"
        assert [("zz-fifo.toml", "not a regular file")] == [
            (e.where, e.problem.split(" (")[0]) for e in found if isinstance(e, TableError)
        ]

    def test_link_to_a_device_is_refused(self, inst: Path) -> None:
        (inst / "zz-device.toml").symlink_to("/dev/zero")

        assert_names(load_error(TABLES_DIR, inst), "zz-device.toml", "not a regular file")

    def test_directory_is_refused(self, inst: Path) -> None:
        (inst / "zz-folder.toml").mkdir()

        assert_names(load_error(TABLES_DIR, inst), "zz-folder.toml", "not a regular file")

    def test_link_to_a_regular_file_is_read(self, inst: Path, tmp_path: Path) -> None:
        target = tmp_path / "elsewhere.toml"
        rows = [{**MORPHINE, "source": "INST-2026"}]
        target.write_text(table_text(INST_META, rows=rows))
        (inst / "inst-mme.toml").symlink_to(target)

        assert "inst-2026" in load_reference(TABLES_DIR, inst).mme

    def test_size_cap(self, inst: Path) -> None:
        rows = [{**MORPHINE, "source": "INST-2026"}]
        text = table_text(INST_META, rows=rows)
        padding = "#" * (MAX_FILE_BYTES - len(text.encode())) + "\n"
        (inst / "inst-mme.toml").write_text(text + padding)

        assert_names(
            load_error(TABLES_DIR, inst), "inst-mme.toml", f"larger than {MAX_FILE_BYTES} bytes"
        )

    def test_unreadable_file(self, inst: Path) -> None:
        (inst / "zz-dangling.toml").symlink_to(inst / "nowhere")

        assert_names(load_error(TABLES_DIR, inst), "zz-dangling.toml", "cannot be read")


class TestUnusedTables:
    """A table the core would never read is an error, not a silent extra."""

    @pytest.mark.parametrize(
        "file",
        [
            "thresholds.toml",
            "products-us.toml",
            "fentanyl-patch-duragesic.toml",
            "buprenorphine-patch-butrans.toml",
            "taper-presets.toml",
            "plausibility-us.toml",
            "renal-opioids.toml",
            "rxnorm-opioids.toml",
        ],
    )
    def test_second_table_of_a_single_table_kind(self, inst: Path, file: str) -> None:
        text = (TABLES_DIR / file).read_text(encoding="utf-8")
        meta = tomllib.loads(text)["meta"]
        second = text.replace(f'id = "{meta["id"]}"', 'id = "inst-copy"', 1)
        (inst / "inst-copy.toml").write_text(second, encoding="utf-8")
        (inst / "sources.toml").unlink()

        error = load_error(TABLES_DIR, inst)

        assert_names(error, "inst-copy.toml [meta].id", f"reads only table {meta['id']!r}")
        assert "would never be used" in error.problem

    def test_every_single_table_kind_is_covered(self) -> None:
        """The cases above are every kind that reads only its default table."""
        single = {k.default for k in KINDS.values() if k.default and not k.selectable}

        assert {
            "thresholds",
            "us-products",
            "duragesic-label",
            "butrans-label",
            "taper-presets",
            "plausibility-us",
            "renal-opioids",
            "rxnorm-opioids",
        } == single


def _json(node: Any) -> Any:
    """A parsed TOML document as JSON sees it: dates as ISO strings, numbers as numbers."""
    if isinstance(node, dict):
        return {k: _json(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_json(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    if isinstance(node, Decimal):
        return int(node) if node == node.to_integral_value() else float(node)
    return node


def _schema(kind: str) -> dict[str, Any]:
    text = (SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


class TestSchema:
    """tables/schema/*.schema.json: generated from the grammar, committed, and true."""

    def test_committed_schemas_are_current(self) -> None:
        """`make table-schema` was run after the last grammar or bounds change."""
        committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMA_DIR.glob("*.json")}

        assert schemas() == committed

    def test_one_schema_per_kind(self) -> None:
        names = {p.name for p in SCHEMA_DIR.glob("*.json")}

        assert {f"{k}.schema.json" for k in KINDS} | {"sources.schema.json"} == names

    @pytest.mark.parametrize("file", TABLE_FILES)
    def test_published_table_is_valid(self, file: str) -> None:
        """Every published table validates against its kind's schema (as JSON)."""
        document = tomllib.loads((TABLES_DIR / file).read_text(encoding="utf-8"))
        validator = jsonschema_rs.validator_for(_schema(document["meta"]["kind"]))

        assert [] == [e.message for e in validator.iter_errors(_json(document))]

    def test_sources_are_valid(self) -> None:
        document = tomllib.loads((TABLES_DIR / "sources.toml").read_text(encoding="utf-8"))

        assert jsonschema_rs.validator_for(_schema("sources")).is_valid(document)

    @pytest.mark.parametrize(
        "row",
        [
            {**HYDROMORPHONE, "factr": 5},
            {**HYDROMORPHONE, "factor": 1e300},
            {**HYDROMORPHONE, "routes": ["nasal"]},
            {**HYDROMORPHONE, "unit": "g"},
            {k: v for k, v in HYDROMORPHONE.items() if k != "source"},
        ],
        ids=["unknown-key", "1e300", "unknown-route", "unknown-unit", "no-source"],
    )
    def test_schema_refuses_what_the_loader_refuses(self, row: dict[str, Any]) -> None:
        meta = {k: str(v) if isinstance(v, Raw) else v for k, v in META.items()}
        document = {"meta": meta, "rows": [_json(MORPHINE), _json(row)]}

        assert not jsonschema_rs.validator_for(_schema("mme")).is_valid(document)

    def test_kind_is_fixed(self) -> None:
        """A file of another kind does not validate against the mme schema."""
        assert {"const": "mme"} == _schema("mme")["$defs"]["MMEMeta"]["properties"]["kind"]


class TestCommand:
    """`python -m tables`: write or check the schemas, check an institution folder."""

    def test_schema_check_passes(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert 0 == main(["schema", "--check"])
        assert "up to date" in capsys.readouterr().out

    def test_check_folder(self, inst: Path, capsys: pytest.CaptureFixture[str]) -> None:
        rows = [{**MORPHINE, "source": "INST-2026"}]
        (inst / "inst-mme.toml").write_text(table_text(INST_META, rows=rows))

        assert 0 == check_folder(inst)
        assert f"OK: {len(TABLE_FILES) + 1} tables" in capsys.readouterr().out

    def test_check_folder_names_the_error(
        self, inst: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        rows = [{**MORPHINE, "source": "INST-2026", "factor": Raw("1e300")}]
        (inst / "inst-mme.toml").write_text(table_text(INST_META, rows=rows))

        assert 1 == main(["check", str(inst)])
        assert "error: inst-mme.toml rows[0].factor: expected factor" in capsys.readouterr().out


def _imports(path: Path, package: str) -> set[str]:
    """The calc/ and tables/ modules ``path`` imports (TYPE_CHECKING imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = node.module if node.level == 0 else f"{package}.{node.module}"
            names = [f"{module}.{a.name}" for a in node.names]
            found.update(n if _module_path(n) else module for n in names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.split(".")[0] in {"calc", "tables"} and _module_path(m)}


def _module_path(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def test_no_import_cycles() -> None:
    """calc/ and tables/ import each other in one direction only: the module graph has no cycle."""
    modules = {}
    for top in ("calc", "tables"):
        for path in (ROOT / top).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = _imports(path, name.rsplit(".", 1)[0])
    cycles = []
    state: dict[str, int] = {}

    def visit(name: str, stack: list[str]) -> None:
        state[name] = 1
        for dep in sorted(modules.get(name, ())):
            if dep == name or dep.startswith(f"{name}."):
                continue  # a package importing its own submodule is not a cycle
            if state.get(dep) == 1:
                cycles.append([*stack[stack.index(dep) :], dep] if dep in stack else [name, dep])
            elif dep not in state:
                visit(dep, [*stack, dep])
        state[name] = 2

    for name in sorted(modules):
        if name not in state:
            visit(name, [name])

    assert [] == cycles
    assert "calc.kinds.registry" in modules
    assert not any(m.startswith("tables") for m in modules["calc.reference"])


def test_no_table_file_is_skipped() -> None:
    """The reader skips only sources.toml and bounds.toml; every other *.toml is a table."""
    assert {"sources.toml", "bounds.toml"} == NOT_TABLES


# (file, old, new, where, problem): one rule across rows broken in a copy of a published table.
RULE_CASES = [
    (
        "mme-cms-2018.toml",
        "factor = 0.16\n",
        "factor = 0.16\ndays_per_unit = 3\n",
        "rows[7].days_per_unit",
        "days_per_unit is for a patch's single factor per mcg/h",
    ),
    (
        "adjunct-gabapentin.toml",
        "daily_min = 100\ndaily_max = 300",
        "daily_min = 400\ndaily_max = 300",
        "renal_bands[0]",
        "expected 0 < daily_min <= daily_max",
    ),
    (
        "adjunct-gabapentin.toml",
        "proportional_below = 15",
        "proportional_below = 20",
        "renal_bands[0].proportional_below",
        "above min and at most max of the band",
    ),
    (
        "adjunct-gabapentin.toml",
        "column_supplements = [125, 150, 200, 250, 350]\n",
        "column_supplements = [125, 150, 200, 250, 350]\nsupplement_min = 25\n",
        "[hemodialysis]",
        "not both",
    ),
    (
        "adjunct-gabapentin.toml",
        'code = "gabapentin.taper_on_stopping"',
        'code = "gabapentin.range_unconfirmed"',
        "advice[1].code",
        "advice code 'gabapentin.range_unconfirmed' appears twice",
    ),
    (
        "mme-nih-heal.toml",
        'forms = ["film", "spray"]',
        'forms = ["film", "tablet"]',
        "rows[7]",
        "(fentanyl, buccal, tablet) appears twice",
    ),
    (
        "mme-nih-heal.toml",
        'forms = ["tablet", "lozenge"]',
        'forms = ["tablet", "tablet"]',
        "rows[6].forms",
        "a form appears twice",
    ),
    (
        "equianalgesic-us.toml",
        'drug = "hydromorphone"\nroutes = ["intravenous", "subcutaneous"]\nunit = "mg/h"',
        'drug = "morphine"\nroutes = ["intravenous", "subcutaneous"]\nunit = "mg/h"',
        "rates[2]",
        "(morphine, intravenous) appears twice",
    ),
    (
        "fentanyl-patch-duragesic.toml",
        '{ min = 53, max = 68, rate = 100, source = "DURAGESIC" }',
        '{ min = 53, rate = 100, source = "DURAGESIC" }',
        "columns[0].bands",
        "a label column ends where the label's table ends",
    ),
    (
        "fentanyl-patch-duragesic.toml",
        'drug = "oxycodone"\nroutes = ["oral"]\nunit = "mg"\nsource',
        'drug = "morphine"\nroutes = ["intravenous"]\nunit = "mg"\nsource',
        "columns[1]",
        "(morphine, intravenous) appears twice",
    ),
    (
        "fentanyl-patch-duragesic.toml",
        'drug = "oxycodone"\nroutes = ["oral"]\nunit = "mg"\ndaily_min',
        'drug = "morphine"\nroutes = ["oral"]\nunit = "mg"\ndaily_min',
        "tolerance[1]",
        "(morphine, oral) appears twice",
    ),
    (
        "plausibility-us.toml",
        "dose_min = 0.5\ndose_max = 2000",
        "dose_min = 2000\ndose_max = 2000",
        "doses[0]",
        "the minimum must be below the maximum",
    ),
    (
        "plausibility-us.toml",
        "interval_min_hours = 1\ninterval_max_hours = 24",
        "interval_min_hours = 30\ninterval_max_hours = 24",
        "intervals[0]",
        "interval_min_hours must not be above interval_max_hours",
    ),
    (
        "products-us.toml",
        "concentration_per_ml = 1\nvolume_step_ml = 0.5\n",
        "concentration_per_ml = 1\n",
        "products[",
        "a liquid gives all of",
    ),
    (
        "products-us.toml",
        "volume_step_ml = 0.5\nmax_volume_ml = 15",
        "volume_step_ml = 0.4\nmax_volume_ml = 15",
        "products[",
        "expected whole volume steps, got 37.5",
    ),
    (
        "products-us.toml",
        "volume_step_ml = 0.5\nmax_volume_ml = 15",
        "volume_step_ml = 0.1\nmax_volume_ml = 15",
        "products[",
        "expected units_per_dose from 1 to 40 (bounds.toml [products].units_per_dose), got 150",
    ),
    (
        "products-us.toml",
        "strengths = [15, 30]\n",
        "",
        "products[0]",
        "give strengths (a solid) or concentration_per_ml (a liquid)",
    ),
    (
        "renal-opioids.toml",
        'drug = "dihydrocodeine"\nadvice = "avoid"',
        'drug = "morphine"\nadvice = "avoid"',
        "drugs[1]",
        "'morphine' appears twice",
    ),
    (
        "rxnorm-opioids.toml",
        '{ code = 316965, name = "Oral Capsule"',
        '{ code = 317541, name = "Oral Capsule"',
        "forms[1]",
        "dose form 317541 appears twice",
    ),
    (
        "rxnorm-opioids.toml",
        'rxcui = "197873"',
        'rxcui = "197696"',
        "products[1]",
        "RxCUI 197696 appears twice",
    ),
    (
        "rxnorm-opioids.toml",
        'rxcui = "197696", ingredient = "fentanyl", form = 316987',
        'rxcui = "197696", ingredient = "fentanyl", form = 999999',
        "products[0].form",
        "dose form 999999 is not in [forms]",
    ),
    (
        "rxnorm-opioids.toml",
        'form = 317541, strength = 2, unit = "mg", source = "OMTK-RXNORM", name = "levorphanol',
        'form = 317541, strength = 2, unit = "mcg/h", source = "OMTK-RXNORM", name = "levorphanol',
        "products[1].unit",
        "mcg/h (a labelled rate) is the unit of patches",
    ),
    (
        "rxnorm-opioids.toml",
        '{ code = "47625008", route = "intravenous"',
        '{ code = "26643006", route = "intravenous"',
        "routes[1]",
        "route code 26643006 appears twice",
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "where", "problem"),
    RULE_CASES,
    ids=[f"{c[0].split('.')[0]}-{c[3]}-{c[4][:24]}" for c in RULE_CASES],
)
def test_rule_across_rows(
    tables: Path, file: str, old: str, new: str, where: str, problem: str
) -> None:
    """A rule the grammar cannot state (keys once, ranges ordered, liquids whole) is code."""
    patch(tables, file, old, new)
    error = load_error(tables)

    assert error.where.startswith(f"{file} {where}"), error
    assert problem in error.problem


@pytest.mark.parametrize(
    ("file", "array", "row"),
    [
        (
            "plausibility-us.toml",
            "doses",
            (
                'drug = "morphine"\nroutes = ["oral"]\nunit = "mg"\ndose_min = 1\ndose_max = 10\n'
                'source = "PRODUCT"'
            ),
        ),
        (
            "plausibility-us.toml",
            "intervals",
            (
                'drug = "*"\nroutes = ["oral"]\nreleases = ["immediate"]\ninterval_min_hours = 1\n'
                'interval_max_hours = 24\nsource = "PRODUCT"'
            ),
        ),
        (
            "products-us.toml",
            "infusions",
            (
                'drug = "morphine"\nroutes = ["intravenous"]\nunit = "mg"\nconcentration_per_ml = 1\n'
                'rate_step_ml_per_h = 0.1\nsource = "PRODUCT"'
            ),
        ),
    ],
    ids=["dose", "interval", "infusion"],
)
def test_second_row_for_a_key(tables: Path, file: str, array: str, row: str) -> None:
    """A row appended for a key an earlier row already covers names the new row."""
    text = (tables / file).read_text(encoding="utf-8")
    index = text.count(f"[[{array}]]")
    (tables / file).write_text(f"{text}\n[[{array}]]\n{row}\n", encoding="utf-8")

    assert_names(load_error(tables), f"{file} {array}[{index}]", "appears twice")


def test_plausibility_needs_a_default_interval(tables: Path) -> None:
    path = tables / "plausibility-us.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('drug = "*"', 'drug = "zz"'))

    assert_names(load_error(tables), "plausibility-us.toml intervals", "at least one '*' row")


def test_renal_table_needs_a_safest_drug(tables: Path) -> None:
    path = tables / "renal-opioids.toml"
    text = path.read_text(encoding="utf-8").replace('advice = "safest"', 'advice = "caution"')
    path.write_text(text, encoding="utf-8")

    assert_names(load_error(tables), "renal-opioids.toml drugs", "at least one 'safest' drug")


class Tiny(msgspec.Struct):
    """A grammar with a whole number, decoded without bounds."""

    n: Count


def test_whole_numbers_without_bounds() -> None:
    """Decoding without bounds (sources.toml, bounds.toml) still refuses a non-integer count."""

    assert 5 == decode({"n": 5}, Tiny, "x.toml", "common", None).n
    with pytest.raises(TableError, match=r"expected a whole number, got Decimal\('5.5'\)"):
        decode({"n": Decimal("5.5")}, Tiny, "x.toml", "common", None)
