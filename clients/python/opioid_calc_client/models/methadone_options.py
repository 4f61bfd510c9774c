from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.methadone_options_strategy import MethadoneOptionsStrategy, check_methadone_options_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="MethadoneOptions")


@_attrs_define
class MethadoneOptions:
    """Methadone targets only: ratio scheme, switch strategy and an optional lower cap.

    Attributes:
        max_daily_dose_mg (float | None | Unset): A lower cap on the methadone daily dose, in mg/day, at most the
            default 30.
        scheme (None | str | Unset): Table id (see GET /v1/tables).
        strategy (MethadoneOptionsStrategy | Unset): `stop_and_go` (stop the old opioid, start methadone),
            `three_day_switch` (a third a day over three days; warned as unconfirmed) or `ad_lib` (Morley-Makin, as needed;
            inpatient specialist palliative care only, warned critical). Default: 'stop_and_go'.
    """

    max_daily_dose_mg: float | None | Unset = UNSET
    scheme: None | str | Unset = UNSET
    strategy: MethadoneOptionsStrategy | Unset = "stop_and_go"

    def to_dict(self) -> dict[str, Any]:
        max_daily_dose_mg: float | None | Unset
        if isinstance(self.max_daily_dose_mg, Unset):
            max_daily_dose_mg = UNSET
        else:
            max_daily_dose_mg = self.max_daily_dose_mg

        scheme: None | str | Unset
        if isinstance(self.scheme, Unset):
            scheme = UNSET
        else:
            scheme = self.scheme

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_daily_dose_mg is not UNSET:
            field_dict["max_daily_dose_mg"] = max_daily_dose_mg
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_max_daily_dose_mg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_daily_dose_mg = _parse_max_daily_dose_mg(d.pop("max_daily_dose_mg", UNSET))

        def _parse_scheme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheme = _parse_scheme(d.pop("scheme", UNSET))

        _strategy = d.pop("strategy", UNSET)
        strategy: MethadoneOptionsStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = check_methadone_options_strategy(_strategy)

        methadone_options = cls(
            max_daily_dose_mg=max_daily_dose_mg,
            scheme=scheme,
            strategy=strategy,
        )

        return methadone_options
