from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alternative import Alternative
    from ..models.factor_band import FactorBand


T = TypeVar("T", bound="FactorRow")


@_attrs_define
class FactorRow:
    """Oral morphine mg/day per unit of the drug's daily amount (`unit`) on these routes.

    Attributes:
        alternatives (list[Alternative]): Factors other sources give, selectable by source key.
        bands (list[FactorBand] | None): The tiers of a tiered factor (CDC 2016 methadone); null otherwise.
        days_per_unit (float | None): A patch factor per patch dispensed, worn that many days (CMS 2018 fentanyl: 7.2
            per mcg/h, 3 days); null: the factor is per mcg/h worn, per day.
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        factor (float | None): The conversion factor; null when the row is tiered (see `bands`).
        forms (list[str]): The dose forms the row is limited to (CMS 2018 transmucosal fentanyl); empty: every form.
        note (None | str): The table's note on the row.
        routes (list[str]): The routes the row covers.
        source (str): Source key of the number or rule beside it; every key resolves in tables/sources.toml and is cited
            by the tables (GET /v1/tables/{table_id}).
        unit (str): Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).
    """

    alternatives: list[Alternative]
    bands: list[FactorBand] | None
    days_per_unit: float | None
    drug: str
    factor: float | None
    forms: list[str]
    note: None | str
    routes: list[str]
    source: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alternatives = []
        for alternatives_item_data in self.alternatives:
            alternatives_item = alternatives_item_data.to_dict()
            alternatives.append(alternatives_item)

        bands: list[dict[str, Any]] | None
        if isinstance(self.bands, list):
            bands = []
            for bands_type_0_item_data in self.bands:
                bands_type_0_item = bands_type_0_item_data.to_dict()
                bands.append(bands_type_0_item)

        else:
            bands = self.bands

        days_per_unit: float | None
        days_per_unit = self.days_per_unit

        drug = self.drug

        factor: float | None
        factor = self.factor

        forms = self.forms

        note: None | str
        note = self.note

        routes = self.routes

        source = self.source

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alternatives": alternatives,
                "bands": bands,
                "days_per_unit": days_per_unit,
                "drug": drug,
                "factor": factor,
                "forms": forms,
                "note": note,
                "routes": routes,
                "source": source,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415
        from ..models.factor_band import FactorBand  # noqa: PLC0415

        d = dict(src_dict)
        alternatives = []
        _alternatives = d.pop("alternatives")
        for alternatives_item_data in _alternatives:
            alternatives_item = Alternative.from_dict(alternatives_item_data)

            alternatives.append(alternatives_item)

        def _parse_bands(data: object) -> list[FactorBand] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bands_type_0 = []
                _bands_type_0 = data
                for bands_type_0_item_data in _bands_type_0:
                    bands_type_0_item = FactorBand.from_dict(bands_type_0_item_data)

                    bands_type_0.append(bands_type_0_item)

                return bands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FactorBand] | None, data)

        bands = _parse_bands(d.pop("bands"))

        def _parse_days_per_unit(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        days_per_unit = _parse_days_per_unit(d.pop("days_per_unit"))

        drug = d.pop("drug")

        def _parse_factor(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        factor = _parse_factor(d.pop("factor"))

        forms = cast(list[str], d.pop("forms"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        routes = cast(list[str], d.pop("routes"))

        source = d.pop("source")

        unit = d.pop("unit")

        factor_row = cls(
            alternatives=alternatives,
            bands=bands,
            days_per_unit=days_per_unit,
            drug=drug,
            factor=factor,
            forms=forms,
            note=note,
            routes=routes,
            source=source,
            unit=unit,
        )

        factor_row.additional_properties = d
        return factor_row

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
