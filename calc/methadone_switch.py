"""
The three-day switch (Edmonton, as commonly described; the day-by-day steps are unconfirmed and
warned): day d gives (days-d)/days of the previous regimen and d/days of the methadone dose,
each rounded down, and never a day without methadone when any product can make a dose within the
reduced one.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.methadone import MethadoneDetail, SwitchDay
from calc.mme import MMELine
from calc.reference import Reference
from calc.regimen import PracticalRegimen, best_regimen, regimen_of
from calc.results import Alert
from calc.rounding import as_percent, dose_down
from calc.targets import TargetDose


__all__ = ["switch_schedule", "with_schedule"]


def _day_regimen(dose: TargetDose, target: Decimal, reduced: Decimal) -> PracticalRegimen | None:
    """The day's methadone: the closest real regimen, else the smallest one within the reduced
    dose (a switch never has a day without methadone when any product can make one)."""
    products = dose.products or ((dose.product,) if dose.product else ())
    regimen = best_regimen(products, target, Decimal(100), tolerant=False)
    if regimen is not None:
        return regimen
    smallest = [
        regimen_of(p, p.doses[0], max(p.intervals_hours)) for p in products if not p.tolerant_only
    ]
    options = [r for r in smallest if r.daily_total <= reduced]
    return min(options, key=lambda r: r.daily_total) if options else None


def switch_schedule(
    reference: Reference,
    lines: Sequence[MMELine],
    dose: TargetDose,
    reduced: Decimal,
) -> tuple[SwitchDay, ...]:
    """The three-day switch: day d gives (days-d)/days of the previous regimen and d/days of
    the methadone dose, each rounded down (never a day without methadone when a product can
    make any dose within the reduced one)."""
    days = reference.thresholds["three_day_switch_days"]
    schedule = []
    for day in range(1, int(days) + 1):
        left = days - day  # days of the previous regimen still to go
        methadone_target_dose = dose_down(reduced * day / days)
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
                methadone=_day_regimen(dose, methadone_target_dose, reduced),
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
                "below the smallest dose any product makes at its longest interval; none is "
                "offered those days.",
                dose.product.source if dose.product else "PRODUCT",
            )
        )
    return attrs.evolve(detail, schedule=schedule), alerts
