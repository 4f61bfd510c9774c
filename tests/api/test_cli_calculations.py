"""
``opioid-calc`` calculation subcommands and ``tables check`` (issue 14): the API's request and
answer without HTTP, its refusals, and exit codes that say what went wrong.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import TYPE_CHECKING, Any

import pytest
from litestar.testing import TestClient

from api.cli import main
from api.cli.calculate import COMMANDS, EXIT_INVALID, EXIT_REFUSED
from api.cli.tables import EXIT_TABLE
from api.guards import digest
from bench.workload import OPERATIONS, mme_example


if TYPE_CHECKING:
    from pathlib import Path

    from litestar import Litestar


OXYCODONE = {
    "drug": "oxycodone",
    "route": "oral",
    "dose": 10,
    "dose_unit": "mg",
    "doses_per_day": 3,
}


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    stdin: bytes = b"",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    status = main(argv)
    out = capsys.readouterr()
    return status, out.out, out.err


def test_mme_from_flags_prints_the_summary(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Oxycodone 10 mg three times a day: 30 mg x 1.5 = 45 MME/day (CDC 2022)."""
    status, out, _ = _run(capsys, monkeypatch, ["mme", "--med", "oxycodone,oral,10,mg,3"])

    assert 0 == status
    assert out.startswith("Total: 45 MME/day")


@pytest.mark.parametrize(("command", "entry"), sorted(COMMANDS.items()))
def test_every_calculation_answers_as_the_api(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    client: TestClient[Litestar],
    command: str,
    entry: tuple[str, str | None, str],
) -> None:
    """The same JSON in, the same JSON out (the calculation id included) as over HTTP."""
    operation_id = entry[0]
    path, example = next((o.path, o.example) for o in OPERATIONS if o.operation_id == operation_id)
    raw = json.dumps(example).encode()

    status, out, _ = _run(capsys, monkeypatch, [command, "-", "--json"], raw)

    assert 0 == status
    assert client.post(path, content=raw, headers={"content-type": "application/json"}).json() == (
        json.loads(out)
    )


def test_a_request_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    request = tmp_path / "request.json"
    request.write_text(json.dumps(mme_example()), encoding="utf-8")

    status, out, _ = _run(capsys, monkeypatch, ["mme", str(request)])

    assert 0 == status
    assert "calculation_id" in out


@pytest.mark.parametrize(
    ("stdin", "field"),
    [
        (b'{"medications":[{"drug":"oxycodone","dose":10,"dose":1000}]}', "medications[0].dose"),
        (
            json.dumps({"medications": [{**OXYCODONE, "dose": "10"}]}).encode(),
            "medications[0].dose",
        ),
        (b'{"medications":[', None),
    ],
    ids=["duplicate-key", "string-for-number", "truncated"],
)
def test_an_invalid_request_exits_3_naming_the_field(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: bytes,
    field: str | None,
) -> None:
    status, out, err = _run(capsys, monkeypatch, ["mme"], stdin)

    assert (EXIT_INVALID, "") == (status, out)
    assert "invalid request" in err
    assert field is None or field in err


def test_a_clinical_refusal_exits_4_with_its_code(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = _run(capsys, monkeypatch, ["mme", "--med", "unobtainium,oral,10,mg,3"])

    assert EXIT_REFUSED == status
    assert "mme.drug_not_covered" in err
    assert "medications[0].drug" in err


def test_an_extended_release_line_and_a_dated_taper_from_flags(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """OxyContin 40 mg twice a day: 80 mg x 1.5 = 120 MME/day (CDC 2022), tapered from a date."""
    argv = ["taper", "--med", "oxycodone,oral,40,mg,2,extended", "--start-date", "2027-01-04"]

    status, out, err = _run(capsys, monkeypatch, [*argv, "--json"])

    answer: dict[str, Any] = json.loads(out)
    assert (0, "") == (status, err)
    first = answer["steps"][0]
    assert 120 == answer["original_mme_per_day"]
    assert "extended" == first["lines"][0]["regimen"]["release"]
    assert str(dt.date(2027, 1, 4) + dt.timedelta(days=first["day"])) == first["date"]


def test_a_refusal_names_its_field_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fentanyl IV 100 mg (a mcg/mg slip) is refused (dose.implausible), the field named once."""
    status, _, err = _run(capsys, monkeypatch, ["mme", "--med", "fentanyl,intravenous,100,mg,24"])

    assert (EXIT_REFUSED, 1) == (status, err.count("medications[0].dose"))


def test_a_dose_that_is_not_a_number_says_which(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = _run(capsys, monkeypatch, ["mme", "--med", "oxycodone,oral,ten,mg,2"])

    assert 2 == status
    assert "DOSE must be a number, got 'ten'" in err


def test_a_malformed_flag_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = _run(capsys, monkeypatch, ["mme", "--med", "oxycodone,oral"])

    assert 2 == status
    assert "DRUG,ROUTE,DOSE,UNIT,PER_DAY" in err


def test_rotation_from_flags(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["rotation", "--med", "oxycodone,oral,10,mg,3", "--to", "hydromorphone,oral", "--json"]

    status, out, _ = _run(capsys, monkeypatch, argv)

    answer: dict[str, Any] = json.loads(out)
    assert 0 == status
    assert "hydromorphone" == answer["target"]["drug"]


class TestTablesCheck:
    def test_the_published_tables_are_valid(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        status, out, _ = _run(capsys, monkeypatch, ["tables", "check", str(tmp_path)])

        assert 0 == status
        assert "cdc-2022" in out

    def test_a_broken_table_exits_5_naming_the_file(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        (tmp_path / "our-mme.toml").write_text("[table]\nid = 'ours'\n", encoding="utf-8")

        status, _, err = _run(capsys, monkeypatch, ["tables", "check", str(tmp_path)])

        assert EXIT_TABLE == status
        assert "our-mme.toml" in err

    def test_a_missing_folder_exits_5(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        status, _, err = _run(capsys, monkeypatch, ["tables", "check", str(tmp_path / "none")])

        assert EXIT_TABLE == status
        assert "does not exist" in err


def test_make_serve_takes_a_port() -> None:
    """`make serve PORT=...` (and HOST, WORKERS) runs `opioid-calc serve`, runtime only."""
    from tests.live import ROOT

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    serve = makefile.split("\nserve:", 1)[1].split("\n\n", 1)[0]

    assert "api.cli serve" in serve
    assert "--port $(PORT)" in serve
    assert "$(RUNTIME)" in serve
    assert "[test]" not in makefile.split("$(RUNTIME):", 1)[1].split("\n\n")[0]


def test_keys_new_makes_a_key_whose_entry_the_service_accepts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from api.config import Settings

    status, out, _ = _run(capsys, monkeypatch, ["keys", "new", "pharmacy-1"])

    key = out.splitlines()[0].rsplit(" ", 1)[1]
    entry = out.splitlines()[1].rsplit(" ", 1)[1]
    settings = Settings.from_env({"OPIOID_CALC_API_KEYS": entry})
    assert 0 == status
    assert {digest(key): "pharmacy-1"} == dict(settings.api_keys)
    assert 2 == main(["keys", "new", "no spaces"])
