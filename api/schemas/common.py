"""
Boundary Structs shared by every operation: inputs (medication lines, patient context) and the
parts every result carries (warnings, trace, table provenance, problem details).

Numbers are JSON numbers (``float`` with bounds in the schema); the adapters convert them to
``Decimal`` with ``Decimal(str(x))``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import msgspec
from msgspec import Meta

import calc
from api.codes import ERROR_CODES, WARNING_CODES
from api.spellings import accepted


class Request(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Base of every request body: strict (unknown fields are rejected)."""


class Response(msgspec.Struct, kw_only=True):
    """Base of every response body."""


Route = Annotated[
    calc.Route,
    Meta(description=f"Route of administration; {accepted('route')} (README, spellings)."),
]
Release = Annotated[
    calc.Release,
    Meta(description=f"Immediate or extended release; {accepted('release')}."),
]
DoseUnit = Annotated[
    calc.DoseUnit,
    Meta(
        description="mg or mcg per administration; mcg/h for a patch (transdermal) or a "
        "continuous infusion (intravenous, subcutaneous); mg/h for an infusion; "
        f"{accepted('dose_unit')}."
    ),
]
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
# Calendar bounds of a schedule's start (checked by api/adapters.py: 422 date.out_of_range).
FIRST_DATE = dt.date(2000, 1, 1)
LAST_DATE = dt.date(2100, 12, 31)
StartDate = Annotated[
    dt.date,
    Meta(
        description=f"Date of the first step (ISO 8601), {FIRST_DATE} to {LAST_DATE}.",
        extra_json_schema={
            "formatMinimum": FIRST_DATE.isoformat(),
            "formatMaximum": LAST_DATE.isoformat(),
        },
    ),
]


MaxDosesPerDay = Annotated[
    float,
    Meta(
        gt=0,
        le=24,
        description="As-needed lines: the prescribed maximum administrations per day (required); "
        "MME counts this maximum.",
    ),
]
AverageDosesPerDay = Annotated[
    float,
    Meta(
        gt=0,
        le=24,
        description="As-needed lines: the actual average administrations per day, when known; a "
        "rotation converts from it instead of the maximum.",
    ),
]


Form = Annotated[
    calc.Form,
    Meta(
        description="Dose form; needed only where the table splits a drug and route by form "
        "(transmucosal fentanyl in `cms-2018`, `cdc-ndc-*` and `nih-heal`: a 422 lists the forms)."
    ),
]
StrengthUnit = Annotated[
    calc.DispensingUnit,
    Meta(description="Unit of the strength of one unit dispensed (mcg/h: a patch's rate)."),
]
Strength = Annotated[
    float, Meta(gt=0, le=100000, description="Strength of one unit dispensed (tablet, mL, patch).")
]
QuantityDispensed = Annotated[
    float, Meta(gt=0, le=100000, description="Units dispensed (tablets, mL, actuations, patches).")
]
DaysSupply = Annotated[int, Meta(ge=1, le=3660, description="Days the quantity dispensed lasts.")]
RxCUI = Annotated[
    str,
    Meta(
        pattern="^[1-9][0-9]{0,9}$",
        description="RxNorm code of an opioid product (GET /v1/drugs, `rxnorm_products`).",
        examples=["1049621"],
    ),
]
UnitsPerDose = Annotated[
    float,
    Meta(
        gt=0,
        le=100,
        description="With `rxcui`: units per administration (tablets, capsules, mL, actuations; "
        "a patch: patches worn at once, default 1).",
    ),
]


