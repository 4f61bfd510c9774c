"""
The generated clients against a live server.

One uvicorn process serves the app on a free 127.0.0.1 port for this module. Through it:

- every operation of openapi.json is called through the Python client and through the
  TypeScript client, and each call is checked to have sent that operation's request;
- documented errors (422, 400, 404) are decoded as problem+json by both clients;
- the server requires an API key, which both clients send (and without one: a 401 problem);
- the Python client is built into a wheel, installed on its own, and the example in its README is
  run and its printed output compared.

To cover a new operation (plan_rotation, ...): add a ``@case("plan_rotation")`` function below and
an entry in ``cases`` in clients/typescript/test/client.test.ts. Both suites fail until every
operation id in openapi.json has one.
"""

from __future__ import annotations

import datetime as dt
import email.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from opioid_calc_client import AuthenticatedClient, Client
from opioid_calc_client.api.adjuncts import (
    dose_clonidine,
    dose_gabapentin,
    dose_ketamine,
    dose_naltrexone,
    dose_pregabalin,
)
from opioid_calc_client.api.calculations import (
    calculate_mme,
    calculate_period_mme,
    calculate_period_mme_batch,
    estimate_creatinine_clearance,
    plan_oih,
    plan_rotation,
    plan_taper,
)
from opioid_calc_client.api.cds_hooks import cds_call, cds_discovery, cds_feedback
from opioid_calc_client.api.fhir import mme_observation, translate_medication_requests
from opioid_calc_client.api.health import check_liveness, check_readiness
from opioid_calc_client.api.reference import get_table, list_drugs, list_tables
from opioid_calc_client.models import (
    CdsRequest,
    CdsResponse,
    ClonidineRequest,
    ClonidineResponse,
    DrugList,
    FeedbackReceived,
    FeedbackRequest,
    FhirOrdersRequest,
    GabapentinRequest,
    GabapentinResponse,
    Health,
    KetamineRequest,
    KetamineResponse,
    Medication,
    MedicationLinesResponse,
    MMERequest,
    MMEResponse,
    NaltrexoneRequest,
    NaltrexoneResponse,
    ObservationRequest,
    ObservationResponse,
    OIHPlanResponse,
    OIHRequest,
    Patient,
    PeriodMMERequest,
    PeriodMMEResponse,
    PeriodPrescription,
    PregabalinRequest,
    Quantity,
    PregabalinResponse,
    Problem,
    RenalFunctionRequest,
    RenalFunctionResponse,
    RotationRequest,
    RotationResponse,
    Services,
    TableDetail,
    TableList,
    TaperRequest,
    TaperResponse,
    TargetSpec,
)
from opioid_calc_client.types import File, Response
from tests.live import live_server

from api.guards import digest
from bench.workload import cds_order_select, fhir_medication_request


