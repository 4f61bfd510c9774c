"""
Struct <-> calc conversion.  Floats enter as ``Decimal(str(x))``; results leave as floats of
numbers the core already rounded (or, for metrics, rounded here by the core's policy).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import msgspec

from api.exchange import current
from api.schemas import common as s
from api.schemas import mme as s_mme
from api.spellings import Normalised, notes_of
from calc import (
    Alert,
    LineInput,
    Medication,
    MMELine,
    Patient,
    Reference,
    TableRef,
    TraceStep,
    cache_of,
    in_range,
    resolve_lines,
)


if TYPE_CHECKING:
    from litestar import Request


ENGINE_VERSION = "0.1.0"


def dec(x: float) -> Decimal:
    return Decimal(str(x))


def opt_dec(x: float | None) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def num(x: Decimal) -> float:
    """
    A reported number: a metric rounded half-even to 0.01 (doses arrive already floored); adding
    0.0 turns a negative zero into zero.  ``metric`` inlined: a response reports up to a few
    hundred numbers.
    """
    return float(x.quantize(_CENT, ROUND_HALF_EVEN)) + 0.0


def opt_num(x: Decimal | None) -> float | None:
    return None if x is None else float(x.quantize(_CENT, ROUND_HALF_EVEN)) + 0.0


_CENT = Decimal("0.01")  # the step of calc's ``metric`` (tests/api: num agrees with it)


def start_date(value: dt.date, field: str = "start_date") -> dt.date:
    """A schedule's start within the calendar bounds the contract states (else 422)."""
    return in_range(
        value,
        s.FIRST_DATE,
        s.LAST_DATE,
        code="date.out_of_range",
        field=field,
        expected="a date from {low} to {high}",
        detail="{field}: {value} is outside {low} to {high}",
    )


def line_input(m: s.Medication) -> LineInput:
    # opt_dec inlined (nine numbers a line, most of them absent); positional, in field order.
    return LineInput(
        m.drug,
        m.route,
        None if m.dose is None else Decimal(str(m.dose)),
        m.dose_unit,
        m.release,
        None if m.doses_per_day is None else Decimal(str(m.doses_per_day)),
        None if m.interval_hours is None else Decimal(str(m.interval_hours)),
        m.as_needed,
        None if m.max_doses_per_day is None else Decimal(str(m.max_doses_per_day)),
        None if m.average_doses_per_day is None else Decimal(str(m.average_doses_per_day)),
        m.form,
        None if m.strength is None else Decimal(str(m.strength)),
        m.strength_unit,
        None if m.quantity_dispensed is None else Decimal(str(m.quantity_dispensed)),
        None if m.days_supply is None else Decimal(m.days_supply),
        m.rxcui,
        None if m.units_per_dose is None else Decimal(str(m.units_per_dose)),
    )


def medications(
    reference: Reference, ms: Iterable[s.Medication], field: str = "medications"
) -> tuple[Medication, ...]:
    """The request's lines as the core's medications (an RxCUI resolved, shapes checked)."""
    return resolve_lines(reference.rxnorm, [line_input(m) for m in ms], field)


def patient(p: s.Patient | None) -> Patient | None:
    if p is None:
        return None
    return Patient(
        age_years=opt_dec(p.age_years),
        sex=p.sex,
        weight_kg=opt_dec(p.weight_kg),
        height_cm=opt_dec(p.height_cm),
        serum_creatinine_mg_dl=opt_dec(p.serum_creatinine_mg_dl),
        serum_creatinine_umol_l=opt_dec(p.serum_creatinine_umol_l),
        creatinine_clearance_ml_min=opt_dec(p.creatinine_clearance_ml_min),
        hepatic_impairment=p.hepatic_impairment,
        frail=p.frail,
        benzodiazepine=p.benzodiazepine,
        qtc_ms=opt_dec(p.qtc_ms),
        days_on_current_opioids=opt_dec(p.days_on_current_opioids),
    )


def warnings(alerts: Iterable[Alert]) -> list[s.SafetyWarning]:
    return [
        s.SafetyWarning(code=a.code, severity=a.severity, message=a.message, source=a.source)  # type: ignore[arg-type]
        for a in alerts
    ]