class Medication(Request):
    """
    One regimen line, in one of three shapes (a 422 names a missing or conflicting field):

    - dose-based: `drug`, `route`, `dose`, `dose_unit`; a scheduled line gives `doses_per_day`
      or `interval_hours` (both only if they agree); an as-needed line sets `as_needed` and gives
      `max_doses_per_day` (and optionally `interval_hours`, the shortest interval, and
      `average_doses_per_day`); a patch (`mcg/h`) may give `interval_hours` as its change
      interval;
    - dispensing-based (claims and PDMP data, the method of the CDC and CMS data files):
      `drug`, `route`, `strength` and `strength_unit` of one unit, `quantity_dispensed` and
      `days_supply`: MME/day = strength x quantity / days supply x factor; no other frequency;
    - by product: `rxcui` instead of `drug`, `release`, `form` and strength (`route` only when the
      product may be given by several), with `units_per_dose` and the frequency, or with
      `quantity_dispensed` and `days_supply`.

    `form` is needed only where the selected table splits the drug and route by dose form.
    Doses and intervals outside the plausible ranges (GET /v1/tables/plausibility-us) are
    refused (422).
    """

    drug: DrugName | None = None
    route: Route | None = None
    dose: Dose | None = None
    dose_unit: DoseUnit | None = None
    release: Release | None = None
    doses_per_day: DosesPerDay | None = None
    interval_hours: IntervalHours | None = None
    as_needed: Annotated[bool, Meta(description="Taken as needed (PRN), not on a schedule.")] = (
        False
    )
    max_doses_per_day: MaxDosesPerDay | None = None
    average_doses_per_day: AverageDosesPerDay | None = None
    form: Form | None = None
    strength: Strength | None = None
    strength_unit: StrengthUnit | None = None
    quantity_dispensed: QuantityDispensed | None = None
    days_supply: DaysSupply | None = None
    rxcui: RxCUI | None = None
    units_per_dose: UnitsPerDose | None = None


Medications = Annotated[list[Medication], Meta(min_length=1, max_length=20)]


class Patient(Request):
    """
    Patient context; every field is optional unless an operation says otherwise. It drives the
    safety warnings (age, frailty, benzodiazepine, hepatic and renal function, QTc) and, for the
    adjuncts and renal function, the doses.

    Attributes:
        age_years: Age in years, 18-120; 65 or more adds the older-adult warning and the 50% end of
            the cross-tolerance range by default.
        sex: `female` or `male` (Cockcroft-Gault and the ideal body weight need it; F and M read).
        weight_kg: Actual body weight in kg, 20-350.
        height_cm: Height in cm, 100-250 (the ideal and adjusted body weights need it).
        serum_creatinine_mg_dl: Serum creatinine in mg/dL, 0.1-20 (give this or the umol/L one).
        serum_creatinine_umol_l: Serum creatinine in umol/L, 8.84-1768 (88.4 umol/L = 1 mg/dL).
        creatinine_clearance_ml_min: A known creatinine clearance in mL/min, 0.01-250; used instead
            of a Cockcroft-Gault estimate.
        hepatic_impairment: `none`, `mild`, `moderate` or `severe`; impairment adds warnings.
        frail: The patient is frail: extra caution, and the 50% end of the cross-tolerance range by
            default.
        benzodiazepine: The patient takes a benzodiazepine: a critical co-use warning.
        qtc_ms: QTc in ms, 300-700; methadone warns from 450 and is refused above 500.
        days_on_current_opioids: Days on the current regimen, 0-36500: the patch labels' opioid
            tolerance (7 days) and the OIH plan's taper choice (CDC 2022) use it; unknown is warned.
    """

    age_years: Annotated[float, Meta(ge=18, le=120)] | None = None
    sex: calc.Sex | None = None
    weight_kg: Annotated[float, Meta(ge=20, le=350)] | None = None
    height_cm: Annotated[float, Meta(ge=100, le=250)] | None = None
    serum_creatinine_mg_dl: Annotated[float, Meta(ge=0.1, le=20)] | None = None
    serum_creatinine_umol_l: Annotated[float, Meta(ge=8.84, le=1768)] | None = None
    creatinine_clearance_ml_min: Annotated[float, Meta(ge=0.01, le=250)] | None = None
    hepatic_impairment: calc.HepaticImpairment | None = None
    frail: bool | None = None
    benzodiazepine: bool | None = None
    qtc_ms: Annotated[float, Meta(ge=300, le=700)] | None = None
    days_on_current_opioids: Annotated[float, Meta(ge=0, le=36500)] | None = None


