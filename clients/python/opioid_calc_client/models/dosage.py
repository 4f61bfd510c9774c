from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.codeable_concept import CodeableConcept
    from ..models.dose_and_rate import DoseAndRate
    from ..models.ratio import Ratio
    from ..models.timing import Timing


T = TypeVar("T", bound="Dosage")


@_attrs_define
class Dosage:
    """A FHIR R4 Dosage instruction.

    Attributes:
        as_needed_boolean (bool | None | Unset): Taken as needed (PRN).
        as_needed_codeable_concept (CodeableConcept | None | Unset): Taken as needed for this reason.
        dose_and_rate (list[DoseAndRate] | None | Unset): The dose or rate.
        max_dose_per_period (None | Ratio | Unset): At most this much per period.
        route (CodeableConcept | None | Unset): Route of administration (`oral`, `intravenous`, `subcutaneous`,
            `transdermal`, ...).
        sequence (int | None | Unset): Its order among the instructions.
        text (None | str | Unset): The instruction as written.
        timing (None | Timing | Unset): When doses are taken.
    """

    as_needed_boolean: bool | None | Unset = UNSET
    as_needed_codeable_concept: CodeableConcept | None | Unset = UNSET
    dose_and_rate: list[DoseAndRate] | None | Unset = UNSET
    max_dose_per_period: None | Ratio | Unset = UNSET
    route: CodeableConcept | None | Unset = UNSET
    sequence: int | None | Unset = UNSET
    text: None | str | Unset = UNSET
    timing: None | Timing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.ratio import Ratio  # noqa: PLC0415
        from ..models.timing import Timing  # noqa: PLC0415

        as_needed_boolean: bool | None | Unset
        if isinstance(self.as_needed_boolean, Unset):
            as_needed_boolean = UNSET
        else:
            as_needed_boolean = self.as_needed_boolean

        as_needed_codeable_concept: dict[str, Any] | None | Unset
        if isinstance(self.as_needed_codeable_concept, Unset):
            as_needed_codeable_concept = UNSET
        elif isinstance(self.as_needed_codeable_concept, CodeableConcept):
            as_needed_codeable_concept = self.as_needed_codeable_concept.to_dict()
        else:
            as_needed_codeable_concept = self.as_needed_codeable_concept

        dose_and_rate: list[dict[str, Any]] | None | Unset
        if isinstance(self.dose_and_rate, Unset):
            dose_and_rate = UNSET
        elif isinstance(self.dose_and_rate, list):
            dose_and_rate = []
            for dose_and_rate_type_0_item_data in self.dose_and_rate:
                dose_and_rate_type_0_item = dose_and_rate_type_0_item_data.to_dict()
                dose_and_rate.append(dose_and_rate_type_0_item)

        else:
            dose_and_rate = self.dose_and_rate

        max_dose_per_period: dict[str, Any] | None | Unset
        if isinstance(self.max_dose_per_period, Unset):
            max_dose_per_period = UNSET
        elif isinstance(self.max_dose_per_period, Ratio):
            max_dose_per_period = self.max_dose_per_period.to_dict()
        else:
            max_dose_per_period = self.max_dose_per_period

        route: dict[str, Any] | None | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, CodeableConcept):
            route = self.route.to_dict()
        else:
            route = self.route

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        timing: dict[str, Any] | None | Unset
        if isinstance(self.timing, Unset):
            timing = UNSET
        elif isinstance(self.timing, Timing):
            timing = self.timing.to_dict()
        else:
            timing = self.timing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if as_needed_boolean is not UNSET:
            field_dict["asNeededBoolean"] = as_needed_boolean
        if as_needed_codeable_concept is not UNSET:
            field_dict["asNeededCodeableConcept"] = as_needed_codeable_concept
        if dose_and_rate is not UNSET:
            field_dict["doseAndRate"] = dose_and_rate
        if max_dose_per_period is not UNSET:
            field_dict["maxDosePerPeriod"] = max_dose_per_period
        if route is not UNSET:
            field_dict["route"] = route
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if text is not UNSET:
            field_dict["text"] = text
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.codeable_concept import CodeableConcept  # noqa: PLC0415
        from ..models.dose_and_rate import DoseAndRate  # noqa: PLC0415
        from ..models.ratio import Ratio  # noqa: PLC0415
        from ..models.timing import Timing  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_as_needed_boolean(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        as_needed_boolean = _parse_as_needed_boolean(d.pop("asNeededBoolean", UNSET))

        def _parse_as_needed_codeable_concept(data: object) -> CodeableConcept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                as_needed_codeable_concept_type_0 = CodeableConcept.from_dict(data)

                return as_needed_codeable_concept_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeableConcept | None | Unset, data)

        as_needed_codeable_concept = _parse_as_needed_codeable_concept(d.pop("asNeededCodeableConcept", UNSET))

        def _parse_dose_and_rate(data: object) -> list[DoseAndRate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dose_and_rate_type_0 = []
                _dose_and_rate_type_0 = data
                for dose_and_rate_type_0_item_data in _dose_and_rate_type_0:
                    dose_and_rate_type_0_item = DoseAndRate.from_dict(dose_and_rate_type_0_item_data)

                    dose_and_rate_type_0.append(dose_and_rate_type_0_item)

                return dose_and_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DoseAndRate] | None | Unset, data)

        dose_and_rate = _parse_dose_and_rate(d.pop("doseAndRate", UNSET))

        def _parse_max_dose_per_period(data: object) -> None | Ratio | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_dose_per_period_type_0 = Ratio.from_dict(data)

                return max_dose_per_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ratio | Unset, data)

        max_dose_per_period = _parse_max_dose_per_period(d.pop("maxDosePerPeriod", UNSET))

        def _parse_route(data: object) -> CodeableConcept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                route_type_0 = CodeableConcept.from_dict(data)

                return route_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeableConcept | None | Unset, data)

        route = _parse_route(d.pop("route", UNSET))

        def _parse_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_timing(data: object) -> None | Timing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timing_type_0 = Timing.from_dict(data)

                return timing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timing | Unset, data)

        timing = _parse_timing(d.pop("timing", UNSET))

        dosage = cls(
            as_needed_boolean=as_needed_boolean,
            as_needed_codeable_concept=as_needed_codeable_concept,
            dose_and_rate=dose_and_rate,
            max_dose_per_period=max_dose_per_period,
            route=route,
            sequence=sequence,
            text=text,
            timing=timing,
        )

        dosage.additional_properties = d
        return dosage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
