"""
Boundary Structs shared by every operation: inputs (medication lines, patient context) and the
parts every result carries (warnings, trace, table provenance, problem details).

Numbers are JSON numbers (``float`` with bounds in the schema); the adapters convert them to
``Decimal`` with ``Decimal(str(x))``.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta


class Request(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Base of every request body: strict (unknown fields are rejected)."""


class Response(msgspec.Struct, kw_only=True):
    """Base of every response body."""


Route = Literal[
    "oral",
    "intravenous",
    "subcutaneous",
    "intramuscular",
    "transdermal",
    "sublingual",
    "buccal",
    "intranasal",
    "rectal",
]
Release = Literal["immediate", "extended"]
DoseUnit = Literal["mg", "mcg", "mcg/h"]
DrugName = Annotated[
    str,
    Meta(
        pattern="^[a-z][a-z-]{1,39}$",
        description="Lower-case ingredient name, for example `oxycodone`.",
        examples=["oxycodone"],
    ),
]
TableId = Annotated[
    str,
    Meta(pattern="^[a-z0-9][a-z0-9.-]{1,39}$", description="Table id (see GET /v1/tables)."),
]
Dose = Annotated[
    float,
    Meta(gt=0, le=100000, description="Amount per administration; for patches the mcg/h rate."),
]
DosesPerDay = Annotated[float, Meta(gt=0, le=24, description="Administrations per day.")]
IntervalHours = Annotated[float, Meta(ge=1, le=168, description="Hours between administrations.")]
Percent = Annotated[float, Meta(ge=0, le=100)]


class Medication(Request):
    """One regimen line. Give `doses_per_day` or `interval_hours` unless `dose_unit` is mcg/h."""

    drug: DrugName
    route: Route
    dose: Dose
    dose_unit: DoseUnit
    release: Release | None = None
    doses_per_day: DosesPerDay | None = None
    interval_hours: IntervalHours | None = None


Medications = Annotated[list[Medication], Meta(min_length=1, max_length=20)]


class Patient(Request):
    """Optional patient context; it drives warnings (and, for adjuncts, doses)."""

    age_years: Annotated[float, Meta(ge=18, le=120)] | None = None
    sex: Literal["female", "male"] | None = None
    weight_kg: Annotated[float, Meta(ge=20, le=350)] | None = None
    height_cm: Annotated[float, Meta(ge=100, le=250)] | None = None
    serum_creatinine_mg_dl: Annotated[float, Meta(ge=0.1, le=20)] | None = None
    serum_creatinine_umol_l: Annotated[float, Meta(ge=8.84, le=1768)] | None = None
    creatinine_clearance_ml_min: Annotated[float, Meta(ge=0.01, le=250)] | None = None
    hepatic_impairment: Literal["none", "mild", "moderate", "severe"] | None = None
    frail: bool | None = None
    benzodiazepine: bool | None = None
    qtc_ms: Annotated[float, Meta(ge=300, le=700)] | None = None
    days_on_current_opioids: Annotated[float, Meta(ge=0, le=36500)] | None = None


class SafetyWarning(Response):
    """A safety warning with a stable code."""

    code: str
    severity: Literal["info", "warning", "critical"]
    message: str
    source: str


class TraceStep(Response):
    """One step of the calculation: what was done, the number, the source key."""

    step: str
    value: float | None
    unit: str
    source: str


class TableRef(Response):
    """Provenance of a table: id, version, citation, checksum of the file."""

    id: str
    kind: str
    version: str
    title: str
    citation: str
    url: str | None
    checksum: str


class Problem(Response):
    """RFC 9457 problem details. 422 bodies also name the field, the expectation and the value."""

    title: str
    status: int
    detail: str
    type: str = "about:blank"
    code: str | None = None
    field: str | None = None
    expected: str | None = None
    received: str | None = None
