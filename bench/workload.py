"""
What the API benchmark and the load test send, per operation.

Covering a new operation is one ``Operation(...)`` entry in ``OPERATIONS``: its operation id,
method, path, a representative ``example`` body (the API benchmark sends it; the load test sends
it and mutates it into invalid requests) and, optionally, a ``generate`` function for varied
valid requests.  Operations the app does not serve (not merged yet) are skipped by both; an
operation the app serves with no entry here fails tests/api/test_load.py.

Invalid requests are derived from valid ones by ``invalid_request`` (wrong types, out-of-range
numbers, unknown drugs, unknown fields, truncated JSON, huge arrays, oversized bodies), so a new
operation gets them for free.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs

from calc.kinds.factors import MME
from calc.reference import Reference
from calc.units import convert_amount


__all__ = [
    "INVALID_KINDS",
    "OPERATIONS",
    "Invalid",
    "Operation",
    "Request",
    "invalid_request",
    "mme_example",
]

Json = Any


@attrs.frozen
class Request:
    method: str
    path: str
    body: bytes | None = None
    content_type: str = "application/json"


Generate = Callable[[random.Random, Reference], Request]


@attrs.frozen
class Operation:
    """One operation of the contract, as the load tools exercise it."""

    operation_id: str
    method: str
    path: str
    example: Json = None
    generate: Generate | None = None
    # A batch answers 200 and refuses a bad line inside its stream: the load test sends it
    # valid requests only (tests/api/test_period_api.py checks its row-level errors).
    line_errors: bool = False
    # Another standard's body (FHIR R4, CDS Hooks) is read leniently, as those standards expect:
    # the load test sends it valid requests only (tests/fhir/ checks its refusals).
    foreign: bool = False

    def valid(self, rng: random.Random, reference: Reference) -> Request:
        if self.generate is not None:
            return self.generate(rng, reference)
        if self.line_errors:
            return Request(self.method, self.path, _encode(self.example) + b"\n")  # type: ignore[operator]
        return Request(self.method, self.path, _encode(self.example))


def _encode(body: Json) -> bytes | None:
    return None if body is None else json.dumps(body, separators=(",", ":")).encode()


# -- representative bodies -------------------------------------------------------------------


def mme_example() -> Json:
    """Three lines: oxycodone (extended release), hydromorphone (immediate), a fentanyl patch."""
    return {
        "medications": [
            {
                "drug": "oxycodone",
                "route": "oral",
                "release": "extended",
                "dose": 10,
                "dose_unit": "mg",
                "doses_per_day": 2,
            },
            {
                "drug": "hydromorphone",
                "route": "oral",
                "release": "immediate",
                "dose": 2,
                "dose_unit": "mg",
                "interval_hours": 4,
            },
            {"drug": "fentanyl", "route": "transdermal", "dose": 25, "dose_unit": "mcg/h"},
        ]
    }


def rotation_example() -> Json:
    """DESIGN.md section 4: 120 MME/day of oxycodone to oral morphine, 25% reduction."""
    return {
        "from": [
            {
                "drug": "oxycodone",
                "route": "oral",
                "release": "extended",
                "dose": 40,
                "dose_unit": "mg",
                "doses_per_day": 2,
            }
        ],
        "to": {"drug": "morphine", "route": "oral", "release": "extended"},
        "cross_tolerance_reduction_percent": 25,
    }


_OXY_ER_40_BID: Json = {
    "drug": "oxycodone",
    "route": "oral",
    "release": "extended",
    "dose": 40,
    "dose_unit": "mg",
    "doses_per_day": 2,
}
_PATIENT: Json = {
    "age_years": 60,
    "sex": "female",
    "weight_kg": 70,
    "height_cm": 165,
    "creatinine_clearance_ml_min": 75,
}


def taper_example() -> Json:
    """CDC 2022 weekly taper of oxycodone ER 40 mg q12h."""
    return {"medications": [_OXY_ER_40_BID], "start_date": "2026-12-01", "preset": "cdc-2022-weeks"}


def oih_example() -> Json:
    """Every OIH strategy for oxycodone ER 40 mg q12h and a patient with weight and clearance."""
    return {"medications": [_OXY_ER_40_BID], "start_date": "2026-12-01", "patient": _PATIENT}


def renal_example() -> Json:
    return {
        "patient": {
            "age_years": 60,
            "sex": "female",
            "weight_kg": 70,
            "serum_creatinine_mg_dl": 1.1,
        },
        "weight_basis": "actual",
    }


def adjunct_examples() -> dict[str, Json]:
    return {
        "ketamine": {
            "rate_mg_per_kg_per_h": 0.2,
            "patient": _PATIENT,
            "concentration_mg_per_ml": 2,
        },
        "clonidine": {"dose_mg": 0.1},
        "gabapentin": {"target_mg_per_day": 900, "patient": _PATIENT},
        "pregabalin": {"target_mg_per_day": 150, "patient": _PATIENT},
        "naltrexone": {"target_mg_per_day": 4.5, "medications": [_OXY_ER_40_BID]},
    }


# -- varied valid requests -------------------------------------------------------------------

_DOSES = (0.5, 1, 2, 2.5, 5, 7.5, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 80, 100, 150, 200)
_PATCH_RATES = (5, 7.5, 10, 12, 20, 25, 37.5, 50, 75, 100)


def _patient(rng: random.Random) -> Json:
    candidates: dict[str, Json] = {
        "age_years": rng.choice((18, 45, 64.5, 65, 80, 97)),
        "sex": rng.choice(("female", "male")),
        "weight_kg": rng.choice((40, 70.5, 95, 150)),
        "creatinine_clearance_ml_min": rng.choice((15, 29.9, 30, 60, 120)),
        "serum_creatinine_mg_dl": rng.choice((0.6, 1.1, 2.5)),
        "hepatic_impairment": rng.choice(("none", "mild", "moderate", "severe")),
        "frail": rng.random() < 0.5,
        "benzodiazepine": rng.random() < 0.5,
    }
    return {k: v for k, v in candidates.items() if rng.random() < 0.5}


def _mme_request(rng: random.Random, reference: Reference) -> Request:
    """A varied regimen whose every line is a real order (plausibility-us: dose and interval)."""
    table_id = rng.choice(sorted(reference.mme))
    rows = sorted({(d, r, f.unit) for (d, r), f in reference.mme[table_id].rows.items()})
    plausible = reference.plausibility
    lines = []
    for drug, route, unit in rng.sample(rows, rng.randint(1, min(4, len(rows)))):
        line: dict[str, Json] = {"drug": drug, "route": route, "dose_unit": unit}
        dose_row = plausible.doses.get((drug, route)) if plausible else None
        candidates: tuple[float, ...] = _PATCH_RATES if unit == "mcg/h" else _DOSES
        if dose_row is not None:
            low, high = dose_row.dose_min, dose_row.dose_max
            candidates = tuple(
                d
                for d in candidates
                if low <= convert_amount(Decimal(str(d)), unit, dose_row.unit) <= high
            )
        line["dose"] = rng.choice(candidates)
        release = rng.choice(("immediate", "extended")) if rng.random() < 0.5 else None
        if unit != "mcg/h":
            span = plausible.interval_range(drug, route, release) if plausible else None
            hours = [
                h
                for h in (4, 6, 8, 12, 24)
                if span is None or span.interval_min_hours <= h <= span.interval_max_hours
            ]
            if not hours:  # no interval of this release fits the drug: leave the release out
                release, hours = None, [24]
            hour = rng.choice(hours)
            if rng.random() < 0.5:
                line["doses_per_day"] = 24 // hour
            else:
                line["interval_hours"] = hour
        if release is not None and unit != "mcg/h":
            line["release"] = release
        lines.append(line)
    body: dict[str, Json] = {"medications": lines}
    if table_id != MME.default or rng.random() < 0.5:
        body["table"] = table_id
    if rng.random() < 0.5:
        body["patient"] = _patient(rng)
    return Request("POST", "/v1/mme", _encode(body))


def _table_request(rng: random.Random, reference: Reference) -> Request:
    return Request("GET", f"/v1/tables/{rng.choice([r.id for r in reference.all_refs()])}")


def _get(path: str) -> Generate:
    def generate(rng: random.Random, reference: Reference) -> Request:
        del rng, reference
        return Request("GET", path)

    return generate


def period_example() -> Json:
    """The NIH HEAL calculator's vignette example (mmequiv): two prescriptions, 7 and 14 days."""
    return {
        "prescriptions": [
            {"drug": "hydrocodone", "route": "oral", "dose": 10, "dose_unit": "mg",
             "doses_per_day": 4, "days_of_medication": 7},
            {"drug": "oxycodone", "route": "oral", "dose": 5, "dose_unit": "mg",
             "doses_per_day": 2, "days_of_medication": 5},
        ],
        "therapy_days": 7,
        "observation_window_days": 14,
    }  # fmt: skip


_RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"


def fhir_medication_request() -> Json:
    """
    An active order for oxycodone ER 10 mg (RxCUI 1049502, the CDC calculator's example), one
    tablet every 12 hours: 30 MME/day on CDC 2022.
    """
    return {
        "resourceType": "MedicationRequest",
        "id": "oxycodone-er",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"coding": [{"system": _RXNORM, "code": "1049502"}]},
        "dosageInstruction": [
            {
                "timing": {"repeat": {"frequency": 1, "period": 12, "periodUnit": "h"}},
                "doseAndRate": [
                    {"doseQuantity": {"value": 1, "unit": "TAB", "code": "TAB",
                                      "system": "http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm"}}
                ],
            }
        ],
    }  # fmt: skip


def cds_order_select() -> Json:
    """A CDS Hooks 2.0 order-select call: the draft order above with no prefetch."""
    draft = {**fhir_medication_request(), "status": "draft"}
    return {
        "hook": "order-select",
        "hookInstance": "9f8b4d2e-1c3a-4b5d-8e6f-7a8b9c0d1e2f",
        "context": {
            "userId": "Practitioner/1",
            "patientId": "p1",
            "draftOrders": {"resourceType": "Bundle", "type": "collection",
                            "entry": [{"resource": draft}]},
            "selections": ["MedicationRequest/oxycodone-er"],
        },
    }  # fmt: skip


