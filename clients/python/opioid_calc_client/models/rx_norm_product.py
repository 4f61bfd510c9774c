from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RxNormProduct")


@_attrs_define
class RxNormProduct:
    """An opioid product by RxCUI, as a medication line's `rxcui` names it (rxnorm-opioids).

    Attributes:
        drug (str): The opioid ingredient.
        form (str): The dose form as medication lines name it.
        name (str): The RxNorm name.
        release (str): `immediate` or `extended`.
        routes (list[str]): The routes it may be given by (a line names one when there are several).
        rxcui (str): The product's RxNorm code.
        strength (float): The opioid's strength per unit (tablet, mL, actuation) or a patch's rate.
        strength_unit (str): `mg`, `mg/mL`, `mg/{actuat}` or `mcg/h` (a patch).
    """

    drug: str
    form: str
    name: str
    release: str
    routes: list[str]
    rxcui: str
    strength: float
    strength_unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drug = self.drug

        form = self.form

        name = self.name

        release = self.release

        routes = self.routes

        rxcui = self.rxcui

        strength = self.strength

        strength_unit = self.strength_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drug": drug,
                "form": form,
                "name": name,
                "release": release,
                "routes": routes,
                "rxcui": rxcui,
                "strength": strength,
                "strength_unit": strength_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drug = d.pop("drug")

        form = d.pop("form")

        name = d.pop("name")

        release = d.pop("release")

        routes = cast(list[str], d.pop("routes"))

        rxcui = d.pop("rxcui")

        strength = d.pop("strength")

        strength_unit = d.pop("strength_unit")

        rx_norm_product = cls(
            drug=drug,
            form=form,
            name=name,
            release=release,
            routes=routes,
            rxcui=rxcui,
            strength=strength,
            strength_unit=strength_unit,
        )

        rx_norm_product.additional_properties = d
        return rx_norm_product

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
