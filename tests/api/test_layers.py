"""
One place per job (issue 14): calc/ exports its whole public API from its package, api/ imports
calc only from there, no route module imports another (conversions live in api/convert/), and
the API's enums are calc's vocabularies (calc/vocabulary.py).
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any, get_args

from litestar.handlers import HTTPRouteHandler
from litestar.routes import HTTPRoute

import calc
from api.app import create_app
from api.area import Area
from api.config import Settings


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


def _schema_calls(path: Path) -> set[str]:
    """The api.schemas Structs a module builds (``s.MMEResponse(...)``, ``Flag(...)``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "api.schemas"
        for alias in node.names
    }
    names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("api.schemas.")
        for alias in node.names
    }
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if func.value.id in modules:
                found.add(func.attr)
        elif isinstance(func, ast.Name) and func.id in names:
            found.add(func.id)
    return found


def test_route_modules_leave_responses_to_api_convert() -> None:
    # Issue 14: calc-to-response conversion lives in api/convert/. A route builds no response
    # Struct; the exceptions are a request's own default and the NDJSON batch writer's rows
    # (a result or a problem per input line).
    built = {
        str(path.relative_to(ROOT)): calls
        for path in sorted((ROOT / "api" / "routes").glob("*.py"))
        if (calls := _schema_calls(path))
    }

    assert built == {
        "api/routes/period.py": {"PeriodBatchResult", "Problem"},
        "api/routes/rotation.py": {"MethadoneOptions"},
    }


OPENAPI = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
# Where each calc vocabulary shows in openapi.json: (component, property) -> the calc type.
VOCABULARY_FIELDS: dict[tuple[str, str], Any] = {
    ("Medication", "route"): calc.Route,
    ("PeriodPrescription", "route"): calc.Route,
    ("FactorChoice", "route"): calc.Route,
    ("Medication", "release"): calc.Release,
    ("PeriodPrescription", "release"): calc.Release,
    ("Medication", "dose_unit"): calc.DoseUnit,
    ("PeriodPrescription", "dose_unit"): calc.DoseUnit,
    ("Medication", "form"): calc.Form,
    ("Medication", "strength_unit"): calc.DispensingUnit,
    ("SafetyWarning", "severity"): calc.Severity,
    ("Card", "indicator"): calc.Severity,
    ("Patient", "sex"): calc.Sex,
    ("Patient", "hepatic_impairment"): calc.HepaticImpairment,
    ("KetamineRequest", "weight_basis"): calc.WeightBasis,
    ("GabapentinRequest", "weight_basis"): calc.WeightBasis,
    ("Clearance", "method"): calc.ClearanceMethod,
    ("MethadoneOptions", "strategy"): calc.MethadoneStrategy,
    ("TaperRequest", "preset"): calc.TaperPresetName,
    ("OIHRequest", "taper_preset"): calc.FixedTaperPreset,
    ("TaperRequest", "basis"): calc.TaperBasis,
    ("TaperResponse", "ends_at"): calc.TaperEnd,
    ("PeriodLine", "kind"): calc.PeriodLineKind,
}
# Enums that are the API's or a standard's own words, not the core's.
OWN_ENUMS = {
    ("available", "not_applicable"),  # an OIH strategy's status
    ("create", "update", "delete"),  # CDS Hooks action types
    ("at-most-one", "any"),  # CDS Hooks selection behaviour
    ("absolute", "smart"),  # CDS Hooks link types
    ("accepted", "overridden"),  # CDS Hooks feedback outcomes
    ("s", "min", "h", "d", "wk", "mo", "a"),  # FHIR timing units (UCUM)
}


def _enum(schema: dict[str, Any]) -> tuple[str, ...]:
    options = schema.get("oneOf", [schema])
    return tuple(v for option in options for v in option.get("enum", []) if v is not None)


