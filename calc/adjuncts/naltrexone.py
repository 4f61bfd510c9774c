"""
Low-dose naltrexone: a target within the table's range, a stepwise titration, and a conflict
warning when the regimen holds a full opioid agonist.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from calc.adjuncts.common import advice_alerts, refuse_outside
from calc.alerts import safety_context
from calc.catalog import drug_index
from calc.errors import OutOfRangeError, UnknownEntryError
from calc.mme import regimen_mme
from calc.plausibility import check_regimen
from calc.reference import adjunct_table
from calc.results import Alert, TableRef, TraceStep, number, ordered
from calc.rounding import dose_down


if TYPE_CHECKING:
    from collections.abc import Sequence

    from calc.kinds.adjunct import AdjunctTable
    from calc.models import Medication, Patient
    from calc.reference import Reference


__all__ = ["NaltrexoneOrder", "NaltrexoneResult", "NaltrexoneStep", "dose_naltrexone"]


@attrs.frozen
class NaltrexoneOrder:
    """
    What is asked for; ``None`` options take the table's (most cautious) defaults.

    Attributes:
        target_mg_per_day: refused outside the table's range.
        start_mg / step_mg / step_interval_days: the titration, each refused outside its range.
    """

    target_mg_per_day: Decimal
    start_mg: Decimal | None = None
    step_mg: Decimal | None = None
    step_interval_days: int | None = None


@attrs.frozen
class NaltrexoneStep:
    """From ``day_from`` on, ``daily_mg`` once daily (until the next step)."""

    day_from: int
    daily_mg: Decimal


@attrs.frozen
class NaltrexoneResult:
    """
    A low-dose naltrexone plan.

    Attributes:
        titration: steps from ``start_mg`` to ``target_mg_per_day``; the last one continues.
        full_agonists: drugs of the regimen treated as full agonists (sorted).
        partial_agonists: drugs of the regimen listed as partial agonists (sorted).
    """

    target_mg_per_day: Decimal
    start_mg: Decimal
    step_mg: Decimal
    step_interval_days: int
    titration: tuple[NaltrexoneStep, ...]
    full_agonists: tuple[str, ...]
    partial_agonists: tuple[str, ...]
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]
    table: TableRef
    tables: tuple[TableRef, ...]


def _option(
    table: AdjunctTable, given: Decimal | None, names: tuple[str, str, str], field: str
) -> Decimal:
    """``given`` (or the table default ``names[0]``) within ``names[1]``-``names[2]``."""
    default, low, high = names
    value = table.values[default] if given is None else given
    code = f"naltrexone.{field}_out_of_range"
    return refuse_outside(value, table, (low, high), code=code, field=field)


def _agonists(
    reference: Reference, table: AdjunctTable, medications: Sequence[Medication]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split the regimen's opioids into full and partial agonists; unknown drugs are refused."""
    known = {
        (e.drug, e.route) for e in drug_index(reference) if e.mme_tables or e.equianalgesic_tables
    }
    for i, med in enumerate(medications):
        if (med.drug, med.route) not in known:
            covered = sorted({d for d, r in known if r == med.route})
            msg = (
                f"medications[{i}]: {med.drug} by route {med.route} is not an opioid the "
                f"reference tables cover; by that route they cover {', '.join(covered) or 'none'}"
            )
            raise UnknownEntryError(
                code="naltrexone.drug_not_covered",
                field=f"medications[{i}].drug",
                expected=f"one of {covered}",
                received=med.drug,
                detail=msg,
            )
    partial_list = table.drug_lists["partial_agonists"].drugs
    drugs = sorted({m.drug for m in medications})
    full = tuple(d for d in drugs if d not in partial_list)
    partial = tuple(d for d in drugs if d in partial_list)
    return full, partial


