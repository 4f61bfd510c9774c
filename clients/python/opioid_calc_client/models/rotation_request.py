from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.factor_choice import FactorChoice
    from ..models.medication import Medication
    from ..models.methadone_options import MethadoneOptions
    from ..models.patient import Patient
    from ..models.target_spec import TargetSpec


T = TypeVar("T", bound="RotationRequest")


@_attrs_define
class RotationRequest:
    """A regimen and a target. `table` selects the equianalgesic table of the conversion (default equianalgesic-us);
    `mme_table` the MME table of `total_mme_per_day` and its thresholds (default cdc-2022).

        Attributes:
            from_ (list[Medication]): The current regimen: 1-20 lines (as for POST /v1/mme).
            to (TargetSpec): The drug, route and (optionally) release to rotate to; `infusion` for a continuous one.
            allow_renal_avoid (bool | Unset): Rotate to a drug the renal guidance says to avoid at the patient's creatinine
                clearance (refused with 422 renal.target_avoid otherwise); the result then carries a critical warning. Default:
                False.
            breakthrough_percent (float | None | Unset): Breakthrough dose as % of the daily dose (default 10).
            cross_tolerance_reduction_percent (float | None | Unset): Incomplete cross-tolerance reduction applied (default
                25).
            factor_choices (list[FactorChoice] | Unset): Factors chosen by source for a drug and route, in both directions
                (for example the UK 2:1 oral : subcutaneous morphine ratio, source SCOT).
            infusion_concentration_per_ml (float | None | Unset): An infusion target's solution, in the rate's amount per mL
                (mg/mL for mg/h, mcg/mL for mcg/h); omitted: the usual solution (GET /v1/tables/us-products).
            methadone (MethadoneOptions | None | Unset): Methadone targets only: scheme, switch strategy, cap.
            mme_table (None | str | Unset): Table id (see GET /v1/tables).
            patient (None | Patient | Unset): The patient: age, sex, weight, height, renal function, QTc and so on; it
                drives the safety warnings and, for adjuncts and renal function, the doses.
            table (None | str | Unset): Table id (see GET /v1/tables).
    """

    from_: list[Medication]
    to: TargetSpec
    allow_renal_avoid: bool | Unset = False
    breakthrough_percent: float | None | Unset = UNSET
    cross_tolerance_reduction_percent: float | None | Unset = UNSET
    factor_choices: list[FactorChoice] | Unset = UNSET
    infusion_concentration_per_ml: float | None | Unset = UNSET
    methadone: MethadoneOptions | None | Unset = UNSET
    mme_table: None | str | Unset = UNSET
    patient: None | Patient | Unset = UNSET
    table: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.methadone_options import MethadoneOptions  # noqa: PLC0415
        from ..models.patient import Patient  # noqa: PLC0415

        from_ = []
        for from_item_data in self.from_:
            from_item = from_item_data.to_dict()
            from_.append(from_item)

        to = self.to.to_dict()

        allow_renal_avoid = self.allow_renal_avoid

        breakthrough_percent: float | None | Unset
        if isinstance(self.breakthrough_percent, Unset):
            breakthrough_percent = UNSET
        else:
            breakthrough_percent = self.breakthrough_percent

        cross_tolerance_reduction_percent: float | None | Unset
        if isinstance(self.cross_tolerance_reduction_percent, Unset):
            cross_tolerance_reduction_percent = UNSET
        else:
            cross_tolerance_reduction_percent = self.cross_tolerance_reduction_percent

        factor_choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.factor_choices, Unset):
            factor_choices = []
            for factor_choices_item_data in self.factor_choices:
                factor_choices_item = factor_choices_item_data.to_dict()
                factor_choices.append(factor_choices_item)

        infusion_concentration_per_ml: float | None | Unset
        if isinstance(self.infusion_concentration_per_ml, Unset):
            infusion_concentration_per_ml = UNSET
        else:
            infusion_concentration_per_ml = self.infusion_concentration_per_ml

        methadone: dict[str, Any] | None | Unset
        if isinstance(self.methadone, Unset):
            methadone = UNSET
        elif isinstance(self.methadone, MethadoneOptions):
            methadone = self.methadone.to_dict()
        else:
            methadone = self.methadone

        mme_table: None | str | Unset
        if isinstance(self.mme_table, Unset):
            mme_table = UNSET
        else:
            mme_table = self.mme_table

        patient: dict[str, Any] | None | Unset
        if isinstance(self.patient, Unset):
            patient = UNSET
        elif isinstance(self.patient, Patient):
            patient = self.patient.to_dict()
        else:
            patient = self.patient

        table: None | str | Unset
        if isinstance(self.table, Unset):
            table = UNSET
        else:
            table = self.table

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if allow_renal_avoid is not UNSET:
            field_dict["allow_renal_avoid"] = allow_renal_avoid
        if breakthrough_percent is not UNSET:
            field_dict["breakthrough_percent"] = breakthrough_percent
        if cross_tolerance_reduction_percent is not UNSET:
            field_dict["cross_tolerance_reduction_percent"] = cross_tolerance_reduction_percent
        if factor_choices is not UNSET:
            field_dict["factor_choices"] = factor_choices
        if infusion_concentration_per_ml is not UNSET:
            field_dict["infusion_concentration_per_ml"] = infusion_concentration_per_ml
        if methadone is not UNSET:
            field_dict["methadone"] = methadone
        if mme_table is not UNSET:
            field_dict["mme_table"] = mme_table
        if patient is not UNSET:
            field_dict["patient"] = patient
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.factor_choice import FactorChoice  # noqa: PLC0415
        from ..models.medication import Medication  # noqa: PLC0415
        from ..models.methadone_options import MethadoneOptions  # noqa: PLC0415
        from ..models.patient import Patient  # noqa: PLC0415
        from ..models.target_spec import TargetSpec  # noqa: PLC0415

        d = dict(src_dict)
        from_ = []
        _from_ = d.pop("from")
        for from_item_data in _from_:
            from_item = Medication.from_dict(from_item_data)

            from_.append(from_item)

        to = TargetSpec.from_dict(d.pop("to"))

        allow_renal_avoid = d.pop("allow_renal_avoid", UNSET)

        def _parse_breakthrough_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        breakthrough_percent = _parse_breakthrough_percent(d.pop("breakthrough_percent", UNSET))

        def _parse_cross_tolerance_reduction_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cross_tolerance_reduction_percent = _parse_cross_tolerance_reduction_percent(
            d.pop("cross_tolerance_reduction_percent", UNSET)
        )

        _factor_choices = d.pop("factor_choices", UNSET)
        factor_choices: list[FactorChoice] | Unset = UNSET
        if _factor_choices is not UNSET:
            factor_choices = []
            for factor_choices_item_data in _factor_choices:
                factor_choices_item = FactorChoice.from_dict(factor_choices_item_data)

                factor_choices.append(factor_choices_item)

        def _parse_infusion_concentration_per_ml(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        infusion_concentration_per_ml = _parse_infusion_concentration_per_ml(
            d.pop("infusion_concentration_per_ml", UNSET)
        )

        def _parse_methadone(data: object) -> MethadoneOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                methadone_type_0 = MethadoneOptions.from_dict(data)

                return methadone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MethadoneOptions | None | Unset, data)

        methadone = _parse_methadone(d.pop("methadone", UNSET))

        def _parse_mme_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mme_table = _parse_mme_table(d.pop("mme_table", UNSET))

        def _parse_patient(data: object) -> None | Patient | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                patient_type_0 = Patient.from_dict(data)

                return patient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Patient | Unset, data)

        patient = _parse_patient(d.pop("patient", UNSET))

        def _parse_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table = _parse_table(d.pop("table", UNSET))

        rotation_request = cls(
            from_=from_,
            to=to,
            allow_renal_avoid=allow_renal_avoid,
            breakthrough_percent=breakthrough_percent,
            cross_tolerance_reduction_percent=cross_tolerance_reduction_percent,
            factor_choices=factor_choices,
            infusion_concentration_per_ml=infusion_concentration_per_ml,
            methadone=methadone,
            mme_table=mme_table,
            patient=patient,
            table=table,
        )

        return rotation_request
