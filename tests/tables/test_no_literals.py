"""
Clinical numbers live in tables/, never in calc/: an AST scan of every calc/**/*.py (subpackages
such as calc/adjuncts/ included) for numeric literals.

Allowed: 0, 1 and 100 (identities and percent), and, in calc/units.py only, the two unit constants
``HOURS_PER_DAY = Decimal(24)``, ``MCG_PER_MG = Decimal(1000)`` and ``DAYS_PER_WEEK = Decimal(7)``
(UCUM's ``wk`` in a FHIR timing).  A number written as a string
and turned into a number (``Decimal("0.5")``, ``int("2")``, ``Decimal(value="0.5")``) counts as a
literal too.
"""

from __future__ import annotations

import ast
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

import calc.units


CALC_DIR = Path(calc.units.__file__).resolve().parent
# Paths relative to calc/, e.g. "units.py", "adjuncts/ketamine.py".
CALC_FILES = sorted(p.relative_to(CALC_DIR).as_posix() for p in CALC_DIR.rglob("*.py"))
# The modules of the dosing tables (kinds formula and adjunct) the scan must reach.
DOSING_MODULES = frozenset(
    {
        "kinds/adjunct.py",
        "kinds/formula.py",
        "renal.py",
        "weights.py",
        "adjuncts/__init__.py",
        "adjuncts/clonidine.py",
        "adjuncts/common.py",
        "adjuncts/gabapentin.py",
        "adjuncts/ketamine.py",
        "adjuncts/naltrexone.py",
        "adjuncts/pregabalin.py",
    }
)

ALLOWED = frozenset({Decimal(0), Decimal(1), Decimal(100)})
# file (relative to calc/) -> {constant name: its value}: unit constants and the rounding step of
# the one rounding policy (DESIGN.md section 5), not clinical numbers.
UNIT_CONSTANTS = {
    "units.py": {
        "HOURS_PER_DAY": Decimal(24),
        "MCG_PER_MG": Decimal(1000),
        "DAYS_PER_WEEK": Decimal(7),
    },
    "rounding.py": {"_CENT": Decimal("0.01")},
}
NUMBER_CONSTRUCTORS = frozenset({"Decimal", "int", "float", "complex", "Fraction"})


def _constructor(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _unit_constant_nodes(tree: ast.Module, file: str) -> set[int]:
    """ids of the literal nodes that define this file's allowed unit constants, if exact."""
    allowed = UNIT_CONSTANTS.get(file, {})
    found: set[int] = set()
    for stmt in tree.body:
        target, value = None, None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign):
            target, value = stmt.target, stmt.value
        if not (isinstance(target, ast.Name) and target.id in allowed):
            continue
        if (
            isinstance(value, ast.Call)
            and _constructor(value) == "Decimal"
            and len(value.args) == 1
            and not value.keywords
            and isinstance(value.args[0], ast.Constant)
            and isinstance(value.args[0].value, int | str)
            and Decimal(value.args[0].value) == allowed[target.id]
        ):
            found.update({id(value), id(value.args[0])})
    return found


def _is_allowed_constant(node: ast.Constant) -> bool:
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int | float | complex):
        return True  # not a number: str, bytes, None, bool, Ellipsis
    return not isinstance(value, complex) and Decimal(repr(value)) in ALLOWED


def _is_allowed_string_number(node: ast.Call) -> bool:
    """``Decimal("...")`` / ``int("...")`` with a digit in the string counts as a literal (passed
    by position or by keyword)."""
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            if not any(c.isdigit() for c in arg.value):
                continue
            try:
                number = Decimal(arg.value.strip().replace("_", ""))
            except InvalidOperation:
                return False
            if number not in ALLOWED:
                return False
    return True


def numeric_literals(source: str, file: str) -> list[tuple[int, str]]:
    """``(line, literal)`` for every numeric literal in ``source`` other than the allowed ones."""
    tree = ast.parse(source)
    skip = _unit_constant_nodes(tree, file)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        offends: bool
        if isinstance(node, ast.Constant):
            offends = id(node) not in skip and not _is_allowed_constant(node)
        elif isinstance(node, ast.Call) and _constructor(node) in NUMBER_CONSTRUCTORS:
            offends = id(node) not in skip and not _is_allowed_string_number(node)
        else:
            offends = False
        if offends and isinstance(node, ast.expr):
            found.append((node.lineno, ast.unparse(node)))
    return sorted(found)