def _regimen_alerts(
    table: AdjunctTable, full: tuple[str, ...], partial: tuple[str, ...]
) -> list[Alert]:
    v = table.values
    alerts: list[Alert] = []
    if full:
        alerts.append(
            Alert(
                "naltrexone.full_agonist_conflict",
                "critical",
                f"The regimen contains full opioid agonists ({', '.join(full)}): naltrexone is a "
                "mu-opioid antagonist and a conflict is expected. Full-dose naltrexone needs "
                f"{number(v['opioid_free_days_min'])}-{number(v['opioid_free_days_max'])} "
                "opioid-free days (CDC 2022); a rule specific to low-dose naltrexone is "
                "UNCONFIRMED.",
                v.source("opioid_free_days_min"),
            )
        )
    if partial:
        alerts.append(
            Alert(
                "naltrexone.partial_agonist_in_regimen",
                "warning",
                f"The regimen contains a partial agonist ({', '.join(partial)}); no rule for "
                "low-dose naltrexone with it was found (UNCONFIRMED).",
                table.drug_lists["partial_agonists"].source,
            )
        )
    return alerts


def dose_naltrexone(
    reference: Reference,
    order: NaltrexoneOrder,
    medications: Sequence[Medication] = (),
    patient: Patient | None = None,
) -> NaltrexoneResult:
    """
    Low-dose naltrexone titrated from ``start_mg`` by ``step_mg`` every interval to target; with
    a regimen (and a patient), the result carries the regimen's safety context.
    """
    notes = check_regimen(reference.plausibility, medications, "medications")
    table = adjunct_table(reference, "naltrexone")
    target = refuse_outside(
        order.target_mg_per_day,
        table,
        ("daily_min_mg", "daily_max_mg"),
        code="naltrexone.target_out_of_range",
        field="target_mg_per_day",
    )
    start = _option(
        table, order.start_mg, ("default_start_mg", "start_min_mg", "start_max_mg"), "start_mg"
    )
    step = _option(
        table, order.step_mg, ("default_step_mg", "step_min_mg", "step_max_mg"), "step_mg"
    )
    given = order.step_interval_days
    interval = None if given is None else Decimal(given)
    names = ("default_step_interval_days", "step_interval_min_days", "step_interval_max_days")
    every = int(_option(table, interval, names, "step_interval_days"))
    if start > target:
        expected = f"at most target_mg_per_day ({number(target)} mg)"
        msg = f"start_mg: {number(start)} mg is above the target {number(target)} mg/day"
        raise OutOfRangeError(
            code="naltrexone.start_above_target",
            field="start_mg",
            expected=expected,
            received=start,
            detail=msg,
        )
    steps: list[NaltrexoneStep] = []
    level = dose_down(start)
    while level < target:
        steps.append(NaltrexoneStep(len(steps) * every + 1, level))
        level = dose_down(level + step)
    steps.append(NaltrexoneStep(len(steps) * every + 1, dose_down(target)))
    full, partial = _agonists(reference, table, medications)
    v = table.values
    trace = [
        TraceStep("start", start, "mg/day", v.source("start_min_mg")),
        TraceStep(
            f"+ {number(step)} mg every {every} days", step, "mg/day", v.source("step_min_mg")
        ),
        TraceStep("target", target, "mg/day", v.source("daily_max_mg")),
    ]
    context: tuple[Alert, ...] = ()
    if medications or patient is not None:
        mme = regimen_mme(reference, None, medications, "medications") if medications else None
        total = mme.compared if mme is not None else None
        drugs = [m.drug for m in medications]
        context = (
            *safety_context(reference, patient, drugs, total).alerts,
            *(mme.alerts if mme else ()),
        )
    warnings = ordered(
        (*context, *notes, *advice_alerts(table), *_regimen_alerts(table, full, partial))
    )
    return NaltrexoneResult(
        target_mg_per_day=target,
        start_mg=start,
        step_mg=step,
        step_interval_days=every,
        titration=tuple(steps),
        full_agonists=full,
        partial_agonists=partial,
        warnings=warnings,
        trace=tuple(trace),
        table=table.ref,
        tables=(table.ref,),
    )
