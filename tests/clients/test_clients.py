"""
The generated clients against a live server.

One uvicorn process serves the app on a free 127.0.0.1 port for this module. Through it:

- every operation of openapi.json is called through the Python client and through the
  TypeScript client, and each call is checked to have sent that operation's request;
- documented errors (422, 400, 404) are decoded as problem+json by both clients;
- the Python client is built into a wheel, installed on its own, and the example in its README is
  run and its printed output compared.

To cover a new operation (plan_rotation, ...): add a ``@case("plan_rotation")`` function below and
an entry in ``cases`` in clients/typescript/test/client.test.ts. Both suites fail until every
operation id in openapi.json has one.
"""

from __future__ import annotations

import email.parser
import datetime
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import httpx
import pytest
from opioid_calc_client import Client
from opioid_calc_client.api.calculations import calculate_mme, plan_oih, plan_rotation, plan_taper
from opioid_calc_client.api.health import check_liveness, check_readiness
from opioid_calc_client.api.reference import get_table, list_drugs, list_tables
from opioid_calc_client.models import (
    DrugList,
    Health,
    Medication,
    MMERequest,
    MMEResponse,
    OIHPlanResponse,
    OIHRequest,
    Problem,
    RotationRequest,
    RotationResponse,
    TableDetail,
    TableList,
    TaperRequest,
    TaperResponse,
    TargetSpec,
)
from opioid_calc_client.types import Response

ROOT = Path(__file__).resolve().parents[2]
PYTHON_CLIENT = ROOT / "clients" / "python"
TS_CLIENT = ROOT / "clients" / "typescript"
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
START_TIMEOUT_S = 30.0
COMMAND_TIMEOUT_S = 300.0
README_BASE_URL = "http://127.0.0.1:8000"


def _operations() -> dict[str, tuple[str, re.Pattern[str]]]:
    """Operation id -> (HTTP method, pattern of its path) for every operation in openapi.json."""
    found = {}
    for path, item in SPEC["paths"].items():
        pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method, operation in item.items():
            found[operation["operationId"]] = (method.upper(), pattern)
    return found


OPERATIONS = _operations()


def _operation_of(request: httpx.Request) -> str:
    matches = [
        op
        for op, (method, pattern) in OPERATIONS.items()
        if request.method == method and pattern.match(request.url.path)
    ]
    assert len(matches) == 1, f"{request.method} {request.url.path} matches {matches}"
    return matches[0]


