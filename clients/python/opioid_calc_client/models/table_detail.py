from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dosing_detail import DosingDetail
    from ..models.factor_band import FactorBand
    from ..models.factor_row import FactorRow
    from ..models.plausibility_detail import PlausibilityDetail
    from ..models.product_row import ProductRow
    from ..models.renal_opioids_detail import RenalOpioidsDetail
    from ..models.table_ref import TableRef
    from ..models.threshold_row import ThresholdRow


T = TypeVar("T", bound="TableDetail")


@_attrs_define
class TableDetail:
    """A table with its rows; which list is filled depends on `table.kind`.

    Attributes:
        bands (list[FactorBand]): Tiers of a scheme or label (kinds `methadone-scheme`, `fentanyl-patch`,
            `buprenorphine-patch`).
        factors (list[FactorRow]): Conversion factors (kinds `mme` and `equianalgesic`).
        notes (list[str]): The table's notes.
        products (list[ProductRow]): Products (kind `products`).
        table (TableRef): Provenance of a table: id, version, citation, checksum of the file.
        thresholds (list[ThresholdRow]): Named numbers (kinds `thresholds`, `formula`, `adjunct`).
        dosing (DosingDetail | None | Unset): The dosing rows of an `adjunct` table; null otherwise.
        plausibility (None | PlausibilityDetail | Unset): The rows of a `plausibility` table; null otherwise.
        renal_opioids (None | RenalOpioidsDetail | Unset): The rows of a `renal-opioids` table; null otherwise.
    """

    bands: list[FactorBand]
    factors: list[FactorRow]
    notes: list[str]
    products: list[ProductRow]
    table: TableRef
    thresholds: list[ThresholdRow]
    dosing: DosingDetail | None | Unset = UNSET
    plausibility: None | PlausibilityDetail | Unset = UNSET
    renal_opioids: None | RenalOpioidsDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dosing_detail import DosingDetail  # noqa: PLC0415
        from ..models.plausibility_detail import PlausibilityDetail  # noqa: PLC0415
        from ..models.renal_opioids_detail import RenalOpioidsDetail  # noqa: PLC0415

        bands = []
        for bands_item_data in self.bands:
            bands_item = bands_item_data.to_dict()
            bands.append(bands_item)

        factors = []
        for factors_item_data in self.factors:
            factors_item = factors_item_data.to_dict()
            factors.append(factors_item)

        notes = self.notes

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        table = self.table.to_dict()

        thresholds = []
        for thresholds_item_data in self.thresholds:
            thresholds_item = thresholds_item_data.to_dict()
            thresholds.append(thresholds_item)

        dosing: dict[str, Any] | None | Unset
        if isinstance(self.dosing, Unset):
            dosing = UNSET
        elif isinstance(self.dosing, DosingDetail):
            dosing = self.dosing.to_dict()
        else:
            dosing = self.dosing

        plausibility: dict[str, Any] | None | Unset
        if isinstance(self.plausibility, Unset):
            plausibility = UNSET
        elif isinstance(self.plausibility, PlausibilityDetail):
            plausibility = self.plausibility.to_dict()
        else:
            plausibility = self.plausibility

        renal_opioids: dict[str, Any] | None | Unset
        if isinstance(self.renal_opioids, Unset):
            renal_opioids = UNSET
        elif isinstance(self.renal_opioids, RenalOpioidsDetail):
            renal_opioids = self.renal_opioids.to_dict()
        else:
            renal_opioids = self.renal_opioids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bands": bands,
                "factors": factors,
                "notes": notes,
                "products": products,
                "table": table,
                "thresholds": thresholds,
            }
        )
        if dosing is not UNSET:
            field_dict["dosing"] = dosing
        if plausibility is not UNSET:
            field_dict["plausibility"] = plausibility
        if renal_opioids is not UNSET:
            field_dict["renal_opioids"] = renal_opioids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dosing_detail import DosingDetail  # noqa: PLC0415
        from ..models.factor_band import FactorBand  # noqa: PLC0415
        from ..models.factor_row import FactorRow  # noqa: PLC0415
        from ..models.plausibility_detail import PlausibilityDetail  # noqa: PLC0415
        from ..models.product_row import ProductRow  # noqa: PLC0415
        from ..models.renal_opioids_detail import RenalOpioidsDetail  # noqa: PLC0415
        from ..models.table_ref import TableRef  # noqa: PLC0415
        from ..models.threshold_row import ThresholdRow  # noqa: PLC0415

        d = dict(src_dict)
        bands = []
        _bands = d.pop("bands")
        for bands_item_data in _bands:
            bands_item = FactorBand.from_dict(bands_item_data)

            bands.append(bands_item)

        factors = []
        _factors = d.pop("factors")
        for factors_item_data in _factors:
            factors_item = FactorRow.from_dict(factors_item_data)

            factors.append(factors_item)

        notes = cast(list[str], d.pop("notes"))

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = ProductRow.from_dict(products_item_data)

            products.append(products_item)

        table = TableRef.from_dict(d.pop("table"))

        thresholds = []
        _thresholds = d.pop("thresholds")
        for thresholds_item_data in _thresholds:
            thresholds_item = ThresholdRow.from_dict(thresholds_item_data)

            thresholds.append(thresholds_item)

        def _parse_dosing(data: object) -> DosingDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dosing_type_0 = DosingDetail.from_dict(data)

                return dosing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DosingDetail | None | Unset, data)

        dosing = _parse_dosing(d.pop("dosing", UNSET))

        def _parse_plausibility(data: object) -> None | PlausibilityDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plausibility_type_0 = PlausibilityDetail.from_dict(data)

                return plausibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlausibilityDetail | Unset, data)

        plausibility = _parse_plausibility(d.pop("plausibility", UNSET))

        def _parse_renal_opioids(data: object) -> None | RenalOpioidsDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                renal_opioids_type_0 = RenalOpioidsDetail.from_dict(data)

                return renal_opioids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RenalOpioidsDetail | Unset, data)

        renal_opioids = _parse_renal_opioids(d.pop("renal_opioids", UNSET))

        table_detail = cls(
            bands=bands,
            factors=factors,
            notes=notes,
            products=products,
            table=table,
            thresholds=thresholds,
            dosing=dosing,
            plausibility=plausibility,
            renal_opioids=renal_opioids,
        )

        table_detail.additional_properties = d
        return table_detail

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
