from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.medication_dose_unit_type_1 import MedicationDoseUnitType1, check_medication_dose_unit_type_1
from ..models.medication_dose_unit_type_2_type_1 import (
    MedicationDoseUnitType2Type1,
    check_medication_dose_unit_type_2_type_1,
)
from ..models.medication_dose_unit_type_3_type_1 import (
    MedicationDoseUnitType3Type1,
    check_medication_dose_unit_type_3_type_1,
)
from ..models.medication_form_type_1 import MedicationFormType1, check_medication_form_type_1
from ..models.medication_form_type_2_type_1 import MedicationFormType2Type1, check_medication_form_type_2_type_1
from ..models.medication_form_type_3_type_1 import MedicationFormType3Type1, check_medication_form_type_3_type_1
from ..models.medication_release_type_1 import MedicationReleaseType1, check_medication_release_type_1
from ..models.medication_release_type_2_type_1 import (
    MedicationReleaseType2Type1,
    check_medication_release_type_2_type_1,
)
from ..models.medication_release_type_3_type_1 import (
    MedicationReleaseType3Type1,
    check_medication_release_type_3_type_1,
)
from ..models.medication_route_type_1 import MedicationRouteType1, check_medication_route_type_1
from ..models.medication_route_type_2_type_1 import MedicationRouteType2Type1, check_medication_route_type_2_type_1
from ..models.medication_route_type_3_type_1 import MedicationRouteType3Type1, check_medication_route_type_3_type_1
from ..models.medication_strength_unit_type_1 import MedicationStrengthUnitType1, check_medication_strength_unit_type_1
from ..models.medication_strength_unit_type_2_type_1 import (
    MedicationStrengthUnitType2Type1,
    check_medication_strength_unit_type_2_type_1,
)
from ..models.medication_strength_unit_type_3_type_1 import (
    MedicationStrengthUnitType3Type1,
    check_medication_strength_unit_type_3_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Medication")


@_attrs_define
class Medication:
    """One regimen line, in one of three shapes (a 422 names a missing or conflicting field): - dose-based: `drug`,
    `route`, `dose`, `dose_unit`; a scheduled line gives `doses_per_day` or `interval_hours` (both only if they agree);
    an as-needed line sets `as_needed` and gives `max_doses_per_day` (and optionally `interval_hours`, the shortest
    interval, and `average_doses_per_day`); a patch (`mcg/h`) may give `interval_hours` as its change interval; -
    dispensing-based (claims and PDMP data, the method of the CDC and CMS data files): `drug`, `route`, `strength` and
    `strength_unit` of one unit, `quantity_dispensed` and `days_supply`: MME/day = strength x quantity / days supply x
    factor; no other frequency; - by product: `rxcui` instead of `drug`, `release`, `form` and strength (`route` only
    when the product may be given by several), with `units_per_dose` and the frequency, or with `quantity_dispensed` and
    `days_supply`. `form` is needed only where the selected table splits the drug and route by dose form. Doses and
    intervals outside the plausible ranges (GET /v1/tables/plausibility-us) are refused (422).

        Attributes:
            as_needed (bool | Unset): Taken as needed (PRN), not on a schedule. Default: False.
            average_doses_per_day (float | None | Unset): As-needed lines: the actual average administrations per day, when
                known; a rotation converts from it instead of the maximum.
            days_supply (int | None | Unset): Days the quantity dispensed lasts.
            dose (float | None | Unset): Amount per administration; for patches the mcg/h rate.
            dose_unit (MedicationDoseUnitType1 | MedicationDoseUnitType2Type1 | MedicationDoseUnitType3Type1 | None |
                Unset): mg or mcg per administration; mcg/h for a patch (transdermal) or a continuous infusion (intravenous,
                subcutaneous); mg/h for an infusion; any capitals; also ug (mcg), µg (mcg), μg (mcg), mcg/hr (mcg/h), mcg/hour
                (mcg/h), mg/hr (mg/h), mg/hour (mg/h).
            doses_per_day (float | None | Unset): Administrations per day.
            drug (None | str | Unset): Lower-case ingredient name, for example `oxycodone`.
            form (MedicationFormType1 | MedicationFormType2Type1 | MedicationFormType3Type1 | None | Unset): Dose form;
                needed only where the table splits a drug and route by form (transmucosal fentanyl in `cms-2018`, `cdc-ndc-*`
                and `nih-heal`: a 422 lists the forms).
            interval_hours (float | None | Unset): Hours between administrations.
            max_doses_per_day (float | None | Unset): As-needed lines: the prescribed maximum administrations per day
                (required); MME counts this maximum.
            quantity_dispensed (float | None | Unset): Units dispensed (tablets, mL, actuations, patches).
            release (MedicationReleaseType1 | MedicationReleaseType2Type1 | MedicationReleaseType3Type1 | None | Unset):
                Immediate or extended release; any capitals; also IR (immediate), ER (extended), SR (extended), XR (extended),
                CR (extended), XL (extended).
            route (MedicationRouteType1 | MedicationRouteType2Type1 | MedicationRouteType3Type1 | None | Unset): Route of
                administration; any capitals; also PO (oral), IV (intravenous), SC (subcutaneous), SQ (subcutaneous), subcut
                (subcutaneous), IM (intramuscular), TD (transdermal), patch (transdermal), SL (sublingual), IN (intranasal),
                nasal (intranasal), PR (rectal) (README, spellings).
            rxcui (None | str | Unset): RxNorm code of an opioid product (GET /v1/drugs, `rxnorm_products`).
            strength (float | None | Unset): Strength of one unit dispensed (tablet, mL, patch).
            strength_unit (MedicationStrengthUnitType1 | MedicationStrengthUnitType2Type1 | MedicationStrengthUnitType3Type1
                | None | Unset): Unit of the strength of one unit dispensed (mcg/h: a patch's rate).
            units_per_dose (float | None | Unset): With `rxcui`: units per administration (tablets, capsules, mL,
                actuations; a patch: patches worn at once, default 1).
    """

    as_needed: bool | Unset = False
    average_doses_per_day: float | None | Unset = UNSET
    days_supply: int | None | Unset = UNSET
    dose: float | None | Unset = UNSET
    dose_unit: MedicationDoseUnitType1 | MedicationDoseUnitType2Type1 | MedicationDoseUnitType3Type1 | None | Unset = (
        UNSET
    )
    doses_per_day: float | None | Unset = UNSET
    drug: None | str | Unset = UNSET
    form: MedicationFormType1 | MedicationFormType2Type1 | MedicationFormType3Type1 | None | Unset = UNSET
    interval_hours: float | None | Unset = UNSET
    max_doses_per_day: float | None | Unset = UNSET
    quantity_dispensed: float | None | Unset = UNSET
    release: MedicationReleaseType1 | MedicationReleaseType2Type1 | MedicationReleaseType3Type1 | None | Unset = UNSET
    route: MedicationRouteType1 | MedicationRouteType2Type1 | MedicationRouteType3Type1 | None | Unset = UNSET
    rxcui: None | str | Unset = UNSET
    strength: float | None | Unset = UNSET
    strength_unit: (
        MedicationStrengthUnitType1 | MedicationStrengthUnitType2Type1 | MedicationStrengthUnitType3Type1 | None | Unset
    ) = UNSET
    units_per_dose: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        as_needed = self.as_needed

        average_doses_per_day: float | None | Unset
        if isinstance(self.average_doses_per_day, Unset):
            average_doses_per_day = UNSET
        else:
            average_doses_per_day = self.average_doses_per_day

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

        drug: None | str | Unset
        if isinstance(self.drug, Unset):
            drug = UNSET
        else:
            drug = self.drug

        form: None | str | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        elif isinstance(self.form, str):
            form = self.form
        elif isinstance(self.form, str):
            form = self.form
        elif isinstance(self.form, str):
            form = self.form
        else:
            form = self.form

        interval_hours: float | None | Unset
        if isinstance(self.interval_hours, Unset):
            interval_hours = UNSET
        else:
            interval_hours = self.interval_hours

        max_doses_per_day: float | None | Unset
        if isinstance(self.max_doses_per_day, Unset):
            max_doses_per_day = UNSET
        else:
            max_doses_per_day = self.max_doses_per_day

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

        route: None | str | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, str):
            route = self.route
        elif isinstance(self.route, str):
            route = self.route
        elif isinstance(self.route, str):
            route = self.route
        else:
            route = self.route

        rxcui: None | str | Unset
        if isinstance(self.rxcui, Unset):
            rxcui = UNSET
        else:
            rxcui = self.rxcui

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

        units_per_dose: float | None | Unset
        if isinstance(self.units_per_dose, Unset):
            units_per_dose = UNSET
        else:
            units_per_dose = self.units_per_dose

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if as_needed is not UNSET:
            field_dict["as_needed"] = as_needed
        if average_doses_per_day is not UNSET:
            field_dict["average_doses_per_day"] = average_doses_per_day
        if days_supply is not UNSET:
            field_dict["days_supply"] = days_supply
        if dose is not UNSET:
            field_dict["dose"] = dose
        if dose_unit is not UNSET:
            field_dict["dose_unit"] = dose_unit
        if doses_per_day is not UNSET:
            field_dict["doses_per_day"] = doses_per_day
        if drug is not UNSET:
            field_dict["drug"] = drug
        if form is not UNSET:
            field_dict["form"] = form
        if interval_hours is not UNSET:
            field_dict["interval_hours"] = interval_hours
        if max_doses_per_day is not UNSET:
            field_dict["max_doses_per_day"] = max_doses_per_day
        if quantity_dispensed is not UNSET:
            field_dict["quantity_dispensed"] = quantity_dispensed
        if release is not UNSET:
            field_dict["release"] = release
        if route is not UNSET:
            field_dict["route"] = route
        if rxcui is not UNSET:
            field_dict["rxcui"] = rxcui
        if strength is not UNSET:
            field_dict["strength"] = strength
        if strength_unit is not UNSET:
            field_dict["strength_unit"] = strength_unit
        if units_per_dose is not UNSET:
            field_dict["units_per_dose"] = units_per_dose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_needed = d.pop("as_needed", UNSET)

        def _parse_average_doses_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_doses_per_day = _parse_average_doses_per_day(d.pop("average_doses_per_day", UNSET))

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
        ) -> MedicationDoseUnitType1 | MedicationDoseUnitType2Type1 | MedicationDoseUnitType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dose_unit_type_1 = check_medication_dose_unit_type_1(data)

                return dose_unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dose_unit_type_2_type_1 = check_medication_dose_unit_type_2_type_1(data)

                return dose_unit_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dose_unit_type_3_type_1 = check_medication_dose_unit_type_3_type_1(data)

                return dose_unit_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MedicationDoseUnitType1 | MedicationDoseUnitType2Type1 | MedicationDoseUnitType3Type1 | None | Unset,
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

        def _parse_drug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drug = _parse_drug(d.pop("drug", UNSET))

        def _parse_form(
            data: object,
        ) -> MedicationFormType1 | MedicationFormType2Type1 | MedicationFormType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                form_type_1 = check_medication_form_type_1(data)

                return form_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                form_type_2_type_1 = check_medication_form_type_2_type_1(data)

                return form_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                form_type_3_type_1 = check_medication_form_type_3_type_1(data)

                return form_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MedicationFormType1 | MedicationFormType2Type1 | MedicationFormType3Type1 | None | Unset, data)

        form = _parse_form(d.pop("form", UNSET))

        def _parse_interval_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        interval_hours = _parse_interval_hours(d.pop("interval_hours", UNSET))

        def _parse_max_doses_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_doses_per_day = _parse_max_doses_per_day(d.pop("max_doses_per_day", UNSET))

        def _parse_quantity_dispensed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity_dispensed = _parse_quantity_dispensed(d.pop("quantity_dispensed", UNSET))

        def _parse_release(
            data: object,
        ) -> MedicationReleaseType1 | MedicationReleaseType2Type1 | MedicationReleaseType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_1 = check_medication_release_type_1(data)

                return release_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_2_type_1 = check_medication_release_type_2_type_1(data)

                return release_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_3_type_1 = check_medication_release_type_3_type_1(data)

                return release_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MedicationReleaseType1 | MedicationReleaseType2Type1 | MedicationReleaseType3Type1 | None | Unset, data
            )

        release = _parse_release(d.pop("release", UNSET))

        def _parse_route(
            data: object,
        ) -> MedicationRouteType1 | MedicationRouteType2Type1 | MedicationRouteType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                route_type_1 = check_medication_route_type_1(data)

                return route_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                route_type_2_type_1 = check_medication_route_type_2_type_1(data)

                return route_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                route_type_3_type_1 = check_medication_route_type_3_type_1(data)

                return route_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MedicationRouteType1 | MedicationRouteType2Type1 | MedicationRouteType3Type1 | None | Unset, data
            )

        route = _parse_route(d.pop("route", UNSET))

        def _parse_rxcui(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rxcui = _parse_rxcui(d.pop("rxcui", UNSET))

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
            MedicationStrengthUnitType1
            | MedicationStrengthUnitType2Type1
            | MedicationStrengthUnitType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strength_unit_type_1 = check_medication_strength_unit_type_1(data)

                return strength_unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strength_unit_type_2_type_1 = check_medication_strength_unit_type_2_type_1(data)

                return strength_unit_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strength_unit_type_3_type_1 = check_medication_strength_unit_type_3_type_1(data)

                return strength_unit_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MedicationStrengthUnitType1
                | MedicationStrengthUnitType2Type1
                | MedicationStrengthUnitType3Type1
                | None
                | Unset,
                data,
            )

        strength_unit = _parse_strength_unit(d.pop("strength_unit", UNSET))

        def _parse_units_per_dose(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        units_per_dose = _parse_units_per_dose(d.pop("units_per_dose", UNSET))

        medication = cls(
            as_needed=as_needed,
            average_doses_per_day=average_doses_per_day,
            days_supply=days_supply,
            dose=dose,
            dose_unit=dose_unit,
            doses_per_day=doses_per_day,
            drug=drug,
            form=form,
            interval_hours=interval_hours,
            max_doses_per_day=max_doses_per_day,
            quantity_dispensed=quantity_dispensed,
            release=release,
            route=route,
            rxcui=rxcui,
            strength=strength,
            strength_unit=strength_unit,
            units_per_dose=units_per_dose,
        )

        return medication
