"""
Period MME over prescription histories: the NIH HEAL calculator's definitions, the Opioid Data
Lab's average-daily-MME equations and the daily curve, one patient at a time or in batches.
"""

from calc.period.batch import BatchInput, BatchPatient, period_batch
from calc.period.model import (
    AverageDailyMME,
    DailyMME,
    Definitions,
    PeriodResult,
    PeriodWindows,
    Prescription,
    PrescriptionMME,
)
from calc.period.single import calculate_period_mme


__all__ = [
    "AverageDailyMME",
    "BatchInput",
    "BatchPatient",
    "DailyMME",
    "Definitions",
    "PeriodResult",
    "PeriodWindows",
    "Prescription",
    "PrescriptionMME",
    "calculate_period_mme",
    "period_batch",
]