def _enums(node: Any, where: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    if isinstance(node, dict):
        if "enum" in node:
            yield where, _enum(node)
        for key, value in node.items():
            yield from _enums(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _enums(value, f"{where}[{i}]")


def test_schema_enums_are_the_calc_vocabularies() -> None:
    schemas = OPENAPI["components"]["schemas"]
    found = {key: _enum(schemas[key[0]]["properties"][key[1]]) for key in VOCABULARY_FIELDS}

    assert found == {key: get_args(kind) for key, kind in VOCABULARY_FIELDS.items()}


def test_every_enum_is_a_calc_vocabulary_or_the_apis_own() -> None:
    vocabularies = {get_args(kind) for kind in VOCABULARY_FIELDS.values()}
    stray = {
        where: words
        for where, words in _enums(OPENAPI["components"], "components")
        if len(words) > 1 and words not in vocabularies | OWN_ENUMS
    }

    assert stray == {}


def test_no_schema_spells_out_a_calc_vocabulary() -> None:
    """api/schemas/ and api/cds/schemas.py annotate with calc's types, never a copy of them."""
    vocabularies = {frozenset(get_args(kind)) for kind in VOCABULARY_FIELDS.values()}
    copies: dict[str, list[str]] = {}
    for path in [*sorted((ROOT / "api" / "schemas").glob("*.py")), ROOT / "api/cds/schemas.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "Literal":
                words = frozenset(
                    str(n.value) for n in ast.walk(node.slice) if isinstance(n, ast.Constant)
                )
                if words in vocabularies:
                    copies[f"{path.relative_to(ROOT)}:{node.lineno}"] = sorted(words)

    assert copies == {}


def test_the_taper_presets_are_the_shipped_table_s(reference: calc.Reference) -> None:
    assert tuple(reference.tapers.presets) == get_args(calc.TaperPresetName)


def _areas() -> list[type[Area]]:
    """Every Area controller class that declares handlers of its own."""
    found, pending = [], list(Area.__subclasses__())
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if any(isinstance(v, HTTPRouteHandler) for v in vars(cls).values()):
            found.append(cls)
    return sorted(found, key=lambda c: c.__name__)


def _own_errors(handler: HTTPRouteHandler) -> set[int]:
    return {status for status in handler.responses or {} if status >= HTTPStatus.BAD_REQUEST}


def test_every_documented_operation_belongs_to_an_area_with_its_tag(
    reference: calc.Reference,
) -> None:
    app = create_app(reference, Settings())
    stray = {
        f"{method} {route.path}": type(getattr(handler.fn, "__self__", None)).__name__
        for route in app.routes
        if isinstance(route, HTTPRoute)
        for handler in route.route_handlers
        if handler.resolve_include_in_schema()
        for method in sorted(handler.http_methods)
        # a Controller's handler is a method bound to the controller
        if not isinstance(getattr(handler.fn, "__self__", None), Area)
        or len(handler.resolve_tags()) != 1
    }

    assert stray == {}


def test_areas_declare_tags_and_shared_problems_once() -> None:
    """A handler names no tag and no error status its controller declares; the statuses all of a
    controller's handlers document are the controller's."""
    repeated: dict[str, object] = {}
    for area in _areas():
        handlers = [v for v in vars(area).values() if isinstance(v, HTTPRouteHandler)]
        if not area.tags:
            repeated[area.__name__] = "no tag"
        for handler in handlers:
            if handler.tags or _own_errors(handler) & set(area.problems):
                repeated[str(handler.operation_id)] = (handler.tags, _own_errors(handler))
        if len(handlers) > 1 and set.intersection(*map(_own_errors, handlers)):
            repeated[area.__name__] = set.intersection(*map(_own_errors, handlers))

    assert repeated == {}


def test_no_route_decorator_names_a_tag() -> None:
    """Tags are a Controller's (api/area.py), never a handler's."""
    tagged = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in sorted((ROOT / "api").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and ast.unparse(node.func) in {"get", "post"}
        and any(k.arg == "tags" for k in node.keywords)
    ]

    assert tagged == []


# The plausibility check of a dose against its table row is worded with the dose as written
# (drug, route, unit) and runs on every line of every calculation: its message is built only on a
# refusal, which in_range's templates cannot say.
RANGE_CHECK_EXEMPT = {("calc/plausibility.py", "_check_dose")}


def _chained(test: ast.expr) -> bool:
    """``a <= b <= c`` (a range), or ``not`` one."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test = test.operand
    return isinstance(test, ast.Compare) and len(test.ops) == 2


def _raises_out_of_range(nodes: list[ast.stmt]) -> bool:
    return any(
        isinstance(n, ast.Raise)
        and isinstance(n.exc, ast.Call)
        and ast.unparse(n.exc.func) == "OutOfRangeError"
        for stmt in nodes
        for n in ast.walk(stmt)
    )


def range_refusals(source: str) -> list[str]:
    """Functions that refuse a value outside ``low <= value <= high`` themselves."""
    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef):
            continue
        for block in ast.walk(function):
            body = getattr(block, "body", None)
            if not isinstance(body, list):
                continue
            for i, stmt in enumerate(body):
                if not (isinstance(stmt, ast.If) and _chained(stmt.test)):
                    continue
                # `if not low <= x <= high: raise ...` or `if low <= x <= high: return x; raise ...`
                if _raises_out_of_range(stmt.body) or _raises_out_of_range(body[i + 1 :]):
                    found.append(function.name)
    return sorted(set(found))


def test_one_range_check() -> None:
    """Every refusal of a value outside its range goes through calc.in_range (calc/errors.py)."""
    checks = {
        (str(path.relative_to(ROOT)), name)
        for folder in ("calc", "api")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for name in range_refusals(path.read_text(encoding="utf-8"))
    }

    assert checks - RANGE_CHECK_EXEMPT == {("calc/errors.py", "in_range")}