def _post(path: str, body: Json) -> Generate:
    def generate(rng: random.Random, reference: Reference) -> Request:
        del rng, reference
        return Request("POST", path, _encode(body))

    return generate


OPERATIONS: tuple[Operation, ...] = (
    Operation("calculate_mme", "POST", "/v1/mme", mme_example(), _mme_request),
    Operation("calculate_period_mme", "POST", "/v1/period-mme", period_example()),
    Operation(
        "calculate_period_mme_batch",
        "POST",
        "/v1/batch/period-mme",
        {"patient_id": "p1", "request": period_example()},
        line_errors=True,
    ),
    Operation("plan_rotation", "POST", "/v1/rotations", rotation_example()),
    Operation("plan_taper", "POST", "/v1/tapers", taper_example()),
    Operation("plan_oih", "POST", "/v1/oih-plans", oih_example()),
    Operation("estimate_creatinine_clearance", "POST", "/v1/renal-function", renal_example()),
    *(
        Operation(f"dose_{drug}", "POST", f"/v1/adjuncts/{drug}", body)
        for drug, body in adjunct_examples().items()
    ),
    Operation("list_tables", "GET", "/v1/tables", generate=_get("/v1/tables")),
    Operation("get_table", "GET", "/v1/tables/{table_id}", generate=_table_request),
    Operation("list_drugs", "GET", "/v1/drugs", generate=_get("/v1/drugs")),
    Operation("check_liveness", "GET", "/health/live", generate=_get("/health/live")),
    Operation("check_readiness", "GET", "/health/ready", generate=_get("/health/ready")),
    Operation(
        "translate_medication_requests",
        "POST",
        "/v1/fhir/medication-lines",
        {"medication_requests": [fhir_medication_request()]},
        foreign=True,
    ),
    Operation(
        "mme_observation",
        "POST",
        "/v1/fhir/mme-observation",
        {"medication_requests": [fhir_medication_request()]},
        foreign=True,
    ),
    Operation("cds_discovery", "GET", "/cds-services", generate=_get("/cds-services")),
    Operation(
        "cds_call",
        "POST",
        "/cds-services/{service_id}",
        generate=_post("/cds-services/opioid-mme-order-select", cds_order_select()),
        foreign=True,
    ),
    Operation(
        "cds_feedback",
        "POST",
        "/cds-services/{service_id}/feedback",
        generate=_post(
            "/cds-services/opioid-mme-order-select/feedback",
            {
                "feedback": [
                    {
                        "card": "4e0a3a1e-3283-4575-ab82-028d55fe2719",
                        "outcome": "accepted",
                        "acceptedSuggestions": [{"id": "e56e1945-20b3-4393-8503-a1a20fd73152"}],
                        "outcomeTimestamp": "2021-12-11T10:05:31Z",
                    }
                ]
            },
        ),
        foreign=True,
    ),
)


