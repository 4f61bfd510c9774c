"""
One place per job (issue 14): calc/ exports its whole public API from its package, api/ imports
calc only from there, and no route module imports another (conversions live in api/convert/).
"""

from __future__ import annotations

import ast
from pathlib import Path

import calc


ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return found


def test_calc_exports_a_sorted_all_that_resolves() -> None:
    assert sorted(calc.__all__) == calc.__all__
    assert [n for n in calc.__all__ if not hasattr(calc, n)] == []


def test_the_calculations_are_in_the_public_api() -> None:
    names = {"calculate_mme", "plan_rotation", "plan_taper", "plan_oih", "calculate_period_mme"}
    names |= {"estimate_creatinine_clearance", "dose_ketamine", "dose_clonidine"}
    names |= {"dose_gabapentin", "dose_pregabalin", "dose_naltrexone", "Reference", "CalcError"}

    assert names <= set(calc.__all__)


def test_api_imports_calc_only_from_its_package() -> None:
    reaching = {
        str(path.relative_to(ROOT)): module
        for path in sorted((ROOT / "api").rglob("*.py"))
        for module in _imports(path)
        if module.startswith("calc.")
    }

    assert reaching == {}


def test_no_route_module_imports_another() -> None:
    routes = ROOT / "api" / "routes"
    crossing = {
        str(path.relative_to(ROOT)): module
        for path in sorted(routes.glob("*.py"))
        for module in _imports(path)
        if module.startswith("api.routes")
    }

    assert crossing == {}