class TestNumericLiterals:
    """Tests for the scanner ``numeric_literals`` itself."""

    @pytest.mark.parametrize(
        ("source", "expected"),
        [
            ("x = 2\n", [(1, "2")]),
            ("x = 2.5\n", [(1, "2.5")]),
            ("x = 1j\n", [(1, "1j")]),
            ("x = 0.01\n", [(1, "0.01")]),
            ("x = 1_000\n", [(1, "1000")]),
            ("x = y[2]\n", [(1, "2")]),
            ('x = Decimal("0.5")\n', [(1, "Decimal('0.5')")]),
            ('x = decimal.Decimal("90")\n', [(1, "decimal.Decimal('90')")]),
            ('x = int("24")\n', [(1, "int('24')")]),
            ('x = Decimal(value="0.5")\n', [(1, "Decimal(value='0.5')")]),
            ('x = Decimal(" 1e2 ")\n', []),
            ('x = Decimal("7_5")\n', [(1, "Decimal('7_5')")]),
            ("x = Decimal(24)\n", [(1, "24")]),
            ("HOURS_PER_DAY = Decimal(24)\n", [(1, "24")]),
            ("x = 0\ny = 1\nz = 100\nw = -1\nv = 1.0\n", []),
            ('x = Decimal(0) + Decimal("1") + Decimal("100")\n', []),
            ("x = True or False or None\n", []),
            ('"""Use 50 MME/day."""\nx = "90 mg"\n', []),
            ('x = Decimal("Infinity")\n', []),
            ("\n\nx = 3\n", [(3, "3")]),
        ],
        ids=[
            "int",
            "float",
            "complex",
            "small-float",
            "underscore-int",
            "subscript",
            "decimal-string",
            "decimal-attribute",
            "int-string",
            "decimal-keyword-string",
            "decimal-string-100",
            "decimal-string-underscore",
            "decimal-int",
            "unit-constant-outside-units",
            "allowed",
            "allowed-decimals",
            "bools",
            "strings",
            "no-digits",
            "line-number",
        ],
    )
    def test_scan(self, source: str, expected: list[tuple[int, str]]) -> None:
        """Numbers other than 0, 1 and 100 are reported with their line, wherever they are."""
        assert expected == numeric_literals(source, "example.py")

    @pytest.mark.parametrize(
        ("source", "expected"),
        [
            ("HOURS_PER_DAY = Decimal(24)\nMCG_PER_MG = Decimal(1000)\n", []),
            ("HOURS_PER_DAY: Decimal = Decimal(24)\n", []),
            ("HOURS_PER_DAY = Decimal(25)\n", [(1, "25")]),
            ("MCG_PER_MG = Decimal(24)\n", [(1, "24")]),
            ('HOURS_PER_DAY = Decimal("24")\n', []),
            ("HOURS_PER_DAY = Decimal(24) * 2\n", [(1, "2"), (1, "24")]),
            ("def f():\n    HOURS_PER_DAY = Decimal(24)\n", [(2, "24")]),
            ("HOURS = Decimal(24)\n", [(1, "24")]),
        ],
        ids=[
            "both",
            "annotated",
            "wrong-value",
            "swapped",
            "string-form",
            "extra-number",
            "not-module-level",
            "other-name",
        ],
    )
    def test_unit_constants(self, source: str, expected: list[tuple[int, str]]) -> None:
        """In units.py exactly HOURS_PER_DAY = Decimal(24) and MCG_PER_MG = Decimal(1000) pass."""
        assert expected == numeric_literals(source, "units.py")


class TestCalcHasNoClinicalNumbers:
    """Tests that calc/**/*.py holds no number other than 0, 1, 100 and the two unit constants."""

    @pytest.mark.parametrize("file", CALC_FILES)
    def test_no_numeric_literals(self, file: str) -> None:
        """Conversion factors, thresholds and clinical numbers live in tables/, not in calc/."""
        source = (CALC_DIR / file).read_text(encoding="utf-8")

        assert [] == [
            f"calc/{file}:{line}: {text}" for line, text in numeric_literals(source, file)
        ]

    def test_scan_covers_calc(self) -> None:
        """The scan sees the calc package (units.py, reference.py, ...), not an empty folder."""
        assert {"__init__.py", "reference.py", "units.py"} <= set(CALC_FILES)

    def test_scan_covers_dosing_modules(self) -> None:
        """The scan reaches the dosing modules, calc/adjuncts/ (a subpackage) included."""
        assert set() == DOSING_MODULES - set(CALC_FILES)

    def test_unit_constants_only_in_their_own_files(self) -> None:
        """The allowed constants are tied to calc/units.py and calc/rounding.py by path: a module
        of the same name in a subpackage gets no exemption."""
        source = "HOURS_PER_DAY = Decimal(24)\n"

        assert [(1, "24")] == numeric_literals(source, "adjuncts/units.py")
        assert set(UNIT_CONSTANTS) <= set(CALC_FILES)

    def test_unit_constants_still_exist(self) -> None:
        """The two allowed names are the unit constants calc/units.py defines, with these values."""
        assert (Decimal(24), Decimal(1000)) == (calc.units.HOURS_PER_DAY, calc.units.MCG_PER_MG)
