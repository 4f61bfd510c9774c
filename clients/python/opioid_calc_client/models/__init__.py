"""Contains all the data models used in inputs/outputs"""

from .alternative import Alternative
from .breakthrough import Breakthrough
from .cut_and_methadone import CutAndMethadone
from .cut_and_methadone_strategy import CutAndMethadoneStrategy
from .cut_and_methadone_strategy_status import CutAndMethadoneStrategyStatus
from .cut_line import CutLine
from .drug_list import DrugList
from .drug_route import DrugRoute
from .factor_band import FactorBand
from .factor_row import FactorRow
from .flag import Flag
from .health import Health
from .medication import Medication
from .medication_dose_unit import MedicationDoseUnit
from .medication_release_type_1 import MedicationReleaseType1
from .medication_release_type_2_type_1 import MedicationReleaseType2Type1
from .medication_release_type_3_type_1 import MedicationReleaseType3Type1
from .medication_route import MedicationRoute
from .methadone_detail import MethadoneDetail
from .methadone_options import MethadoneOptions
from .methadone_options_strategy import MethadoneOptionsStrategy
from .mme_line import MMELine
from .mme_request import MMERequest
from .mme_response import MMEResponse
from .oih_plan_response import OIHPlanResponse
from .oih_request import OIHRequest
from .patient import Patient
from .patient_hepatic_impairment_type_1 import PatientHepaticImpairmentType1
from .patient_hepatic_impairment_type_2_type_1 import PatientHepaticImpairmentType2Type1
from .patient_hepatic_impairment_type_3_type_1 import PatientHepaticImpairmentType3Type1
from .patient_sex_type_1 import PatientSexType1
from .patient_sex_type_2_type_1 import PatientSexType2Type1
from .patient_sex_type_3_type_1 import PatientSexType3Type1
from .practical_regimen import PracticalRegimen
from .preset_info import PresetInfo
from .previous_line import PreviousLine
from .problem import Problem
from .product_row import ProductRow
from .reduction import Reduction
from .refusal import Refusal
from .resolved_target import ResolvedTarget
from .rotation_request import RotationRequest
from .rotation_response import RotationResponse
from .rotation_strategy import RotationStrategy
from .rotation_strategy_status import RotationStrategyStatus
from .safety_warning import SafetyWarning
from .safety_warning_severity import SafetyWarningSeverity
from .switch_day import SwitchDay
from .table_detail import TableDetail
from .table_list import TableList
from .table_ref import TableRef
from .table_summary import TableSummary
from .taper_line import TaperLine
from .taper_request import TaperRequest
from .taper_request_basis_type_1 import TaperRequestBasisType1
from .taper_request_basis_type_2_type_1 import TaperRequestBasisType2Type1
from .taper_request_basis_type_3_type_1 import TaperRequestBasisType3Type1
from .taper_request_preset import TaperRequestPreset
from .taper_response import TaperResponse
from .taper_response_ends_at import TaperResponseEndsAt
from .taper_step import TaperStep
from .taper_strategy import TaperStrategy
from .taper_strategy_status import TaperStrategyStatus
from .target_spec import TargetSpec
from .target_spec_release_type_1 import TargetSpecReleaseType1
from .target_spec_release_type_2_type_1 import TargetSpecReleaseType2Type1
from .target_spec_release_type_3_type_1 import TargetSpecReleaseType3Type1
from .target_spec_route import TargetSpecRoute
from .threshold_row import ThresholdRow
from .trace_step import TraceStep
from .unit_count import UnitCount

__all__ = (
    "Alternative",
    "Breakthrough",
    "CutAndMethadone",
    "CutAndMethadoneStrategy",
    "CutAndMethadoneStrategyStatus",
    "CutLine",
    "DrugList",
    "DrugRoute",
    "FactorBand",
    "FactorRow",
    "Flag",
    "Health",
    "Medication",
    "MedicationDoseUnit",
    "MedicationReleaseType1",
    "MedicationReleaseType2Type1",
    "MedicationReleaseType3Type1",
    "MedicationRoute",
    "MethadoneDetail",
    "MethadoneOptions",
    "MethadoneOptionsStrategy",
    "MMELine",
    "MMERequest",
    "MMEResponse",
    "OIHPlanResponse",
    "OIHRequest",
    "Patient",
    "PatientHepaticImpairmentType1",
    "PatientHepaticImpairmentType2Type1",
    "PatientHepaticImpairmentType3Type1",
    "PatientSexType1",
    "PatientSexType2Type1",
    "PatientSexType3Type1",
    "PracticalRegimen",
    "PresetInfo",
    "PreviousLine",
    "Problem",
    "ProductRow",
    "Reduction",
    "Refusal",
    "ResolvedTarget",
    "RotationRequest",
    "RotationResponse",
    "RotationStrategy",
    "RotationStrategyStatus",
    "SafetyWarning",
    "SafetyWarningSeverity",
    "SwitchDay",
    "TableDetail",
    "TableList",
    "TableRef",
    "TableSummary",
    "TaperLine",
    "TaperRequest",
    "TaperRequestBasisType1",
    "TaperRequestBasisType2Type1",
    "TaperRequestBasisType3Type1",
    "TaperRequestPreset",
    "TaperResponse",
    "TaperResponseEndsAt",
    "TaperStep",
    "TaperStrategy",
    "TaperStrategyStatus",
    "TargetSpec",
    "TargetSpecReleaseType1",
    "TargetSpecReleaseType2Type1",
    "TargetSpecReleaseType3Type1",
    "TargetSpecRoute",
    "ThresholdRow",
    "TraceStep",
    "UnitCount",
)
