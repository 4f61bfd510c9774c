"""
opioid-calc calculation core: pure, Decimal, no I/O, no HTTP.

Public API re-exported here; the modules are implementation detail.
"""

from calc.adjuncts import (
    GabapentinOrder,
    KetamineOrder,
    NaltrexoneOrder,
    PregabalinOrder,
    dose_clonidine,
    dose_gabapentin,
    dose_ketamine,
    dose_naltrexone,
    dose_pregabalin,
)
from calc.errors import (
    CalcError,
    ClinicalRefusalError,
    OutOfRangeError,
    TableError,
    UnknownEntryError,
)
from calc.mme import MMEResult, calculate_mme
from calc.models import Medication, Patient, Target
from calc.renal import estimate_creatinine_clearance


__all__ = [
    "CalcError",
    "ClinicalRefusalError",
    "GabapentinOrder",
    "KetamineOrder",
    "MMEResult",
    "Medication",
    "NaltrexoneOrder",
    "OutOfRangeError",
    "Patient",
    "PregabalinOrder",
    "TableError",
    "Target",
    "UnknownEntryError",
    "calculate_mme",
    "dose_clonidine",
    "dose_gabapentin",
    "dose_ketamine",
    "dose_naltrexone",
    "dose_pregabalin",
    "estimate_creatinine_clearance",
]
