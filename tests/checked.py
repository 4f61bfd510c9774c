"""
Checked construction: while the tests run, every value object the core builds is checked as it is
built, whichever test built it.

DESIGN.md section 4 and the developers' guide state invariants of every result, not of a chosen
few: a warning has a stable dotted code, one of three severities, a sentence for the clinician
and a source key that resolves in tables/sources.toml; a trace step says what was done, gives an
exact finite number with its unit (or no number and no unit for a step that only states a
choice) and cites a source; an error names its field, what was expected and what arrived; no
result holds NaN, infinity or a negative number. Checking them where the objects are made turns
every test of the suite into a test of these invariants; production builds the same objects
without the checks (they would cost the hot path, and a broken invariant is a bug in the code,
which the suite is there to catch).

``install()`` wraps the ``__init__`` of every attrs class of calc/ and of ``CalcError``;
``uninstall()`` restores them (tests/conftest.py does both around the session).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs

import calc
from api.codes import ERROR_CODES, WARNING_CODES
from calc.errors import CalcError
from calc.oih import Refusal
from calc.results import Alert, TraceStep
from tables.loader import load_reference


__all__ = ["InvariantError", "check", "install", "uninstall"]

CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9][a-z0-9_-]*)+$")
# A request field as the API names it: `to.drug`, `medications[0].dose`, `patient.qtc_ms`.
FIELD = re.compile(r"^[a-z][a-z0-9_]*(\[\d+\])?(\.[a-z][a-z0-9_]*(\[\d+\])?)*$")
SEVERITIES = frozenset({"info", "warning", "critical"})
# The units a trace step may carry: the request's dose units (DESIGN.md section 4), their daily
# forms, the MME and the patient and infusion units of the adjunct and renal calculations.
UNITS = frozenset(
    {
        "mg",
        "mcg",
        "mcg/h",
        "mg/day",
        "mg/24 h",
        "mcg/day",
        "MME/day",
        "mg/h",
        "mg/kg/h",
        "mg/mL",
        "mL/h",
        "mL/min",
        "mg/dL",
        "umol/L",
        "kg",
        "cm",
        "in",
        "years",
        "days",
        "%",
        "ratio",
        "mg per mg",
        "mg per mcg",
        "mg/day per mcg/h",
        "MME per mg",
        "MME per mcg",
        "MME/day per mcg/h",
        "MME",
    }
)
_SOURCES = frozenset(load_reference().sources)


def _listed(entries: list[dict[str, str]]) -> re.Pattern[str]:
    """The codes the contract lists (api/codes.py); ``<name>`` stands for one dotted part."""
    codes = [
        re.sub(r"\\<[a-z_]+\\>|<[a-z_]+>", "[a-z0-9_-]+", re.escape(e["code"])) for e in entries
    ]
    return re.compile(f"^(?:{'|'.join(codes)})$")


_WARNING_CODES = _listed(WARNING_CODES)
_ERROR_CODES = _listed(ERROR_CODES)
_ORIGINAL: dict[type, Callable[..., None]] = {}


class InvariantError(AssertionError):
    """A value object of the core broke an invariant of every result."""


def _sentence(text: object) -> bool:
    """Prose for the clinician: it may open with the drug or field it is about (``morphine
    oral: ...``), and it ends with a full stop (a closing parenthesis may follow)."""
    return _phrase(text) and str(text).rstrip(")").endswith(".")


def _phrase(text: object) -> bool:
    return isinstance(text, str) and text != "" and text == text.strip()


def _alert(alert: Alert) -> Iterator[str]:
    if not isinstance(alert.code, str) or not CODE.match(alert.code):
        yield f"code {alert.code!r} is not a lower-case dotted code"
    elif not _WARNING_CODES.match(alert.code):
        yield f"code {alert.code!r} is not listed in api/codes.py (run `make clients`)"
    if alert.severity not in SEVERITIES:
        yield f"severity {alert.severity!r} is not one of {sorted(SEVERITIES)}"
    if not _sentence(alert.message):
        yield f"message {alert.message!r} is not a sentence"
    if alert.source not in _SOURCES:
        yield f"source {alert.source!r} is not a key of tables/sources.toml"


def _step(step: TraceStep) -> Iterator[str]:
    if not _phrase(step.step):
        yield f"step {step.step!r} is not a phrase"
    if step.value is None:
        if step.unit != "":
            yield f"a step without a number has unit {step.unit!r}"
    elif step.unit not in UNITS:
        yield f"unit {step.unit!r} is not one of the known units"
    if step.source not in _SOURCES:
        yield f"source {step.source!r} is not a key of tables/sources.toml"


def _error(error: CalcError | Refusal) -> Iterator[str]:
    if not isinstance(error.code, str) or not CODE.match(error.code):
        yield f"code {error.code!r} is not a lower-case dotted code"
    elif not _ERROR_CODES.match(error.code):
        yield f"code {error.code!r} is not listed in api/codes.py (run `make clients`)"
    if not isinstance(error.field, str) or not FIELD.match(error.field):
        yield f"field {error.field!r} is not a request field"
    if not _phrase(error.expected):
        yield f"expected {error.expected!r} is not a phrase"
    if not _phrase(error.detail):
        yield f"detail {error.detail!r} is not a phrase"


def _is_input(cls: type) -> bool:
    """Requests (tests build out-of-range ones to see them refused), not results."""
    return cls.__module__ == "calc.models" or cls.__name__.endswith(("Options", "Order"))


def _numbers(instance: object) -> Iterator[str]:
    if _is_input(type(instance)):
        return
    for field in attrs.fields(type(instance)):  # type: ignore[arg-type]  # attrs.has() holds
        value = getattr(instance, field.name)
        if isinstance(value, Decimal) and (not value.is_finite() or value < 0):
            yield f"{field.name} = {value}: not a finite non-negative number"


def check(instance: object) -> list[str]:
    """What is wrong with one value object of the core (empty when nothing is)."""
    problems = list(_numbers(instance)) if attrs.has(type(instance)) else []
    if isinstance(instance, Alert):
        problems += _alert(instance)
    elif isinstance(instance, TraceStep):
        problems += _step(instance)
    elif isinstance(instance, CalcError | Refusal):
        problems += _error(instance)
    return problems


def _checked(cls: type, init: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        init(self, *args, **kwargs)
        if problems := check(self):
            msg = f"{cls.__qualname__}: {'; '.join(problems)} in {self!r}"
            raise InvariantError(msg)

    return __init__


def _classes() -> Iterator[type]:
    for info in pkgutil.walk_packages(calc.__path__, "calc."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == info.name and attrs.has(value):
                yield value
    yield CalcError


def install() -> None:
    """Check every attrs class of calc/ and every ``CalcError`` as it is constructed."""
    for cls in _classes():
        if cls not in _ORIGINAL:
            init = vars(cls).get("__init__") or getattr(cls, "__init__")  # noqa: B009
            _ORIGINAL[cls] = init
            type.__setattr__(cls, "__init__", _checked(cls, init))


def uninstall() -> None:
    """Restore the unchecked constructors."""
    for cls, init in _ORIGINAL.items():
        type.__setattr__(cls, "__init__", init)
    _ORIGINAL.clear()
