"""
Summarise a ``mutmut run`` (``make mutation``): the score, per function, and the survivors.
Writes the summary into README.md between the ``mutation:begin``/``mutation:end`` markers
(``--print`` leaves README.md alone).

The score is killed / all mutants; "no tests" mutants (code no test reaches) count as not
killed.  Status codes follow mutmut 3.8.1 (mutmut/stats.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
TARGET = 0.9
KILLED = {1, 3, 36, 37, -24, 24, 152, 255, -11, -9}  # failed tests, timeout, type check, crash
STATUS = {0: "survived", 5: "no tests", 33: "no tests", 34: "skipped", None: "not checked"}


def _status(code: int | None) -> str:
    return "killed" if code in KILLED else STATUS.get(code, "suspicious")


def collect(mutants: Path) -> dict[str, Counter[str]]:
    """Function -> status counts, from mutmut's ``*.meta`` files."""
    by_function: dict[str, Counter[str]] = defaultdict(Counter)
    for meta in sorted(mutants.rglob("*.meta")):
        data = json.loads(meta.read_text())
        for key, code in data["exit_code_by_key"].items():
            function = key.split("__mutmut_")[0].replace("\u01c1", ".").replace(".x_", ".")
            by_function[function.replace(".x.", ".")][_status(code)] += 1
    return by_function


def render(by_function: dict[str, Counter[str]]) -> str:
    total: Counter[str] = Counter()
    for counts in by_function.values():
        total.update(counts)
    n = sum(total.values())
    score = total["killed"] / n if n else 0.0
    reached = n - total["no tests"]
    lines = [
        f"Last run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC: **{total['killed']} of {n} "
        f"mutants of calc/ killed ({score:.1%})**, target {TARGET:.0%}; "
        f"{total['survived']} survived, {total['no tests']} in code no test reaches "
        f"({total['killed'] / reached:.1%} of the reached ones killed)."
        if n
        else "No mutants found: run `make mutation`.",
        "",
        "| Function | killed | survived | no tests |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| `{name}` | {c['killed']} | {c['survived']} | {c['no tests']} |"
        for name, c in sorted(by_function.items())
        if c["survived"] or c["no tests"]
    ]
    return "\n".join(lines)


def _write(section: str) -> None:
    text = README.read_text(encoding="utf-8")
    if "<!-- mutation:begin -->" not in text:
        text += (
            "\n## Mutation testing\n\n`make mutation` (about 2 minutes on 2 cores; not in CI): "
            "mutmut over calc/ with the fast tests ([tool.mutmut] in pyproject.toml). "
            "`.venv/bin/mutmut show <mutant>` shows one.\n\n"
            "<!-- mutation:begin -->\n<!-- mutation:end -->\n"
        )
    text = re.sub(
        r"(<!-- mutation:begin -->\n).*?(<!-- mutation:end -->)",
        lambda m: m.group(1) + section + "\n" + m.group(2),
        text,
        flags=re.DOTALL,
    )
    README.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--mutants", type=Path, default=ROOT / "mutants")
    parser.add_argument("--print", action="store_true", help="print, do not write README.md")
    args = parser.parse_args()
    if not args.mutants.is_dir():
        print(f"no {args.mutants}: run `make mutation` first", file=sys.stderr)
        return 1
    section = render(collect(args.mutants))
    print(section)
    if not args.print:
        _write(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
