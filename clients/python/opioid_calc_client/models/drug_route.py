from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DrugRoute")


@_attrs_define
class DrugRoute:
    """A drug and route the tables cover.

    Attributes:
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        equianalgesic_tables (list[str]): The equianalgesic tables that give it a factor.
        mme_tables (list[str]): The MME tables that give it a factor.
        products (list[str]): The products that dose it (`extended tablet`, `immediate solution`, ...).
        route (str): Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).
    """

    drug: str
    equianalgesic_tables: list[str]
    mme_tables: list[str]
    products: list[str]
    route: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drug = self.drug

        equianalgesic_tables = self.equianalgesic_tables

        mme_tables = self.mme_tables

        products = self.products

        route = self.route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drug": drug,
                "equianalgesic_tables": equianalgesic_tables,
                "mme_tables": mme_tables,
                "products": products,
                "route": route,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drug = d.pop("drug")

        equianalgesic_tables = cast(list[str], d.pop("equianalgesic_tables"))

        mme_tables = cast(list[str], d.pop("mme_tables"))

        products = cast(list[str], d.pop("products"))

        route = d.pop("route")

        drug_route = cls(
            drug=drug,
            equianalgesic_tables=equianalgesic_tables,
            mme_tables=mme_tables,
            products=products,
            route=route,
        )

        drug_route.additional_properties = d
        return drug_route

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
