from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.factor_choice_route import FactorChoiceRoute, check_factor_choice_route

T = TypeVar("T", bound="FactorChoice")


@_attrs_define
class FactorChoice:
    """A conversion factor chosen by its source key (the row's own or a listed alternative).

    Attributes:
        drug (str): Lower-case ingredient name, for example `oxycodone`.
        route (FactorChoiceRoute): Route of administration; any capitals; also PO (oral), IV (intravenous), SC
            (subcutaneous), SQ (subcutaneous), subcut (subcutaneous), IM (intramuscular), TD (transdermal), patch
            (transdermal), SL (sublingual), IN (intranasal), nasal (intranasal), PR (rectal) (README, spellings).
        source (str): A source key the row lists (GET /v1/tables/{table}), e.g. `SCOT`.
    """

    drug: str
    route: FactorChoiceRoute
    source: str

    def to_dict(self) -> dict[str, Any]:
        drug = self.drug

        route: str = self.route

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "drug": drug,
                "route": route,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drug = d.pop("drug")

        route = check_factor_choice_route(d.pop("route"))

        source = d.pop("source")

        factor_choice = cls(
            drug=drug,
            route=route,
            source=source,
        )

        return factor_choice
