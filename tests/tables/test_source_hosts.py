"""
Sources a P&T committee accepts (issue 10).

1. No source URL uses a host on tables/denied-source-hosts.txt (mirrors, document-sharing copies,
   third-party copies of FDA labels, test servers, low-authority hosts, AI-generated summaries):
   every URL of tables/sources.toml (``url`` and any URL inside a citation or note) and of each
   table's ``[meta]`` (``url``, ``document``, ``notes``). The check is shown to fail on a denied
   URL.
2. No table cites an AI-generated summary as a source (``source``, ``*_source`` or ``also``).
3. The values whose only support was such a summary ship UNCONFIRMED: each is listed here with
   the advice every result of its drug carries, and that advice says UNCONFIRMED.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from calc.adjuncts import (
    GabapentinOrder,
    KetamineOrder,
    NaltrexoneOrder,
    PregabalinOrder,
    dose_clonidine,
    dose_gabapentin,
    dose_ketamine,
    dose_naltrexone,
    dose_pregabalin,
)
from calc.models import Patient
from calc.reference import Reference
from tables.loader import TABLES_DIR


DENY_FILE = TABLES_DIR / "denied-source-hosts.txt"
URL = re.compile(r"https?://[^\s\"'<>()\[\],;]+")
D = Decimal

# The AI-generated summaries of the clinical.md register (droracle.ai): kept in sources.toml only so
# that old references resolve, each saying "AI-generated" and "NOT a source".
AI_KEYS = frozenset(
    {
        "DRORACLE",
        "DRORACLE-GABA",
        "DRORACLE-PREG",
        "DRORACLE-LDN",
        "CLON-DRORACLE",
        "CLON-TAPER-2ND",
        "DURAGESIC-2nd",
    }
)
# (drug, value, advice): values whose only support was an AI-generated summary, shipped
# UNCONFIRMED (dropping them would be less safe: they refuse, cap or slow a dose), and the advice
# code every result of the drug carries that says so.
SHIPPED_UNCONFIRMED = [
    # ASRA 2018 acute-pain limits, seen only in an AI summary: a refusal limit and a warning
    ("ketamine", "bolus_max_mg_per_kg", "ketamine.monitoring"),
    ("ketamine", "unmonitored_infusion_max_mg_per_kg_per_h", "ketamine.monitoring"),
    # Low-dose naltrexone titration ranges: no primary found; dropping them starts at the target
    ("naltrexone", "start_min_mg", "naltrexone.titration_secondary"),
    ("naltrexone", "start_max_mg", "naltrexone.titration_secondary"),
    ("naltrexone", "step_min_mg", "naltrexone.titration_secondary"),
    ("naltrexone", "step_max_mg", "naltrexone.titration_secondary"),
    ("naltrexone", "step_interval_min_days", "naltrexone.titration_secondary"),
    ("naltrexone", "step_interval_max_days", "naltrexone.titration_secondary"),
    # Clonidine taper over 2-4 days, attributed to the label by an AI summary only
    ("clonidine", "taper_days_min", "clonidine.taper_unconfirmed"),
    ("clonidine", "taper_days_max", "clonidine.taper_unconfirmed"),
]


def deny_patterns(text: str) -> list[tuple[str, str]]:
    """``(pattern, reason)`` per line of the deny list; blank and comment-only lines skipped."""
    entries = []
    for line in text.splitlines():
        pattern, _, reason = line.partition("#")
        if pattern.strip():
            entries.append((pattern.strip().lower(), reason.strip()))
    return entries


def denied_by(host: str, patterns: list[tuple[str, str]]) -> str | None:
    """The pattern that denies ``host``: a domain denies itself and its subdomains; a pattern
    with ``*`` is matched against the whole host with fnmatch."""
    host = host.lower().rstrip(".")
    for pattern, _ in patterns:
        if "*" in pattern:
            if fnmatch.fnmatchcase(host, pattern) or fnmatch.fnmatchcase(host, f"*.{pattern}"):
                return pattern
        elif host == pattern or host.endswith(f".{pattern}"):
            return pattern
    return None


def source_urls(sources: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """``(where, url)`` for every URL of a sources mapping: the ``url`` field and URLs in text."""
    for key, entry in sources.items():
        if "url" in entry:
            yield f"sources.toml [{key}].url", entry["url"]
        for field in ("citation", "note"):
            for url in URL.findall(entry.get(field, "")):
                yield f"sources.toml [{key}].{field}", url


def table_urls(folder: Path) -> Iterator[tuple[str, str]]:
    """``(where, url)`` for every URL of each table's [meta] url, document and notes."""
    for path in sorted(folder.glob("*.toml")):
        if path.name == "sources.toml":
            continue
        meta = tomllib.loads(path.read_text(encoding="utf-8")).get("meta", {})
        if "url" in meta:
            yield f"{path.name} [meta].url", meta["url"]
        texts = [meta.get("document", ""), *meta.get("notes", [])]
        for text in texts:
            for url in URL.findall(text):
                yield f"{path.name} [meta] text", url


