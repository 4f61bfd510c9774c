"""
Morphine milligram equivalents of a regimen.

``total_mme_per_day`` always means the total on the selected MME table (CDC 2022 by default): the
risk metric the thresholds are compared with.  The oral morphine basis of a rotation comes from
the equianalgesic table and has its own name (calc/rotation.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.alerts import mme_alerts, safety_context
from calc.conversion import Converted, MMELine, Steps, convert_lines, convert_parts, write_trace
from calc.kinds.factors import Factor, FactorTable, RateFactor
from calc.kinds.thresholds import Thresholds
from calc.memo import cache_of, last_result, remember
from calc.models import Medication, Patient
from calc.plausibility import check_regimen
from calc.reference import Reference
from calc.results import Alert, Lazy, TableRef, TraceStep, number, ordered
from calc.rounding import metric
from calc.units import is_infusion


__all__ = [
    "Converted",
    "Flag",
    "MMELine",
    "MMEResult",
    "RegimenMME",
    "calculate_mme",
    "convert_lines",
    "regimen_mme",
]


@attrs.frozen
class Flag:
    """A threshold and whether the exact total reached it."""

    code: str
    threshold: Decimal
    reached: bool
    source: str


@attrs.frozen(slots=False)  # built per calculation (calc/results.py, Alert)
class MMEResult:
    """
    ``total_mme_per_day``: the lines the thresholds are compared with; ``not_compared_mme_per_day``:
    the lines of drugs the table leaves out of that comparison (None when there are none);
    ``trace``: the conversion's, written when first read.
    """

    total_mme_per_day: Decimal
    lines: tuple[MMELine, ...]
    flags: tuple[Flag, ...]
    warnings: tuple[Alert, ...]
    _steps: Steps | None = attrs.field(repr=False)
    table: TableRef
    not_compared_mme_per_day: Decimal | None = None

    @Lazy
    def trace(self) -> tuple[TraceStep, ...]:
        """Each line's conversion, then their sum."""
        return write_trace(self._steps)


_FLAGS = (
    ("mme.at_or_above_50", "mme_caution"),
    ("mme.at_or_above_90", "mme_high"),
    ("mme.very_high", "mme_very_high"),
)

# The threshold flags and warnings (the safety context without a patient) of a total: which of
# the three thresholds it reaches, in _FLAGS's order, and what each outcome gives.
_Verdicts = tuple[
    Decimal, Decimal, Decimal, dict[tuple[bool, ...], tuple[tuple[Flag, ...], tuple[Alert, ...]]]
]


def _verdict(thresholds: Thresholds, total: Decimal) -> tuple[tuple[Flag, ...], tuple[Alert, ...]]:
    """
    The threshold flags and the ordered MME warnings of a total.  Both depend only on which
    thresholds the total reaches (``mme_alerts`` compares it with the same three values), so each
    outcome is built once per thresholds table (calc/memo.py), keyed by the thresholds reached
    (never by the total).
    """
    cache = cache_of(thresholds)
    kept: _Verdicts | None = cache.get("mme.verdicts")
    if kept is None:
        caution, high, very_high = (thresholds[name] for _, name in _FLAGS)
        kept = cache["mme.verdicts"] = (caution, high, very_high, {})
    caution, high, very_high, verdicts = kept
    reached = (total >= caution, total >= high, total >= very_high)
    found = verdicts.get(reached)
    if found is None:
        flags = tuple(
            Flag(code, thresholds[name], reached=r, source=thresholds.source(name))
            for (code, name), r in zip(_FLAGS, reached, strict=True)
        )
        found = verdicts[reached] = (flags, ordered(mme_alerts(total, thresholds)))
    return found


@attrs.frozen(slots=False)  # built per calculation (calc/results.py, Alert)
class RegimenMME:
    """
    A regimen's total on the selected MME table, for the safety context of any operation.

    ``total`` is None when the table gives no factor for a line it does not leave out on purpose
    (a fentanyl infusion on CDC 2022): a total without that line would understate the regimen.
    ``compared`` is what the MME thresholds are compared with: the total, or, when it is None,
    the covered lines plus the others at their oral morphine equivalent on the default
    equianalgesic table (the conservative stand-in, said in a warning).
    """

    total: Decimal | None
    compared: Decimal
    table: TableRef
    converted: Converted
    alerts: tuple[Alert, ...]


def regimen_mme(
    reference: Reference,
    table_id: str | None,
    medications: Sequence[Medication],
    field: str,
    *,
    traced: bool = True,
) -> RegimenMME:
    """
    ``total_mme_per_day`` of a regimen for operations other than ``calculate_mme``, which never
    refuses: a line the table leaves out on purpose (CDC 2022: buprenorphine) is left out of the
    total with a warning; any other uncovered line makes the total unknown (None) and the
    thresholds are compared with a stand-in, with a warning that says so.  ``traced`` False:
    ``converted`` has no trace (a caller that reads only the totals).
    """
    args = (table_id, field, traced)
    found: RegimenMME | None = last_result("regimen_mme", reference, medications, *args)
    if found is not None:
        return found
    found = _regimen_mme(reference, table_id, medications, field, traced)
    remember("regimen_mme", found, reference, medications, *args)
    return found


