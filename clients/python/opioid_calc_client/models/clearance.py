from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clearance_method import ClearanceMethod, check_clearance_method

if TYPE_CHECKING:
    from ..models.body_weight import BodyWeight


T = TypeVar("T", bound="Clearance")


@_attrs_define
class Clearance:
    """Creatinine clearance used for renal dosing: `given`, or estimated by `cockcroft-gault`.

    Attributes:
        creatinine_clearance_ml_min (float): The clearance, in mL/min (an estimate rounded down to 0.01).
        method (ClearanceMethod): `given` (patient.creatinine_clearance_ml_min) or `cockcroft-gault`.
        weight (BodyWeight | None): The estimate's weight and basis; null when the clearance was given.
    """

    creatinine_clearance_ml_min: float
    method: ClearanceMethod
    weight: BodyWeight | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.body_weight import BodyWeight  # noqa: PLC0415

        creatinine_clearance_ml_min = self.creatinine_clearance_ml_min

        method: str = self.method

        weight: dict[str, Any] | None
        if isinstance(self.weight, BodyWeight):
            weight = self.weight.to_dict()
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creatinine_clearance_ml_min": creatinine_clearance_ml_min,
                "method": method,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.body_weight import BodyWeight  # noqa: PLC0415

        d = dict(src_dict)
        creatinine_clearance_ml_min = d.pop("creatinine_clearance_ml_min")

        method = check_clearance_method(d.pop("method"))

        def _parse_weight(data: object) -> BodyWeight | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weight_type_0 = BodyWeight.from_dict(data)

                return weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BodyWeight | None, data)

        weight = _parse_weight(d.pop("weight"))

        clearance = cls(
            creatinine_clearance_ml_min=creatinine_clearance_ml_min,
            method=method,
            weight=weight,
        )

        clearance.additional_properties = d
        return clearance

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
