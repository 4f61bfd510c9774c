"""
Rotation to methadone: a dose-dependent ratio scheme, tier cliffs smoothed so the dose never
falls as MME rises, the scheme's own reduction range, a cap, and the switch strategy.

Smoothing: a tiered scheme gives MME/ratio, which drops at each band edge (90 mg/day / 4 = 22.5,
but 91 / 8 = 11.4).  The product uses the lower monotone envelope: the dose at m is the smallest
dose the scheme gives at any m' >= m.  It is never above the scheme's own value (conservative)
and never decreases as m rises.

Above the scheme's top (CCDHB stops at 600 mg/day) the scheme's top value is used and the cap
makes it a fixed start (a cohort above 1,200 mg/day oral morphine did well on a fixed 30 mg/day
[FISHER]), with a critical specialist-consult warning instead of a refusal.

Parenteral methadone is half the oral dose (oral : IV/IM 2:1 [CCDHB]; MSD: 20 mg oral = 10 mg
parenteral).  Strategies: stop and go; the three-day switch (thirds, unconfirmed steps, never a
day without methadone); ad lib (Morley-Makin: 1/10 of the daily oral morphine as needed, at most
30 mg, no more often than every 3 hours, inpatient specialist units only [STELIZ]).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.errors import ClinicalRefusalError, OutOfRangeError, UnknownEntryError
from calc.kinds.methadone_scheme import MethadoneScheme
from calc.kinds.thresholds import Thresholds
from calc.memo import cache_of
from calc.models import Medication, Patient, Target
from calc.reference import Reference
from calc.regimen import PracticalRegimen
from calc.results import Alert, TableRef, TraceStep
from calc.rounding import metric
from calc.targets import TargetDose
from calc.units import daily_amount
from calc.vocabulary import METHADONE_STRATEGIES


__all__ = [
    "MethadoneDetail",
    "SwitchDay",
    "envelope",
    "methadone_by_route",
    "methadone_target",
    "safety_alerts",
]

PARENTERAL = ("intravenous", "intramuscular", "subcutaneous")


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
    above_scheme: bool = False


def envelope(
    scheme: MethadoneScheme, total: Decimal
) -> tuple[Decimal, Decimal, str, Decimal, bool]:
    """
    (ratio, the scheme's raw dose, its source, the smoothed dose, above the scheme) at ``total``
    mg/day oral morphine.  Above the scheme's last band: its top band at the band's top.
    """
    bands = scheme.bands.bands
    index = next((i for i, b in enumerate(bands) if b.contains(total)), None)
    above = index is None
    if index is None:
        index = len(bands) - 1
        top = bands[index].high
        assert top is not None  # noqa: S101  (an open last band contains every total above)
        total = top
    band = bands[index]
    raw = total / band.value
    later = [b.low / b.value for b in bands[index + 1 :]]
    return band.value, raw, band.source, min([raw, *later]), above


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
    alerts = [*_standing_alerts(t)]
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


def _standing_alerts(t: Thresholds) -> tuple[Alert, Alert]:
    """
    The QTc and titration warnings every methadone dose carries: built from the thresholds alone,
    so once per thresholds table (calc/memo.py) instead of on every rotation.
    """
    cache = cache_of(t)
    found: tuple[Alert, Alert] | None = cache.get("methadone.alerts")
    if found is not None:
        return found
    caution, avoid = t["qtc_caution_ms"], t["qtc_avoid_ms"]
    found = cache["methadone.alerts"] = (
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
    )
    return found


def _check(target: Target, strategy: str) -> None:
    if target.route != "oral" and target.route not in PARENTERAL:
        routes = ["oral", *PARENTERAL]
        msg = f"methadone rotation is defined for the oral and parenteral routes; got {target.route!r}"
        raise UnknownEntryError(
            "methadone.route_not_covered", "to.route", f"one of {routes}", target.route, msg
        )
    if strategy not in METHADONE_STRATEGIES:
        msg = f"methadone.strategy must be one of {METHADONE_STRATEGIES}; got {strategy!r}"
        raise UnknownEntryError(
            "methadone.unknown_strategy",
            "methadone.strategy",
            str(METHADONE_STRATEGIES),
            strategy,
            msg,
        )
    if strategy != "stop_and_go" and target.route != "oral":
        msg = f"the {strategy} strategy is described for oral methadone; got {target.route!r}"
        raise UnknownEntryError(
            "methadone.strategy_route", "methadone.strategy", "stop_and_go", strategy, msg
        )


def _strategy_alerts(reference: Reference, strategy: str, scheme: MethadoneScheme) -> list[Alert]:
    t = reference.thresholds
    if strategy == "three_day_switch":
        return [
            Alert(
                "methadone.three_day_switch_unconfirmed",
                "warning",
                f"The three-day switch moves a third of the regimen each day over "
                f"{t['three_day_switch_days']} days, as commonly described; the exact steps are not "
                "confirmed against the primary text (Bruera 1996).",
                t.source("three_day_switch_days"),
            )
        ]
    if strategy == "ad_lib":
        return [
            Alert(
                "methadone.ad_lib_specialist",
                "critical",
                f"Ad lib (Morley-Makin) methadone: 1/{t['morley_makin_ratio']} of the daily oral "
                f"morphine as needed, no more often than every {t['morley_makin_interval_hours']} "
                "h, inpatient specialist palliative care units only; the conversion to regular "
                "doses after the first days is not confirmed against the primary text.",
                t.source("morley_makin_ratio"),
            )
        ]
    del scheme
    return []


def _above(reference: Reference, scheme: MethadoneScheme, total: Decimal) -> list[Alert]:
    top = scheme.bands.top.high
    return [
        Alert(
            "methadone.above_scheme",
            "critical",
            f"{metric(total)} mg/day oral morphine is above what the {scheme.ref.id} scheme covers "
            f"({top} mg/day): its top value is used and the cap makes it a fixed start (a cohort "
            "above 1,200 mg/day did well on a fixed 30 mg/day); consult a pain or palliative "
            "specialist before starting.",
            reference.thresholds.source("methadone_cap_mg_per_day"),
        )
    ]


def _ad_lib(
    reference: Reference, total: Decimal, cap: Decimal
) -> tuple[Decimal, tuple[Decimal, int, Decimal], TraceStep]:
    """Morley-Makin: a dose of total / ratio (at most the cap), as needed, at most cap a day."""
    t = reference.thresholds
    dose = min(total / t["morley_makin_ratio"], cap)
    count = max(1, int(cap / dose))
    interval = t["morley_makin_interval_hours"]
    step = TraceStep(
        f"ad lib: / {t['morley_makin_ratio']} per dose, as needed every {interval} h or longer, "
        f"at most {count} a day (the {cap} mg/day cap)",
        dose,
        "mg",
        t.source("morley_makin_ratio"),
    )
    return dose * count, (interval, count, dose), step


def methadone_target(
    reference: Reference,
    target: Target,
    total: Decimal,
    patient: Patient | None,
    scheme_id: str | None,
    strategy: str,
    max_daily_mg: Decimal | None,
) -> tuple[TargetDose, MethadoneDetail]:
    _check(target, strategy)
    t = reference.thresholds
    scheme = reference.methadone_scheme(scheme_id, "methadone.scheme")
    cap, cap_source = _cap(reference, max_daily_mg)
    alerts = safety_alerts(reference, patient)
    ratio, raw, ratio_source, smooth, above = envelope(scheme, total)
    trace = [
        TraceStep(
            f"{scheme.ref.id}: ratio {ratio}:1 at this total; / {ratio}",
            raw,
            "mg/day",
            ratio_source,
        )
    ]
    if above:
        alerts += _above(reference, scheme, total)
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
    alerts += _strategy_alerts(reference, strategy, scheme)
    equianalgesic = smooth
    limits: tuple[Decimal, int, Decimal] | None = None
    percent_range = (scheme.default_reduction_percent, scheme.reduction_max_percent)
    percent, percent_source = scheme.default_reduction_percent, scheme.reduction_source
    if strategy == "ad_lib":
        equianalgesic, limits, step = _ad_lib(reference, total, cap)
        trace.append(step)
        percent_range, percent, percent_source = (
            (Decimal(0), percent_range[1]),
            Decimal(0),
            step.source,
        )
    if target.route != "oral":
        oral_to_parenteral = t["methadone_oral_to_parenteral_ratio"]
        equianalgesic /= oral_to_parenteral
        cap /= oral_to_parenteral
        trace.append(
            TraceStep(
                f"parenteral methadone: oral / {oral_to_parenteral} (oral : IV/IM {oral_to_parenteral}:1)",
                equianalgesic,
                "mg/day",
                t.source("methadone_oral_to_parenteral_ratio"),
            )
        )
    products = reference.products.find_all("methadone", target.route, target.release)
    product = products[0] if products else None
    dose = TargetDose(
        equianalgesic=equianalgesic,
        unit="mg/day",
        release=product.release if product else target.release,
        default_percent=percent,
        default_percent_source=percent_source,
        percent_range=percent_range,
        product=product,
        cap=cap,
        # The rule that caps the dose is the cited one, also when the caller lowered the cap.
        cap_source=t.source("methadone_cap_mg_per_day"),
        alerts=tuple(alerts),
        trace=tuple(trace),
        tables=(scheme.ref,),
        products=products,
        as_needed=limits,
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
        above_scheme=above,
    )
    return dose, detail


def methadone_by_route(
    reference: Reference, medications: Sequence[Medication], target: Target
) -> TargetDose | None:
    """
    Methadone to methadone by another route: oral : parenteral 2:1 [CCDHB], no scheme, no
    reduction (the same drug); ``None`` unless every line is methadone.
    """
    if not all(m.drug == "methadone" for m in medications) or target.route not in (
        "oral",
        *PARENTERAL,
    ):
        return None
    t = reference.thresholds
    ratio = t["methadone_oral_to_parenteral_ratio"]
    total = Decimal(0)
    for i, med in enumerate(medications):
        amount = daily_amount(med, "mg", f"from[{i}]")
        oral = med.route == "oral"
        if oral and target.route != "oral":
            amount /= ratio
        elif not oral and target.route == "oral":
            amount *= ratio
        total += amount
    products = reference.products.find_all("methadone", target.route, target.release)
    step = TraceStep(
        f"methadone to methadone by route {target.route}: oral : parenteral {ratio}:1, no "
        "ratio scheme and no cross-tolerance reduction (the same drug)",
        total,
        "mg/day",
        t.source("methadone_oral_to_parenteral_ratio"),
    )
    return TargetDose(
        total,
        "mg/day",
        products[0].release if products else target.release,
        Decimal(0),
        t.source("methadone_oral_to_parenteral_ratio"),
        products[0] if products else None,
        trace=(step,),
        products=products,
    )
