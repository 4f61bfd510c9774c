"""
Tests for ``tables/loader.py``: the published tables load, every source key resolves, and a file
that breaks a rule of tables/README.md stops the load with a ``TableError`` naming file and row.

Negative cases copy the real tables into ``tmp_path`` and then write one broken file or patch one.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import shutil
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from calc.errors import TableError
from calc.kinds.adjunct import REQUIRED_ADJUNCTS
from calc.kinds.formula import FORMULAS
from calc.kinds.thresholds import REQUIRED as REQUIRED_THRESHOLDS
from calc.reference import Reference
from tables.loader import ENV_VAR, TABLES_DIR, load_reference


NOT_TABLES = frozenset({"sources.toml", "bounds.toml"})
TABLE_FILES = sorted(p.name for p in TABLES_DIR.glob("*.toml") if p.name not in NOT_TABLES)
SOURCES = tomllib.loads((TABLES_DIR / "sources.toml").read_text(encoding="utf-8"))
SOURCE_KEYS = frozenset(SOURCES)

# tables/README.md: "id ... unique across all loaded files; ^[a-z0-9][a-z0-9.-]{1,39}$"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9.-]{1,39}$")

# The published tables: id -> (kind, file).
PUBLISHED = {
    "adjunct-clonidine": ("adjunct", "adjunct-clonidine.toml"),
    "adjunct-gabapentin": ("adjunct", "adjunct-gabapentin.toml"),
    "adjunct-ketamine": ("adjunct", "adjunct-ketamine.toml"),
    "adjunct-naltrexone": ("adjunct", "adjunct-naltrexone.toml"),
    "adjunct-pregabalin": ("adjunct", "adjunct-pregabalin.toml"),
    "body-weight": ("formula", "body-weight.toml"),
    "butrans-label": ("buprenorphine-patch", "buprenorphine-patch-butrans.toml"),
    "ccdhb-2009": ("methadone-scheme", "methadone-ccdhb-2009.toml"),
    "cdc-2016": ("mme", "mme-cdc-2016.toml"),
    "cdc-ndc-2016": ("mme", "mme-cdc-ndc-2016.toml"),
    "cdc-ndc-2018": ("mme", "mme-cdc-ndc-2018.toml"),
    "cms-2018": ("mme", "mme-cms-2018.toml"),
    "cockcroft-gault": ("formula", "renal-cockcroft-gault.toml"),
    "cdc-2022": ("mme", "mme-cdc-2022.toml"),
    "duragesic-label": ("fentanyl-patch", "fentanyl-patch-duragesic.toml"),
    "equianalgesic-uk": ("equianalgesic", "equianalgesic-uk.toml"),
    "equianalgesic-us": ("equianalgesic", "equianalgesic-us.toml"),
    "fpm-2021": ("mme", "mme-fpm-2021.toml"),
    "msd-2023": ("methadone-scheme", "methadone-msd-2023.toml"),
    "nih-heal": ("mme", "mme-nih-heal.toml"),
    "plausibility-us": ("plausibility", "plausibility-us.toml"),
    "renal-opioids": ("renal-opioids", "renal-opioids.toml"),
    "taper-presets": ("taper-presets", "taper-presets.toml"),
    "thresholds": ("thresholds", "thresholds.toml"),
    "rxnorm-opioids": ("rxnorm", "rxnorm-opioids.toml"),
    "us-products": ("products", "products-us.toml"),
}
# The dosing tables (kinds formula and adjunct): file -> the name check_complete gives it when the
# file is missing (calc/kinds/formula.py, calc/kinds/adjunct.py).  Every one is required: they
# lists each formula id (FORMULAS) and each adjunct drug (REQUIRED_ADJUNCTS), none is optional.
DOSING_TABLES = {
    "adjunct-clonidine.toml": "adjunct clonidine",
    "adjunct-gabapentin.toml": "adjunct gabapentin",
    "adjunct-ketamine.toml": "adjunct ketamine",
    "adjunct-naltrexone.toml": "adjunct naltrexone",
    "adjunct-pregabalin.toml": "adjunct pregabalin",
    "body-weight.toml": "body-weight",
    "renal-cockcroft-gault.toml": "cockcroft-gault",
}
# Status words clinical.md and tables/README.md use in parentheses next to source keys, e.g.
# "(SRC-000; UNCONFIRMED)": a marker of a value's standing, not a source key.
STATUS_WORDS = frozenset({"UNCONFIRMED"})


class Raw(str):
    """A TOML fragment written as is (a date, ``nan``, ``inf``)."""

    __slots__ = ()


def toml_value(value: object) -> str:
    """``value`` as a TOML value (strings quoted, numbers as written, lists and inline tables)."""
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def table_text(meta: Mapping[str, object], **arrays: Sequence[Mapping[str, object]]) -> str:
    """A table file: ``[meta]`` then one ``[[name]]`` block per item of each array."""
    lines = ["[meta]", *(f"{k} = {toml_value(v)}" for k, v in meta.items())]
    for name, items in arrays.items():
        for item in items:
            lines += ["", f"[[{name}]]", *(f"{k} = {toml_value(v)}" for k, v in item.items())]
    return "\n".join(lines) + "\n"


META: dict[str, object] = {
    "id": "zz-test",
    "kind": "mme",
    "title": "Test table",
    "publisher": "Test publisher",
    "year": 2026,
    "document": "Test document",
    "version": "1",
    "checked": Raw("2026-11-23"),
    "source": "CDC22",
}
MORPHINE: dict[str, object] = {
    "drug": "morphine",
    "routes": ["oral"],
    "unit": "mg",
    "factor": Decimal(1),
    "source": "CDC22",
}
HYDROMORPHONE: dict[str, object] = {
    "drug": "hydromorphone",
    "routes": ["oral"],
    "unit": "mg",
    "factor": Decimal(5),
    "source": "CDC22",
}
SCHEME_META: dict[str, object] = {
    **META,
    "id": "zz-scheme",
    "kind": "methadone-scheme",
    "source": "CCDHB",
    "default_reduction_percent": Decimal(25),
    "reduction_max_percent": Decimal(50),
    "reduction_source": "CCDHB",
}


def band(low: object, high: object, value: object, **extra: object) -> dict[str, object]:
    """A methadone-scheme band ``{min, max, ratio, ..., source}``; ``high=None`` leaves max out."""
    out: dict[str, object] = {"min": low}
    if high is not None:
        out["max"] = high
    return {**out, "ratio": value, **extra, "source": "CCDHB"}


def tier(low: object, high: object, value: object, **extra: object) -> dict[str, object]:
    """An MME factor band (``factor`` instead of ``ratio``)."""
    out: dict[str, object] = {"min": low}
    if high is not None:
        out["max"] = high
    return {**out, "factor": value, **extra, "source": "CDC22"}


def without(mapping: Mapping[str, object], key: str) -> dict[str, object]:
    return {k: v for k, v in mapping.items() if k != key}


def copy_tables(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in TABLES_DIR.glob("*.toml"):
        shutil.copy(path, folder / path.name)
    return folder


def patch(folder: Path, name: str, old: str, new: str) -> None:
    """Replace the first ``old`` in ``folder/name`` with ``new``; ``old`` must be there."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_error(folder: Path, extra_dir: Path | None = None) -> TableError:
    with pytest.raises(TableError) as info:
        load_reference(folder, extra_dir)
    return info.value


