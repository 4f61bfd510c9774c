from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.medication_dose_unit import MedicationDoseUnit, check_medication_dose_unit
from ..models.medication_release_type_1 import MedicationReleaseType1, check_medication_release_type_1
from ..models.medication_release_type_2_type_1 import (
    MedicationReleaseType2Type1,
    check_medication_release_type_2_type_1,
)
from ..models.medication_release_type_3_type_1 import (
    MedicationReleaseType3Type1,
    check_medication_release_type_3_type_1,
)
from ..models.medication_route import MedicationRoute, check_medication_route
from ..types import UNSET, Unset

T = TypeVar("T", bound="Medication")


@_attrs_define
class Medication:
    """One regimen line. A scheduled line gives `doses_per_day` or `interval_hours` (both only if they agree); an as-needed
    line sets `as_needed` and gives `max_doses_per_day` (and optionally `interval_hours`, the shortest interval, and
    `average_doses_per_day`); a patch (`mcg/h`) may give `interval_hours` as its change interval. Doses and intervals
    outside the plausible ranges (GET /v1/tables/plausibility-us) are refused (422).

        Attributes:
            dose (float): Amount per administration; for patches the mcg/h rate.
            dose_unit (MedicationDoseUnit): mg or mcg per administration; mcg/h for a patch (transdermal) or a continuous
                infusion (intravenous, subcutaneous); mg/h for an infusion; any capitals; also ug (mcg), µg (mcg), μg (mcg),
                mcg/hr (mcg/h), mcg/hour (mcg/h), mg/hr (mg/h), mg/hour (mg/h).
            drug (str): Lower-case ingredient name, for example `oxycodone`.
            route (MedicationRoute): Route of administration; any capitals; also PO (oral), IV (intravenous), SC
                (subcutaneous), SQ (subcutaneous), subcut (subcutaneous), IM (intramuscular), TD (transdermal), patch
                (transdermal), SL (sublingual), IN (intranasal), nasal (intranasal), PR (rectal) (README, spellings).
            as_needed (bool | Unset): Taken as needed (PRN), not on a schedule. Default: False.
            average_doses_per_day (float | None | Unset): As-needed lines: the actual average administrations per day, when
                known; a rotation converts from it instead of the maximum.
            doses_per_day (float | None | Unset): Administrations per day.
            interval_hours (float | None | Unset): Hours between administrations.
            max_doses_per_day (float | None | Unset): As-needed lines: the prescribed maximum administrations per day
                (required); MME counts this maximum.
            release (MedicationReleaseType1 | MedicationReleaseType2Type1 | MedicationReleaseType3Type1 | None | Unset):
                Immediate or extended release; any capitals; also IR (immediate), ER (extended), SR (extended), XR (extended),
                CR (extended), XL (extended).
    """

    dose: float
    dose_unit: MedicationDoseUnit
    drug: str
    route: MedicationRoute
    as_needed: bool | Unset = False
    average_doses_per_day: float | None | Unset = UNSET
    doses_per_day: float | None | Unset = UNSET
    interval_hours: float | None | Unset = UNSET
    max_doses_per_day: float | None | Unset = UNSET
    release: MedicationReleaseType1 | MedicationReleaseType2Type1 | MedicationReleaseType3Type1 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dose = self.dose

        dose_unit: str = self.dose_unit

        drug = self.drug

        route: str = self.route

        as_needed = self.as_needed

        average_doses_per_day: float | None | Unset
        if isinstance(self.average_doses_per_day, Unset):
            average_doses_per_day = UNSET
        else:
            average_doses_per_day = self.average_doses_per_day

        doses_per_day: float | None | Unset
        if isinstance(self.doses_per_day, Unset):
            doses_per_day = UNSET
        else:
            doses_per_day = self.doses_per_day

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dose": dose,
                "dose_unit": dose_unit,
                "drug": drug,
                "route": route,
            }
        )
        if as_needed is not UNSET:
            field_dict["as_needed"] = as_needed
        if average_doses_per_day is not UNSET:
            field_dict["average_doses_per_day"] = average_doses_per_day
        if doses_per_day is not UNSET:
            field_dict["doses_per_day"] = doses_per_day
        if interval_hours is not UNSET:
            field_dict["interval_hours"] = interval_hours
        if max_doses_per_day is not UNSET:
            field_dict["max_doses_per_day"] = max_doses_per_day
        if release is not UNSET:
            field_dict["release"] = release

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dose = d.pop("dose")

        dose_unit = check_medication_dose_unit(d.pop("dose_unit"))

        drug = d.pop("drug")

        route = check_medication_route(d.pop("route"))

        as_needed = d.pop("as_needed", UNSET)

        def _parse_average_doses_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_doses_per_day = _parse_average_doses_per_day(d.pop("average_doses_per_day", UNSET))

        def _parse_doses_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        doses_per_day = _parse_doses_per_day(d.pop("doses_per_day", UNSET))

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

        medication = cls(
            dose=dose,
            dose_unit=dose_unit,
            drug=drug,
            route=route,
            as_needed=as_needed,
            average_doses_per_day=average_doses_per_day,
            doses_per_day=doses_per_day,
            interval_hours=interval_hours,
            max_doses_per_day=max_doses_per_day,
            release=release,
        )

        return medication
