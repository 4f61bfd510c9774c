"""
RxNorm identity of opioid products (table kind ``rxnorm``): an RxCUI names the ingredient, the
dose form (with its routes, release and the units that count it) and the strength.

Built by tables/rxnorm_loader.py; the core only looks products up.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from calc.results import TableRef


__all__ = ["DoseForm", "RouteCode", "RxNormProduct", "RxNormTable"]

# Strength units of the table: per unit (tablet, capsule, suppository...), per mL of a liquid, per
# actuation of a spray, and a patch's labelled rate.
STRENGTH_UNITS = ("mg", "mg/mL", "mg/{actuat}", "mcg/h")


@attrs.frozen
class DoseForm:
    """
    An RxNorm dose form as this product reads it.

    Attributes:
        code: the RxNorm dose form RxCUI (for example 317541, Oral Tablet).
        name: the RxNorm name.
        form: the form's name in this product's vocabulary (``tablet``, ``patch``...).
        routes: the routes it may be given by (an injection: several; a MedicationRequest
            names one).
        release: ``immediate`` or ``extended``.
        count_codes: the quantity codes that count its units (UCUM annotations such as
            ``{tbl}``, HL7 v3 orderableDrugForm codes such as ``TAB``); empty for liquids.
    """

    code: int
    name: str
    form: str
    routes: tuple[str, ...]
    release: str
    count_codes: tuple[str, ...]
    source: str


@attrs.frozen
class RxNormProduct:
    """One product: its RxCUI, name, opioid ingredient, dose form and strength (in ``unit``)."""

    rxcui: str
    name: str
    ingredient: str
    form: DoseForm
    strength: Decimal
    unit: str
    source: str


@attrs.frozen
class RouteCode:
    """A SNOMED CT route code and the route it means here."""

    code: str
    route: str
    source: str


@attrs.frozen
class RxNormTable:
    ref: TableRef
    products: Mapping[str, RxNormProduct] = attrs.field(eq=False)
    routes: Mapping[str, RouteCode] = attrs.field(eq=False)
    notes: tuple[str, ...] = ()
