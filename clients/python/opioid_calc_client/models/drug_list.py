from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.drug_route import DrugRoute
    from ..models.rx_norm_product import RxNormProduct


T = TypeVar("T", bound="DrugList")


@_attrs_define
class DrugList:
    """The drugs and routes the loaded tables cover, and the opioid products a line may name.

    Attributes:
        drugs (list[DrugRoute]): Each drug and route, sorted.
        rxnorm_products (list[RxNormProduct]): Every opioid product a medication line may name by `rxcui`, sorted by
            drug and name.
    """

    drugs: list[DrugRoute]
    rxnorm_products: list[RxNormProduct]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drugs = []
        for drugs_item_data in self.drugs:
            drugs_item = drugs_item_data.to_dict()
            drugs.append(drugs_item)

        rxnorm_products = []
        for rxnorm_products_item_data in self.rxnorm_products:
            rxnorm_products_item = rxnorm_products_item_data.to_dict()
            rxnorm_products.append(rxnorm_products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drugs": drugs,
                "rxnorm_products": rxnorm_products,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drug_route import DrugRoute  # noqa: PLC0415
        from ..models.rx_norm_product import RxNormProduct  # noqa: PLC0415

        d = dict(src_dict)
        drugs = []
        _drugs = d.pop("drugs")
        for drugs_item_data in _drugs:
            drugs_item = DrugRoute.from_dict(drugs_item_data)

            drugs.append(drugs_item)

        rxnorm_products = []
        _rxnorm_products = d.pop("rxnorm_products")
        for rxnorm_products_item_data in _rxnorm_products:
            rxnorm_products_item = RxNormProduct.from_dict(rxnorm_products_item_data)

            rxnorm_products.append(rxnorm_products_item)

        drug_list = cls(
            drugs=drugs,
            rxnorm_products=rxnorm_products,
        )

        drug_list.additional_properties = d
        return drug_list

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