def _regimen_mme(
    reference: Reference,
    table_id: str | None,
    medications: Sequence[Medication],
    field: str,
    traced: bool,
) -> RegimenMME:
    table = reference.mme_table(table_id, "mme_table")
    converted = convert_lines(table, medications, field, strict=False, traced=traced)
    advice = table_advice(table, medications)
    if not converted.excluded:
        alerts = (*not_compared_alerts(table, converted.lines, converted.not_compared), *advice)
        return RegimenMME(converted.total, converted.total, table.ref, converted, alerts)
    unknown = [i for i in converted.excluded_at if medications[i].drug not in table.not_compared]
    if not unknown:
        alert = Alert(
            "mme.lines_not_in_table",
            "warning",
            f"The {table.ref.id} MME table leaves out {', '.join(converted.excluded)} on purpose; "
            "total_mme_per_day is the total without it, and the MME thresholds are compared "
            "without it (CDC 2022: buprenorphine is not compared with full-agonist thresholds).",
            "CDC22",
        )
        return RegimenMME(converted.total, converted.total, table.ref, converted, (alert, *advice))
    equianalgesic = reference.equianalgesic_table(None)
    left_out = [medications[i] for i in unknown]
    largest = {
        (m.drug, m.route): key for m in left_out if (key := _largest(equianalgesic, m)) is not None
    }
    stand_in = convert_lines(
        equianalgesic, left_out, field, strict=False, choices=largest, traced=traced
    )
    compared = converted.total + stand_in.total
    names = ", ".join(converted.excluded[converted.excluded_at.index(i)] for i in unknown)
    neither = (
        f"; {', '.join(stand_in.excluded)} is in neither table and is left out"
        if stand_in.excluded
        else ""
    )
    alert = Alert(
        "mme.not_computed",
        "warning",
        f"The {table.ref.id} MME table gives no factor for {names}: total_mme_per_day is not "
        "given, because a total without it would understate the regimen. The MME thresholds "
        f"are compared with {number(metric(compared))} mg/day instead: the lines the table "
        f"covers plus {names} at the largest factor {equianalgesic.ref.id} lists for it (a "
        f"conversion table, not an MME table){neither}.",
        "PRODUCT",
    )
    return RegimenMME(None, compared, table.ref, converted, (alert, *advice))


def table_advice(table: FactorTable, medications: Sequence[Medication]) -> tuple[Alert, ...]:
    """The warnings the MME table attaches (all results, or results with one of its drugs)."""
    if not table.advice:
        return ()
    cache = cache_of(table)
    named: frozenset[str] | None = cache.get("advice drugs")
    if named is None:
        named = cache["advice drugs"] = frozenset(d for _, only in table.advice for d in only)
    # The advice depends only on which of the drugs it names are in the regimen: the key (so a
    # request's other drug names are never kept).
    drugs = frozenset([m.drug for m in medications if m.drug in named])
    found: tuple[Alert, ...] | None = cache.get(("advice", drugs))
    if found is None:
        advice = table.advice_for(drugs)
        found = tuple(Alert(a.code, a.severity, a.message, a.source) for a in advice)
        cache["advice", drugs] = found
    return found


def not_compared_alerts(
    table: FactorTable, lines: Sequence[MMELine], not_compared: Decimal | None
) -> tuple[Alert, ...]:
    """The caveat on lines the table converts but leaves out of the threshold comparison."""
    if not_compared is None:
        return ()
    drugs = sorted({line.drug for line in lines if not line.compared})
    shown = number(metric(not_compared))
    alert = Alert(
        "mme.not_compared",
        "warning",
        f"The {table.ref.id} MME table gives {', '.join(drugs)} a factor, but it is a partial "
        f"agonist: its {shown} MME/day is shown on its line and left out of total_mme_per_day "
        "and the threshold flags, which are meant for full agonists (CDC 2022); do not compare "
        "it with 50 or 90 MME/day.",
        table.not_compared_source or table.ref.source,
    )
    return (alert,)


def _largest(table: FactorTable, med: Medication) -> str | None:
    """The source key of the largest factor a row lists for the line (the risk stand-in)."""
    row: Factor | RateFactor | None = (
        table.rates.get((med.drug, med.route))
        if is_infusion(med)
        else table.rows.get((med.drug, med.route))
    )
    if row is None:
        return None
    assert row.factor is not None  # noqa: S101  (conversion tables take no bands: the loader)
    listed = [(row.factor, row.source), *row.alternatives]
    if isinstance(row, RateFactor):
        listed.append((row.target_factor, row.target_source))
    return max(listed)[1]


def calculate_mme(
    reference: Reference,
    medications: Sequence[Medication],
    table_id: str | None = None,
    patient: Patient | None = None,
) -> MMEResult:
    """MME/day of a regimen with the selected MME table (default CDC 2022)."""
    thresholds = reference.thresholds  # the reference's views are kept on it (calc/reference.py)
    notes = check_regimen(reference.plausibility, medications, "medications")
    table = reference.mme_table(table_id)
    lines, total, steps, _, _, others = convert_parts(table, medications, "medications")
    flags, context = _verdict(thresholds, total)  # what safety_context gives without a patient
    if patient is not None:
        drugs = [m.drug for m in medications]
        context = safety_context(reference, patient, drugs, total).alerts
    more = (*not_compared_alerts(table, lines, others), *table_advice(table, medications), *notes)
    # Most results have no warning beyond the verdict's, which is in order already.
    warnings = ordered((*context, *more)) if more or patient is not None else context
    return MMEResult(total, lines, flags, warnings, steps, table.ref, others)
