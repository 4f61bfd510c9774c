"""
Rotation to oral methadone: a dose-dependent ratio scheme, tier cliffs smoothed so the dose never
falls as MME rises, a reduction of the scheme's own, a cap, and the switch strategy.

Smoothing: a tiered scheme gives MME/ratio, which drops at each band edge (90 mg/day / 4 = 22.5,
but 91 / 8 = 11.4).  The product uses the lower monotone envelope: the dose at m is the smallest
dose the scheme gives at any m' >= m.  It is never above the scheme's own value (conservative)
and never decreases as m rises.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.errors import ClinicalRefusalError, OutOfRangeError, UnknownEntryError
from calc.mme import MMELine
from calc.models import Patient, Target
from calc.reference import MethadoneScheme, Reference
from calc.regimen import PracticalRegimen, build_regimen
from calc.results import Alert, TableRef, TraceStep
from calc.rounding import as_percent, dose_down, metric
from calc.targets import TargetDose


__all__ = [
    "MethadoneDetail",
    "SwitchDay",
    "envelope",
    "methadone_target",
    "safety_alerts",
    "switch_schedule",
    "with_schedule",
]

STRATEGIES = ("stop_and_go", "three_day_switch")


@attrs.frozen
class SwitchDay:
    """One day of a cross-taper: the share of the previous regimen and the methadone dose."""

    day: int
    previous_percent: Decimal
    previous_lines: tuple[tuple[str, str, Decimal, str], ...]
    methadone_daily_target: Decimal
    methadone: PracticalRegimen | None


@attrs.frozen
class MethadoneDetail:
    """How the methadone dose was reached."""

    scheme: TableRef
    ratio: Decimal
    ratio_source: str
    unsmoothed_daily_dose: Decimal
    smoothed: bool
    cap: Decimal
    cap_source: str
    strategy: str
    schedule: tuple[SwitchDay, ...] = ()


def envelope(scheme: MethadoneScheme, total: Decimal) -> tuple[Decimal, Decimal, str, Decimal]:
    """
    (ratio, the scheme's raw dose, its source, the smoothed dose) at ``total`` mg/day oral
    morphine.  Raises when ``total`` lies above the scheme's last band.
    """
    bands = scheme.bands.bands
    index = next((i for i, b in enumerate(bands) if b.contains(total)), None)
    if index is None:
        top = scheme.bands.top
        expected = f"total oral morphine equivalent up to {top.high} mg/day"
        msg = f"methadone scheme {scheme.ref.id!r} covers {expected}; got {metric(total)} mg/day"
        raise ClinicalRefusalError("methadone.above_scheme", "from", expected, total, msg)
    band = bands[index]
    raw = total / band.value
    later = [b.low / b.value for b in bands[index + 1 :]]
    return band.value, raw, band.source, min([raw, *later])


def _cap(reference: Reference, requested: Decimal | None) -> tuple[Decimal, str]:
    cap = reference.thresholds["methadone_cap_mg_per_day"]
    source = reference.thresholds.source("methadone_cap_mg_per_day")
    if requested is None:
        return cap, source
    if requested > cap:
        msg = f"methadone.max_daily_dose_mg may lower the cap of {cap} mg/day, not raise it; got {requested}"
        raise OutOfRangeError(
            "methadone.cap_above_default",
            "methadone.max_daily_dose_mg",
            f"<= {cap}",
            requested,
            msg,
        )
    return requested, "request"


def safety_alerts(reference: Reference, patient: Patient | None) -> list[Alert]:
    """QTc and titration warnings for any methadone dose; QTc above the limit is refused."""
    t = reference.thresholds
    caution, avoid = t["qtc_caution_ms"], t["qtc_avoid_ms"]
    qtc = patient.qtc_ms if patient else None
    if qtc is not None and qtc > avoid:
        msg = f"do not use methadone with QTc above {avoid} ms (APS 2014); got {qtc} ms"
        raise ClinicalRefusalError(
            "methadone.qtc_over_limit", "patient.qtc_ms", f"<= {avoid}", qtc, msg
        )
    alerts = [
        Alert(
            "methadone.qtc",
            "warning",
            f"Methadone prolongs QTc: baseline ECG if risk factors (APS 2014); QTc {caution}-{avoid} "
            f"ms: consider alternatives; above {avoid} ms: do not use.",
            t.source("qtc_caution_ms"),
        ),
        Alert(
            "methadone.titration_interval",
            "warning",
            f"Increase methadone no sooner than every {t['methadone_titration_min_days']}-"
            f"{t['methadone_titration_max_days']} days; follow up every 2-3 days in the first week "
            "(CDC 2022); steady state takes several days.",
            t.source("methadone_titration_min_days"),
        ),
    ]
    if qtc is not None and qtc >= caution:
        alerts.append(
            Alert(
                "methadone.qtc_prolonged",
                "critical",
                f"QTc {qtc} ms is at or above {caution} ms: consider an alternative to methadone and "
                "correct reversible causes (APS 2014).",
                t.source("qtc_caution_ms"),
            )
        )
    return alerts


def methadone_target(
    reference: Reference,
    target: Target,
    total: Decimal,
    patient: Patient | None,
    scheme_id: str | None,
    strategy: str,
    max_daily_mg: Decimal | None,
) -> tuple[TargetDose, MethadoneDetail]:
    if target.route != "oral":
        msg = f"methadone rotation is defined for the oral route; got {target.route!r}"
        raise UnknownEntryError(
            "methadone.route_not_covered", "to.route", "oral", target.route, msg
        )
    if strategy not in STRATEGIES:
        msg = f"methadone.strategy must be one of {STRATEGIES}; got {strategy!r}"
        raise UnknownEntryError(
            "methadone.unknown_strategy", "methadone.strategy", str(STRATEGIES), strategy, msg
        )
    scheme = reference.methadone_scheme(scheme_id, "methadone.scheme")
    cap, cap_source = _cap(reference, max_daily_mg)
    alerts = safety_alerts(reference, patient)
    ratio, raw, ratio_source, smooth = envelope(scheme, total)
    trace = [
        TraceStep(
            f"{scheme.ref.id}: ratio {ratio}:1 at this total; / {ratio}",
            raw,
            "mg/day",
            ratio_source,
        )
    ]
    if smooth < raw:
        trace.append(
            TraceStep(
                "smoothed down to the lowest dose the scheme gives at any higher total (monotone)",
                smooth,
                "mg/day",
                "PRODUCT",
            )
        )
        alerts.append(
            Alert(
                "methadone.smoothed",
                "info",
                f"The scheme's dose ({metric(raw)} mg/day) would fall at the next band edge; the "
                f"lower, monotone value {metric(smooth)} mg/day is used.",
                ratio_source,
            )
        )
    if strategy == "three_day_switch":
        t = reference.thresholds
        alerts.append(
            Alert(
                "methadone.three_day_switch_unconfirmed",
                "warning",
                f"The three-day switch moves a third of the regimen each day over "
                f"{t['three_day_switch_days']} days, as commonly described; the exact steps are not "
                "confirmed against the primary text (Bruera 1996).",
                t.source("three_day_switch_days"),
            )
        )
    product = reference.products.find("methadone", "oral", target.release)
    dose = TargetDose(
        equianalgesic=smooth,
        unit="mg/day",
        release=product.release if product else target.release,
        default_percent=scheme.default_reduction_percent,
        default_percent_source=scheme.reduction_source,
        product=product,
        cap=cap,
        # The rule that caps the dose is the cited one, also when the caller lowered the cap.
        cap_source=reference.thresholds.source("methadone_cap_mg_per_day"),
        alerts=tuple(alerts),
        trace=tuple(trace),
        tables=(scheme.ref,),
    )
    detail = MethadoneDetail(
        scheme=scheme.ref,
        ratio=ratio,
        ratio_source=ratio_source,
        unsmoothed_daily_dose=raw,
        smoothed=smooth < raw,
        cap=cap,
        cap_source=cap_source,
        strategy=strategy,
    )
    return dose, detail


def switch_schedule(
    reference: Reference,
    lines: Sequence[MMELine],
    dose: TargetDose,
    reduced: Decimal,
) -> tuple[SwitchDay, ...]:
    """The three-day switch: day d gives (days-d)/days of the previous regimen and d/days of
    the methadone dose, each rounded down."""
    days = reference.thresholds["three_day_switch_days"]
    schedule = []
    for day in range(1, int(days) + 1):
        left = days - day  # days of the previous regimen still to go
        methadone_target_dose = dose_down(reduced * day / days)
        regimen = build_regimen(dose.product, methadone_target_dose) if dose.product else None
        schedule.append(
            SwitchDay(
                day=day,
                previous_percent=dose_down(as_percent(left, days)),
                previous_lines=tuple(
                    (
                        line.drug,
                        line.route,
                        dose_down(line.daily_dose * left / days),
                        line.daily_dose_unit,
                    )
                    for line in lines
                ),
                methadone_daily_target=methadone_target_dose,
                methadone=regimen,
            )
        )
    return tuple(schedule)


def with_schedule(
    reference: Reference,
    detail: MethadoneDetail,
    lines: Sequence[MMELine],
    dose: TargetDose,
    reduced: Decimal,
) -> tuple[MethadoneDetail, list[Alert]]:
    """The detail with its three-day schedule, and a warning for days with no methadone."""
    schedule = switch_schedule(reference, lines, dose, reduced)
    empty = [d.day for d in schedule if d.methadone is None]
    alerts = []
    if empty:
        alerts.append(
            Alert(
                "methadone.switch_day_below_strength",
                "warning",
                f"On day(s) {', '.join(map(str, empty))} of the switch the methadone share is "
                "below the smallest tablet at its longest interval; none is offered those days.",
                dose.product.source if dose.product else "PRODUCT",
            )
        )
    return attrs.evolve(detail, schedule=schedule), alerts