def violations(urls: Iterator[tuple[str, str]], patterns: list[tuple[str, str]]) -> list[str]:
    found = []
    for where, url in urls:
        pattern = denied_by(urlsplit(url).hostname or "", patterns)
        if pattern is not None:
            found.append(f"{where}: {url} (denied: {pattern})")
    return found


def cited_keys(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """``(where, key)`` for every source key a table cites: ``source``, ``*_source``, ``also``."""
    if isinstance(node, dict):
        for name, value in node.items():
            at = f"{path}.{name}" if path else name
            if isinstance(value, str) and (name == "source" or name.endswith("_source")):
                yield at, value
            elif name == "also" and isinstance(value, list):
                yield from ((at, v) for v in value if isinstance(v, str))
            else:
                yield from cited_keys(value, at)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from cited_keys(item, f"{path}[{i}]")


PATTERNS = deny_patterns(DENY_FILE.read_text(encoding="utf-8"))
SOURCES = tomllib.loads((TABLES_DIR / "sources.toml").read_text(encoding="utf-8"))


class TestDenyList:
    def test_every_pattern_says_why(self) -> None:
        """One pattern per line, each with a reason after '#', none twice."""
        patterns = [p for p, _ in PATTERNS]

        assert [] == [p for p, reason in PATTERNS if not reason]
        assert len(patterns) == len(set(patterns))
        assert [] == [p for p in patterns if " " in p]

    @pytest.mark.parametrize(
        "host",
        [
            # the hosts issue 10 names, as the clinical.md register cites them
            "pro.uptodatefree.ir",
            "www.scribd.com",
            "scribd.com",
            "docslib.org",
            "slidetodoc.com",
            "wixlib.com",
            "www.yumpu.com",
            "paperzz.com",
            "online.documentine.com",
            "info.5y1.org",
            "viewer.joomag.com",
            "online.flipbuilder.com",
            "download.skyscape.com",
            "uat.mimsdev.com",
            "staging.scite.ai",
            "bolcentcalge.web.app",
            "etg-complete-oxy.netlify.app",
            "lzih.adidastime.ru",
            "doctoryg.blogspot.com",
            "pharmacology-notes-free.blogspot.com",
            "someone.blogspot.co.uk",
            "www.droracle.ai",
            "WWW.DRORACLE.AI",
            # third-party copies of FDA labels
            "www.drugs.com",
            "www.rxlist.com",
            "medlibrary.org",
            "medsayfa.com",
            "wikidoc.org",
        ],
    )
    def test_denied(self, host: str) -> None:
        assert denied_by(host, PATTERNS) is not None

    @pytest.mark.parametrize(
        "host",
        [
            "dailymed.nlm.nih.gov",
            "www.cdc.gov",
            "www.cms.gov",
            "pubmed.ncbi.nlm.nih.gov",
            "pmc.ncbi.nlm.nih.gov",
            "doi.org",
            "www.msdmanuals.com",
            "www.healthquality.va.gov",
            "scite.ai",  # only its staging server is denied
            "notblogspot.com",  # a domain pattern matches whole labels only
            "drugs.com.example",
        ],
    )
    def test_allowed(self, host: str) -> None:
        assert denied_by(host, PATTERNS) is None


class TestSourceUrls:
    def test_sources_toml_uses_no_denied_host(self) -> None:
        """Every URL of sources.toml (url fields and URLs quoted in citations and notes)."""
        assert [] == violations(source_urls(SOURCES), PATTERNS)

    def test_table_meta_uses_no_denied_host(self) -> None:
        """Every table's [meta] url, and URLs in its document and notes."""
        assert [] == violations(table_urls(TABLES_DIR), PATTERNS)

    def test_urls_are_found(self) -> None:
        """The scan sees the URLs it checks (a scan that finds nothing would pass vacuously)."""
        assert len(list(source_urls(SOURCES))) > 20
        assert len(list(table_urls(TABLES_DIR))) > 5

    @pytest.mark.parametrize(
        ("entry", "pattern"),
        [
            (
                {
                    "citation": "UpToDate graphic 111216",
                    "url": "https://pro.uptodatefree.ir/show/1",
                },
                "uptodatefree.ir",
            ),
            ({"citation": "copy at https://www.scribd.com/document/1/x, see there"}, "scribd.com"),
            ({"citation": "x", "note": "was https://uat.mimsdev.com/ph/drug"}, "mimsdev.com"),
            ({"citation": "x", "url": "https://www.droracle.ai/articles/1/x"}, "droracle.ai"),
        ],
        ids=["url-field", "url-in-citation", "url-in-note", "ai-summary"],
    )
    def test_check_fails_on_a_denied_source(self, entry: dict[str, str], pattern: str) -> None:
        """The check can fail: a sources entry with a denied URL is reported with its key."""
        found = violations(source_urls({**SOURCES, "BAD": entry}), PATTERNS)

        assert len(found) == 1
        assert "[BAD]" in found[0]
        assert found[0].endswith(f"(denied: {pattern})")

    def test_check_fails_on_a_denied_table_url(self, tmp_path: Path) -> None:
        """The check can fail: a table whose [meta] url is a denied host is reported."""
        (tmp_path / "bad.toml").write_text(
            '[meta]\nid = "bad"\nurl = "https://docslib.org/doc/1/appendix"\n'
            'document = "see http://lzih.adidastime.ru/x.html"\n'
            'notes = ["copy: https://x.netlify.app/a"]\n',
            encoding="utf-8",
        )

        found = violations(table_urls(tmp_path), PATTERNS)

        assert [f.rsplit("(denied: ", 1)[1] for f in found] == [
            "docslib.org)",
            "adidastime.ru)",
            "netlify.app)",
        ]


class TestAiSummaries:
    def test_ai_keys_are_marked(self) -> None:
        """Exactly these keys are AI-generated summaries; each says so, has no URL, and says it
        is not a source."""
        marked = {k for k, v in SOURCES.items() if "AI-generated" in v["citation"]}

        assert AI_KEYS == marked
        assert [] == [k for k in AI_KEYS if "url" in SOURCES[k]]
        assert [] == [k for k in AI_KEYS if "NOT a source" not in SOURCES[k]["citation"]]

    @pytest.mark.parametrize(
        "file", sorted(p.name for p in TABLES_DIR.glob("*.toml") if p.name != "sources.toml")
    )
    def test_no_table_cites_an_ai_summary(self, file: str) -> None:
        """No source, *_source or also field of a table names an AI-generated summary."""
        table = tomllib.loads((TABLES_DIR / file).read_text(encoding="utf-8"))

        assert [] == [(at, key) for at, key in cited_keys(table) if key in AI_KEYS]

    def test_cited_keys_sees_every_kind_of_citation(self) -> None:
        """The walk finds source, *_source and also (so the test above can fail)."""
        table = {
            "meta": {"source": "A"},
            "rows": [{"source": "B", "intervals_source": "C", "also": ["D"]}],
            "alternatives": [{"factor": 1, "source": "DRORACLE"}],
        }

        assert ["A", "B", "C", "D", "DRORACLE"] == [k for _, k in cited_keys(table)]

    @pytest.mark.parametrize(
        ("drug", "value", "advice"),
        SHIPPED_UNCONFIRMED,
        ids=[f"{c[0]}-{c[1]}" for c in SHIPPED_UNCONFIRMED],
    )
    def test_shipped_unconfirmed_with_a_warning(
        self, reference: Reference, drug: str, value: str, advice: str
    ) -> None:
        """The value is still in its table and its table's advice (carried by every result)
        says UNCONFIRMED with at least warning severity."""
        table = reference.adjuncts[drug]
        (found,) = [a for a in table.advice if a.code == advice]

        assert value in table.values.items
        assert "UNCONFIRMED" in found.message
        assert found.severity in {"warning", "critical"}


def _codes(warnings: tuple[Any, ...]) -> set[str]:
    return {w.code for w in warnings}


def test_results_carry_the_unconfirmed_warnings(reference: Reference) -> None:
    """Each drug's result carries the advice of its UNCONFIRMED values, whatever the request."""
    crcl = Patient(creatinine_clearance_ml_min=D(90))
    patient = Patient(weight_kg=D(70), height_cm=D(175), sex="male")
    results = {
        "ketamine": dose_ketamine(reference, patient, KetamineOrder(D("0.1"))).warnings,
        "naltrexone": dose_naltrexone(reference, NaltrexoneOrder(D(1)), ()).warnings,
        "clonidine": dose_clonidine(reference, D("0.1")).warnings,
        "gabapentin": dose_gabapentin(reference, crcl, GabapentinOrder(D(300))).warnings,
        "pregabalin": dose_pregabalin(reference, crcl, PregabalinOrder(D(150))).warnings,
    }
    expected: dict[str, set[str]] = {drug: set() for drug in results} | {
        drug: {advice for d, _, advice in SHIPPED_UNCONFIRMED if d == drug}
        for drug in {c[0] for c in SHIPPED_UNCONFIRMED}
    }

    assert {drug: expected[drug] & _codes(w) for drug, w in results.items()} == expected
