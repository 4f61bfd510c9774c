from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.period_batch_summary import PeriodBatchSummary
    from ..models.problem import Problem


T = TypeVar("T", bound="PeriodBatchResult")


@_attrs_define
class PeriodBatchResult:
    """One NDJSON output line: `result`, or `error` (the problem a single call would return).

    Attributes:
        error (None | Problem): The problem a single call would return; null on success.
        line (int): The input line's number, from 1.
        patient_id (None | str): The input line's patient id; null when the line could not be read.
        result (None | PeriodBatchSummary): The patient's numbers; null on an error.
    """

    error: None | Problem
    line: int
    patient_id: None | str
    result: None | PeriodBatchSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.period_batch_summary import PeriodBatchSummary  # noqa: PLC0415
        from ..models.problem import Problem  # noqa: PLC0415

        error: dict[str, Any] | None
        if isinstance(self.error, Problem):
            error = self.error.to_dict()
        else:
            error = self.error

        line = self.line

        patient_id: None | str
        patient_id = self.patient_id

        result: dict[str, Any] | None
        if isinstance(self.result, PeriodBatchSummary):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "line": line,
                "patient_id": patient_id,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_batch_summary import PeriodBatchSummary  # noqa: PLC0415
        from ..models.problem import Problem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error(data: object) -> None | Problem:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = Problem.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Problem, data)

        error = _parse_error(d.pop("error"))

        line = d.pop("line")

        def _parse_patient_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_id = _parse_patient_id(d.pop("patient_id"))

        def _parse_result(data: object) -> None | PeriodBatchSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = PeriodBatchSummary.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PeriodBatchSummary, data)

        result = _parse_result(d.pop("result"))

        period_batch_result = cls(
            error=error,
            line=line,
            patient_id=patient_id,
            result=result,
        )

        period_batch_result.additional_properties = d
        return period_batch_result

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
