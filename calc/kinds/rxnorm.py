"""
Kind ``rxnorm``: the RxNorm identity of opioid products.  An RxCUI names the ingredient, the dose
form (with its routes, release and the units that count it) and the strength; a SNOMED CT route
code names a route.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Literal

import attrs
import msgspec
from msgspec import Meta

from calc.kinds.base import Context, Header, Kind
from calc.kinds.grammar import Amount, DrugName, FormName, Release, Route, Text
from calc.results import TableRef


__all__ = [
    "KIND",
    "STRENGTH_UNITS",
    "DoseForm",
    "RouteCode",
    "RxNormFile",
    "RxNormProduct",
    "RxNormTable",
    "build",
]
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
        mme_form: the form as medication lines and MME tables name it (``tablet``, ``film``...).
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
    mme_form: str = ""


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


# --- file grammar -------------------------------------------------------------------------------


class FormRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """An RxNorm dose form: its routes, release and the quantity codes that count its units."""

    code: Annotated[int, Meta(ge=1)]
    name: Text
    form: Text
    routes: Annotated[list[Route], Meta(min_length=1)]
    release: Release
    mme_form: FormName
    source: str
    count_codes: list[Text] = msgspec.field(default_factory=list)


class ProductRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A product by RxCUI: its opioid ingredient, dose form code and strength."""

    rxcui: Annotated[str, Meta(pattern="^[1-9][0-9]{0,9}$")]
    ingredient: DrugName
    form: Annotated[int, Meta(ge=1)]
    strength: Amount
    unit: Literal["mg", "mg/mL", "mg/{actuat}", "mcg/h"]
    source: str
    name: Text


class RouteRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A SNOMED CT route code and the route it means."""

    code: Annotated[str, Meta(pattern="^[0-9]{6,18}$")]
    route: Route
    source: str


class RxNormFile(msgspec.Struct, forbid_unknown_fields=True):
    """The RxNorm product table (kind ``rxnorm``)."""

    meta: Header
    routes: list[RouteRow]
    forms: list[FormRow]
    products: list[ProductRow]


# --- building -----------------------------------------------------------------------------------


def _forms(rows: list[FormRow], ctx: Context) -> dict[int, DoseForm]:
    forms: dict[int, DoseForm] = {}
    for i, row in enumerate(rows):
        if row.code in forms:
            raise ctx.error(f"forms[{i}]", f"dose form {row.code} appears twice")
        forms[row.code] = DoseForm(
            row.code,
            row.name,
            row.form,
            tuple(row.routes),
            row.release,
            tuple(row.count_codes),
            row.source,
            row.mme_form,
        )
    return forms


def _products(
    rows: list[ProductRow], forms: dict[int, DoseForm], ctx: Context
) -> dict[str, RxNormProduct]:
    products: dict[str, RxNormProduct] = {}
    for i, row in enumerate(rows):
        where = f"products[{i}]"
        if row.rxcui in products:
            raise ctx.error(where, f"RxCUI {row.rxcui} appears twice")
        form = forms.get(row.form)
        if form is None:
            raise ctx.error(f"{where}.form", f"dose form {row.form} is not in [forms]")
        if row.unit == "mcg/h" and form.form != "patch":
            raise ctx.error(f"{where}.unit", "mcg/h (a labelled rate) is the unit of patches")
        products[row.rxcui] = RxNormProduct(
            row.rxcui, row.name, row.ingredient, form, row.strength, row.unit, row.source
        )
    return products


def _routes(rows: list[RouteRow], ctx: Context) -> dict[str, RouteCode]:
    routes: dict[str, RouteCode] = {}
    for i, row in enumerate(rows):
        if row.code in routes:
            raise ctx.error(f"routes[{i}]", f"route code {row.code} appears twice")
        routes[row.code] = RouteCode(row.code, row.route, row.source)
    return routes


def build(file: RxNormFile, ref: TableRef, ctx: Context) -> RxNormTable:
    forms = _forms(file.forms, ctx)
    return RxNormTable(
        ref=ref,
        products=_products(file.products, forms, ctx),
        routes=_routes(file.routes, ctx),
        notes=tuple(file.meta.notes),
    )


KIND: Kind[RxNormTable] = Kind("rxnorm", RxNormFile, build, "rxnorm-opioids")
