"""Shared fixtures: Hypothesis profiles, the validated reference tables, an API client."""

from __future__ import annotations

import decimal
import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings
from litestar import Litestar
from litestar.testing import TestClient

from api.app import create_app
from calc.reference import Reference
from tables.loader import load_reference
from tests import checked


settings.register_profile(
    "ci", derandomize=True, deadline=None, database=None, print_blob=True, max_examples=200
)
settings.register_profile("dev", deadline=None, max_examples=100)
# By hand, to look harder for a counterexample (HYPOTHESIS_PROFILE=stress); not in CI.
settings.register_profile("stress", deadline=None, max_examples=3000, database=None)
# `make mutation`: mutmut runs each test function more than once in one process, which Hypothesis
# reports as differing executors; the test classes hold no state, so it is safe to suppress there.
settings.register_profile(
    "mutation",
    deadline=None,
    max_examples=50,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.differing_executors],
)
_PROFILE = "mutation" if "MUTANT_UNDER_TEST" in os.environ else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _PROFILE))


@pytest.fixture(autouse=True)
def _trap_float_operations() -> Iterator[None]:
    """Any implicit mixing of float and Decimal in the code under test raises."""
    context = decimal.getcontext()
    before = context.traps[decimal.FloatOperation]
    context.traps[decimal.FloatOperation] = True
    yield
    context.traps[decimal.FloatOperation] = before


@pytest.fixture(scope="session", name="reference")
def _reference() -> Reference:
    return load_reference()


@pytest.fixture(scope="session", name="client")
def _client(reference: Reference) -> Iterator[TestClient[Litestar]]:
    with TestClient(app=create_app(reference), base_url="http://testserver.local") as client:
        yield client


@pytest.fixture(scope="session", autouse=True)
def _checked_construction() -> Iterator[None]:
    """Every value object of the core is checked as it is built (tests/checked.py)."""
    checked.install()
    yield
    checked.uninstall()


# Slow by nature (real servers, fuzzing, load, node, the browser): `make check` leaves them out,
# `make test` runs them. A test elsewhere can say so itself with @pytest.mark.slow.
_SLOW = (
    "tests/api/test_schemathesis.py",
    "tests/api/test_load.py",
    "tests/api/test_serve.py",
    "tests/api/test_dask.py",
    "tests/clients/",
    "tests/web/",
    # over a second each (Hypothesis over the whole input space; two spawned processes):
    "tests/calc/test_totality.py",
    "tests/calc/test_period_properties.py",
    "tests/api/test_operations.py::TestRateLimit::test_two_processes_share_one_count",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(_SLOW):  # ids are relative to the root (pyproject.toml)
            item.add_marker(pytest.mark.slow)
