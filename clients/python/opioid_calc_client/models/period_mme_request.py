from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observation_window import ObservationWindow
    from ..models.period_prescription import PeriodPrescription


T = TypeVar("T", bound="PeriodMMERequest")


@_attrs_define
class PeriodMMERequest:
    """One patient's prescriptions over a period. `therapy_days` and `observation_window_days` are the denominators of mme2
    and mme3 (each with its own optional value without buprenorphine); with dated prescriptions they may be left out
    (counted from the dates and from `observation_window`). `table` defaults to `nih-heal`.

        Attributes:
            prescriptions (list[PeriodPrescription]): The patient's prescriptions, 1-100.
            observation_window (None | ObservationWindow | Unset): The calendar window of dated prescriptions (default: the
                first dispensing to the last day supplied).
            observation_window_days (int | None | Unset): The study's fixed window in days: the denominator of mme3.
            observation_window_days_without_buprenorphine (int | None | Unset): mme3's denominator without buprenorphine
                (default: the same as `observation_window_days`).
            table (None | str | Unset): Table id (see GET /v1/tables).
            therapy_days (int | None | Unset): Calendar days on therapy, each counted once: the denominator of mme2.
            therapy_days_without_buprenorphine (int | None | Unset): mme2's denominator without buprenorphine (default: the
                same as `therapy_days`).
    """

    prescriptions: list[PeriodPrescription]
    observation_window: None | ObservationWindow | Unset = UNSET
    observation_window_days: int | None | Unset = UNSET
    observation_window_days_without_buprenorphine: int | None | Unset = UNSET
    table: None | str | Unset = UNSET
    therapy_days: int | None | Unset = UNSET
    therapy_days_without_buprenorphine: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.observation_window import ObservationWindow  # noqa: PLC0415

        prescriptions = []
        for prescriptions_item_data in self.prescriptions:
            prescriptions_item = prescriptions_item_data.to_dict()
            prescriptions.append(prescriptions_item)

        observation_window: dict[str, Any] | None | Unset
        if isinstance(self.observation_window, Unset):
            observation_window = UNSET
        elif isinstance(self.observation_window, ObservationWindow):
            observation_window = self.observation_window.to_dict()
        else:
            observation_window = self.observation_window

        observation_window_days: int | None | Unset
        if isinstance(self.observation_window_days, Unset):
            observation_window_days = UNSET
        else:
            observation_window_days = self.observation_window_days

        observation_window_days_without_buprenorphine: int | None | Unset
        if isinstance(self.observation_window_days_without_buprenorphine, Unset):
            observation_window_days_without_buprenorphine = UNSET
        else:
            observation_window_days_without_buprenorphine = self.observation_window_days_without_buprenorphine

        table: None | str | Unset
        if isinstance(self.table, Unset):
            table = UNSET
        else:
            table = self.table

        therapy_days: int | None | Unset
        if isinstance(self.therapy_days, Unset):
            therapy_days = UNSET
        else:
            therapy_days = self.therapy_days

        therapy_days_without_buprenorphine: int | None | Unset
        if isinstance(self.therapy_days_without_buprenorphine, Unset):
            therapy_days_without_buprenorphine = UNSET
        else:
            therapy_days_without_buprenorphine = self.therapy_days_without_buprenorphine

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prescriptions": prescriptions,
            }
        )
        if observation_window is not UNSET:
            field_dict["observation_window"] = observation_window
        if observation_window_days is not UNSET:
            field_dict["observation_window_days"] = observation_window_days
        if observation_window_days_without_buprenorphine is not UNSET:
            field_dict["observation_window_days_without_buprenorphine"] = observation_window_days_without_buprenorphine
        if table is not UNSET:
            field_dict["table"] = table
        if therapy_days is not UNSET:
            field_dict["therapy_days"] = therapy_days
        if therapy_days_without_buprenorphine is not UNSET:
            field_dict["therapy_days_without_buprenorphine"] = therapy_days_without_buprenorphine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.observation_window import ObservationWindow  # noqa: PLC0415
        from ..models.period_prescription import PeriodPrescription  # noqa: PLC0415

        d = dict(src_dict)
        prescriptions = []
        _prescriptions = d.pop("prescriptions")
        for prescriptions_item_data in _prescriptions:
            prescriptions_item = PeriodPrescription.from_dict(prescriptions_item_data)

            prescriptions.append(prescriptions_item)

        def _parse_observation_window(data: object) -> None | ObservationWindow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                observation_window_type_0 = ObservationWindow.from_dict(data)

                return observation_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObservationWindow | Unset, data)

        observation_window = _parse_observation_window(d.pop("observation_window", UNSET))

        def _parse_observation_window_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        observation_window_days = _parse_observation_window_days(d.pop("observation_window_days", UNSET))

        def _parse_observation_window_days_without_buprenorphine(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        observation_window_days_without_buprenorphine = _parse_observation_window_days_without_buprenorphine(
            d.pop("observation_window_days_without_buprenorphine", UNSET)
        )

        def _parse_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table = _parse_table(d.pop("table", UNSET))

        def _parse_therapy_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        therapy_days = _parse_therapy_days(d.pop("therapy_days", UNSET))

        def _parse_therapy_days_without_buprenorphine(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        therapy_days_without_buprenorphine = _parse_therapy_days_without_buprenorphine(
            d.pop("therapy_days_without_buprenorphine", UNSET)
        )

        period_mme_request = cls(
            prescriptions=prescriptions,
            observation_window=observation_window,
            observation_window_days=observation_window_days,
            observation_window_days_without_buprenorphine=observation_window_days_without_buprenorphine,
            table=table,
            therapy_days=therapy_days,
            therapy_days_without_buprenorphine=therapy_days_without_buprenorphine,
        )

        return period_mme_request
