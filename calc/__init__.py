"""
opioid-calc calculation core: pure, Decimal, no I/O, no HTTP.

Public API re-exported here; the modules are implementation detail.
"""

from calc.errors import (
    CalcError,
    ClinicalRefusalError,
    OutOfRangeError,
    TableError,
    UnknownEntryError,
)
from calc.mme import MMEResult, calculate_mme
from calc.models import Medication, Patient, Target

__all__ = [
    "CalcError",
    "ClinicalRefusalError",
    "MMEResult",
    "Medication",
    "OutOfRangeError",
    "Patient",
    "TableError",
    "Target",
    "UnknownEntryError",
    "calculate_mme",
]