Summary = Annotated[
    list[str],
    Meta(
        description="The result in plain prescription language, in order: the warnings first "
        "(critical, then warning, then info, each as `Severity: message`), then the headline "
        "number, the regimen as a prescriber writes it (`Morphine ER 45 mg by mouth every 12 "
        "hours: one 30 mg and one 15 mg tablet (90 mg/day)`) and schedules day by day (`Day "
        "1-28 (2026-12-01 to 2026-12-28): ...`). Built by the core from the same numbers as the "
        "rest of the result; a line gives only numbers the result holds."
    ),
]


def _listed(entries: list[dict[str, str]], keys: tuple[str, ...]) -> list[dict[str, str]]:
    return [{k: e[k] for k in keys if k in e} for e in entries]


WarningCode = Annotated[
    str,
    Meta(
        description="Stable dotted code (`mme.at_or_above_90`). Every code a result can carry is "
        "listed in this field's `x-codes` with its severity and message, generated from where "
        "the code is written (scripts/codes.py); `<name>` stands for a part taken from the "
        "request or a table (`renal.avoid.<drug>`).",
        extra_json_schema={"x-codes": _listed(WARNING_CODES, ("code", "severity", "message"))},
    ),
]
ErrorCode = Annotated[
    str,
    Meta(
        description="Stable dotted code of the problem (`dose.implausible`, `request.invalid`). "
        "Every code is listed in this field's `x-codes` with the status it comes with, "
        "generated from where the code is written (scripts/codes.py).",
        extra_json_schema={"x-codes": _listed(ERROR_CODES, ("code", "status"))},
    ),
]


class SafetyWarning(Response):
    """
    A safety warning with a stable code.

    Attributes:
        severity: `critical`, `warning` or `info`; results list them in that order.
        message: One or two sentences for the clinician.
    """

    code: WarningCode
    severity: calc.Severity
    message: str
    source: str


class TraceStep(Response):
    """
    One step of the calculation: what was done, the number, the source key.

    Attributes:
        step: What was done, in words (`oxycodone oral: 30 mg/day x 1.5`).
        value: The number the step gave (rounded half-even to 0.01), or null for a step that only
            states a choice.
        unit: Unit of `value` (`mg/day`, `MME/day`, `mL/min`, ...); empty when `value` is null.
    """

    step: str
    value: float | None
    unit: str
    source: str


class TableRef(Response):
    """
    Provenance of a table: id, version, citation, checksum of the file.

    Attributes:
        id: Table id, as requests name it (`cdc-2022`).
        kind: What the table is (`mme`, `equianalgesic`, `products`, `adjunct`, ...).
        version: The table's version.
        title: The table's title.
        citation: The primary source the table follows.
        url: Address of that source, when a primary one was verified; null otherwise.
        checksum: `sha256:` of the table file; the calculation id covers it.
    """

    id: str
    kind: str
    version: str
    title: str
    citation: str
    url: str | None
    checksum: str


class Problem(Response):
    """
    RFC 9457 problem details: the body of every error. 400 and 422 bodies name the field, the
    expectation and what arrived.

    Attributes:
        title: Short summary of the kind of problem.
        status: HTTP status (400, 404, 413, 422, 429, 500).
        detail: What is wrong with this request, in words.
        type: URI of the problem type (`urn:opioid-calc:problem:<code>`).
        field: The request field at fault (`medications[0].dose`, `patient.weight_kg`); null when the
            problem is about the body as a whole.
        expected: What the field must be (an enumeration's values, a range with its source).
        received: What arrived, as JSON; null when nothing did.
    """

    title: str
    status: int
    detail: str
    type: str = "about:blank"
    code: ErrorCode | None = None
    field: str | None = None
    expected: str | None = None
    received: str | None = None