# -- invalid requests ------------------------------------------------------------------------


@attrs.frozen
class Invalid:
    kind: str
    request: Request
    expected: frozenset[int]
    """The statuses this kind of damage must produce (the test also checks they are documented)."""


INVALID_KINDS = (
    "wrong_type",
    "out_of_range",
    "unknown_drug",
    "unknown_field",
    "truncated_json",
    "long_array",
    "huge_array",
    "not_json",
    # issue 14's strict input: each must be a 400 (415) naming where, never a 500 or a number
    "duplicate_key",
    "invalid_utf8",
    "number_overflow",
    "deep_nesting",
    "wrong_media_type",
)
_HUGE_BYTES = 200_000  # above the default body limit (64 KiB): 413
_LONG_ITEMS = 150  # above every list bound (medications 20, prescriptions 100), below the limit


def _paths(node: Json, at: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Json]]:
    yield at, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*at, i))


def _set(body: Json, at: tuple[Any, ...], value: Json) -> Json:
    out = copy.deepcopy(body)
    node = out
    for part in at[:-1]:
        node = node[part]
    node[at[-1]] = value
    return out


def _leaves(body: Json, kinds: tuple[type, ...]) -> list[tuple[tuple[Any, ...], Json]]:
    return [
        (at, v)
        for at, v in _paths(body)
        if at and isinstance(v, kinds) and not (isinstance(v, bool) and bool not in kinds)
    ]


def _damage_get(operation: Operation, kind: str) -> Invalid:
    """A path parameter that breaks the schema (400) or names nothing (404)."""
    if "{" not in operation.path:
        msg = f"{operation.operation_id} has no input to damage"
        raise ValueError(msg)
    prefix = operation.path.split("{", 1)[0]
    if kind in {"wrong_type", "out_of_range", "long_array", "huge_array"}:
        return Invalid(kind, Request("GET", prefix + "x" * 41), frozenset({400}))
    return Invalid(kind, Request("GET", prefix + "no-such-entry"), frozenset({404}))


def _wrong_type(rng: random.Random, body: Json) -> tuple[Json, int]:
    at, value = rng.choice(_leaves(body, (str, int, float, bool)))
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return _set(body, at, "ten" if number else 10), 400


