from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.renal_advice_row import RenalAdviceRow


T = TypeVar("T", bound="RenalOpioidsDetail")


@_attrs_define
class RenalOpioidsDetail:
    """The rows of a `renal-opioids` table and the order rescue drugs are tried in.

    Attributes:
        breakthrough_order (list[str]): The drugs a breakthrough dose is tried in, in order (one to be avoided at the
            patient's clearance is skipped).
        breakthrough_order_source (str): Source key of the order.
        drugs (list[RenalAdviceRow]): The advice per drug.
    """

    breakthrough_order: list[str]
    breakthrough_order_source: str
    drugs: list[RenalAdviceRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breakthrough_order = self.breakthrough_order

        breakthrough_order_source = self.breakthrough_order_source

        drugs = []
        for drugs_item_data in self.drugs:
            drugs_item = drugs_item_data.to_dict()
            drugs.append(drugs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "breakthrough_order": breakthrough_order,
                "breakthrough_order_source": breakthrough_order_source,
                "drugs": drugs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.renal_advice_row import RenalAdviceRow  # noqa: PLC0415

        d = dict(src_dict)
        breakthrough_order = cast(list[str], d.pop("breakthrough_order"))

        breakthrough_order_source = d.pop("breakthrough_order_source")

        drugs = []
        _drugs = d.pop("drugs")
        for drugs_item_data in _drugs:
            drugs_item = RenalAdviceRow.from_dict(drugs_item_data)

            drugs.append(drugs_item)

        renal_opioids_detail = cls(
            breakthrough_order=breakthrough_order,
            breakthrough_order_source=breakthrough_order_source,
            drugs=drugs,
        )

        renal_opioids_detail.additional_properties = d
        return renal_opioids_detail

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
