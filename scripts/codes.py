"""
Write api/codes.py: the stable warning and error codes, found where they are made.

    python scripts/codes.py          # `make clients` runs it before exporting openapi.json

The codes live where the core builds them (``Alert("mme.at_or_above_90", "critical", ...)``,
``OutOfRangeError("ketamine.rate_out_of_range", ...)``, ``code="renal.age_required"``), in the
tables' ``[[advice]]`` rows and in api/ (problems.py, the adapters). This script reads them from
there (an AST scan of the source, the TOML rows) so that the contract's list is generated from
the one place each code is written, never kept by hand beside it. A code built from a value is
listed as a pattern with the value's name in angle brackets: ``renal.avoid.<drug>``.

tests/api/test_codes.py fails when api/codes.py is not what this script writes, and the checked
construction of the test suite (tests/checked.py) fails on any warning or error whose code the
list does not match.
"""

from __future__ import annotations

import ast
import pprint
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any


ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "api" / "codes.py"
# The errors the HTTP layer turns into 422 problems (calc/errors.py); TableError stops start-up.
ERRORS = frozenset({"CalcError", "ClinicalRefusalError", "OutOfRangeError", "UnknownEntryError"})


def _placeholder(node: ast.expr) -> str:
    """The last name in an expression: ``self.ref.kind`` -> ``<kind>``."""
    if isinstance(node, ast.Attribute):
        return f"<{node.attr}>"
    if isinstance(node, ast.Name):
        return f"<{node.id}>"
    return "<value>"


def _text(node: ast.expr | None, message: bool = False) -> str | None:
    """
    A string literal, or an f-string with each value as a placeholder: ``<name>`` in a code,
    ``...`` in a message.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue):
                parts.append("..." if message else _placeholder(value.value))
        return "".join(parts)
    return None


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _looks_like_code(text: str | None) -> bool:
    return bool(text) and "." in (text or "") and " " not in (text or "")


def code_parameters(paths: list[Path]) -> dict[str, int]:
    """Functions that take a ``code`` parameter, with its position (helpers that raise)."""
    found: dict[str, int] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
                if names[:1] in (["self"], ["cls"]):
                    names = names[1:]  # called as a method: the instance is not an argument
                if "code" in names:
                    found[node.name] = names.index("code")
    return found


def _choices(function: ast.AST) -> dict[str, list[str]]:
    """Names a function assigns only string literals to (``code = "a" if x else "b"``)."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(function):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        values = [node.value]
        if isinstance(node.value, ast.IfExp):
            values = [node.value.body, node.value.orelse]
        texts = [
            v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        ]
        if isinstance(target, ast.Name) and len(texts) == len(values):
            found.setdefault(target.id, []).extend(texts)
    return found


def _expand(code: str | None, choices: dict[str, list[str]]) -> list[str]:
    """A code whose ``<name>`` the function only ever sets to literals, as each of them."""
    if code is None:
        return []
    for name, values in choices.items():
        if f"<{name}>" in code:
            return [c for v in values for c in _expand(code.replace(f"<{name}>", v), choices)]
    return [code]


def _alert(
    node: ast.Call,
    choices: dict[str, list[str]],
    module: str,
    warnings: dict[str, dict[str, str]],
) -> None:
    """``Alert(code, severity, message, source)``: a warning code with its severity and words."""
    first = node.args[0] if node.args else _keyword(node, "code")
    severity = _text(node.args[1]) if len(node.args) > 1 else None
    message = _text(node.args[2], message=True) if len(node.args) > 2 else None
    for code in _expand(_text(first), choices):
        if _looks_like_code(code):
            entry = {"severity": severity or "(from the table)", "module": module}
            if message:
                entry["message"] = message
            warnings.setdefault(code, entry)


def _error(
    node: ast.Call,
    choices: dict[str, list[str]],
    helpers: dict[str, int],
    module: str,
    errors: dict[str, dict[str, str]],
) -> None:
    """An error's code: a CalcError's first argument, a ``code=`` keyword, a helper's argument."""
    name = _name(node)
    first = node.args[0] if node.args else _keyword(node, "code")
    text = _text(first) if name in ERRORS else _text(_keyword(node, "code"))
    position = helpers.get(name or "")
    if text is None and position is not None and len(node.args) > position:
        text = _text(node.args[position])
    status = _keyword(node, "status_code") or _keyword(node, "status")  # a problem, or a Problem
    entry = {"module": module}
    if isinstance(status, ast.Constant) and isinstance(status.value, int):
        entry["status"] = str(status.value)  # a problem raised with its own status (401, 415)
    for code in _expand(text, choices):
        if _looks_like_code(code):
            errors.setdefault(code, entry)


