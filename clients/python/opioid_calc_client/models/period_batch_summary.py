from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.average_daily_mme import AverageDailyMME
    from ..models.definitions import Definitions
    from ..models.period_line import PeriodLine


T = TypeVar("T", bound="PeriodBatchSummary")


@_attrs_define
class PeriodBatchSummary:
    """The numbers of one patient, as POST /v1/period-mme gives them (no trace, no curve), with the calculation id that
    call would give.

        Attributes:
            average_daily_mme (AverageDailyMME | None): The four equations over dated prescriptions; null when undated.
            calculation_id (str): 32 hexadecimal digits: a hash of the canonical request, the engine version, every table
                checksum and the spellings read (api/spellings.py). The same request always gives the same id and the same body.
            warnings (list[str]): The warnings' messages.
            with_buprenorphine (Definitions): The NIH HEAL definitions: `mme1` = total MME / total days, `mme2` = / therapy
                days, `mme3` = / observation window days, `mme4` = sum of single-day MME (null: no days to divide by).
            without_buprenorphine (Definitions): The NIH HEAL definitions: `mme1` = total MME / total days, `mme2` = /
                therapy days, `mme3` = / observation window days, `mme4` = sum of single-day MME (null: no days to divide by).
            prescriptions (list[PeriodLine] | None | Unset): Each prescription, with `?detail=prescriptions`; null
                otherwise.
    """

    average_daily_mme: AverageDailyMME | None
    calculation_id: str
    warnings: list[str]
    with_buprenorphine: Definitions
    without_buprenorphine: Definitions
    prescriptions: list[PeriodLine] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.average_daily_mme import AverageDailyMME  # noqa: PLC0415

        average_daily_mme: dict[str, Any] | None
        if isinstance(self.average_daily_mme, AverageDailyMME):
            average_daily_mme = self.average_daily_mme.to_dict()
        else:
            average_daily_mme = self.average_daily_mme

        calculation_id = self.calculation_id

        warnings = self.warnings

        with_buprenorphine = self.with_buprenorphine.to_dict()

        without_buprenorphine = self.without_buprenorphine.to_dict()

        prescriptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.prescriptions, Unset):
            prescriptions = UNSET
        elif isinstance(self.prescriptions, list):
            prescriptions = []
            for prescriptions_type_0_item_data in self.prescriptions:
                prescriptions_type_0_item = prescriptions_type_0_item_data.to_dict()
                prescriptions.append(prescriptions_type_0_item)

        else:
            prescriptions = self.prescriptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_daily_mme": average_daily_mme,
                "calculation_id": calculation_id,
                "warnings": warnings,
                "with_buprenorphine": with_buprenorphine,
                "without_buprenorphine": without_buprenorphine,
            }
        )
        if prescriptions is not UNSET:
            field_dict["prescriptions"] = prescriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.average_daily_mme import AverageDailyMME  # noqa: PLC0415
        from ..models.definitions import Definitions  # noqa: PLC0415
        from ..models.period_line import PeriodLine  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_average_daily_mme(data: object) -> AverageDailyMME | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                average_daily_mme_type_0 = AverageDailyMME.from_dict(data)

                return average_daily_mme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AverageDailyMME | None, data)

        average_daily_mme = _parse_average_daily_mme(d.pop("average_daily_mme"))

        calculation_id = d.pop("calculation_id")

        warnings = cast(list[str], d.pop("warnings"))

        with_buprenorphine = Definitions.from_dict(d.pop("with_buprenorphine"))

        without_buprenorphine = Definitions.from_dict(d.pop("without_buprenorphine"))

        def _parse_prescriptions(data: object) -> list[PeriodLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prescriptions_type_0 = []
                _prescriptions_type_0 = data
                for prescriptions_type_0_item_data in _prescriptions_type_0:
                    prescriptions_type_0_item = PeriodLine.from_dict(prescriptions_type_0_item_data)

                    prescriptions_type_0.append(prescriptions_type_0_item)

                return prescriptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PeriodLine] | None | Unset, data)

        prescriptions = _parse_prescriptions(d.pop("prescriptions", UNSET))

        period_batch_summary = cls(
            average_daily_mme=average_daily_mme,
            calculation_id=calculation_id,
            warnings=warnings,
            with_buprenorphine=with_buprenorphine,
            without_buprenorphine=without_buprenorphine,
            prescriptions=prescriptions,
        )

        period_batch_summary.additional_properties = d
        return period_batch_summary

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
