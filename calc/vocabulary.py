"""
The core's vocabularies, defined once: routes, releases, units, forms, warning severities, the
patient's sex and hepatic impairment, weight bases, methadone strategies, taper presets and the
words a result reports (a taper's end, a clearance's method, a period line's kind).

Each is a ``Literal`` type (``Route``) and the tuple of its words in the same order (``ROUTES``,
taken from the type). tables/ validates its files against them, the core's value objects refuse
anything else, and the API's request and response Structs annotate their fields with the types,
so the JSON Schema ``enum`` of openapi.json lists exactly these words (tests/api/test_layers.py).
"""

from __future__ import annotations

from typing import Literal, get_args


__all__ = [
    "CLEARANCE_METHODS",
    "DISPENSING_UNITS",
    "DOSE_UNITS",
    "FORMS",
    "HEPATIC_IMPAIRMENTS",
    "INFUSION_ROUTES",
    "METHADONE_STRATEGIES",
    "PATCH_UNIT",
    "PERIOD_LINE_KINDS",
    "PRESET_BASES",
    "RATE_UNITS",
    "RELEASES",
    "ROUTES",
    "SEVERITIES",
    "SEVERITY_RANK",
    "SEXES",
    "TAPER_BASES",
    "TAPER_ENDS",
    "TAPER_PRESETS",
    "WEIGHT_BASES",
    "ClearanceMethod",
    "DispensingUnit",
    "DoseUnit",
    "FixedTaperPreset",
    "Form",
    "HepaticImpairment",
    "MethadoneStrategy",
    "PeriodLineKind",
    "PresetBasis",
    "RateUnit",
    "Release",
    "Route",
    "Severity",
    "Sex",
    "TaperBasis",
    "TaperEnd",
    "TaperPresetName",
    "WeightBasis",
]

Route = Literal[
    "oral",
    "intravenous",
    "subcutaneous",
    "intramuscular",
    "transdermal",
    "sublingual",
    "buccal",
    "intranasal",
    "rectal",
]
ROUTES: tuple[Route, ...] = get_args(Route)
Release = Literal["immediate", "extended"]
RELEASES: tuple[Release, ...] = get_args(Release)
PATCH_UNIT: Literal["mcg/h"] = "mcg/h"
# A rate: a patch's labelled mcg/h on the transdermal route, or a continuous infusion (mg/h or
# mcg/h) on an infusion route.
RateUnit = Literal["mcg/h", "mg/h"]
RATE_UNITS: tuple[RateUnit, ...] = get_args(RateUnit)
INFUSION_ROUTES: tuple[Route, ...] = ("intravenous", "subcutaneous")
DoseUnit = Literal["mg", "mcg", RateUnit]
DOSE_UNITS: tuple[DoseUnit, ...] = get_args(DoseUnit)
# The strength of one unit dispensed: mg or mcg per tablet, capsule or mL, or a patch's mcg/h.
DispensingUnit = Literal["mg", "mcg", "mcg/h"]
DISPENSING_UNITS: tuple[DispensingUnit, ...] = get_args(DispensingUnit)
# Dose forms as a medication line and an MME table name them: the route says where (a buccal
# tablet is route buccal, form tablet); a table that splits a drug and route by form lists these.
Form = Literal[
    "tablet",
    "capsule",
    "solution",
    "suspension",
    "film",
    "lozenge",
    "spray",
    "patch",
    "injection",
    "suppository",
]
FORMS: tuple[Form, ...] = get_args(Form)
# The type lists the severities mildest first (the API's enum); every result lists its warnings
# in report order, critical first, then warning, then info.
Severity = Literal["info", "warning", "critical"]
SEVERITIES: tuple[Severity, ...] = tuple(reversed(get_args(Severity)))
SEVERITY_RANK: dict[str, int] = {severity: rank for rank, severity in enumerate(SEVERITIES)}
Sex = Literal["female", "male"]
SEXES: tuple[Sex, ...] = get_args(Sex)
HepaticImpairment = Literal["none", "mild", "moderate", "severe"]
HEPATIC_IMPAIRMENTS: tuple[HepaticImpairment, ...] = get_args(HepaticImpairment)
# Body weight to dose (or to estimate clearance) from: `ideal` is Devine, `adjusted` IBW + 0.4 x
# (actual - IBW).
WeightBasis = Literal["actual", "ideal", "adjusted"]
WEIGHT_BASES: tuple[WeightBasis, ...] = get_args(WeightBasis)
# How a creatinine clearance was obtained: given by the caller, or estimated.
ClearanceMethod = Literal["given", "cockcroft-gault"]
CLEARANCE_METHODS: tuple[ClearanceMethod, ...] = get_args(ClearanceMethod)
MethadoneStrategy = Literal["stop_and_go", "three_day_switch", "ad_lib"]
METHADONE_STRATEGIES: tuple[MethadoneStrategy, ...] = get_args(MethadoneStrategy)
# The taper presets tables/taper-presets.toml ships (a test holds them equal); `custom` takes
# its percent, interval and basis from the request.
FixedTaperPreset = Literal[
    "oih-rapid", "cdc-2022-long-term", "cdc-2022-weeks", "acute-short", "acute-weeks"
]
TaperPresetName = Literal[FixedTaperPreset, "custom"]
TAPER_PRESETS: tuple[TaperPresetName, ...] = get_args(TaperPresetName)
# What each cut of a custom taper is a percent of; a preset may also switch from the original
# to the current dose.
TaperBasis = Literal["original", "current"]
TAPER_BASES: tuple[TaperBasis, ...] = get_args(TaperBasis)
PresetBasis = Literal[TaperBasis, "original-then-current"]
PRESET_BASES: tuple[PresetBasis, ...] = get_args(PresetBasis)
# Where a taper schedule ends: every line stopped, held at the floor, or incomplete.
TaperEnd = Literal["zero", "floor", "incomplete"]
TAPER_ENDS: tuple[TaperEnd, ...] = get_args(TaperEnd)
# A period prescription: doses taken, or units dispensed over a days supply.
PeriodLineKind = Literal["dose", "dispensing"]
PERIOD_LINE_KINDS: tuple[PeriodLineKind, ...] = get_args(PeriodLineKind)