def scan_source(
    path: Path, helpers: dict[str, int] | None = None
) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """(warnings, errors) built in one module: code -> {severity, message} / {module}."""
    helpers = helpers or {}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = path.relative_to(ROOT).as_posix()
    warnings: dict[str, dict[str, str]] = {}
    errors: dict[str, dict[str, str]] = {}
    scopes: list[tuple[ast.AST, dict[str, list[str]]]] = [
        (f, _choices(f)) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
    ]
    # Innermost scope last: a call takes the choices of the function that contains it.
    owner: dict[int, dict[str, list[str]]] = {}
    for function, choices in scopes:
        for node in ast.walk(function):
            owner[id(node)] = choices
    for node in ast.walk(tree):
        choices = owner.get(id(node), {})
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "code" for t in node.targets
        ):
            for code in _expand(_text(node.value), choices):
                if _looks_like_code(code):
                    errors.setdefault(code, {"module": module})
        elif isinstance(node, ast.Call) and _name(node) == "Alert":
            _alert(node, choices, module, warnings)
        elif isinstance(node, ast.Call):
            _error(node, choices, helpers, module, errors)
    return warnings, errors


def scan_tables(folder: Path) -> dict[str, dict[str, str]]:
    """The ``[[advice]]`` rows of the tables: standing warnings a result carries."""
    found: dict[str, dict[str, str]] = {}

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if {"code", "severity", "message"} <= node.keys():
                found.setdefault(
                    str(node["code"]),
                    {
                        "severity": str(node["severity"]),
                        "message": str(node["message"]),
                        "module": where,
                    },
                )
            for value in node.values():
                walk(value, where)
        elif isinstance(node, list):
            for value in node:
                walk(value, where)

    for path in sorted(folder.glob("*.toml")):
        walk(tomllib.loads(path.read_text(encoding="utf-8")), path.relative_to(ROOT).as_posix())
    return found


def collect() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Every warning and error code, sorted by code."""
    warnings: dict[str, dict[str, str]] = {}
    errors: dict[str, dict[str, str]] = {}
    sources = sorted((ROOT / "calc").rglob("*.py"))
    helpers = code_parameters(sources)
    for path in sources:
        found_warnings, found_errors = scan_source(path, helpers)
        for code, entry in found_warnings.items():
            warnings.setdefault(code, entry)
        for code, entry in found_errors.items():
            errors.setdefault(code, {**entry, "status": "422"})
    for code, entry in scan_tables(ROOT / "tables").items():
        warnings.setdefault(code, entry)
    for path in sorted((ROOT / "api").rglob("*.py")):
        if path == OUTPUT:
            continue
        _, problems = scan_source(path)
        for code, entry in problems.items():
            status = "422" if path.name != "problems.py" else "500" if code == "internal" else "4xx"
            errors.setdefault(
                code, {"module": entry["module"], "status": entry.get("status", status)}
            )
    listed = [
        [{"code": code, **entry} for code, entry in sorted(kind.items())]
        for kind in (warnings, errors)
    ]
    return listed[0], listed[1]


def render() -> str:
    """The module's text, formatted by the project's ruff (so `ruff format --check` agrees)."""
    ruff = Path(sys.executable).parent / "ruff"
    done = subprocess.run(  # noqa: S603  (fixed argument list, no shell)
        [str(ruff), "format", "--stdin-filename", str(OUTPUT), "-"],
        input=_unformatted(),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def _unformatted() -> str:
    warnings, errors = collect()
    return (
        '"""\n'
        "The stable warning and error codes, generated by scripts/codes.py from where each is\n"
        "written (calc/, the tables' advice rows, api/); do not edit (`make clients`).\n"
        "A value in angle brackets stands for a part the code takes from the request or a table.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n\n"
        f"WARNING_CODES: list[dict[str, str]] = {pprint.pformat(warnings, width=96, sort_dicts=False)}\n\n"
        f"ERROR_CODES: list[dict[str, str]] = {pprint.pformat(errors, width=96, sort_dicts=False)}\n"
    )


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