def _out_of_range(rng: random.Random, body: Json) -> tuple[Json, int]:
    at, _ = rng.choice(_leaves(body, (int, float)))
    return _set(body, at, rng.choice((-1, 1e12))), 400


def _unknown_drug(rng: random.Random, body: Json) -> tuple[Json, int] | None:
    """Every drug name replaced; ``None`` for bodies that name no drug."""
    del rng
    drugs = [at for at, _ in _paths(body) if at and at[-1] == "drug"]
    for at in drugs:
        body = _set(body, at, "unobtainium")
    return (body, 422) if drugs else None


def _unknown_field(rng: random.Random, body: Json) -> tuple[Json, int]:
    del rng
    return {**body, "zzz_unknown": 1}, 400


def _array(rng: random.Random, body: Json, size: Callable[[Json], int]) -> tuple[Json, int] | None:
    lists = [(at, v) for at, v in _paths(body) if isinstance(v, list) and v]
    if not lists:
        return None
    at, items = rng.choice(lists)
    return _set(body, at, items[:1] * size(items[0])), 0


def _long_array(rng: random.Random, body: Json) -> tuple[Json, int] | None:
    found = _array(rng, body, lambda _: _LONG_ITEMS)
    return None if found is None else (found[0], 400)


def _huge_array(rng: random.Random, body: Json) -> tuple[Json, int] | None:
    found = _array(rng, body, lambda item: _HUGE_BYTES // (len(json.dumps(item)) + 1) + 1)
    return None if found is None else (found[0], 413)


_DAMAGE: dict[str, Callable[[random.Random, Json], tuple[Json, int] | None]] = {
    "wrong_type": _wrong_type,
    "out_of_range": _out_of_range,
    "unknown_drug": _unknown_drug,
    "unknown_field": _unknown_field,
    "long_array": _long_array,
    "huge_array": _huge_array,
}


def _raw_damage(kind: str, raw: bytes) -> tuple[bytes, int, str]:
    """Damage below the JSON values: the bytes, their encoding, their media type."""
    if kind == "duplicate_key":  # the first field once more, with another value
        key = raw[1 : raw.index(b":") + 1]
        return b"{" + key + b"null," + raw[1:], 400, "application/json"
    if kind == "invalid_utf8":
        return b'{"\xff\xfe' + raw[2:], 400, "application/json"  # inside the first key
    if kind == "number_overflow":
        return b'{"zzz_number": 1e309, ' + raw[1:], 400, "application/json"
    if kind == "deep_nesting":
        return (
            b'{"zzz_deep": ' + b"[" * 1000 + b"]" * 1000 + b", " + raw[1:],
            400,
            "application/json",
        )
    return raw, 415, "text/plain"


_RAW_KINDS = frozenset({"duplicate_key", "invalid_utf8", "number_overflow", "deep_nesting"})


def invalid_request(rng: random.Random, operation: Operation, kind: str) -> Invalid:
    """Damage the operation's example in one way; GET operations get bad path parameters."""
    if operation.method == "GET":
        return _damage_get(operation, kind)
    path = operation.path
    if kind in _RAW_KINDS or kind == "wrong_media_type":
        raw = _encode(operation.example) or b"{}"
        damaged, status, media = _raw_damage(kind, raw)
        return Invalid(kind, Request(operation.method, path, damaged, media), frozenset({status}))
    if kind == "truncated_json":
        raw = _encode(operation.example) or b"{}"
        cut = raw[: rng.randint(1, len(raw) - 1)]
        return Invalid(kind, Request(operation.method, path, cut), frozenset({400}))
    damage = _DAMAGE.get(kind)
    found = damage(rng, operation.example) if damage else None
    if found is None:  # "not_json", or a body without the part this kind damages
        return Invalid(kind, Request(operation.method, path, b"not json"), frozenset({400}))
    body, status = found
    return Invalid(kind, Request(operation.method, path, _encode(body)), frozenset({status}))
