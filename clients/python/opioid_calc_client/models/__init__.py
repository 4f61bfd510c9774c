"""Contains all the data models used in inputs/outputs"""

from .accepted_suggestion import AcceptedSuggestion
from .action import Action
from .action_resource_type_0 import ActionResourceType0
from .action_type import ActionType
from .advice_row import AdviceRow
from .alternative import Alternative
from .average_daily_mme import AverageDailyMME
from .blood_pressure import BloodPressure
from .body_weight import BodyWeight
from .breakthrough import Breakthrough
from .bundle import Bundle
from .bundle_entry import BundleEntry
from .bundle_entry_resource_type_0 import BundleEntryResourceType0
from .calculate_period_mme_batch_detail_type_1 import CalculatePeriodMmeBatchDetailType1
from .calculate_period_mme_batch_detail_type_2_type_1 import CalculatePeriodMmeBatchDetailType2Type1
from .calculate_period_mme_batch_detail_type_3_type_1 import CalculatePeriodMmeBatchDetailType3Type1
from .card import Card
from .card_indicator import CardIndicator
from .card_selection_behavior_type_1 import CardSelectionBehaviorType1
from .card_selection_behavior_type_2_type_1 import CardSelectionBehaviorType2Type1
from .card_selection_behavior_type_3_type_1 import CardSelectionBehaviorType3Type1
from .cds_coding import CdsCoding
from .cds_request import CdsRequest
from .cds_request_context import CdsRequestContext
from .cds_request_prefetch_type_0 import CdsRequestPrefetchType0
from .cds_response import CdsResponse
from .clearance import Clearance
from .clearance_method import ClearanceMethod
from .clonidine_level import ClonidineLevel
from .clonidine_request import ClonidineRequest
from .clonidine_response import ClonidineResponse
from .clonidine_strategy import ClonidineStrategy
from .clonidine_strategy_status import ClonidineStrategyStatus
from .codeable_concept import CodeableConcept
from .coding import Coding
from .conversion_line import ConversionLine
from .cut_and_methadone import CutAndMethadone
from .cut_and_methadone_strategy import CutAndMethadoneStrategy
from .cut_and_methadone_strategy_status import CutAndMethadoneStrategyStatus
from .cut_line import CutLine
from .daily_mme import DailyMME
from .definitions import Definitions
from .dispense_request import DispenseRequest
from .dosage import Dosage
from .dose_and_rate import DoseAndRate
from .dose_band_row import DoseBandRow
from .dose_range import DoseRange
from .dosing_detail import DosingDetail
from .dosing_detail_drug_lists import DosingDetailDrugLists
from .drug_list import DrugList
from .drug_route import DrugRoute
from .factor_band import FactorBand
from .factor_choice import FactorChoice
from .factor_choice_route import FactorChoiceRoute
from .factor_row import FactorRow
from .feedback import Feedback
from .feedback_outcome import FeedbackOutcome
from .feedback_received import FeedbackReceived
from .feedback_request import FeedbackRequest
from .fhir_authorization import FhirAuthorization
from .fhir_orders_request import FhirOrdersRequest
from .flag import Flag
from .gabapentin_request import GabapentinRequest
from .gabapentin_request_weight_basis_type_1 import GabapentinRequestWeightBasisType1
from .gabapentin_request_weight_basis_type_2_type_1 import GabapentinRequestWeightBasisType2Type1
from .gabapentin_request_weight_basis_type_3_type_1 import GabapentinRequestWeightBasisType3Type1
from .gabapentin_response import GabapentinResponse
from .gabapentin_strategy import GabapentinStrategy
from .gabapentin_strategy_status import GabapentinStrategyStatus
from .health import Health
from .hold_parameters import HoldParameters
from .infusion_regimen import InfusionRegimen
from .ketamine_bolus import KetamineBolus
from .ketamine_request import KetamineRequest
from .ketamine_request_weight_basis_type_1 import KetamineRequestWeightBasisType1
from .ketamine_request_weight_basis_type_2_type_1 import KetamineRequestWeightBasisType2Type1
from .ketamine_request_weight_basis_type_3_type_1 import KetamineRequestWeightBasisType3Type1
from .ketamine_response import KetamineResponse
from .ketamine_strategy import KetamineStrategy
from .ketamine_strategy_status import KetamineStrategyStatus
from .link import Link
from .link_type import LinkType
from .medication import Medication
from .medication_dose_unit_type_1 import MedicationDoseUnitType1
from .medication_dose_unit_type_2_type_1 import MedicationDoseUnitType2Type1
from .medication_dose_unit_type_3_type_1 import MedicationDoseUnitType3Type1
from .medication_form_type_1 import MedicationFormType1
from .medication_form_type_2_type_1 import MedicationFormType2Type1
from .medication_form_type_3_type_1 import MedicationFormType3Type1
from .medication_line import MedicationLine
from .medication_lines_response import MedicationLinesResponse
from .medication_release_type_1 import MedicationReleaseType1
from .medication_release_type_2_type_1 import MedicationReleaseType2Type1
from .medication_release_type_3_type_1 import MedicationReleaseType3Type1
from .medication_request import MedicationRequest
from .medication_request_contained_type_0_item import MedicationRequestContainedType0Item
from .medication_request_note_type_0_item import MedicationRequestNoteType0Item
from .medication_route_type_1 import MedicationRouteType1
from .medication_route_type_2_type_1 import MedicationRouteType2Type1
from .medication_route_type_3_type_1 import MedicationRouteType3Type1
from .medication_strength_unit_type_1 import MedicationStrengthUnitType1
from .medication_strength_unit_type_2_type_1 import MedicationStrengthUnitType2Type1
from .medication_strength_unit_type_3_type_1 import MedicationStrengthUnitType3Type1
from .methadone_detail import MethadoneDetail
from .methadone_options import MethadoneOptions
from .methadone_options_strategy import MethadoneOptionsStrategy
from .mme_line import MMELine
from .mme_request import MMERequest
from .mme_response import MMEResponse
from .naltrexone_request import NaltrexoneRequest
from .naltrexone_response import NaltrexoneResponse
from .naltrexone_step import NaltrexoneStep
from .not_used import NotUsed
from .observation import Observation
from .observation_component import ObservationComponent
from .observation_note_type_0_item import ObservationNoteType0Item
from .observation_request import ObservationRequest
from .observation_response import ObservationResponse
from .observation_window import ObservationWindow
from .oih_plan_response import OIHPlanResponse
from .oih_request import OIHRequest
from .oih_request_taper_preset_type_1 import OIHRequestTaperPresetType1
from .oih_request_taper_preset_type_2_type_1 import OIHRequestTaperPresetType2Type1
from .oih_request_taper_preset_type_3_type_1 import OIHRequestTaperPresetType3Type1
from .override_reason import OverrideReason
from .override_reason_reason_type_0 import OverrideReasonReasonType0
from .patient import Patient
from .patient_hepatic_impairment_type_1 import PatientHepaticImpairmentType1
from .patient_hepatic_impairment_type_2_type_1 import PatientHepaticImpairmentType2Type1
from .patient_hepatic_impairment_type_3_type_1 import PatientHepaticImpairmentType3Type1
from .patient_sex_type_1 import PatientSexType1
from .patient_sex_type_2_type_1 import PatientSexType2Type1
from .patient_sex_type_3_type_1 import PatientSexType3Type1
from .period import Period
from .period_batch_result import PeriodBatchResult
from .period_batch_summary import PeriodBatchSummary
from .period_line import PeriodLine
from .period_line_kind import PeriodLineKind
from .period_mme_request import PeriodMMERequest
from .period_mme_response import PeriodMMEResponse
from .period_prescription import PeriodPrescription
from .period_prescription_dose_unit_type_1 import PeriodPrescriptionDoseUnitType1
from .period_prescription_dose_unit_type_2_type_1 import PeriodPrescriptionDoseUnitType2Type1
from .period_prescription_dose_unit_type_3_type_1 import PeriodPrescriptionDoseUnitType3Type1
from .period_prescription_release_type_1 import PeriodPrescriptionReleaseType1
from .period_prescription_release_type_2_type_1 import PeriodPrescriptionReleaseType2Type1
from .period_prescription_release_type_3_type_1 import PeriodPrescriptionReleaseType3Type1
from .period_prescription_route import PeriodPrescriptionRoute
from .period_prescription_strength_unit_type_1 import PeriodPrescriptionStrengthUnitType1
from .period_prescription_strength_unit_type_2_type_1 import PeriodPrescriptionStrengthUnitType2Type1
from .period_prescription_strength_unit_type_3_type_1 import PeriodPrescriptionStrengthUnitType3Type1
from .plausibility_detail import PlausibilityDetail
from .plausible_dose_row import PlausibleDoseRow
from .plausible_interval_row import PlausibleIntervalRow
from .practical_regimen import PracticalRegimen
from .pregabalin_request import PregabalinRequest
from .pregabalin_request_weight_basis_type_1 import PregabalinRequestWeightBasisType1
from .pregabalin_request_weight_basis_type_2_type_1 import PregabalinRequestWeightBasisType2Type1
from .pregabalin_request_weight_basis_type_3_type_1 import PregabalinRequestWeightBasisType3Type1
from .pregabalin_response import PregabalinResponse
from .preset_info import PresetInfo
from .previous_line import PreviousLine
from .problem import Problem
from .product_row import ProductRow
from .quantity import Quantity
from .range_ import Range
from .ratio import Ratio
from .reduction import Reduction
from .reference import Reference
from .refusal import Refusal
from .regimen import Regimen
from .renal_advice_row import RenalAdviceRow
from .renal_band import RenalBand
from .renal_function_request import RenalFunctionRequest
from .renal_function_request_weight_basis_type_1 import RenalFunctionRequestWeightBasisType1
from .renal_function_request_weight_basis_type_2_type_1 import RenalFunctionRequestWeightBasisType2Type1
from .renal_function_request_weight_basis_type_3_type_1 import RenalFunctionRequestWeightBasisType3Type1
from .renal_function_response import RenalFunctionResponse
from .renal_opioids_detail import RenalOpioidsDetail
from .resolved_target import ResolvedTarget
from .rotation_request import RotationRequest
from .rotation_response import RotationResponse
from .rotation_strategy import RotationStrategy
from .rotation_strategy_status import RotationStrategyStatus
from .rx_norm_product import RxNormProduct
from .safety_warning import SafetyWarning
from .safety_warning_severity import SafetyWarningSeverity
from .service import Service
from .service_prefetch import ServicePrefetch
from .services import Services
from .source import Source
from .suggestion import Suggestion
from .supplement_range import SupplementRange
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
from .timing import Timing
from .timing_repeat import TimingRepeat
from .timing_repeat_period_unit_type_1 import TimingRepeatPeriodUnitType1
from .timing_repeat_period_unit_type_2_type_1 import TimingRepeatPeriodUnitType2Type1
from .timing_repeat_period_unit_type_3_type_1 import TimingRepeatPeriodUnitType3Type1
from .titration_day import TitrationDay
from .trace_step import TraceStep
from .transition_step import TransitionStep
from .unit_count import UnitCount

