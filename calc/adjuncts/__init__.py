"""
Adjunct dosing for opioid-induced hyperalgesia: ketamine, clonidine, gabapentin, pregabalin and
low-dose naltrexone.  Each function reads its numbers from the drug's ``adjunct`` table.
"""

from calc.adjuncts.clonidine import ClonidineResult, dose_clonidine
from calc.adjuncts.gabapentin import GabapentinOrder, GabapentinResult, dose_gabapentin
from calc.adjuncts.ketamine import KetamineOrder, KetamineResult, dose_ketamine
from calc.adjuncts.naltrexone import NaltrexoneOrder, NaltrexoneResult, dose_naltrexone
from calc.adjuncts.pregabalin import PregabalinOrder, PregabalinResult, dose_pregabalin


__all__ = [
    "ClonidineResult",
    "GabapentinOrder",
    "GabapentinResult",
    "KetamineOrder",
    "KetamineResult",
    "NaltrexoneOrder",
    "NaltrexoneResult",
    "PregabalinOrder",
    "PregabalinResult",
    "dose_clonidine",
    "dose_gabapentin",
    "dose_ketamine",
    "dose_naltrexone",
    "dose_pregabalin",
]
