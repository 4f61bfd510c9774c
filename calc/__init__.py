"""
opioid-calc calculation core: pure, Decimal, no I/O, no HTTP.

The whole public API is re-exported here (api/ imports only from this package); the modules
are implementation detail.
"""

from calc.adjuncts import (
    ClonidineResult,
    GabapentinOrder,
    GabapentinResult,
    KetamineOrder,
    KetamineResult,
    NaltrexoneOrder,
    NaltrexoneResult,
    PregabalinOrder,
    PregabalinResult,
    dose_clonidine,
    dose_gabapentin,
    dose_ketamine,
    dose_naltrexone,
    dose_pregabalin,
)
from calc.adjuncts.clonidine import (
    ClonidineLevel,
)
from calc.adjuncts.common import (
    Regimen,
    TitrationDay,
)
from calc.alerts import (
    safety_context,
)
from calc.catalog import (
    TableView,
    bands_of,
    drug_index,
    table_view,
)
from calc.errors import (
    CalcError,
    ClinicalRefusalError,
    OutOfRangeError,
    TableError,
    UnknownEntryError,
    in_range,
)
from calc.fhir_lines import (
    Amount,
    DosageFacts,
    OrderFacts,
    Reason,
    Translated,
    translate_order,
)
from calc.infusions import (
    InfusionRegimen,
)
from calc.kinds.adjunct import (
    AdjunctTable,
    RenalDoseBand,
)
from calc.kinds.bands import (
    BandSet,
)
from calc.kinds.factors import (
    FactorTable,
)
from calc.kinds.formula import (
    FormulaTable,
)
from calc.kinds.plausibility import (
    DoseRange,
    IntervalRange,
    PlausibilityTable,
)
from calc.kinds.products import (
    ProductCatalog,
)
from calc.kinds.renal_opioids import (
    RenalOpioids,
)
from calc.kinds.thresholds import (
    Thresholds,
)
from calc.lines import (
    LineInput,
    resolve_lines,
)
from calc.memo import (
    cache_of,
)
from calc.methadone import (
    MethadoneDetail,
)
from calc.mme import (
    MMELine,
    MMEResult,
    RegimenMME,
    calculate_mme,
    regimen_mme,
)
from calc.models import (
    Medication,
    Patient,
    Target,
)
from calc.oih import (
    CutAndMethadone,
    OIHOptions,
    OIHPlan,
    Outcome,
    Refusal,
    choose_taper_preset,
    plan_oih,
)
from calc.period import (
    PeriodResult,
    PeriodWindows,
    Prescription,
    calculate_period_mme,
    period_batch,
)
from calc.period.alerts import (
    ALERTS,
)
from calc.period.batch import (
    BatchInput,
    BatchPatient,
    RawRx,
)
from calc.period.engine import (
    Conversion,
    Dated,
    Line,
)
from calc.reference import (
    Reference,
)
from calc.regimen import (
    PracticalRegimen,
    UnitCount,
)
from calc.renal import (
    Clearance,
    RenalResult,
    estimate_creatinine_clearance,
)
from calc.results import (
    Alert,
    TableRef,
    TraceStep,
    ordered,
)
from calc.rotation import (
    RotationOptions,
    RotationResult,
    plan_rotation,
)
from calc.rounding import (
    metric,
)
from calc.summary import (
    cut_and_methadone_summary,
    mme_summary,
    oih_summary,
    rotation_summary,
    taper_summary,
)
from calc.summary_adjuncts import (
    clonidine_summary,
    gabapentin_summary,
    ketamine_summary,
    naltrexone_summary,
    pregabalin_summary,
    renal_summary,
)
from calc.summary_period import (
    period_summary,
)
from calc.taper import (
    TaperOptions,
    TaperResult,
    plan_taper,
)
from calc.vocabulary import (
    ClearanceMethod,
    DispensingUnit,
    DoseUnit,
    FixedTaperPreset,
    Form,
    HepaticImpairment,
    MethadoneStrategy,
    PeriodLineKind,
    Release,
    Route,
    Severity,
    Sex,
    TaperBasis,
    TaperEnd,
    TaperPresetName,
    WeightBasis,
)
from calc.weights import (
    DosingWeight,
)


__all__ = [
    "ALERTS",
    "AdjunctTable",
    "Alert",
    "Amount",
    "BandSet",
    "BatchInput",
    "BatchPatient",
    "CalcError",
    "Clearance",
    "ClearanceMethod",
    "ClinicalRefusalError",
    "ClonidineLevel",
    "ClonidineResult",
    "Conversion",
    "CutAndMethadone",
    "Dated",
    "DispensingUnit",
    "DosageFacts",
    "DoseRange",
    "DoseUnit",
    "DosingWeight",
    "FactorTable",
    "FixedTaperPreset",
    "Form",
    "FormulaTable",
    "GabapentinOrder",
    "GabapentinResult",
    "HepaticImpairment",
    "InfusionRegimen",
    "IntervalRange",
    "KetamineOrder",
    "KetamineResult",
    "Line",
    "LineInput",
    "MMELine",
    "MMEResult",
    "Medication",
    "MethadoneDetail",
    "MethadoneStrategy",
    "NaltrexoneOrder",
    "NaltrexoneResult",
    "OIHOptions",
    "OIHPlan",
    "OrderFacts",
    "OutOfRangeError",
    "Outcome",
    "Patient",
    "PeriodLineKind",
    "PeriodResult",
    "PeriodWindows",
    "PlausibilityTable",
    "PracticalRegimen",
    "PregabalinOrder",
    "PregabalinResult",
    "Prescription",
    "ProductCatalog",
    "RawRx",
    "Reason",
    "Reference",
    "Refusal",
    "Regimen",
    "RegimenMME",
    "Release",
    "RenalDoseBand",
    "RenalOpioids",
    "RenalResult",
    "RotationOptions",
    "RotationResult",
    "Route",
    "Severity",
    "Sex",
    "TableError",
    "TableRef",
    "TableView",
    "TaperBasis",
    "TaperEnd",
    "TaperOptions",
    "TaperPresetName",
    "TaperResult",
    "Target",
    "Thresholds",
    "TitrationDay",
    "TraceStep",
    "Translated",
    "UnitCount",
    "UnknownEntryError",
    "WeightBasis",
    "bands_of",
    "cache_of",
    "calculate_mme",
    "calculate_period_mme",
    "choose_taper_preset",
    "clonidine_summary",
    "cut_and_methadone_summary",
    "dose_clonidine",
    "dose_gabapentin",
    "dose_ketamine",
    "dose_naltrexone",
    "dose_pregabalin",
    "drug_index",
    "estimate_creatinine_clearance",
    "gabapentin_summary",
    "in_range",
    "ketamine_summary",
    "metric",
    "mme_summary",
    "naltrexone_summary",
    "oih_summary",
    "ordered",
    "period_batch",
    "period_summary",
    "plan_oih",
    "plan_rotation",
    "plan_taper",
    "pregabalin_summary",
    "regimen_mme",
    "renal_summary",
    "resolve_lines",
    "rotation_summary",
    "safety_context",
    "table_view",
    "taper_summary",
    "translate_order",
]
