"""
Summary lines of a period MME result (calc/period/): warnings first, then the NIH HEAL totals and
definitions with and without buprenorphine, the dated equations and peak, and each
prescription's arithmetic, in the words of calc/phrasing.py and from the result's own numbers.
A research measure of exposure, not a dose: the last line says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from calc.phrasing import amount, drug_name, number, route_phrase, warning_lines


if TYPE_CHECKING:
    from decimal import Decimal

    from calc.period.model import AverageDailyMME, Definitions, PeriodResult, PrescriptionMME


__all__ = ["period_summary"]


def _per_day(value: Decimal | None) -> str:
    return "not defined (no days)" if value is None else f"{amount(value)} MME/day"


def _definitions(group: str, d: Definitions) -> str:
    return (
        f"{group}: total {amount(d.total_mme)} MME over {d.total_days} days of medication; "
        f"mme1 {_per_day(d.mme1)} (total / days of medication), mme2 {_per_day(d.mme2)} (/ "
        f"{d.therapy_days} therapy days), mme3 {_per_day(d.mme3)} (/ {d.observation_window_days} "
        f"observation window days), mme4 {amount(d.mme4)} MME/day (sum of single-day MME)."
    )


def _dated(a: AverageDailyMME) -> str:
    return (
        f"Dated prescriptions, {a.window_start.isoformat()} to {a.window_end.isoformat()}: "
        f"average daily MME {amount(a.mme_over_days_supplied)} over {a.days_supplied} days "
        f"supplied, {amount(a.mme_over_window)} over the {a.window_days}-day window, "
        f"{amount(a.mme_over_exposed_days)} over {a.exposed_days} days exposed, "
        f"{amount(a.mean_prescription_daily_mme)} as the mean per prescription; peak "
        f"{amount(a.peak_daily_mme)} MME/day on {a.peak_date.isoformat()}."
    )


def _prescription(p: PrescriptionMME) -> str:
    return (
        f"{drug_name(p.drug)} {route_phrase(p.route)}: {number(p.daily_amount)} "
        f"{p.daily_amount_unit} x {number(p.conversion_factor)} = {amount(p.single_day_mme)} MME "
        f"a day, for {p.days} days = {amount(p.mme)} MME."
    )


def period_summary(result: PeriodResult) -> tuple[str, ...]:
    dated = result.average_daily_mme
    return (
        *warning_lines(result.warnings),
        _definitions("With buprenorphine", result.with_buprenorphine),
        _definitions("Without buprenorphine", result.without_buprenorphine),
        *((_dated(dated),) if dated is not None else ()),
        *(_prescription(p) for p in result.prescriptions),
        "A research measure of opioid exposure over the period, not a dose.",
    )