def assert_names(error: TableError, where: str, problem: str) -> None:
    """The message starts with the file and row (``where``) and states ``problem``."""
    assert where == error.where
    assert f"{where}: " == str(error)[: len(where) + 2]
    assert problem in error.problem, error.problem


def walk(node: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """Every ``(path, key, value)`` of a parsed TOML document, depth first."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from walk(item, f"{path}[{i}]")


def parse(name: str) -> dict[str, Any]:
    return tomllib.loads((TABLES_DIR / name).read_text(encoding="utf-8"), parse_float=Decimal)


@pytest.fixture(autouse=True)
def _no_institution_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts without OPIOID_CALC_TABLES_DIR; institution tests set it themselves."""
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture(name="tables")
def _tables(tmp_path: Path) -> Path:
    """A writable copy of the published tables."""
    return copy_tables(tmp_path / "tables")


@pytest.fixture(name="reference")
def _reference() -> Reference:
    """The published tables loaded without an institution folder."""
    return load_reference()


class TestPublishedTables:
    """Tests for ``load_reference`` on the tables shipped in tables/."""

    def test_ids_and_kinds(self, reference: Reference) -> None:
        """Exactly the published tables load, each with its kind."""
        expected = {table_id: kind for table_id, (kind, _) in PUBLISHED.items()}

        assert expected == {ref.id: ref.kind for ref in reference.all_refs()}

    def test_tables_by_kind(self, reference: Reference) -> None:
        """Each table lands in the collection of its kind."""
        actual = (
            sorted(reference.mme),
            sorted(reference.equianalgesic),
            sorted(reference.methadone),
            reference.fentanyl_patch.ref.id,
            reference.buprenorphine_patch.ref.id,
            reference.products.ref.id,
            reference.thresholds.ref.id,
            reference.tapers.ref.id,
            {table_id: t.ref.id for table_id, t in reference.formulas.items()},
            {drug: t.ref.id for drug, t in reference.adjuncts.items()},
            reference.plausibility.ref.id if reference.plausibility else None,
            reference.renal_opioids.ref.id if reference.renal_opioids else None,
        )

        assert (
            [
                "cdc-2016",
                "cdc-2022",
                "cdc-ndc-2016",
                "cdc-ndc-2018",
                "cms-2018",
                "fpm-2021",
                "nih-heal",
            ],
            ["equianalgesic-uk", "equianalgesic-us"],
            ["ccdhb-2009", "msd-2023"],
            "duragesic-label",
            "butrans-label",
            "us-products",
            "thresholds",
            "taper-presets",
            {"body-weight": "body-weight", "cockcroft-gault": "cockcroft-gault"},
            {
                "clonidine": "adjunct-clonidine",
                "gabapentin": "adjunct-gabapentin",
                "ketamine": "adjunct-ketamine",
                "naltrexone": "adjunct-naltrexone",
                "pregabalin": "adjunct-pregabalin",
            },
            "plausibility-us",
            "renal-opioids",
        ) == actual

    def test_adjunct_drug_matches_meta(self, reference: Reference) -> None:
        """An adjunct table is filed under the drug its [meta] names, and its id names the drug."""
        actual = {
            parse(file)["meta"]["drug"]: table_id
            for table_id, (kind, file) in PUBLISHED.items()
            if kind == "adjunct"
        }

        assert actual == {drug: t.ref.id for drug, t in reference.adjuncts.items()}
        assert [] == [(d, i) for d, i in actual.items() if i != f"adjunct-{d}"]

    def test_every_file_is_a_table(self) -> None:
        """Every table file in tables/ is one of the published tables (nothing loads unseen)."""
        assert sorted(file for _, file in PUBLISHED.values()) == TABLE_FILES

    def test_defaults(self, reference: Reference) -> None:
        """The product defaults are CDC 2022, equianalgesic-us and CCDHB 2009, and they resolve."""
        actual = (
            reference.mme_table(None).ref.id,
            reference.equianalgesic_table(None).ref.id,
            reference.methadone_scheme(None, "scheme").ref.id,
        )

        assert ("cdc-2022", "equianalgesic-us", "ccdhb-2009") == actual

    @pytest.mark.parametrize(
        ("table_id", "file"),
        [(table_id, file) for table_id, (_, file) in PUBLISHED.items()],
        ids=list(PUBLISHED),
    )
    def test_checksum(self, reference: Reference, table_id: str, file: str) -> None:
        """A table's checksum is the sha256 of its file's bytes."""
        refs = {ref.id: ref for ref in reference.all_refs()}
        expected = "sha256:" + hashlib.sha256((TABLES_DIR / file).read_bytes()).hexdigest()

        assert expected == refs[table_id].checksum

    @pytest.mark.parametrize("file", TABLE_FILES)
    def test_ref_matches_meta(self, reference: Reference, file: str) -> None:
        """id, kind, version, title, citation and URL come from [meta] (URL: else its source's)."""
        meta = parse(file)["meta"]
        refs = {ref.id: ref for ref in reference.all_refs()}
        ref = refs[meta["id"]]
        url = meta.get("url", SOURCES[meta["source"]].get("url"))
        expected = (meta["kind"], meta["version"], meta["title"], meta["document"], url)

        assert expected == (ref.kind, ref.version, ref.title, ref.citation, ref.url)

    def test_sources_loaded(self, reference: Reference) -> None:
        """Every entry of sources.toml is a Source with its citation."""
        assert {k: v["citation"] for k, v in SOURCES.items()} == {
            k: s.citation for k, s in reference.sources.items()
        }

    def test_ids_match_readme_pattern(self) -> None:
        """Every published id matches the README pattern ^[a-z0-9][a-z0-9.-]{1,39}$."""
        assert [] == [i for i in PUBLISHED if not ID_PATTERN.match(i)]

    def test_deterministic(self, reference: Reference) -> None:
        """Loading twice gives the same table references (ids, versions, checksums)."""
        assert reference.all_refs() == load_reference().all_refs()


class TestSourceKeys:
    """Tests that every source key used in tables/*.toml resolves in sources.toml."""

    @pytest.mark.parametrize("file", TABLE_FILES)
    def test_every_source_key_resolves(self, file: str) -> None:
        """Every ``source`` / ``*_source`` (meta, rows, bands, alternatives) is in sources.toml."""
        used = [
            (path, key, value)
            for path, key, value in walk(parse(file), file)
            if key == "source" or key.endswith("_source")
        ]

        assert [] == [u for u in used if u[2] not in SOURCE_KEYS]
        assert used, f"{file} cites no source at all"

    @pytest.mark.parametrize("file", TABLE_FILES)
    def test_every_number_carries_a_source(self, file: str) -> None:
        """A TOML table that holds a number (or a list of numbers) also has a ``source`` key."""

        def is_number(value: object) -> bool:
            if isinstance(value, list):
                return any(is_number(v) for v in value)
            return isinstance(value, int | Decimal) and not isinstance(value, bool)

        tables = [(file, parse(file))] + [
            (f"{path}.{key}", value)
            for path, key, value in walk(parse(file), file)
            if isinstance(value, dict)
        ]
        tables += [
            (f"{path}.{key}[{i}]", item)
            for path, key, value in walk(parse(file), file)
            if isinstance(value, list)
            for i, item in enumerate(value)
            if isinstance(item, dict)
        ]
        unsourced = [
            where
            for where, table in tables
            if any(is_number(v) for v in table.values()) and "source" not in table
        ]

        assert [] == unsourced

    @pytest.mark.parametrize("file", TABLE_FILES)
    def test_keys_named_in_notes_resolve(self, file: str) -> None:
        """A source key a note cites in parentheses, e.g. "(UTD; also PDQ08, MSD23)", resolves.

        Texts: ``note``, ``notes``, a band's ``advice`` string, and in an adjunct table, where
        ``advice`` is an array of tables, each item's ``message``.  "also X" and "via X" cite X.
        """
        texts: list[str] = []
        for _, key, value in walk(parse(file), file):
            if key in {"note", "notes", "advice", "message"}:
                items = value if isinstance(value, list) else [value]
                texts += [item for item in items if isinstance(item, str)]
        cited = {
            re.sub(r"^(also|via) ", "", item.strip())
            for text in texts
            for group in re.findall(r"\(([^()]*)\)", text)
            for item in re.split(r"[;,]", group)
        }
        keys = {c for c in cited if re.fullmatch(r"[A-Z][A-Z0-9-]*[0-9A-Z]", c)}
        clinical_sections = {k for k in keys if re.fullmatch(r"[A-E][0-9]+", k)}
        route_abbreviations = {"IV", "PO", "SC"}

        assert set() == keys - clinical_sections - route_abbreviations - STATUS_WORDS - SOURCE_KEYS
        assert keys & SOURCE_KEYS, f"{file}: no source key found in its notes"

    def test_status_words_are_not_source_keys(self) -> None:
        """The words the notes check skips are not source keys (skipping them hides none)."""
        assert set() == STATUS_WORDS & SOURCE_KEYS


# (row dict for rows[1] after a valid morphine row, where, problem)
ROW_CASES = [
    ({**HYDROMORPHONE, "factr": Decimal(5)}, "rows[1]", "unknown field `factr`", "unknown-key"),
    ({**HYDROMORPHONE, "factor": "5"}, "rows[1].factor", "expected a number, got '5'", "string"),
    (
        {**HYDROMORPHONE, "factor": -5},
        "rows[1].factor",
        "expected factor from 0.001 to 1000 (bounds.toml [mme].factor), got -5",
        "negative",
    ),
    ({**HYDROMORPHONE, "factor": True}, "rows[1].factor", "expected a number, got True", "bool"),
    ({**HYDROMORPHONE, "factor": Raw("nan")}, "rows[1].factor", "expected a finite number", "nan"),
    ({**HYDROMORPHONE, "factor": Raw("inf")}, "rows[1].factor", "expected a finite number", "inf"),
    ({**HYDROMORPHONE, "factor": Decimal(0)}, "rows[1].factor", "from 0.001 to 1000", "zero"),
    (without(HYDROMORPHONE, "source"), "rows[1]", "missing required field `source`", "no-source"),
    (without(HYDROMORPHONE, "unit"), "rows[1]", "missing required field `unit`", "no-unit"),
    (
        {**HYDROMORPHONE, "source": "NOPE"},
        "rows[1].source",
        "source key 'NOPE' does not resolve in sources.toml",
        "unresolved-source",
    ),
    (dict(MORPHINE), "rows[1]", "(morphine, oral) appears twice", "duplicate-drug-route"),
    (
        {**MORPHINE, "routes": ["intravenous", "oral"]},
        "rows[1]",
        "(morphine, oral) appears twice",
        "duplicate-drug-route-in-route-list",
    ),
    (
        {**HYDROMORPHONE, "routes": ["oral", "oral"]},
        "rows[1]",
        "(hydromorphone, oral) appears twice",
        "route-twice-in-one-row",
    ),
    ({**HYDROMORPHONE, "routes": ["nasal"]}, "rows[1].routes[0]", "got 'nasal'", "unknown-route"),
    ({**HYDROMORPHONE, "routes": []}, "rows[1].routes", "length >= 1", "no-route"),
    ({**HYDROMORPHONE, "routes": "oral"}, "rows[1].routes", "Expected `array`", "routes-not-list"),
    ({**HYDROMORPHONE, "unit": "g"}, "rows[1].unit", "got 'g'", "unknown-unit"),
    (
        {**HYDROMORPHONE, "drug": 5},
        "rows[1].drug",
        "expected a lower-case ingredient",
        "drug-not-str",
    ),
    (
        {**HYDROMORPHONE, "bands": [tier(0, None, Decimal(5))]},
        "rows[1]",
        "give exactly one of 'factor' or 'bands'",
        "factor-and-bands",
    ),
    (
        without(HYDROMORPHONE, "factor"),
        "rows[1]",
        "give exactly one of 'factor' or 'bands'",
        "neither-factor-nor-bands",
    ),
    (
        {**without(HYDROMORPHONE, "factor"), "bands": [tier(0, 20, 4), tier(21, None, 8)]},
        "rows[1].bands[1]",
        "gap or overlap: previous max 20, this min 21",
        "tier-gap",
    ),
    (
        {**without(HYDROMORPHONE, "factor"), "bands": [tier(1, None, 4)]},
        "rows[1].bands",
        "factor bands must start at 0 and end open",
        "tier-not-from-0",
    ),
    (
        {**without(HYDROMORPHONE, "factor"), "bands": [tier(0, 20, 4)]},
        "rows[1].bands",
        "factor bands must start at 0 and end open",
        "tier-closed-top",
    ),
    (
        {**HYDROMORPHONE, "alternatives": [{"factor": 4, "source": "CDC16"}]},
        "rows[1]",
        "unknown field `alternatives`",
        "alternatives-in-mme",
    ),
]

# (bands of a methadone scheme, where, problem)
BAND_CASES = [
    (
        [band(0, 90, 4), band(91, 300, 8)],
        "bands[1]",
        "gap or overlap: previous max 90, this min 91",
        "gap",
    ),
    (
        [band(0, 100, 4), band(90, 300, 8)],
        "bands[1]",
        "gap or overlap: previous max 100, this min 90",
        "overlap",
    ),
    (
        [band(0, 90, 4, max_inclusive=True), band(90, 300, 8)],
        "bands[1]",
        "exactly one of two touching bands must own the edge 90",
        "edge-owned-by-both",
    ),
    (
        [band(0, 90, 4), band(90, 300, 8, min_inclusive=False)],
        "bands[1]",
        "exactly one of two touching bands must own the edge 90",
        "edge-owned-by-neither",
    ),
    (
        [band(0, None, 4), band(90, 300, 8)],
        "bands[1]",
        "only the last band may be open-ended",
        "open-band-not-last",
    ),
    ([band(0, 0, 4)], "bands[0]", "max 0 must be above min 0", "empty-band"),
    ([band(0, 90, 4), band(90, 60, 8)], "bands[1]", "max 60 must be above min 90", "inverted"),
    (
        [band(0, 90, 4), band(90, None, 8, rato=8)],
        "bands[1]",
        "unknown field `rato`",
        "unknown-key",
    ),
    ([band(0, 90, 4), band("90", None, 8)], "bands[1].min", "expected a number", "string-min"),
    ([band(0, 90, 4), band(90, None, -8)], "bands[1].ratio", "from 1 to 100", "negative"),
    ([band(0, 90, 4), band(90, None, 0)], "bands[1].ratio", "from 1 to 100", "zero"),
    ([band(0, 90, 4), band(90, None, value=True)], "bands[1].ratio", "expected a number", "bool"),
    (
        [band(0, 90, 4, max_inclusive="yes"), band(90, None, 8)],
        "bands[0].max_inclusive",
        "Expected `bool`",
        "inclusive-not-bool",
    ),
    (
        [band(0, 90, 4), {**band(90, None, 8), "source": "NOPE"}],
        "bands[1].source",
        "source key 'NOPE' does not resolve",
        "unresolved-source",
    ),
    (
        [band(0, 90, 8), band(90, None, 4)],
        "bands",
        "ratios must not decrease as the dose rises",
        "decreasing-ratios",
    ),
    ([band(10, None, 4)], "bands[0]", "must start at 0 mg/day", "not-from-0"),
]


class TestRowRules:
    """Tests for the checks on ``[[rows]]`` of an mme table (tables/README.md, kind ``mme``)."""

    @pytest.mark.parametrize(
        ("row", "where", "problem"),
        [case[:3] for case in ROW_CASES],
        ids=[case[3] for case in ROW_CASES],
    )
    def test_broken_row(
        self, tables: Path, row: dict[str, object], where: str, problem: str
    ) -> None:
        """A broken second row stops the load with an error naming the file and rows[1]."""
        (tables / "zz-test.toml").write_text(table_text(META, rows=[MORPHINE, row]))

        assert_names(load_error(tables), f"zz-test.toml {where}", problem)

    def test_valid_extra_table_loads(self, tables: Path) -> None:
        """The helpers write a valid table: with two good rows the extra table loads."""
        (tables / "zz-test.toml").write_text(table_text(META, rows=[MORPHINE, HYDROMORPHONE]))

        assert {("hydromorphone", "oral"), ("morphine", "oral")} == set(
            load_reference(tables).mme["zz-test"].rows
        )

    @pytest.mark.parametrize(
        "routes", [[["oral"]], [{"route": "oral"}]], ids=["list-in-routes", "table-in-routes"]
    )
    def test_unhashable_route_is_a_table_error(self, tables: Path, routes: list[object]) -> None:
        """A route that is not a string (a list, an inline table) is a TableError, not a crash."""
        (tables / "zz-test.toml").write_text(
            table_text(META, rows=[MORPHINE, {**HYDROMORPHONE, "routes": routes}])
        )

        assert_names(load_error(tables), "zz-test.toml rows[1].routes[0]", "expected one of")

    def test_equianalgesic_row_with_bands_names_the_row(self, tables: Path) -> None:
        """An equianalgesic row with bands (README: no bands) is rejected naming the row."""
        meta = {**META, "id": "zz-equi", "kind": "equianalgesic"}
        tiered = {**without(HYDROMORPHONE, "factor"), "bands": [tier(0, None, Decimal(4))]}
        (tables / "zz-equi.toml").write_text(table_text(meta, rows=[MORPHINE, tiered]))

        assert_names(load_error(tables), "zz-equi.toml rows[1]", "unknown field `bands`")


class TestBandRules:
    """Tests for the band-set rules (tables/README.md, Bands) on a methadone scheme."""

    @pytest.mark.parametrize(
        ("bands", "where", "problem"),
        [case[:3] for case in BAND_CASES],
        ids=[case[3] for case in BAND_CASES],
    )
    def test_broken_bands(
        self, tables: Path, bands: list[dict[str, object]], where: str, problem: str
    ) -> None:
        """A band set that breaks a rule stops the load naming the file and the band."""
        (tables / "zz-scheme.toml").write_text(table_text(SCHEME_META, bands=bands))

        assert_names(load_error(tables), f"zz-scheme.toml {where}", problem)

    @pytest.mark.parametrize(
        "bands",
        [
            [band(0, 90, 4), band(90, None, 8)],
            [band(0, 90, 4, max_inclusive=True), band(90, None, 8, min_inclusive=False)],
            [band(0, Decimal("90.5"), 4), band(Decimal("90.5"), 300, 8), band(300, None, 8)],
        ],
        ids=["upper-band-owns-edge", "lower-band-owns-edge", "equal-ratios-decimal-edge"],
    )
    def test_valid_bands(self, tables: Path, bands: list[dict[str, object]]) -> None:
        """Touching bands with exactly one owner of each edge and non-decreasing ratios load."""
        (tables / "zz-scheme.toml").write_text(table_text(SCHEME_META, bands=bands))

        assert len(bands) == len(load_reference(tables).methadone["zz-scheme"].bands.bands)

    def test_missing_bands(self, tables: Path) -> None:
        """A methadone scheme without [[bands]] names the file."""
        (tables / "zz-scheme.toml").write_text(table_text(SCHEME_META))

        assert_names(load_error(tables), "zz-scheme.toml", "missing required field `bands`")

    @pytest.mark.parametrize(
        ("key", "value", "where", "problem"),
        [
            (
                "default_reduction_percent",
                None,
                "[meta]",
                "missing required field `default_reduction_percent`",
            ),
            ("reduction_source", None, "[meta]", "missing required field `reduction_source`"),
            ("reduction_source", "NOPE", "[meta].reduction_source", "does not resolve"),
            ("default_reduction_percent", "25", "[meta].default_reduction_percent", "a number"),
            ("colour", "red", "[meta]", "unknown field `colour`"),
            (
                "reduction_max_percent",
                None,
                "[meta]",
                "missing required field `reduction_max_percent`",
            ),
            (
                "reduction_max_percent",
                Decimal(20),
                "[meta]",
                "expected default_reduction_percent <= reduction_max_percent <= 100",
            ),
        ],
        ids=[
            "no-reduction",
            "no-reduction-source",
            "unresolved",
            "string-percent",
            "unknown",
            "no-range-top",
            "range-inverted",
        ],
    )
    def test_scheme_meta(
        self, tables: Path, key: str, value: object, where: str, problem: str
    ) -> None:
        """The methadone-scheme [meta] extras are required, typed and sourced."""
        meta = without(SCHEME_META, key) if value is None else {**SCHEME_META, key: value}
        (tables / "zz-scheme.toml").write_text(table_text(meta, bands=[band(0, None, 4)]))

        assert_names(load_error(tables), f"zz-scheme.toml {where}", problem)


class TestFileRules:
    """Tests for the whole-file rules: [meta], top-level keys, TOML syntax, ids and kinds."""

    @pytest.mark.parametrize(
        "key",
        ["id", "kind", "title", "publisher", "year", "document", "version", "checked", "source"],
    )
    def test_missing_meta_key(self, tables: Path, key: str) -> None:
        """Each key of the common header is required."""
        (tables / "zz-test.toml").write_text(table_text(without(META, key), rows=[MORPHINE]))

        assert_names(load_error(tables), "zz-test.toml [meta]", f"missing required field `{key}`")

    @pytest.mark.parametrize(
        ("key", "value", "where", "problem"),
        [
            ("colour", "red", "[meta]", "unknown field `colour`"),
            ("year", "2022", "[meta].year", "expected a whole number, got '2022'"),
            ("year", True, "[meta].year", "expected a whole number, got True"),
            ("checked", "2026-11-23", "[meta].checked", "Expected `date`"),
            ("notes", "one note", "[meta].notes", "Expected `array`"),
            ("kind", "mme-2030", "[meta].kind", "got 'mme-2030'"),
            ("source", "NOPE", "[meta].source", "source key 'NOPE' does not resolve"),
            ("max_rate", 20, "[meta]", "unknown field `max_rate`"),
        ],
        ids=[
            "unknown-key",
            "string-year",
            "bool-year",
            "string-date",
            "notes-not-list",
            "unknown-kind",
            "unresolved-source",
            "key-of-another-kind",
        ],
    )
    def test_bad_meta(
        self, tables: Path, key: str, value: object, where: str, problem: str
    ) -> None:
        """A wrong header value names the file and the header key."""
        (tables / "zz-test.toml").write_text(table_text({**META, key: value}, rows=[MORPHINE]))

        assert_names(load_error(tables), f"zz-test.toml {where}", problem)

    def test_no_meta(self, tables: Path) -> None:
        """A file without [meta] names the file and [meta]."""
        (tables / "zz-test.toml").write_text(table_text(META, rows=[MORPHINE]).split("\n\n", 1)[1])

        assert_names(load_error(tables), "zz-test.toml [meta]", "expected a table")

    def test_unknown_top_level_key(self, tables: Path) -> None:
        """A top-level table the kind does not define is rejected."""
        text = table_text(META, rows=[MORPHINE]) + "\n[extra]\nx = 1\n"
        (tables / "zz-test.toml").write_text(text)

        assert_names(load_error(tables), "zz-test.toml", "unknown field `extra`")

    def test_missing_rows(self, tables: Path) -> None:
        """An mme table without [[rows]] is rejected."""
        (tables / "zz-test.toml").write_text(table_text(META))

        assert_names(load_error(tables), "zz-test.toml", "missing required field `rows`")

    @pytest.mark.parametrize(
        "content",
        [b"[meta\nid = 1\n", b'[meta]\nid = "a"\nid = "b"\n', b'[meta]\ntitle = "\xff"\n'],
        ids=["syntax", "key-twice", "not-utf8"],
    )
    def test_invalid_toml(self, tables: Path, content: bytes) -> None:
        """A file that is not valid UTF-8 TOML names the file."""
        (tables / "zz-test.toml").write_bytes(content)

        assert_names(load_error(tables), "zz-test.toml", "not valid TOML")

    def test_invalid_sources_toml(self, tables: Path) -> None:
        """A broken sources.toml names sources.toml."""
        (tables / "sources.toml").write_text("[CDC22\n")

        assert_names(load_error(tables), "sources.toml", "not valid TOML")

    def test_duplicate_table_id(self, tables: Path) -> None:
        """A second file with an id already loaded names the file and the first owner."""
        (tables / "zz-dup.toml").write_text(table_text({**META, "id": "cdc-2022"}, rows=[MORPHINE]))

        assert_names(
            load_error(tables),
            "zz-dup.toml [meta].id",
            "id 'cdc-2022' already used by mme-cdc-2022.toml",
        )

    @pytest.mark.parametrize(
        "table_id",
        ["CDC-2099", "x", "-cdc", "cdc 2099", "cdc_2099", "a" * 41],
        ids=["upper-case", "too-short", "leading-dash", "space", "underscore", "too-long"],
    )
    def test_id_pattern(self, tables: Path, table_id: str) -> None:
        """An id that does not match ^[a-z0-9][a-z0-9.-]{1,39}$ (README) is rejected."""
        (tables / "zz-test.toml").write_text(table_text({**META, "id": table_id}, rows=[MORPHINE]))

        assert_names(load_error(tables), "zz-test.toml [meta].id", repr(table_id))

    def test_missing_folder(self, tmp_path: Path) -> None:
        """A tables folder that does not exist is named."""
        missing = tmp_path / "nowhere"

        assert_names(load_error(missing), str(missing), "tables folder does not exist")


# (file, old text, new text, where, problem): one patch to a copy of a published table.
PATCH_CASES = [
    (
        "products-us.toml",
        "strengths = [15, 30]",
        "strengths = [30, 15]",
        "products-us.toml products[0].strengths",
        "expected ascending distinct numbers > 0, got [30, 15]",
        "strengths-descending",
    ),
    (
        "products-us.toml",
        "strengths = [15, 30]",
        "strengths = [15, 15]",
        "products-us.toml products[0].strengths",
        "expected ascending distinct numbers > 0",
        "strengths-repeated",
    ),
    (
        "products-us.toml",
        "strengths = [15, 30]",
        "strengths = [0, 30]",
        "products-us.toml products[0].strengths[0]",
        "from 0.0001 to 100000",
        "strength-zero",
    ),
    (
        "products-us.toml",
        "strengths = [15, 30]",
        'strengths = ["15", 30]',
        "products-us.toml products[0].strengths[0]",
        "expected a number",
        "strength-string",
    ),
    (
        "products-us.toml",
        "strengths = [15, 30]",
        "strengths = []",
        "products-us.toml products[0].strengths",
        "length >= 1",
        "strengths-empty",
    ),
    (
        "products-us.toml",
        "intervals_hours = [4, 6]",
        "intervals_hours = [5]",
        "products-us.toml products[0].intervals_hours",
        "intervals must divide 24 h",
        "interval-5h",
    ),
    (
        "products-us.toml",
        "intervals_hours = [4, 6]",
        "intervals_hours = [4, 7]",
        "products-us.toml products[0].intervals_hours",
        "intervals must divide 24 h",
        "interval-7h",
    ),
    (
        "products-us.toml",
        "intervals_hours = [4, 6]",
        "intervals_hours = [48]",
        "products-us.toml products[0].intervals_hours",
        "intervals must divide 24 h",
        "interval-48h-oral",
    ),
    (
        "products-us.toml",
        "intervals_hours = [4, 6]",
        "intervals_hours = [0]",
        "products-us.toml products[0].intervals_hours[0]",
        "from 0.5 to 720",
        "interval-zero",
    ),
    (
        "products-us.toml",
        "max_units_per_dose = 4",
        "max_units_per_dose = 0",
        "products-us.toml [meta].max_units_per_dose",
        "from 1 to 8 (bounds.toml [products].default_units_per_dose), got 0",
        "max-units-0",
    ),
    (
        "products-us.toml",
        "max_units_per_dose = 4",
        "max_units_per_dose = 9",
        "products-us.toml [meta].max_units_per_dose",
        "from 1 to 8 (bounds.toml [products].default_units_per_dose), got 9",
        "max-units-9",
    ),
    (
        "products-us.toml",
        "max_units_per_dose = 4",
        "max_units_per_dose = 4.0",
        "products-us.toml [meta].max_units_per_dose",
        "expected a whole number",
        "max-units-float",
    ),
    (
        "products-us.toml",
        'max_units_per_dose_source = "PRODUCT"',
        'max_units_per_dose_source = "NOPE"',
        "products-us.toml [meta].max_units_per_dose_source",
        "does not resolve",
        "max-units-source",
    ),
    (
        "products-us.toml",
        'intervals_source = "UTD-IR"',
        'intervals_source = "NOPE"',
        "products-us.toml products[0].intervals_source",
        "source key 'NOPE' does not resolve",
        "intervals-source",
    ),
    (
        "products-us.toml",
        'release = "extended"',
        'release = "immediate"',
        "products-us.toml products[1]",
        "('morphine', 'oral', 'immediate', 'tablet') appears twice",
        "duplicate-product",
    ),
    (
        "products-us.toml",
        'release = "immediate"',
        'release = "delayed"',
        "products-us.toml products[0].release",
        "got 'delayed'",
        "unknown-release",
    ),
    (
        "fentanyl-patch-duragesic.toml",
        "rate = 100",
        "rate = 20",
        "fentanyl-patch-duragesic.toml bands",
        "rates must not decrease",
        "patch-rates-decrease",
    ),
    (
        "fentanyl-patch-duragesic.toml",
        "min = 135",
        "min = 136",
        "fentanyl-patch-duragesic.toml bands[1]",
        "gap or overlap: previous max 135, this min 136",
        "patch-band-gap",
    ),
    (
        "buprenorphine-patch-butrans.toml",
        "max_rate = 20",
        "max_rate = 8",
        "buprenorphine-patch-butrans.toml bands",
        "a band rate exceeds max_rate 8",
        "patch-above-max-rate",
    ),
    (
        "buprenorphine-patch-butrans.toml",
        'max_rate_source = "BUTRANS"\n',
        "",
        "buprenorphine-patch-butrans.toml [meta]",
        "max_rate and max_rate_source go together",
        "max-rate-without-source",
    ),
    (
        "buprenorphine-patch-butrans.toml",
        'max_rate_source = "BUTRANS"',
        'max_rate_source = "NOPE"',
        "buprenorphine-patch-butrans.toml [meta].max_rate_source",
        "does not resolve",
        "max-rate-source",
    ),
    (
        "buprenorphine-patch-butrans.toml",
        'advice = "taper',
        'advise = "taper',
        "buprenorphine-patch-butrans.toml bands[1]",
        "unknown field `advise`",
        "patch-band-unknown-key",
    ),
    (
        "methadone-ccdhb-2009.toml",
        "ratio = 12",
        "ratio = 6",
        "methadone-ccdhb-2009.toml bands",
        "ratios must not decrease",
        "methadone-ratios-decrease",
    ),
    (
        "methadone-ccdhb-2009.toml",
        "min = 90\n",
        "min = 91\n",
        "methadone-ccdhb-2009.toml bands[1]",
        "gap or overlap: previous max 90, this min 91",
        "methadone-band-gap",
    ),
    (
        "methadone-ccdhb-2009.toml",
        "min = 300\nmin_inclusive = false\n",
        "min = 300\n",
        "methadone-ccdhb-2009.toml bands[2]",
        "exactly one of two touching bands must own the edge 300",
        "methadone-edge-owned-by-both",
    ),
    (
        "methadone-ccdhb-2009.toml",
        'reduction_source = "CCDHB"',
        'reduction_source = "NOPE"',
        "methadone-ccdhb-2009.toml [meta].reduction_source",
        "does not resolve",
        "reduction-source",
    ),
    (
        "mme-cdc-2016.toml",
        "{ min = 20, min_inclusive = false, max = 40",
        "{ min = 20, min_inclusive = true, max = 40",
        "mme-cdc-2016.toml rows[4].bands[1]",
        "exactly one of two touching bands must own the edge 20",
        "tier-edge-owned-by-both",
    ),
    (
        "mme-cdc-2016.toml",
        "{ min = 60, min_inclusive = false, factor = 12",
        "{ min = 60, min_inclusive = false, max = 80, factor = 12",
        "mme-cdc-2016.toml rows[4].bands",
        "factor bands must start at 0 and end open",
        "tier-closed-top",
    ),
    (
        "mme-cdc-2022.toml",
        'drug = "hydromorphone"',
        'drug = "codeine"',
        "mme-cdc-2022.toml rows[3]",
        "(codeine, oral) appears twice",
        "duplicate-drug-route",
    ),
    (
        "equianalgesic-us.toml",
        'alternatives = [{ factor = 2, source = "SCOT" }]',
        'alternatives = [{ factor = 2, source = "NOPE" }]',
        "equianalgesic-us.toml rows[1].alternatives[0].source",
        "source key 'NOPE' does not resolve",
        "alternative-source",
    ),
    (
        "equianalgesic-us.toml",
        'alternatives = [{ factor = 2, source = "SCOT" }]',
        'alternatives = [{ factor = 0, source = "SCOT" }]',
        "equianalgesic-us.toml rows[1].alternatives[0].factor",
        "from 0.001 to 1000",
        "alternative-zero",
    ),
    (
        "equianalgesic-us.toml",
        'alternatives = [{ factor = 2, source = "SCOT" }]',
        'alternatives = [{ factor = 2, source = "SCOT", note = "x" }]',
        "equianalgesic-us.toml rows[1].alternatives[0]",
        "unknown field `note`",
        "alternative-unknown-key",
    ),
    (
        "thresholds.toml",
        'name = "mme_caution"\nvalue = 50',
        'name = "mme_caution"\nvalue = -50',
        "thresholds.toml values[0].value",
        "from 0 to 100000",
        "threshold-negative",
    ),
    (
        "thresholds.toml",
        'name = "mme_caution"\nvalue = 50',
        'name = "mme_caution"\nvalue = "50"',
        "thresholds.toml values[0].value",
        "expected a number, got '50'",
        "threshold-string",
    ),
    (
        "thresholds.toml",
        'unit = "MME/day"\nsource = "CDC22"',
        'unit = "MME/day"\nsource = "NOPE"',
        "thresholds.toml values[0].source",
        "does not resolve",
        "threshold-source",
    ),
    (
        "thresholds.toml",
        'name = "mme_high"',
        'name = "mme_caution"',
        "thresholds.toml values[1]",
        "threshold 'mme_caution' defined twice",
        "threshold-twice",
    ),
    (
        "taper-presets.toml",
        "percent = 10\npercent_min = 10\npercent_max = 25",
        "percent = 30\npercent_min = 10\npercent_max = 25",
        "taper-presets.toml presets[0]",
        "expected percent_min <= percent <= percent_max <= 100",
        "taper-percent-outside-range",
    ),
    (
        "taper-presets.toml",
        "percent_max = 25",
        "percent_max = 125",
        "taper-presets.toml presets[0].percent_max",
        "from 1 to 100",
        "taper-percent-above-100",
    ),
    (
        "taper-presets.toml",
        "interval_days = 3\n",
        "interval_days = 5\n",
        "taper-presets.toml presets[0]",
        "expected interval_days_min <= interval_days <= max",
        "taper-interval-outside-range",
    ),
    (
        "taper-presets.toml",
        "interval_days = 3\n",
        "interval_days = 0\n",
        "taper-presets.toml presets[0].interval_days",
        "from 1 to 365",
        "taper-interval-zero",
    ),
    (
        "taper-presets.toml",
        'basis = "original"',
        'basis = "newest"',
        "taper-presets.toml presets[0].basis",
        "Invalid enum value 'newest'",
        "taper-unknown-basis",
    ),
    (
        "taper-presets.toml",
        "switch_at_percent = 30\n",
        "",
        "taper-presets.toml presets[2]",
        "switch_at_percent goes with basis original-then-current",
        "taper-switch-missing",
    ),
    (
        "taper-presets.toml",
        'name = "cdc-2022-long-term"',
        'name = "oih-rapid"',
        "taper-presets.toml presets[1]",
        "preset 'oih-rapid' defined twice",
        "taper-preset-twice",
    ),
    (
        "taper-presets.toml",
        "unconfirmed = true",
        'unconfirmed = "yes"',
        "taper-presets.toml presets[0].unconfirmed",
        "Expected `bool`",
        "taper-unconfirmed-not-bool",
    ),
    (
        "taper-presets.toml",
        'source = "SRC-000"',
        'source = "NOPE"',
        "taper-presets.toml presets[0].source",
        "does not resolve",
        "taper-source",
    ),
    (
        "sources.toml",
        "[PRODUCT]\n",
        '[PRODUCT]\ncolour = "red"\n',
        "sources.toml [PRODUCT]",
        "unknown field `colour`",
        "source-unknown-key",
    ),
    (
        "sources.toml",
        "[PILOT25]\ncitation",
        "[PILOT25]\nnote",
        "sources.toml [PILOT25]",
        "missing required field `citation`",
        "source-without-citation",
    ),
]


class TestPatchedTables:
    """Tests that one broken value in a copy of a published table stops the load."""

    @pytest.mark.parametrize(
        ("file", "old", "new", "where", "problem"),
        [case[:5] for case in PATCH_CASES],
        ids=[case[5] for case in PATCH_CASES],
    )
    def test_broken_value(
        self, tables: Path, file: str, old: str, new: str, where: str, problem: str
    ) -> None:
        """The error names the file and the row (or band, or header key) of the broken value."""
        patch(tables, file, old, new)

        assert_names(load_error(tables), where, problem)

    def test_unpatched_copy_loads(self, tables: Path) -> None:
        """The copy itself loads: every failure above comes from its one patch."""
        assert sorted(PUBLISHED) == [ref.id for ref in load_reference(tables).all_refs()]

    def test_patch_intervals_need_not_divide_a_day(self, tables: Path) -> None:
        """Patch (mcg/h) products are worn 72 h / 168 h: the 24 h rule does not apply to them."""
        products = load_reference(tables).products.products
        intervals = {p.drug: p.intervals_hours for p in products if p.unit == "mcg/h"}

        assert {"buprenorphine": (Decimal(168),), "fentanyl": (Decimal(72),)} == intervals


class TestRequiredTables:
    """Tests for the tables and thresholds the calculator cannot start without."""

    @pytest.mark.parametrize(
        ("file", "table_id"),
        [
            ("products-us.toml", "us-products"),
            ("thresholds.toml", "thresholds"),
            ("fentanyl-patch-duragesic.toml", "duragesic-label"),
            ("buprenorphine-patch-butrans.toml", "butrans-label"),
            ("mme-cdc-2022.toml", "cdc-2022"),
            ("equianalgesic-us.toml", "equianalgesic-us"),
            ("methadone-ccdhb-2009.toml", "ccdhb-2009"),
            ("taper-presets.toml", "taper-presets"),
            ("plausibility-us.toml", "plausibility-us"),
            ("renal-opioids.toml", "renal-opioids"),
        ],
        ids=[
            "products",
            "thresholds",
            "fentanyl-patch",
            "buprenorphine-patch",
            "mme-default",
            "equianalgesic-default",
            "methadone-default",
            "taper-presets",
            "plausibility",
            "renal-opioids",
        ],
    )
    def test_missing_required_table(self, tables: Path, file: str, table_id: str) -> None:
        """Without a required or default table the load fails naming its id."""
        (tables / file).unlink()

        assert_names(load_error(tables), table_id, f"required table {table_id!r} was not found")

    @pytest.mark.parametrize(
        "file",
        [
            "mme-cdc-2016.toml",
            "mme-cdc-ndc-2016.toml",
            "mme-cdc-ndc-2018.toml",
            "mme-cms-2018.toml",
            "mme-fpm-2021.toml",
            "methadone-msd-2023.toml",
            "equianalgesic-uk.toml",
        ],
    )
    def test_optional_table(self, tables: Path, file: str) -> None:
        """A non-default table may be left out."""
        (tables / file).unlink()

        assert len(PUBLISHED) - 1 == len(load_reference(tables).all_refs())

    @pytest.mark.parametrize(("file", "name"), list(DOSING_TABLES.items()), ids=list(DOSING_TABLES))
    def test_missing_dosing_table(self, tables: Path, file: str, name: str) -> None:
        """Without a formula or adjunct table the load fails naming exactly that table."""
        (tables / file).unlink()

        assert_names(load_error(tables), "dosing tables", f"required tables not found: [{name!r}]")

    def test_every_dosing_table_is_required(self) -> None:
        """The published formula and adjunct tables are exactly the ones the loader requires."""
        published = {
            parse(file)["meta"].get("drug", table_id)
            for table_id, (kind, file) in PUBLISHED.items()
            if kind in {"formula", "adjunct"}
        }

        assert set(FORMULAS) | set(REQUIRED_ADJUNCTS) == published
        assert sorted(DOSING_TABLES) == sorted(
            file for kind, file in PUBLISHED.values() if kind in {"formula", "adjunct"}
        )

    @pytest.mark.parametrize("name", REQUIRED_THRESHOLDS)
    def test_missing_threshold(self, tables: Path, name: str) -> None:
        """Without a threshold the core reads, the load fails naming the threshold."""
        path = tables / "thresholds.toml"
        blocks = path.read_text(encoding="utf-8").split("\n[[values]]\n")
        kept = [b for b in blocks if not b.startswith(f'name = "{name}"\n')]
        assert len(blocks) - 1 == len(kept)
        path.write_text("\n[[values]]\n".join(kept), encoding="utf-8")

        assert_names(load_error(tables), "thresholds.toml", f"missing thresholds [{name!r}]")

    def test_thresholds_read_by_calc_are_required(self, reference: Reference) -> None:
        """Every threshold calc/ looks up by name is required, so a missing one fails the load."""
        read = threshold_names_read_by_calc(frozenset(reference.thresholds.values))

        assert set() == read - set(REQUIRED_THRESHOLDS)

    @pytest.mark.parametrize(
        ("module", "table"),
        [(f"adjuncts/{drug}.py", drug) for drug in REQUIRED_ADJUNCTS]
        + [("renal.py", "cockcroft-gault"), ("weights.py", "body-weight")],
    )
    def test_dosing_names_read_by_calc_are_required(
        self, reference: Reference, module: str, table: str
    ) -> None:
        """A value, advice code or drug list calc/ reads from its dosing table by name is required
        (tables/dosing_requirements.py), so an edit that drops it fails the load, not a request."""
        if table in FORMULAS:
            names = set(reference.formulas[table].values.items)
            required = set(FORMULAS[table])
        else:
            adjunct = reference.adjuncts[table]
            names = {*adjunct.values.items, *(a.code for a in adjunct.advice), *adjunct.drug_lists}
            required = {n for part in REQUIRED_ADJUNCTS[table].values() for n in part}
        read = string_literals(TABLES_DIR.parent / "calc" / module) & names

        assert read, f"calc/{module} reads nothing from {table} by name"
        assert set() == read - required

    def test_dosing_names_read_anywhere_in_calc_are_required(self, reference: Reference) -> None:
        """Names of dosing-table entries read elsewhere in calc/ (e.g. oih.py) are required too."""
        tables = [t.values.items for t in reference.formulas.values()]
        tables += [t.values.items for t in reference.adjuncts.values()]
        names = {n for items in tables for n in items}
        names |= {a.code for t in reference.adjuncts.values() for a in t.advice}
        required = {n for values in FORMULAS.values() for n in values}
        required |= {n for need in REQUIRED_ADJUNCTS.values() for p in need.values() for n in p}
        read = set().union(*map(string_literals, (TABLES_DIR.parent / "calc").rglob("*.py")))

        assert set() == (read & names) - required


def string_literals(path: Path) -> set[str]:
    """Every string constant in the Python file ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def threshold_names_read_by_calc(names: frozenset[str]) -> set[str]:
    """The threshold names that appear as string literals in calc/ (subpackages included)."""
    found: set[str] = set()
    for path in (TABLES_DIR.parent / "calc").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                found.add(node.value)
    return found


INST_META: dict[str, object] = {**META, "id": "inst-2026", "source": "INST-2026"}
INST_SOURCES = '[INST-2026]\ncitation = "Example Hospital opioid conversion policy, 2026"\n'


class TestInstitutionTables:
    """Tests for institution tables from the folder named by OPIOID_CALC_TABLES_DIR."""

    @pytest.fixture(name="inst")
    def _inst(self, tmp_path: Path) -> Path:
        """An institution folder with its own sources.toml and an mme table 'inst-2026'."""
        folder = tmp_path / "institution"
        folder.mkdir()
        (folder / "sources.toml").write_text(INST_SOURCES)
        rows = [{**MORPHINE, "source": "INST-2026"}, {**HYDROMORPHONE, "factor": Decimal(4)}]
        (folder / "inst-mme.toml").write_text(table_text(INST_META, rows=rows))
        return folder

    def test_loaded_and_selectable(self, inst: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """An institution mme table appears in reference.mme and is selectable by its id."""
        monkeypatch.setenv(ENV_VAR, str(inst))
        reference = load_reference()
        table = reference.mme_table("inst-2026")

        assert "inst-2026" in reference.mme
        assert ("inst-2026", "mme") == (table.ref.id, table.ref.kind)
        assert (Decimal(4), "CDC22") == table.rows[("hydromorphone", "oral")].factor_at(Decimal(8))

    def test_published_tables_and_defaults_kept(
        self, inst: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Institution tables add to the published ones; the defaults do not change."""
        monkeypatch.setenv(ENV_VAR, str(inst))
        reference = load_reference()

        assert sorted([*PUBLISHED, "inst-2026"]) == [r.id for r in reference.all_refs()]
        assert "cdc-2022" == reference.mme_table(None).ref.id

    def test_institution_sources(self, inst: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """The institution's sources.toml is merged with the published one."""
        monkeypatch.setenv(ENV_VAR, str(inst))
        reference = load_reference()

        assert {"INST-2026", "CDC22"} <= set(reference.sources)
        assert "INST-2026" == reference.mme_table("inst-2026").rows[("morphine", "oral")].source

    def test_checksum(self, inst: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """An institution table carries the checksum of its own file."""
        monkeypatch.setenv(ENV_VAR, str(inst))
        expected = "sha256:" + hashlib.sha256((inst / "inst-mme.toml").read_bytes()).hexdigest()

        assert expected == load_reference().mme_table("inst-2026").ref.checksum

    def test_explicit_extra_dir(self, inst: Path) -> None:
        """``load_reference(extra_dir=...)`` loads the same folder without the variable."""
        assert "inst-2026" in load_reference(extra_dir=inst).mme

    def test_empty_variable_is_ignored(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """An empty OPIOID_CALC_TABLES_DIR loads only the published tables."""
        monkeypatch.setenv(ENV_VAR, "")

        assert sorted(PUBLISHED) == [r.id for r in load_reference().all_refs()]

    def test_institution_methadone_scheme(
        self, inst: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An institution methadone scheme is selectable by id like a published one."""
        meta = {**SCHEME_META, "id": "inst-methadone", "source": "INST-2026"}
        text = table_text(meta, bands=[band(0, 100, 4), band(100, None, 10)])
        (inst / "inst-methadone.toml").write_text(text)
        monkeypatch.setenv(ENV_VAR, str(inst))
        scheme = load_reference().methadone_scheme("inst-methadone", "scheme")
        found = scheme.bands.find(Decimal(100))

        assert found is not None
        assert Decimal(10) == found.value

    @pytest.mark.parametrize(
        ("text", "where", "problem"),
        [
            (
                table_text(INST_META, rows=[MORPHINE, {**HYDROMORPHONE, "source": "NOPE"}]),
                "inst-mme.toml rows[1].source",
                "does not resolve",
            ),
            (
                table_text(
                    {**SCHEME_META, "id": "inst-2026"},
                    bands=[band(0, 90, 4), band(91, None, 8)],
                ),
                "inst-mme.toml bands[1]",
                "gap or overlap",
            ),
            (
                table_text({**INST_META, "id": "cdc-2022"}, rows=[MORPHINE]),
                "inst-mme.toml [meta].id",
                "id 'cdc-2022' already used by mme-cdc-2022.toml",
            ),
            ("[meta\n", "inst-mme.toml", "not valid TOML"),
        ],
        ids=["unresolved-source", "band-gap", "id-of-a-published-table", "invalid-toml"],
    )
    def test_broken_institution_table(
        self, inst: Path, monkeypatch: pytest.MonkeyPatch, text: str, where: str, problem: str
    ) -> None:
        """An institution table is validated like a published one and fails loudly."""
        (inst / "inst-mme.toml").write_text(text)
        monkeypatch.setenv(ENV_VAR, str(inst))

        assert_names(load_error(TABLES_DIR), where, problem)

    def test_source_key_defined_twice(self, inst: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """An institution sources.toml may not redefine a published source key."""
        (inst / "sources.toml").write_text(INST_SOURCES + '\n[CDC22]\ncitation = "Other"\n')
        monkeypatch.setenv(ENV_VAR, str(inst))

        assert_names(load_error(TABLES_DIR), "sources.toml [CDC22]", "source key defined twice")

    def test_missing_folder(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """OPIOID_CALC_TABLES_DIR naming a folder that does not exist fails naming it."""
        missing = tmp_path / "nowhere"
        monkeypatch.setenv(ENV_VAR, str(missing))

        assert_names(load_error(TABLES_DIR), str(missing), "tables folder does not exist")


class TestExtends:
    """An equianalgesic table may list only the rows where it differs from another."""

    def test_extends_a_table_that_extends(self, tables: Path) -> None:
        text = (tables / "equianalgesic-uk.toml").read_text(encoding="utf-8")
        (tables / "zz-uk2.toml").write_text(
            text.replace('id = "equianalgesic-uk"', 'id = "zz-uk2"').replace(
                'extends = "equianalgesic-us"', 'extends = "equianalgesic-uk"'
            ),
            encoding="utf-8",
        )

        assert_names(load_error(tables), "zz-uk2.toml [meta].extends", "extends another table")

    def test_the_uk_table_keeps_every_other_row(self, reference: Reference) -> None:
        uk, us = (
            reference.equianalgesic["equianalgesic-uk"],
            reference.equianalgesic["equianalgesic-us"],
        )

        assert set(us.rows) == set(uk.rows)
        assert us.rows[("oxycodone", "oral")] is uk.rows[("oxycodone", "oral")]
        assert set(us.rates) == set(uk.rates)


class TestNotCompared:
    """An MME table may name the drugs it leaves out on purpose, with the source that says so."""

    @pytest.mark.parametrize(
        ("extra", "where", "problem"),
        [
            ({"not_compared": ["buprenorphine"]}, "[meta]", "go together"),
            ({"not_compared_source": "CDC22"}, "[meta]", "go together"),
            (
                {"not_compared": [1], "not_compared_source": "CDC22"},
                "[meta].not_compared[0]",
                "expected a lower-case ingredient name",
            ),
            (
                {"not_compared": ["buprenorphine"], "not_compared_source": "NOPE"},
                "[meta].not_compared_source",
                "does not resolve",
            ),
        ],
        ids=["no-source", "no-drugs", "not-names", "unresolved"],
    )
    def test_bad_not_compared(
        self, tables: Path, extra: dict[str, object], where: str, problem: str
    ) -> None:
        (tables / "zz-test.toml").write_text(table_text({**META, **extra}, rows=[MORPHINE]))

        assert_names(load_error(tables), f"zz-test.toml {where}", problem)

    def test_cdc_2022_leaves_out_buprenorphine(self, reference: Reference) -> None:
        """CDC 2022, p. 42: buprenorphine is not included (a partial agonist)."""
        assert ("buprenorphine",) == reference.mme["cdc-2022"].not_compared
