"""Contains all the data models used in inputs/outputs"""

from .alternative import Alternative
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
from .mme_line import MMELine
from .mme_request import MMERequest
from .mme_response import MMEResponse
from .patient import Patient
from .patient_hepatic_impairment_type_1 import PatientHepaticImpairmentType1
from .patient_hepatic_impairment_type_2_type_1 import PatientHepaticImpairmentType2Type1
from .patient_hepatic_impairment_type_3_type_1 import PatientHepaticImpairmentType3Type1
from .patient_sex_type_1 import PatientSexType1
from .patient_sex_type_2_type_1 import PatientSexType2Type1
from .patient_sex_type_3_type_1 import PatientSexType3Type1
from .problem import Problem
from .product_row import ProductRow
from .table_detail import TableDetail
from .table_list import TableList
from .table_ref import TableRef
from .table_summary import TableSummary
from .threshold_row import ThresholdRow
from .trace_step import TraceStep
from .warning import Warning_
from .warning_severity import WarningSeverity

__all__ = (
    "Alternative",
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
    "MMELine",
    "MMERequest",
    "MMEResponse",
    "Patient",
    "PatientHepaticImpairmentType1",
    "PatientHepaticImpairmentType2Type1",
    "PatientHepaticImpairmentType3Type1",
    "PatientSexType1",
    "PatientSexType2Type1",
    "PatientSexType3Type1",
    "Problem",
    "ProductRow",
    "TableDetail",
    "TableList",
    "TableRef",
    "TableSummary",
    "ThresholdRow",
    "TraceStep",
    "Warning_",
    "WarningSeverity",
)
