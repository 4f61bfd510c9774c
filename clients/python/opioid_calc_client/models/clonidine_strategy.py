from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clonidine_strategy_status import ClonidineStrategyStatus, check_clonidine_strategy_status

if TYPE_CHECKING:
    from ..models.clonidine_response import ClonidineResponse
    from ..models.refusal import Refusal


T = TypeVar("T", bound="ClonidineStrategy")


@_attrs_define
class ClonidineStrategy:
    """The clonidine strategy: its full result when it applies, or the refusal that rules it out.

    Attributes:
        refusal (None | Refusal): Why the strategy does not apply to this patient (code, field, expected, received,
            detail); null when it is available.
        result (ClonidineResponse | None): The strategy's full result, as its own operation returns it; null when
            refused.
        resulting_mme_per_day (float | None): MME/day (the request's MME table) this strategy leads to: after the first
            taper step, after the cut with methadone, on the new regimen, or unchanged for an adjunct; null when refused or
            the table gives no factor (CDC 2022: buprenorphine).
        status (ClonidineStrategyStatus): `available` when the strategy applies to this patient (its `result` is given),
            `not_applicable` when a clinical rule rules it out (its `refusal` says why).
    """

    refusal: None | Refusal
    result: ClonidineResponse | None
    resulting_mme_per_day: float | None
    status: ClonidineStrategyStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clonidine_response import ClonidineResponse  # noqa: PLC0415
        from ..models.refusal import Refusal  # noqa: PLC0415

        refusal: dict[str, Any] | None
        if isinstance(self.refusal, Refusal):
            refusal = self.refusal.to_dict()
        else:
            refusal = self.refusal

        result: dict[str, Any] | None
        if isinstance(self.result, ClonidineResponse):
            result = self.result.to_dict()
        else:
            result = self.result

        resulting_mme_per_day: float | None
        resulting_mme_per_day = self.resulting_mme_per_day

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refusal": refusal,
                "result": result,
                "resulting_mme_per_day": resulting_mme_per_day,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clonidine_response import ClonidineResponse  # noqa: PLC0415
        from ..models.refusal import Refusal  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_refusal(data: object) -> None | Refusal:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refusal_type_0 = Refusal.from_dict(data)

                return refusal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Refusal, data)

        refusal = _parse_refusal(d.pop("refusal"))

        def _parse_result(data: object) -> ClonidineResponse | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = ClonidineResponse.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClonidineResponse | None, data)

        result = _parse_result(d.pop("result"))

        def _parse_resulting_mme_per_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resulting_mme_per_day = _parse_resulting_mme_per_day(d.pop("resulting_mme_per_day"))

        status = check_clonidine_strategy_status(d.pop("status"))

        clonidine_strategy = cls(
            refusal=refusal,
            result=result,
            resulting_mme_per_day=resulting_mme_per_day,
            status=status,
        )

        clonidine_strategy.additional_properties = d
        return clonidine_strategy

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
