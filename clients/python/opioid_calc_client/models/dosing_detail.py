from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.advice_row import AdviceRow
    from ..models.dose_band_row import DoseBandRow
    from ..models.dosing_detail_drug_lists import DosingDetailDrugLists


T = TypeVar("T", bound="DosingDetail")


@_attrs_define
class DosingDetail:
    """The dosing parts of an `adjunct` table (its named values are in `thresholds`).

    Attributes:
        advice (list[AdviceRow]): The standing warnings the adjunct's results carry.
        default_weight_basis (None | str): The weight basis used when a request gives none; null when none.
        drug (str): Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.
        drug_lists (DosingDetailDrugLists): Named lists of drugs (naltrexone: `partial_agonists`).
        hemodialysis_source (None | str): Source key of the hemodialysis supplement.
        hemodialysis_supplement_range (list[float]): The supplement's confirmed range, in mg, when only a range is
            given.
        hemodialysis_supplements (list[float]): The label's supplement after hemodialysis per column, in mg.
        renal_bands (list[DoseBandRow]): The label's renal dosing rows.
        strengths (list[float]): The product strengths doses are rounded down to, in mg.
        strengths_source (None | str): Source key of the strengths.
    """

    advice: list[AdviceRow]
    default_weight_basis: None | str
    drug: str
    drug_lists: DosingDetailDrugLists
    hemodialysis_source: None | str
    hemodialysis_supplement_range: list[float]
    hemodialysis_supplements: list[float]
    renal_bands: list[DoseBandRow]
    strengths: list[float]
    strengths_source: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advice = []
        for advice_item_data in self.advice:
            advice_item = advice_item_data.to_dict()
            advice.append(advice_item)

        default_weight_basis: None | str
        default_weight_basis = self.default_weight_basis

        drug = self.drug

        drug_lists = self.drug_lists.to_dict()

        hemodialysis_source: None | str
        hemodialysis_source = self.hemodialysis_source

        hemodialysis_supplement_range = self.hemodialysis_supplement_range

        hemodialysis_supplements = self.hemodialysis_supplements

        renal_bands = []
        for renal_bands_item_data in self.renal_bands:
            renal_bands_item = renal_bands_item_data.to_dict()
            renal_bands.append(renal_bands_item)

        strengths = self.strengths

        strengths_source: None | str
        strengths_source = self.strengths_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advice": advice,
                "default_weight_basis": default_weight_basis,
                "drug": drug,
                "drug_lists": drug_lists,
                "hemodialysis_source": hemodialysis_source,
                "hemodialysis_supplement_range": hemodialysis_supplement_range,
                "hemodialysis_supplements": hemodialysis_supplements,
                "renal_bands": renal_bands,
                "strengths": strengths,
                "strengths_source": strengths_source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advice_row import AdviceRow  # noqa: PLC0415
        from ..models.dose_band_row import DoseBandRow  # noqa: PLC0415
        from ..models.dosing_detail_drug_lists import DosingDetailDrugLists  # noqa: PLC0415

        d = dict(src_dict)
        advice = []
        _advice = d.pop("advice")
        for advice_item_data in _advice:
            advice_item = AdviceRow.from_dict(advice_item_data)

            advice.append(advice_item)

        def _parse_default_weight_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_weight_basis = _parse_default_weight_basis(d.pop("default_weight_basis"))

        drug = d.pop("drug")

        drug_lists = DosingDetailDrugLists.from_dict(d.pop("drug_lists"))

        def _parse_hemodialysis_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hemodialysis_source = _parse_hemodialysis_source(d.pop("hemodialysis_source"))

        hemodialysis_supplement_range = cast(list[float], d.pop("hemodialysis_supplement_range"))

        hemodialysis_supplements = cast(list[float], d.pop("hemodialysis_supplements"))

        renal_bands = []
        _renal_bands = d.pop("renal_bands")
        for renal_bands_item_data in _renal_bands:
            renal_bands_item = DoseBandRow.from_dict(renal_bands_item_data)

            renal_bands.append(renal_bands_item)

        strengths = cast(list[float], d.pop("strengths"))

        def _parse_strengths_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        strengths_source = _parse_strengths_source(d.pop("strengths_source"))

        dosing_detail = cls(
            advice=advice,
            default_weight_basis=default_weight_basis,
            drug=drug,
            drug_lists=drug_lists,
            hemodialysis_source=hemodialysis_source,
            hemodialysis_supplement_range=hemodialysis_supplement_range,
            hemodialysis_supplements=hemodialysis_supplements,
            renal_bands=renal_bands,
            strengths=strengths,
            strengths_source=strengths_source,
        )

        dosing_detail.additional_properties = d
        return dosing_detail

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