def _run(
    args: Sequence[str | Path], cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(  # noqa: S603  (fixed argument lists, no shell)
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=COMMAND_TIMEOUT_S,
    )
    if done.returncode != 0:
        pytest.fail(f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def _executable(name: str) -> str:
    path = shutil.which(name)
    assert path is not None, f"{name} is not on PATH"
    return path


# --- the server -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def _wait_ready(process: subprocess.Popen[bytes], url: str) -> bool:
    """True once /health/ready answers 200; False if the server exits (e.g. the port was taken)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            if httpx.get(f"{url}/health/ready", timeout=1.0).status_code == 200:
                return True
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail(f"{url}/health/ready did not answer within {START_TIMEOUT_S} s")


def _serve(log: IO[bytes]) -> tuple[subprocess.Popen[bytes], str]:
    """Start uvicorn on a free loopback port; try another port if that one was taken meanwhile."""
    for _ in range(3):
        port = _free_port()
        process = subprocess.Popen(  # noqa: S603  (fixed argument list, no shell)
            [
                *(sys.executable, "-m", "uvicorn", "api.app:app"),
                *("--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"),
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            if _wait_ready(process, url):
                return process, url
        except BaseException:
            _stop(process)
            raise
        process.wait(timeout=10)
    log.seek(0)
    pytest.fail(f"uvicorn did not start:\n{log.read().decode(errors='replace')}")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The URL of a live server, ready before the first test and stopped after the last."""
    with tempfile.TemporaryFile() as log:
        process, url = _serve(log)
        try:
            yield url
        finally:
            _stop(process)


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(base_url: str, sent: list[httpx.Request]) -> Iterator[Client]:
    """A Python client of the live server that records the requests it sends in ``sent``."""
    with Client(
        base_url=base_url,
        raise_on_unexpected_status=True,
        timeout=httpx.Timeout(10.0),
        httpx_args={"event_hooks": {"request": [sent.append]}},
    ) as python_client:
        yield python_client


# --- every operation through the Python client ----------------------------------------------

Case = Callable[[Client], None]
CASES: dict[str, Case] = {}


def case(operation_id: str) -> Callable[[Case], Case]:
    """Register a successful call of ``operation_id`` through the Python client."""

    def register(function: Case) -> Case:
        CASES[operation_id] = function
        return function

    return register


OXYCODONE = Medication(drug="oxycodone", route="oral", dose=10, dose_unit="mg", doses_per_day=3)


@case("calculate_mme")
def _calculate_mme(client: Client) -> None:
    result = calculate_mme.sync(client=client, body=MMERequest(medications=[OXYCODONE]))

    assert isinstance(result, MMEResponse)
    assert result.total_mme_per_day == 45.0
    assert result.table.id == "cdc-2022"
    assert [(x.drug, x.conversion_factor, x.mme_per_day) for x in result.lines] == [
        ("oxycodone", 1.5, 45.0)
    ]
    assert re.fullmatch("[0-9a-f]{32}", result.calculation_id)


@case("plan_rotation")
def _plan_rotation(client: Client) -> None:
    body = RotationRequest(
        from_=[OXYCODONE], to=TargetSpec(drug="morphine", route="oral", release="extended")
    )
    result = plan_rotation.sync(client=client, body=body)

    # 30 mg/day oxycodone x 1.5 (UTD) = 45 mg/day morphine; 25% -> 33.75 -> 15 mg ER q12h.
    assert isinstance(result, RotationResponse)
    assert (result.total_mme_per_day, result.reduction.reduced_daily_dose) == (45.0, 33.75)
    assert result.practical_regimen is not None
    assert result.practical_regimen.daily_total == 30.0


@case("plan_taper")
def _plan_taper(client: Client) -> None:
    er = Medication(
        drug="oxycodone", route="oral", release="extended", dose=10, dose_unit="mg", doses_per_day=2
    )
    body = TaperRequest(medications=[er], start_date=datetime.date(2026, 12, 1), preset="acute-short")
    result = plan_taper.sync(client=client, body=body)

    assert isinstance(result, TaperResponse)
    assert [(s.date, s.lines[0].daily_dose) for s in result.steps] == [
        (datetime.date(2026, 12, 1), 10.0),
        (datetime.date(2026, 12, 3), 0.0),
    ]


@case("plan_oih")
def _plan_oih(client: Client) -> None:
    body = OIHRequest(medications=[OXYCODONE], start_date=datetime.date(2026, 12, 1))
    result = plan_oih.sync(client=client, body=body)

    assert isinstance(result, OIHPlanResponse)
    assert result.total_mme_per_day == 45.0
    assert result.taper.status == "available"
    assert result.cut_and_methadone.status == "available"


@case("check_liveness")
def _check_liveness(client: Client) -> None:
    result = check_liveness.sync(client=client)

    assert isinstance(result, Health)
    assert result.status == "live"


@case("check_readiness")
def _check_readiness(client: Client) -> None:
    result = check_readiness.sync(client=client)

    assert isinstance(result, Health)
    assert result.status == "ready"
    assert result.tables > 0


@case("get_table")
def _get_table(client: Client) -> None:
    result = get_table.sync("cdc-2022", client=client)

    assert isinstance(result, TableDetail)
    assert result.table.id == "cdc-2022"
    assert [row.factor for row in result.factors if row.drug == "oxycodone"] == [1.5]


@case("list_drugs")
def _list_drugs(client: Client) -> None:
    result = list_drugs.sync(client=client)

    assert isinstance(result, DrugList)
    oral = [d for d in result.drugs if (d.drug, d.route) == ("oxycodone", "oral")]
    assert len(oral) == 1
    assert "cdc-2022" in oral[0].mme_tables


@case("list_tables")
def _list_tables(client: Client) -> None:
    result = list_tables.sync(client=client)

    assert isinstance(result, TableList)
    assert "cdc-2022" in {t.table.id for t in result.tables}


def test_every_case_is_an_operation_of_openapi_json() -> None:
    assert sorted(OPERATIONS) == sorted(CASES), "add a @case for each new operation id"


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_python_client_calls(operation_id: str, client: Client, sent: list[httpx.Request]) -> None:
    call = CASES.get(operation_id)
    assert call is not None, f"no @case({operation_id!r}) in {Path(__file__).name}"

    call(client)

    assert [_operation_of(r) for r in sent] == [operation_id]


# --- problem+json errors through the Python client ------------------------------------------


def _mme_of(**changes: Any) -> MMERequest:
    fields = {**OXYCODONE.to_dict(), **changes}
    return MMERequest(medications=[Medication.from_dict(fields)])


ProblemCall = Callable[[Client], Response[Any]]
PROBLEMS: dict[str, tuple[str, ProblemCall, int, str, str | None]] = {
    "422 for a drug the table does not cover": (
        "calculate_mme",
        lambda c: calculate_mme.sync_detailed(client=c, body=_mme_of(drug="unobtainium")),
        422,
        "mme.drug_not_covered",
        "medications[0].drug",
    ),
    "400 for a negative dose": (
        "calculate_mme",
        lambda c: calculate_mme.sync_detailed(client=c, body=_mme_of(dose=-10)),
        400,
        "request.invalid",
        "medications[0].dose",
    ),
    "404 for an unknown table": (
        "get_table",
        lambda c: get_table.sync_detailed("no-such-table", client=c),
        404,
        "http.404",
        None,
    ),
    "400 for a table id that is too long": (
        "get_table",
        lambda c: get_table.sync_detailed("x" * 41, client=c),
        400,
        "request.invalid",
        "table_id",
    ),
}


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_python_client_decodes_problems(
    name: str, client: Client, sent: list[httpx.Request]
) -> None:
    operation_id, call, status, code, field = PROBLEMS[name]

    response = call(client)

    assert [_operation_of(r) for r in sent] == [operation_id]
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.parsed
    assert isinstance(problem, Problem)
    assert (problem.status, problem.code, problem.field) == (status, code, field)
    assert problem.detail


# --- the Python client as a package, and its README example ---------------------------------


def _readme_example() -> tuple[str, str]:
    """The ``python`` block under "## Usage" in the client's README, and the output shown after."""
    readme = (PYTHON_CLIENT / "README.md").read_text(encoding="utf-8")
    found = re.search(
        r"^## Usage$.*?^```python\n(.*?)^```$.*?^```text\n(.*?)^```$",
        readme,
        re.MULTILINE | re.DOTALL,
    )
    assert found is not None, "README.md has no python example followed by its output"
    code, output = found.groups()
    assert README_BASE_URL in code
    return code, output


def test_python_client_wheel_installs_alone_and_runs_its_readme(
    base_url: str, tmp_path: Path
) -> None:
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    wheels = tmp_path / "wheels"
    offline = ["--quiet", "--no-deps", "--no-index"]
    _run([*pip, "wheel", *offline, "--no-build-isolation", "--wheel-dir", wheels, PYTHON_CLIENT])
    (wheel,) = wheels.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.parser.Parser().parsestr(archive.read(name).decode())
    requires = {
        re.split(r"[\s;<>=!~\[(]", r, maxsplit=1)[0].lower()
        for r in metadata.get_all("Requires-Dist", [])
    }

    assert metadata["Name"] == "opioid-calc-client"
    assert requires == {"httpx", "attrs"}

    site = tmp_path / "site"
    _run([*pip, "install", *offline, "--target", site, wheel])
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = _run(
        [sys.executable, "-c", "import opioid_calc_client as m; print(m.__file__)"],
        cwd=tmp_path,
        env=env,
    ).stdout
    code, expected = _readme_example()
    printed = _run(
        [sys.executable, "-c", code.replace(README_BASE_URL, base_url)], cwd=tmp_path, env=env
    ).stdout

    assert Path(where.strip()).is_relative_to(site)
    assert printed == expected


# --- the TypeScript client ------------------------------------------------------------------


@pytest.fixture(scope="module")
def typescript_tests() -> list[Path]:
    """Install the locked node packages, type-check and build the package, compile its tests."""
    _run([sys.executable, ROOT / "scripts" / "clients.py", "node-deps"])
    tsc = TS_CLIENT / "node_modules" / ".bin" / "tsc"
    _run([tsc, "--noEmit"], cwd=TS_CLIENT)
    _run([tsc, "-p", "tsconfig.build.json"], cwd=TS_CLIENT)
    shutil.rmtree(TS_CLIENT / ".test-build", ignore_errors=True)
    _run([tsc, "-p", "tsconfig.test.json"], cwd=TS_CLIENT)
    compiled = sorted((TS_CLIENT / ".test-build" / "test").glob("*.test.js"))
    assert compiled, "no compiled tests in clients/typescript/.test-build/test"
    return compiled


def test_typescript_client(base_url: str, typescript_tests: list[Path]) -> None:
    env = {
        **os.environ,
        "OPIOID_CALC_BASE_URL": base_url,
        "OPIOID_CALC_OPENAPI": str(ROOT / "openapi.json"),
    }
    report = _run(
        [_executable("node"), "--test", "--test-reporter=tap", *typescript_tests],
        cwd=TS_CLIENT,
        env=env,
    )

    assert "# fail 0" in report.stdout
