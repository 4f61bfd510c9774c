from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.period_mme_request import PeriodMMERequest


T = TypeVar("T", bound="CalculatePeriodMmeBatchBody")


@_attrs_define
class CalculatePeriodMmeBatchBody:
    """One line per patient: `patient_id` and the body of POST /v1/period-mme, as newline-delimited JSON.

    Attributes:
        patient_id (str):
        request (PeriodMMERequest):
    """

    patient_id: str
    request: PeriodMMERequest

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "patient_id": patient_id,
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_mme_request import PeriodMMERequest  # noqa: PLC0415

        d = dict(src_dict)
        patient_id = d.pop("patient_id")

        request = PeriodMMERequest.from_dict(d.pop("request"))

        calculate_period_mme_batch_body = cls(
            patient_id=patient_id,
            request=request,
        )

        return calculate_period_mme_batch_body