__all__ = (
    "AcceptedSuggestion",
    "Action",
    "ActionResourceType0",
    "ActionType",
    "AdviceRow",
    "Alternative",
    "AverageDailyMME",
    "BloodPressure",
    "BodyWeight",
    "Breakthrough",
    "Bundle",
    "BundleEntry",
    "BundleEntryResourceType0",
    "CalculatePeriodMmeBatchDetailType1",
    "CalculatePeriodMmeBatchDetailType2Type1",
    "CalculatePeriodMmeBatchDetailType3Type1",
    "Card",
    "CardIndicator",
    "CardSelectionBehaviorType1",
    "CardSelectionBehaviorType2Type1",
    "CardSelectionBehaviorType3Type1",
    "CdsCoding",
    "CdsRequest",
    "CdsRequestContext",
    "CdsRequestPrefetchType0",
    "CdsResponse",
    "Clearance",
    "ClearanceMethod",
    "ClonidineLevel",
    "ClonidineRequest",
    "ClonidineResponse",
    "ClonidineStrategy",
    "ClonidineStrategyStatus",
    "CodeableConcept",
    "Coding",
    "ConversionLine",
    "CutAndMethadone",
    "CutAndMethadoneStrategy",
    "CutAndMethadoneStrategyStatus",
    "CutLine",
    "DailyMME",
    "Definitions",
    "DispenseRequest",
    "Dosage",
    "DoseAndRate",
    "DoseBandRow",
    "DoseRange",
    "DosingDetail",
    "DosingDetailDrugLists",
    "DrugList",
    "DrugRoute",
    "FactorBand",
    "FactorChoice",
    "FactorChoiceRoute",
    "FactorRow",
    "Feedback",
    "FeedbackOutcome",
    "FeedbackReceived",
    "FeedbackRequest",
    "FhirAuthorization",
    "FhirOrdersRequest",
    "Flag",
    "GabapentinRequest",
    "GabapentinRequestWeightBasisType1",
    "GabapentinRequestWeightBasisType2Type1",
    "GabapentinRequestWeightBasisType3Type1",
    "GabapentinResponse",
    "GabapentinStrategy",
    "GabapentinStrategyStatus",
    "Health",
    "HoldParameters",
    "InfusionRegimen",
    "KetamineBolus",
    "KetamineRequest",
    "KetamineRequestWeightBasisType1",
    "KetamineRequestWeightBasisType2Type1",
    "KetamineRequestWeightBasisType3Type1",
    "KetamineResponse",
    "KetamineStrategy",
    "KetamineStrategyStatus",
    "Link",
    "LinkType",
    "Medication",
    "MedicationDoseUnitType1",
    "MedicationDoseUnitType2Type1",
    "MedicationDoseUnitType3Type1",
    "MedicationFormType1",
    "MedicationFormType2Type1",
    "MedicationFormType3Type1",
    "MedicationLine",
    "MedicationLinesResponse",
    "MedicationReleaseType1",
    "MedicationReleaseType2Type1",
    "MedicationReleaseType3Type1",
    "MedicationRequest",
    "MedicationRequestContainedType0Item",
    "MedicationRequestNoteType0Item",
    "MedicationRouteType1",
    "MedicationRouteType2Type1",
    "MedicationRouteType3Type1",
    "MedicationStrengthUnitType1",
    "MedicationStrengthUnitType2Type1",
    "MedicationStrengthUnitType3Type1",
    "MethadoneDetail",
    "MethadoneOptions",
    "MethadoneOptionsStrategy",
    "MMELine",
    "MMERequest",
    "MMEResponse",
    "NaltrexoneRequest",
    "NaltrexoneResponse",
    "NaltrexoneStep",
    "NotUsed",
    "Observation",
    "ObservationComponent",
    "ObservationNoteType0Item",
    "ObservationRequest",
    "ObservationResponse",
    "ObservationWindow",
    "OIHPlanResponse",
    "OIHRequest",
    "OIHRequestTaperPresetType1",
    "OIHRequestTaperPresetType2Type1",
    "OIHRequestTaperPresetType3Type1",
    "OverrideReason",
    "OverrideReasonReasonType0",
    "Patient",
    "PatientHepaticImpairmentType1",
    "PatientHepaticImpairmentType2Type1",
    "PatientHepaticImpairmentType3Type1",
    "PatientSexType1",
    "PatientSexType2Type1",
    "PatientSexType3Type1",
    "Period",
    "PeriodBatchResult",
    "PeriodBatchSummary",
    "PeriodLine",
    "PeriodLineKind",
    "PeriodMMERequest",
    "PeriodMMEResponse",
    "PeriodPrescription",
    "PeriodPrescriptionDoseUnitType1",
    "PeriodPrescriptionDoseUnitType2Type1",
    "PeriodPrescriptionDoseUnitType3Type1",
    "PeriodPrescriptionReleaseType1",
    "PeriodPrescriptionReleaseType2Type1",
    "PeriodPrescriptionReleaseType3Type1",
    "PeriodPrescriptionRoute",
    "PeriodPrescriptionStrengthUnitType1",
    "PeriodPrescriptionStrengthUnitType2Type1",
    "PeriodPrescriptionStrengthUnitType3Type1",
    "PlausibilityDetail",
    "PlausibleDoseRow",
    "PlausibleIntervalRow",
    "PracticalRegimen",
    "PregabalinRequest",
    "PregabalinRequestWeightBasisType1",
    "PregabalinRequestWeightBasisType2Type1",
    "PregabalinRequestWeightBasisType3Type1",
    "PregabalinResponse",
    "PresetInfo",
    "PreviousLine",
    "Problem",
    "ProductRow",
    "Quantity",
    "Range",
    "Ratio",
    "Reduction",
    "Reference",
    "Refusal",
    "Regimen",
    "RenalAdviceRow",
    "RenalBand",
    "RenalFunctionRequest",
    "RenalFunctionRequestWeightBasisType1",
    "RenalFunctionRequestWeightBasisType2Type1",
    "RenalFunctionRequestWeightBasisType3Type1",
    "RenalFunctionResponse",
    "RenalOpioidsDetail",
    "ResolvedTarget",
    "RotationRequest",
    "RotationResponse",
    "RotationStrategy",
    "RotationStrategyStatus",
    "RxNormProduct",
    "SafetyWarning",
    "SafetyWarningSeverity",
    "Service",
    "ServicePrefetch",
    "Services",
    "Source",
    "Suggestion",
    "SupplementRange",
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
    "Timing",
    "TimingRepeat",
    "TimingRepeatPeriodUnitType1",
    "TimingRepeatPeriodUnitType2Type1",
    "TimingRepeatPeriodUnitType3Type1",
    "TitrationDay",
    "TraceStep",
    "TransitionStep",
    "UnitCount",
)
