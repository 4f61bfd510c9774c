"""
The OIH strategy "cut the current opioid by 40-50% and add low-dose methadone" (SRC-004; reported
only anecdotally, so warned): each line cut, an as-needed line keeping its pattern (its maximum
cut, no single dose higher), plus methadone at no more than 15 mg/day [SALP13] from the 1 mg/mL
solution.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.alerts import SafetyContext
from calc.errors import in_range
from calc.methadone import safety_alerts
from calc.mme import convert_lines
from calc.models import Medication, Patient
from calc.oih_types import OIHOptions
from calc.reference import Reference
from calc.regimen import PracticalRegimen, build_as_needed, build_regimen, regimen_line
from calc.results import Alert, TraceStep, ordered
from calc.rounding import dose_down, percent_of
from calc.units import daily_amount


__all__ = ["CutAndMethadone", "CutLine", "cut_and_methadone", "cut_mme"]

SOLUTION = "solution"


@attrs.frozen
class CutLine:
    """
    One line after the cut: the target and the real regimen (``None`` if none fits); an
    as-needed line's daily doses are its maximum per day.
    """

    drug: str
    route: str
    original_daily_dose: Decimal
    reduced_daily_dose: Decimal
    unit: str
    regimen: PracticalRegimen | None
    as_needed: bool = False


@attrs.frozen
class CutAndMethadone:
    cut_percent: Decimal
    lines: tuple[CutLine, ...]
    methadone_target_mg_per_day: Decimal
    methadone: PracticalRegimen | None
    warnings: tuple[Alert, ...]
    trace: tuple[TraceStep, ...]


def _bounded(
    value: Decimal | None, low: Decimal, high: Decimal, default: Decimal, field: str
) -> Decimal:
    if value is None:
        return default
    return in_range(value, low, high, code="oih.out_of_range", field=field)


def _cut_line(
    reference: Reference, med: Medication, index: int, cut: Decimal, high: Decimal
) -> tuple[CutLine, list[Alert]]:
    product = reference.products.find(med.drug, med.route, med.release)
    unit = product.unit if product else med.dose_unit
    original = daily_amount(med, unit, f"medications[{index}]")
    reduced = dose_down(original - percent_of(original, cut))
    regimen: PracticalRegimen | None = None
    if product is not None and med.as_needed:
        assert med.max_doses_per_day is not None  # noqa: S101  (checked by check_regimen)
        interval = med.interval_hours or min(product.intervals_hours)
        count = max(1, int(med.max_doses_per_day))
        regimen = build_as_needed(product, reduced, interval, count, max_dose=med.dose)
    elif product is not None:
        regimen = build_regimen(product, reduced)
    alerts: list[Alert] = []
    deepest = original - percent_of(original, high)
    if regimen is not None and regimen.daily_total < deepest:
        alerts.append(
            Alert(
                "oih.cut_deeper_than_range",
                "warning",
                f"{med.drug}: the nearest real regimen below the cut ({regimen.daily_total} "
                f"{unit}/day) cuts more than {high}%; consider a smaller strength or product.",
                regimen.source,
            )
        )
    if regimen is None:
        alerts.append(
            Alert(
                "oih.cut_line_without_regimen",
                "warning",
                f"{med.drug} {med.route}: no real regimen at or below {reduced} {unit}/day; "
                "give the reduced daily dose by another product or stop this line.",
                product.source if product else "PRODUCT",
            )
        )
    line = CutLine(med.drug, med.route, original, reduced, unit, regimen, med.as_needed)
    return line, alerts


def cut_and_methadone(
    reference: Reference,
    medications: Sequence[Medication],
    options: OIHOptions,
    patient: Patient | None = None,
    context: SafetyContext | None = None,
) -> CutAndMethadone:
    t = reference.thresholds
    low, high = t["oih_cut_low_percent"], t["oih_cut_high_percent"]
    cut = _bounded(options.cut_percent, low, high, low, "cut_percent")
    cap = t["oih_methadone_max_mg_per_day"]
    methadone_dose = _bounded(
        options.methadone_mg_per_day,
        Decimal(0),
        cap,
        t["oih_methadone_default_mg_per_day"],
        "methadone_mg_per_day",
    )
    lines = []
    alerts = [
        *(context.alerts if context is not None else ()),
        Alert(
            "oih.cut_and_methadone_unconfirmed",
            "warning",
            f"Cutting the opioid by {low}-{high}% and adding low-dose methadone is reported in "
            "anecdotes (Pain Physician review), not a guideline rule; specialist oversight.",
            t.source("oih_cut_low_percent"),
        ),
    ]
    for i, med in enumerate(medications):
        line, line_alerts = _cut_line(reference, med, i, cut, high)
        lines.append(line)
        alerts += line_alerts
    product = reference.products.find("methadone", "oral", "immediate", SOLUTION)
    product = product or reference.products.find("methadone", "oral", None)
    methadone = build_regimen(product, methadone_dose) if product and methadone_dose > 0 else None
    alerts += safety_alerts(reference, patient)
    trace = (
        TraceStep(f"cut each line by {cut}%", cut, "%", t.source("oih_cut_low_percent")),
        TraceStep(
            f"low-dose methadone, at most {cap} mg/day",
            methadone_dose,
            "mg/day",
            t.source("oih_methadone_max_mg_per_day"),
        ),
    )
    return CutAndMethadone(cut, tuple(lines), methadone_dose, methadone, ordered(alerts), trace)


def cut_mme(reference: Reference, table_id: str | None, result: CutAndMethadone) -> Decimal | None:
    """MME/day after the cut: each line's real regimen (its reduced dose when none) + methadone."""
    meds = []
    for line in result.lines:
        if line.regimen is not None:
            meds.append(regimen_line(line.regimen))
        else:
            unit = line.unit.removesuffix("/day")
            per_day = None if unit == "mcg/h" else Decimal(1)
            meds.append(
                Medication(
                    line.drug, line.route, line.reduced_daily_dose, unit, doses_per_day=per_day
                )
            )
    if result.methadone is not None:
        meds.append(regimen_line(result.methadone))
    return _mme_of(reference, table_id, meds)


def _mme_of(
    reference: Reference, table_id: str | None, medications: Sequence[Medication]
) -> Decimal | None:
    converted = convert_lines(
        reference.mme_table(table_id, "mme_table"), medications, "medications", strict=False
    )
    return None if converted.excluded else converted.total