ROOT = Path(__file__).resolve().parents[2]
# The module's server requires this API key (issue 14): both clients send it on every call.
API_KEY = "clients-test-key-0123456789abcdefghijklmnopqrstu"
PYTHON_CLIENT = ROOT / "clients" / "python"
TS_CLIENT = ROOT / "clients" / "typescript"
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
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


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The URL of a live server, ready before the first test and stopped after the last."""
    with live_server({"OPIOID_CALC_API_KEYS": f"clients:{digest(API_KEY)}"}) as url:
        yield url


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(base_url: str, sent: list[httpx.Request]) -> Iterator[AuthenticatedClient]:
    """A Python client of the live server that records the requests it sends in ``sent``."""
    with AuthenticatedClient(
        base_url=base_url,
        token=API_KEY,
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


# The NIH HEAL calculator's vignette example (mmequiv, API response 19616d): 355 MME, mme4 55.
VIGNETTE = PeriodMMERequest(
    prescriptions=[
        PeriodPrescription(drug="hydrocodone", route="oral", dose=10, dose_unit="mg",
                           doses_per_day=4, days_of_medication=7),
        PeriodPrescription(drug="oxycodone", route="oral", dose=5, dose_unit="mg",
                           doses_per_day=2, days_of_medication=5),
    ],
    therapy_days=7,
    observation_window_days=14,
)  # fmt: skip


@case("calculate_period_mme")
def _calculate_period_mme(client: Client) -> None:
    result = calculate_period_mme.sync(client=client, body=VIGNETTE)

    assert isinstance(result, PeriodMMEResponse)
    group = result.with_buprenorphine
    assert (group.total_mme, group.total_days, group.mme4) == (355.0, 12, 55.0)
    assert (group.mme1, group.mme2, group.mme3) == (29.58, 50.71, 25.36)
    assert result.table.id == "nih-heal"


@case("calculate_period_mme_batch")
def _calculate_period_mme_batch(client: Client) -> None:
    lines = [json.dumps({"patient_id": p, "request": VIGNETTE.to_dict()}) for p in ("a", "b")]
    body = File(payload=io.BytesIO("\n".join(lines).encode()))

    result = calculate_period_mme_batch.sync(client=client, body=body)

    assert isinstance(result, File)
    rows = [json.loads(line) for line in result.payload.read().splitlines()]
    assert [("a", 355.0), ("b", 355.0)] == [
        (r["patient_id"], r["result"]["with_buprenorphine"]["total_mme"]) for r in rows
    ]


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
    body = TaperRequest(medications=[er], start_date=dt.date(2026, 12, 1), preset="acute-short")
    result = plan_taper.sync(client=client, body=body)

    assert isinstance(result, TaperResponse)
    assert [(s.date, s.lines[0].daily_dose) for s in result.steps] == [
        (dt.date(2026, 12, 1), 10.0),
        (dt.date(2026, 12, 3), 0.0),
    ]


@case("plan_oih")
def _plan_oih(client: Client) -> None:
    body = OIHRequest(medications=[OXYCODONE], start_date=dt.date(2026, 12, 1))
    result = plan_oih.sync(client=client, body=body)

    assert isinstance(result, OIHPlanResponse)
    assert result.total_mme_per_day == 45.0
    assert result.taper.status == "available"
    assert result.cut_and_methadone.status == "available"


# Cockcroft-Gault on the actual weight needs no height: female, 40 years, 72 kg, SCr 1.0 mg/dL.
CG_PATIENT = Patient(age_years=40, sex="female", weight_kg=72, serum_creatinine_mg_dl=1.0)


@case("estimate_creatinine_clearance")
def _estimate_creatinine_clearance(client: Client) -> None:
    body = RenalFunctionRequest(patient=CG_PATIENT, weight_basis="actual")
    result = estimate_creatinine_clearance.sync(client=client, body=body)

    # (140 - 40) x 72 kg / (72 x 1.0 mg/dL) = 100 mL/min, x 0.85 (female) = 85 (clinical.md A12,
    # TABERS); not below the 60 mL/min renal-impairment threshold (thresholds.toml, NEURONTIN).
    assert isinstance(result, RenalFunctionResponse)
    assert result.creatinine_clearance_ml_min == 85.0
    assert (result.weight.basis, result.weight.dosing_weight_kg) == ("actual", 72.0)
    assert result.renal_impairment is False


# --- adjuncts (tables/adjunct-*.toml) ---


@case("dose_ketamine")
def _dose_ketamine(client: Client) -> None:
    body = KetamineRequest(
        rate_mg_per_kg_per_h=0.2,
        patient=Patient(weight_kg=70),
        weight_basis="actual",
        concentration_mg_per_ml=2,
    )
    result = dose_ketamine.sync(client=client, body=body)

    # 0.2 mg/kg/h (within 0.1-0.5) x 70 kg actual = 14 mg/h; x 24 h = 336 mg; / 2 mg/mL = 7 mL/h.
    assert isinstance(result, KetamineResponse)
    assert (result.weight.basis, result.weight.dosing_weight_kg) == ("actual", 70.0)
    assert (result.dose_mg_per_h, result.amount_mg_per_24h, result.infusion_ml_per_h) == (
        14.0,
        336.0,
        7.0,
    )
    assert (result.rate_range.min_, result.rate_range.max_) == (0.1, 0.5)


@case("dose_clonidine")
def _dose_clonidine(client: Client) -> None:
    result = dose_clonidine.sync(client=client, body=ClonidineRequest(dose_mg=0.1))

    # 0.1 mg (a tablet) twice daily = 0.2 mg/day, every 24 / 2 = 12 h. Stopping: one 0.1 mg tablet
    # less per level, 0.2 -> 0.1 mg/day is 1 level of ceil(4 days / 1) = 4 days; stop on day 5.
    assert isinstance(result, ClonidineResponse)
    assert (result.dose_mg, result.doses_per_day, result.daily_mg) == (0.1, 2, 0.2)
    assert result.interval_hours == 12.0
    assert [(x.day_from, x.day_to, x.daily_mg) for x in result.taper] == [(1, 4, 0.1)]
    assert result.stop_day == 5


@case("dose_gabapentin")
def _dose_gabapentin(client: Client) -> None:
    body = GabapentinRequest(target_mg_per_day=900, patient=Patient(creatinine_clearance_ml_min=90))
    result = dose_gabapentin.sync(client=client, body=body)

    # CrCl 90 >= 60: Neurontin row 900-3600 mg/day TID; cap min(3600, 1800) = 1800 >= 900, so
    # 900 mg/day = 3 x 300 mg. Titration 300 mg/day on day 1, +300 mg/day: 300, 600, 900.
    assert isinstance(result, GabapentinResponse)
    assert result.clearance.creatinine_clearance_ml_min == 90.0
    band = result.renal_band
    assert (band.daily_min_mg, band.daily_max_mg, band.doses_per_day) == (900.0, 3600.0, [3])
    assert result.cap_mg_per_day == 1800.0
    maintenance = result.maintenance
    assert (maintenance.doses_per_day, maintenance.dose_mg, maintenance.daily_mg) == (3, 300, 900)
    assert [(d.day, d.target_mg_per_day) for d in result.titration] == [
        (1, 300.0),
        (2, 600.0),
        (3, 900.0),
    ]


@case("dose_pregabalin")
def _dose_pregabalin(client: Client) -> None:
    body = PregabalinRequest(
        target_mg_per_day=300, patient=CG_PATIENT, doses_per_day=2, weight_basis="actual"
    )
    result = dose_pregabalin.sync(client=client, body=body)

    # Cockcroft-Gault 85 mL/min (as for estimate_creatinine_clearance) >= 60: label row
    # 150-600 mg/day BID or TID; 300 mg/day <= 600, BID = 2 x 150 mg.
    assert isinstance(result, PregabalinResponse)
    assert result.clearance.method == "cockcroft-gault"
    assert result.clearance.creatinine_clearance_ml_min == 85.0
    assert (result.renal_band.daily_min_mg, result.renal_band.daily_max_mg) == (150.0, 600.0)
    maintenance = result.maintenance
    assert (maintenance.doses_per_day, maintenance.dose_mg, maintenance.daily_mg) == (2, 150, 300)


@case("dose_naltrexone")
def _dose_naltrexone(client: Client) -> None:
    body = NaltrexoneRequest(target_mg_per_day=2, medications=[OXYCODONE])
    result = dose_naltrexone.sync(client=client, body=body)

    # Target 2 mg/day (within 1-4.5); defaults start 1 mg, +0.5 mg every 14 days: days 1, 15, 29.
    # Oxycodone is not in partial_agonists (buprenorphine only), so it is a full agonist.
    assert isinstance(result, NaltrexoneResponse)
    assert [(s.day_from, s.daily_mg) for s in result.titration] == [(1, 1.0), (15, 1.5), (29, 2.0)]
    assert (result.full_agonists, result.partial_agonists) == (["oxycodone"], [])
    assert "naltrexone.full_agonist_conflict" in {w.code for w in result.warnings}


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


# FHIR R4 and CDS Hooks: oxycodone ER 10 mg (RxCUI 1049502) every 12 hours, the CDC MME
# calculator's example: 20 mg/day x 1.5 = 30 MME/day on CDC 2022 [CDC22].
ORDER = fhir_medication_request()


@case("translate_medication_requests")
def _translate_medication_requests(client: Client) -> None:
    body = FhirOrdersRequest.from_dict({"medication_requests": [ORDER]})
    result = translate_medication_requests.sync(client=client, body=body)

    assert isinstance(result, MedicationLinesResponse)
    line = result.lines[0]
    assert (line.request_id, line.rxcui) == ("oxycodone-er", "1049502")
    med = line.medication
    assert (med.drug, med.route, med.release, med.dose, med.interval_hours) == (
        "oxycodone",
        "oral",
        "extended",
        10.0,
        12.0,
    )


@case("mme_observation")
def _mme_observation(client: Client) -> None:
    body = ObservationRequest.from_dict({"medication_requests": [ORDER]})
    result = mme_observation.sync(client=client, body=body)

    assert isinstance(result, ObservationResponse)
    quantity = result.observation.value_quantity
    assert isinstance(quantity, Quantity)
    assert (quantity.value, quantity.code) == (30.0, "mg/d")


@case("cds_discovery")
def _cds_discovery(client: Client) -> None:
    result = cds_discovery.sync(client=client)

    assert isinstance(result, Services)
    assert {"order-select", "order-sign", "patient-view"} == {s.hook for s in result.services}


@case("cds_call")
def _cds_call(client: Client) -> None:
    body = CdsRequest.from_dict(cds_order_select())
    result = cds_call.sync("opioid-mme-order-select", client=client, body=body)

    assert isinstance(result, CdsResponse)
    assert "30 MME/day" in result.cards[0].summary


@case("cds_feedback")
def _cds_feedback(client: Client) -> None:
    # The CDS Hooks 2.0 specification's feedback example (card accepted with one suggestion).
    entry = {
        "card": "4e0a3a1e-3283-4575-ab82-028d55fe2719",
        "outcome": "accepted",
        "acceptedSuggestions": [{"id": "e56e1945-20b3-4393-8503-a1a20fd73152"}],
        "outcomeTimestamp": "2021-12-11T10:05:31Z",
    }
    body = FeedbackRequest.from_dict({"feedback": [entry]})
    result = cds_feedback.sync("opioid-mme-order-select", client=client, body=body)

    assert isinstance(result, FeedbackReceived)
    assert result.received == 1


def test_every_case_is_an_operation_of_openapi_json() -> None:
    assert sorted(OPERATIONS) == sorted(CASES), "add a @case for each new operation id"


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_python_client_calls(operation_id: str, client: Client, sent: list[httpx.Request]) -> None:
    call = CASES.get(operation_id)
    assert call is not None, f"no @case({operation_id!r}) in {Path(__file__).name}"

    call(client)

    assert [_operation_of(r) for r in sent] == [operation_id]


def test_python_client_line_shapes(client: Client) -> None:
    """RxCUI 1049621 (oxycodone 5 MG Oral Tablet) x (120 / 30 days) x 1.5 = 30; a 25 mcg/h
    fentanyl patch x (10 patches / 30 days) x 7.2 = 60 (CDC data file example, CMS18 vii)."""
    body = MMERequest(
        table="cms-2018",
        medications=[
            Medication(rxcui="1049621", quantity_dispensed=120, days_supply=30),
            Medication(
                drug="fentanyl",
                route="transdermal",
                strength=25,
                strength_unit="mcg/h",
                quantity_dispensed=10,
                days_supply=30,
            ),
        ],
    )
    result = calculate_mme.sync(client=client, body=body)

    assert isinstance(result, MMEResponse)
    assert result.total_mme_per_day == 90.0
    assert [(x.drug, x.mme_per_day) for x in result.lines] == [
        ("oxycodone", 30.0),
        ("fentanyl", 60.0),
    ]


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


@pytest.fixture(scope="module")
def open_base_url() -> Iterator[str]:
    """A server without API keys, as `make serve` runs locally (the README's example)."""
    with live_server() as url:
        yield url


def test_without_the_key_the_python_client_gets_a_401_problem(base_url: str) -> None:
    with Client(base_url=base_url, raise_on_unexpected_status=True) as keyless:
        answer = list_drugs.sync_detailed(client=keyless)

    assert answer.status_code == 401
    assert isinstance(answer.parsed, Problem)
    assert answer.parsed.code == "auth.api_key"


def test_python_client_wheel_installs_alone_and_runs_its_readme(
    open_base_url: str, tmp_path: Path
) -> None:
    base_url = open_base_url
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
        "OPIOID_CALC_API_KEY": API_KEY,
    }
    report = _run(
        [_executable("node"), "--test", "--test-reporter=tap", *typescript_tests],
        cwd=TS_CLIENT,
        env=env,
    )

    assert "# fail 0" in report.stdout