def trace(steps: Iterable[TraceStep]) -> list[s.TraceStep]:
    return [
        s.TraceStep(
            step=t.step,
            value=None
            if t.value is None
            else float(t.value.quantize(_CENT, ROUND_HALF_EVEN)) + 0.0,
            unit=t.unit,
            source=t.source,
        )
        for t in steps
    ]


def table_ref(ref: TableRef) -> s.TableRef:
    return s.TableRef(
        id=ref.id,
        kind=ref.kind,
        version=ref.version,
        title=ref.title,
        citation=ref.citation,
        url=ref.url,
        checksum=ref.checksum,
    )


def mme_lines(lines: Iterable[MMELine]) -> list[s_mme.MMELine]:
    return [
        s_mme.MMELine(
            drug=line.drug,
            route=line.route,
            release=line.release,
            daily_dose=num(line.daily_dose),
            daily_dose_unit=line.daily_dose_unit,
            conversion_factor=float(line.conversion_factor),
            factor_source=line.factor_source,
            mme_per_day=num(line.mme_per_day),
            as_needed=line.as_needed,
            form=line.form,
            compared=line.compared,
        )
        for line in lines
    ]


def calculation_id(
    operation: str,
    request: msgspec.Struct,
    reference: Reference,
    read_as: Sequence[Normalised] = (),
) -> str:
    """
    Hash of the canonical request, the engine version and every table checksum (through their
    digest, ``tables_digest``); and of the spellings read as contract values (api/spellings.py),
    which the trace reports: the same body always gives the same id and the same result.
    """
    # One hash call over the concatenation: the same digest as three updates, fewer calls.
    canonical = msgspec.json.encode(request, order="sorted")
    prefix = f"{operation}\n{ENGINE_VERSION}\n".encode()
    parts = [prefix, canonical, b"\n", tables_digest(reference)]
    if read_as:
        parts.append(msgspec.json.encode(list(read_as)))
    found = hashlib.sha256(b"".join(parts)).hexdigest()[:32]
    exchange = current()
    if exchange is not None:  # for the access and audit lines (api/edge.py)
        exchange.calculation_id = found
    return found


def input_trace(read_as: Iterable[Normalised]) -> list[s.TraceStep]:
    """Trace steps saying how the input's spellings were read (api/spellings.py)."""
    return [
        s.TraceStep(
            step=f"input {n.field} {msgspec.json.encode(n.received).decode()} read as "
            f"{msgspec.json.encode(n.value).decode()}",
            value=None,
            unit="",
            source="PRODUCT",
        )
        for n in read_as
    ]


class _Traced(Protocol):
    trace: list[s.TraceStep]


_R = TypeVar("_R", bound=_Traced)


def with_input(response: _R, read_as: Sequence[Normalised]) -> _R:
    """The response with the input's spelling steps first in its trace."""
    if read_as:
        response.trace = [*input_trace(read_as), *response.trace]
    return response


def answer(
    request: Request[Any, Any, Any],
    operation: str,
    data: msgspec.Struct,
    reference: Reference,
    build: Callable[[str], _R],
) -> _R:
    """
    A handler's answer: ``build`` given the calculation id (of the request and the spellings read
    in its body, api/spellings.py), with those spellings first in its trace.
    """
    read_as = notes_of(request)
    return with_input(build(calculation_id(operation, data, reference, read_as)), read_as)


def tables_digest(reference: Reference) -> bytes:
    """
    SHA-256 of every loaded table's id and checksum (``\n<id>=sha256:<hex>`` each), as the
    calculation id and the logged tables version cover them: the same for every request, so
    worked out once per reference (calc's ``cache_of``); a request hashes these 32 bytes, not the
    2 KB of checksums.
    """
    cache = cache_of(reference)
    digest: bytes | None = cache.get("calculation_id.tables")
    if digest is None:
        text = "".join(f"\n{ref.id}={ref.checksum}" for ref in reference.all_refs())
        digest = cache["calculation_id.tables"] = hashlib.sha256(text.encode()).digest()
    return digest
