from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.patient_hepatic_impairment_type_1 import (
    PatientHepaticImpairmentType1,
    check_patient_hepatic_impairment_type_1,
)
from ..models.patient_hepatic_impairment_type_2_type_1 import (
    PatientHepaticImpairmentType2Type1,
    check_patient_hepatic_impairment_type_2_type_1,
)
from ..models.patient_hepatic_impairment_type_3_type_1 import (
    PatientHepaticImpairmentType3Type1,
    check_patient_hepatic_impairment_type_3_type_1,
)
from ..models.patient_sex_type_1 import PatientSexType1, check_patient_sex_type_1
from ..models.patient_sex_type_2_type_1 import PatientSexType2Type1, check_patient_sex_type_2_type_1
from ..models.patient_sex_type_3_type_1 import PatientSexType3Type1, check_patient_sex_type_3_type_1
from ..types import UNSET, Unset

T = TypeVar("T", bound="Patient")


@_attrs_define
class Patient:
    """Patient context; every field is optional unless an operation says otherwise. It drives the safety warnings (age,
    frailty, benzodiazepine, hepatic and renal function, QTc) and, for the adjuncts and renal function, the doses.

        Attributes:
            age_years (float | None | Unset): Age in years, 18-120; 65 or more adds the older-adult warning and the 50% end
                of the cross-tolerance range by default.
            benzodiazepine (bool | None | Unset): The patient takes a benzodiazepine: a critical co-use warning.
            creatinine_clearance_ml_min (float | None | Unset): A known creatinine clearance in mL/min, 0.01-250; used
                instead of a Cockcroft-Gault estimate.
            days_on_current_opioids (float | None | Unset): Days on the current regimen, 0-36500: the patch labels' opioid
                tolerance (7 days) and the OIH plan's taper choice (CDC 2022) use it; unknown is warned.
            frail (bool | None | Unset): The patient is frail: extra caution, and the 50% end of the cross-tolerance range
                by default.
            height_cm (float | None | Unset): Height in cm, 100-250 (the ideal and adjusted body weights need it).
            hepatic_impairment (None | PatientHepaticImpairmentType1 | PatientHepaticImpairmentType2Type1 |
                PatientHepaticImpairmentType3Type1 | Unset): `none`, `mild`, `moderate` or `severe`; impairment adds warnings.
            qtc_ms (float | None | Unset): QTc in ms, 300-700; methadone warns from 450 and is refused above 500.
            serum_creatinine_mg_dl (float | None | Unset): Serum creatinine in mg/dL, 0.1-20 (give this or the umol/L one).
            serum_creatinine_umol_l (float | None | Unset): Serum creatinine in umol/L, 8.84-1768 (88.4 umol/L = 1 mg/dL).
            sex (None | PatientSexType1 | PatientSexType2Type1 | PatientSexType3Type1 | Unset): `female` or `male`
                (Cockcroft-Gault and the ideal body weight need it; F and M read).
            weight_kg (float | None | Unset): Actual body weight in kg, 20-350.
    """

    age_years: float | None | Unset = UNSET
    benzodiazepine: bool | None | Unset = UNSET
    creatinine_clearance_ml_min: float | None | Unset = UNSET
    days_on_current_opioids: float | None | Unset = UNSET
    frail: bool | None | Unset = UNSET
    height_cm: float | None | Unset = UNSET
    hepatic_impairment: (
        None
        | PatientHepaticImpairmentType1
        | PatientHepaticImpairmentType2Type1
        | PatientHepaticImpairmentType3Type1
        | Unset
    ) = UNSET
    qtc_ms: float | None | Unset = UNSET
    serum_creatinine_mg_dl: float | None | Unset = UNSET
    serum_creatinine_umol_l: float | None | Unset = UNSET
    sex: None | PatientSexType1 | PatientSexType2Type1 | PatientSexType3Type1 | Unset = UNSET
    weight_kg: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        age_years: float | None | Unset
        if isinstance(self.age_years, Unset):
            age_years = UNSET
        else:
            age_years = self.age_years

        benzodiazepine: bool | None | Unset
        if isinstance(self.benzodiazepine, Unset):
            benzodiazepine = UNSET
        else:
            benzodiazepine = self.benzodiazepine

        creatinine_clearance_ml_min: float | None | Unset
        if isinstance(self.creatinine_clearance_ml_min, Unset):
            creatinine_clearance_ml_min = UNSET
        else:
            creatinine_clearance_ml_min = self.creatinine_clearance_ml_min

        days_on_current_opioids: float | None | Unset
        if isinstance(self.days_on_current_opioids, Unset):
            days_on_current_opioids = UNSET
        else:
            days_on_current_opioids = self.days_on_current_opioids

        frail: bool | None | Unset
        if isinstance(self.frail, Unset):
            frail = UNSET
        else:
            frail = self.frail

        height_cm: float | None | Unset
        if isinstance(self.height_cm, Unset):
            height_cm = UNSET
        else:
            height_cm = self.height_cm

        hepatic_impairment: None | str | Unset
        if isinstance(self.hepatic_impairment, Unset):
            hepatic_impairment = UNSET
        elif isinstance(self.hepatic_impairment, str):
            hepatic_impairment = self.hepatic_impairment
        elif isinstance(self.hepatic_impairment, str):
            hepatic_impairment = self.hepatic_impairment
        elif isinstance(self.hepatic_impairment, str):
            hepatic_impairment = self.hepatic_impairment
        else:
            hepatic_impairment = self.hepatic_impairment

        qtc_ms: float | None | Unset
        if isinstance(self.qtc_ms, Unset):
            qtc_ms = UNSET
        else:
            qtc_ms = self.qtc_ms

        serum_creatinine_mg_dl: float | None | Unset
        if isinstance(self.serum_creatinine_mg_dl, Unset):
            serum_creatinine_mg_dl = UNSET
        else:
            serum_creatinine_mg_dl = self.serum_creatinine_mg_dl

        serum_creatinine_umol_l: float | None | Unset
        if isinstance(self.serum_creatinine_umol_l, Unset):
            serum_creatinine_umol_l = UNSET
        else:
            serum_creatinine_umol_l = self.serum_creatinine_umol_l

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, str):
            sex = self.sex
        elif isinstance(self.sex, str):
            sex = self.sex
        elif isinstance(self.sex, str):
            sex = self.sex
        else:
            sex = self.sex

        weight_kg: float | None | Unset
        if isinstance(self.weight_kg, Unset):
            weight_kg = UNSET
        else:
            weight_kg = self.weight_kg

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if age_years is not UNSET:
            field_dict["age_years"] = age_years
        if benzodiazepine is not UNSET:
            field_dict["benzodiazepine"] = benzodiazepine
        if creatinine_clearance_ml_min is not UNSET:
            field_dict["creatinine_clearance_ml_min"] = creatinine_clearance_ml_min
        if days_on_current_opioids is not UNSET:
            field_dict["days_on_current_opioids"] = days_on_current_opioids
        if frail is not UNSET:
            field_dict["frail"] = frail
        if height_cm is not UNSET:
            field_dict["height_cm"] = height_cm
        if hepatic_impairment is not UNSET:
            field_dict["hepatic_impairment"] = hepatic_impairment
        if qtc_ms is not UNSET:
            field_dict["qtc_ms"] = qtc_ms
        if serum_creatinine_mg_dl is not UNSET:
            field_dict["serum_creatinine_mg_dl"] = serum_creatinine_mg_dl
        if serum_creatinine_umol_l is not UNSET:
            field_dict["serum_creatinine_umol_l"] = serum_creatinine_umol_l
        if sex is not UNSET:
            field_dict["sex"] = sex
        if weight_kg is not UNSET:
            field_dict["weight_kg"] = weight_kg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_age_years(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        age_years = _parse_age_years(d.pop("age_years", UNSET))

        def _parse_benzodiazepine(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        benzodiazepine = _parse_benzodiazepine(d.pop("benzodiazepine", UNSET))

        def _parse_creatinine_clearance_ml_min(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        creatinine_clearance_ml_min = _parse_creatinine_clearance_ml_min(d.pop("creatinine_clearance_ml_min", UNSET))

        def _parse_days_on_current_opioids(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        days_on_current_opioids = _parse_days_on_current_opioids(d.pop("days_on_current_opioids", UNSET))

        def _parse_frail(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        frail = _parse_frail(d.pop("frail", UNSET))

        def _parse_height_cm(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        height_cm = _parse_height_cm(d.pop("height_cm", UNSET))

        def _parse_hepatic_impairment(
            data: object,
        ) -> (
            None
            | PatientHepaticImpairmentType1
            | PatientHepaticImpairmentType2Type1
            | PatientHepaticImpairmentType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hepatic_impairment_type_1 = check_patient_hepatic_impairment_type_1(data)

                return hepatic_impairment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hepatic_impairment_type_2_type_1 = check_patient_hepatic_impairment_type_2_type_1(data)

                return hepatic_impairment_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hepatic_impairment_type_3_type_1 = check_patient_hepatic_impairment_type_3_type_1(data)

                return hepatic_impairment_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PatientHepaticImpairmentType1
                | PatientHepaticImpairmentType2Type1
                | PatientHepaticImpairmentType3Type1
                | Unset,
                data,
            )

        hepatic_impairment = _parse_hepatic_impairment(d.pop("hepatic_impairment", UNSET))

        def _parse_qtc_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        qtc_ms = _parse_qtc_ms(d.pop("qtc_ms", UNSET))

        def _parse_serum_creatinine_mg_dl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        serum_creatinine_mg_dl = _parse_serum_creatinine_mg_dl(d.pop("serum_creatinine_mg_dl", UNSET))

        def _parse_serum_creatinine_umol_l(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        serum_creatinine_umol_l = _parse_serum_creatinine_umol_l(d.pop("serum_creatinine_umol_l", UNSET))

        def _parse_sex(data: object) -> None | PatientSexType1 | PatientSexType2Type1 | PatientSexType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_1 = check_patient_sex_type_1(data)

                return sex_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_2_type_1 = check_patient_sex_type_2_type_1(data)

                return sex_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_3_type_1 = check_patient_sex_type_3_type_1(data)

                return sex_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatientSexType1 | PatientSexType2Type1 | PatientSexType3Type1 | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_weight_kg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight_kg = _parse_weight_kg(d.pop("weight_kg", UNSET))

        patient = cls(
            age_years=age_years,
            benzodiazepine=benzodiazepine,
            creatinine_clearance_ml_min=creatinine_clearance_ml_min,
            days_on_current_opioids=days_on_current_opioids,
            frail=frail,
            height_cm=height_cm,
            hepatic_impairment=hepatic_impairment,
            qtc_ms=qtc_ms,
            serum_creatinine_mg_dl=serum_creatinine_mg_dl,
            serum_creatinine_umol_l=serum_creatinine_umol_l,
            sex=sex,
            weight_kg=weight_kg,
        )

        return patient
