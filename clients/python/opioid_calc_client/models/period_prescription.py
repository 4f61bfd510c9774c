from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.period_prescription_dose_unit_type_1 import (
    PeriodPrescriptionDoseUnitType1,
    check_period_prescription_dose_unit_type_1,
)
from ..models.period_prescription_dose_unit_type_2_type_1 import (
    PeriodPrescriptionDoseUnitType2Type1,
    check_period_prescription_dose_unit_type_2_type_1,
)
from ..models.period_prescription_dose_unit_type_3_type_1 import (
    PeriodPrescriptionDoseUnitType3Type1,
    check_period_prescription_dose_unit_type_3_type_1,
)
from ..models.period_prescription_release_type_1 import (
    PeriodPrescriptionReleaseType1,
    check_period_prescription_release_type_1,
)
from ..models.period_prescription_release_type_2_type_1 import (
    PeriodPrescriptionReleaseType2Type1,
    check_period_prescription_release_type_2_type_1,
)
from ..models.period_prescription_release_type_3_type_1 import (
    PeriodPrescriptionReleaseType3Type1,
    check_period_prescription_release_type_3_type_1,
)
from ..models.period_prescription_route import PeriodPrescriptionRoute, check_period_prescription_route
from ..models.period_prescription_strength_unit_type_1 import (
    PeriodPrescriptionStrengthUnitType1,
    check_period_prescription_strength_unit_type_1,
)
from ..models.period_prescription_strength_unit_type_2_type_1 import (
    PeriodPrescriptionStrengthUnitType2Type1,
    check_period_prescription_strength_unit_type_2_type_1,
)
from ..models.period_prescription_strength_unit_type_3_type_1 import (
    PeriodPrescriptionStrengthUnitType3Type1,
    check_period_prescription_strength_unit_type_3_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PeriodPrescription")


@_attrs_define
class PeriodPrescription:
    """One prescription. Dose-based: `dose`, `dose_unit`, `doses_per_day` (not needed for a patch) and
    `days_of_medication`. Dispensing-based: `strength`, `strength_unit`, `quantity_dispensed` and `days_supply`.
    `start_date` (all prescriptions or none) dates it.

        Attributes:
            drug (str): Lower-case ingredient name, for example `oxycodone`.
            route (PeriodPrescriptionRoute): Route of administration; any capitals; also PO (oral), IV (intravenous), SC
                (subcutaneous), SQ (subcutaneous), subcut (subcutaneous), IM (intramuscular), TD (transdermal), patch
                (transdermal), SL (sublingual), IN (intranasal), nasal (intranasal), PR (rectal) (README, spellings).
            days_of_medication (int | None | Unset): Days the dose-based prescription covers, 1-3660.
            days_supply (int | None | Unset): Days the dispensing covers, 1-3660.
            dose (float | None | Unset): Per administration (dose) or per unit (strength).
            dose_unit (None | PeriodPrescriptionDoseUnitType1 | PeriodPrescriptionDoseUnitType2Type1 |
                PeriodPrescriptionDoseUnitType3Type1 | Unset): mg or mcg per administration; mcg/h for a patch (transdermal) or
                a continuous infusion (intravenous, subcutaneous); mg/h for an infusion; any capitals; also ug (mcg), µg (mcg),
                μg (mcg), mcg/hr (mcg/h), mcg/hour (mcg/h), mg/hr (mg/h), mg/hour (mg/h).
            doses_per_day (float | None | Unset): Administrations per 24 hours (the NIH HEAL calculator's
                `doses_per_24_hours`); for a patch, patches worn at once (default 1).
            form (None | str | Unset): Dose form (`tablet`, `lozenge`, `film`, `spray`, ...); needed only where the table
                splits a drug and route by form (transmucosal fentanyl in `nih-heal`).
            quantity_dispensed (float | None | Unset): Units dispensed.
            release (None | PeriodPrescriptionReleaseType1 | PeriodPrescriptionReleaseType2Type1 |
                PeriodPrescriptionReleaseType3Type1 | Unset): Immediate or extended release; any capitals; also IR (immediate),
                ER (extended), SR (extended), XR (extended), CR (extended), XL (extended).
            start_date (datetime.date | None | Unset): The first day of the prescription (ISO 8601); give it for every
                prescription or for none.
            strength (float | None | Unset): Per administration (dose) or per unit (strength).
            strength_unit (None | PeriodPrescriptionStrengthUnitType1 | PeriodPrescriptionStrengthUnitType2Type1 |
                PeriodPrescriptionStrengthUnitType3Type1 | Unset): mg or mcg per administration; mcg/h for a patch (transdermal)
                or a continuous infusion (intravenous, subcutaneous); mg/h for an infusion; any capitals; also ug (mcg), µg
                (mcg), μg (mcg), mcg/hr (mcg/h), mcg/hour (mcg/h), mg/hr (mg/h), mg/hour (mg/h).
    """

    drug: str
    route: PeriodPrescriptionRoute
    days_of_medication: int | None | Unset = UNSET
    days_supply: int | None | Unset = UNSET
    dose: float | None | Unset = UNSET
    dose_unit: (
        None
        | PeriodPrescriptionDoseUnitType1
        | PeriodPrescriptionDoseUnitType2Type1
        | PeriodPrescriptionDoseUnitType3Type1
        | Unset
    ) = UNSET
    doses_per_day: float | None | Unset = UNSET
    form: None | str | Unset = UNSET
    quantity_dispensed: float | None | Unset = UNSET
    release: (
        None
        | PeriodPrescriptionReleaseType1
        | PeriodPrescriptionReleaseType2Type1
        | PeriodPrescriptionReleaseType3Type1
        | Unset
    ) = UNSET
    start_date: datetime.date | None | Unset = UNSET
    strength: float | None | Unset = UNSET
    strength_unit: (
        None
        | PeriodPrescriptionStrengthUnitType1
        | PeriodPrescriptionStrengthUnitType2Type1
        | PeriodPrescriptionStrengthUnitType3Type1
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        drug = self.drug

        route: str = self.route

        days_of_medication: int | None | Unset
        if isinstance(self.days_of_medication, Unset):
            days_of_medication = UNSET
        else:
            days_of_medication = self.days_of_medication

        days_supply: int | None | Unset
        if isinstance(self.days_supply, Unset):
            days_supply = UNSET
        else:
            days_supply = self.days_supply

        dose: float | None | Unset
        if isinstance(self.dose, Unset):
            dose = UNSET
        else:
            dose = self.dose

        dose_unit: None | str | Unset
        if isinstance(self.dose_unit, Unset):
            dose_unit = UNSET
        elif isinstance(self.dose_unit, str):
            dose_unit = self.dose_unit
        elif isinstance(self.dose_unit, str):
            dose_unit = self.dose_unit
        elif isinstance(self.dose_unit, str):
            dose_unit = self.dose_unit
        else:
            dose_unit = self.dose_unit

        doses_per_day: float | None | Unset
        if isinstance(self.doses_per_day, Unset):
            doses_per_day = UNSET
        else:
            doses_per_day = self.doses_per_day

        form: None | str | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        else:
            form = self.form

        quantity_dispensed: float | None | Unset
        if isinstance(self.quantity_dispensed, Unset):
            quantity_dispensed = UNSET
        else:
            quantity_dispensed = self.quantity_dispensed

        release: None | str | Unset
        if isinstance(self.release, Unset):
            release = UNSET
        elif isinstance(self.release, str):
            release = self.release
        elif isinstance(self.release, str):
            release = self.release
        elif isinstance(self.release, str):
            release = self.release
        else:
            release = self.release

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        strength: float | None | Unset
        if isinstance(self.strength, Unset):
            strength = UNSET
        else:
            strength = self.strength

        strength_unit: None | str | Unset
        if isinstance(self.strength_unit, Unset):
            strength_unit = UNSET
        elif isinstance(self.strength_unit, str):
            strength_unit = self.strength_unit
        elif isinstance(self.strength_unit, str):
            strength_unit = self.strength_unit
        elif isinstance(self.strength_unit, str):
            strength_unit = self.strength_unit
        else:
            strength_unit = self.strength_unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "drug": drug,
                "route": route,
            }
        )
        if days_of_medication is not UNSET:
            field_dict["days_of_medication"] = days_of_medication
        if days_supply is not UNSET:
            field_dict["days_supply"] = days_supply
        if dose is not UNSET:
            field_dict["dose"] = dose
        if dose_unit is not UNSET:
            field_dict["dose_unit"] = dose_unit
        if doses_per_day is not UNSET:
            field_dict["doses_per_day"] = doses_per_day
        if form is not UNSET:
            field_dict["form"] = form
        if quantity_dispensed is not UNSET:
            field_dict["quantity_dispensed"] = quantity_dispensed
        if release is not UNSET:
            field_dict["release"] = release
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if strength is not UNSET:
            field_dict["strength"] = strength
        if strength_unit is not UNSET:
            field_dict["strength_unit"] = strength_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drug = d.pop("drug")

        route = check_period_prescription_route(d.pop("route"))

        def _parse_days_of_medication(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_of_medication = _parse_days_of_medication(d.pop("days_of_medication", UNSET))

        def _parse_days_supply(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_supply = _parse_days_supply(d.pop("days_supply", UNSET))

        def _parse_dose(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dose = _parse_dose(d.pop("dose", UNSET))

        def _parse_dose_unit(
            data: object,
        ) -> (
            None
            | PeriodPrescriptionDoseUnitType1
            | PeriodPrescriptionDoseUnitType2Type1
            | PeriodPrescriptionDoseUnitType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dose_unit_type_1 = check_period_prescription_dose_unit_type_1(data)

                return dose_unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dose_unit_type_2_type_1 = check_period_prescription_dose_unit_type_2_type_1(data)

                return dose_unit_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dose_unit_type_3_type_1 = check_period_prescription_dose_unit_type_3_type_1(data)

                return dose_unit_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PeriodPrescriptionDoseUnitType1
                | PeriodPrescriptionDoseUnitType2Type1
                | PeriodPrescriptionDoseUnitType3Type1
                | Unset,
                data,
            )

        dose_unit = _parse_dose_unit(d.pop("dose_unit", UNSET))

        def _parse_doses_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        doses_per_day = _parse_doses_per_day(d.pop("doses_per_day", UNSET))

        def _parse_form(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        form = _parse_form(d.pop("form", UNSET))

        def _parse_quantity_dispensed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity_dispensed = _parse_quantity_dispensed(d.pop("quantity_dispensed", UNSET))

        def _parse_release(
            data: object,
        ) -> (
            None
            | PeriodPrescriptionReleaseType1
            | PeriodPrescriptionReleaseType2Type1
            | PeriodPrescriptionReleaseType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_1 = check_period_prescription_release_type_1(data)

                return release_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_2_type_1 = check_period_prescription_release_type_2_type_1(data)

                return release_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_3_type_1 = check_period_prescription_release_type_3_type_1(data)

                return release_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PeriodPrescriptionReleaseType1
                | PeriodPrescriptionReleaseType2Type1
                | PeriodPrescriptionReleaseType3Type1
                | Unset,
                data,
            )

        release = _parse_release(d.pop("release", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_strength(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strength = _parse_strength(d.pop("strength", UNSET))

        def _parse_strength_unit(
            data: object,
        ) -> (
            None
            | PeriodPrescriptionStrengthUnitType1
            | PeriodPrescriptionStrengthUnitType2Type1
            | PeriodPrescriptionStrengthUnitType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strength_unit_type_1 = check_period_prescription_strength_unit_type_1(data)

                return strength_unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strength_unit_type_2_type_1 = check_period_prescription_strength_unit_type_2_type_1(data)

                return strength_unit_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strength_unit_type_3_type_1 = check_period_prescription_strength_unit_type_3_type_1(data)

                return strength_unit_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PeriodPrescriptionStrengthUnitType1
                | PeriodPrescriptionStrengthUnitType2Type1
                | PeriodPrescriptionStrengthUnitType3Type1
                | Unset,
                data,
            )

        strength_unit = _parse_strength_unit(d.pop("strength_unit", UNSET))

        period_prescription = cls(
            drug=drug,
            route=route,
            days_of_medication=days_of_medication,
            days_supply=days_supply,
            dose=dose,
            dose_unit=dose_unit,
            doses_per_day=doses_per_day,
            form=form,
            quantity_dispensed=quantity_dispensed,
            release=release,
            start_date=start_date,
            strength=strength,
            strength_unit=strength_unit,
        )

        return period_prescription
