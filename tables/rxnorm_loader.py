"""
Validation of the ``rxnorm`` kind (tables/README.md), decoded with msgspec: products by RxCUI,
the dose forms they refer to, and the SNOMED CT route codes a MedicationRequest may carry.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

import msgspec

from calc.errors import TableError
from calc.rxnorm import STRENGTH_UNITS, DoseForm, RouteCode, RxNormProduct, RxNormTable
from calc.vocabulary import RELEASES, ROUTES


if TYPE_CHECKING:
    from tables.dosing_loader import RawTable
    from tables.loader import _Checker


__all__ = ["parse_rxnorm"]

_RXCUI = re.compile(r"^[1-9][0-9]{0,9}$")
_INGREDIENT = re.compile(r"^[a-z][a-z-]{1,39}$")


class _Form(msgspec.Struct, forbid_unknown_fields=True):
    code: int
    name: str
    form: str
    routes: list[str]
    release: str
    source: str
    count_codes: list[str] = msgspec.field(default_factory=list)


class _Product(msgspec.Struct, forbid_unknown_fields=True):
    rxcui: str
    ingredient: str
    form: int
    strength: Decimal
    unit: str
    source: str
    name: str


class _Route(msgspec.Struct, forbid_unknown_fields=True):
    code: str
    route: str
    source: str


class _Body(msgspec.Struct, forbid_unknown_fields=True):
    routes: list[_Route]
    forms: list[_Form]
    products: list[_Product]


def _forms(check: _Checker, rows: list[_Form], name: str) -> dict[int, DoseForm]:
    forms: dict[int, DoseForm] = {}
    for i, row in enumerate(rows):
        where = f"{name} forms[{i}]"
        if row.code in forms:
            raise TableError(where, f"dose form {row.code} appears twice")
        if not row.routes or any(r not in ROUTES for r in row.routes):
            raise TableError(f"{where}.routes", f"expected a non-empty list of {list(ROUTES)}")
        if row.release not in RELEASES:
            raise TableError(f"{where}.release", f"expected one of {list(RELEASES)}")
        check.source(row.source, f"{where}.source")
        forms[row.code] = DoseForm(
            row.code,
            row.name,
            row.form,
            tuple(row.routes),
            row.release,
            tuple(row.count_codes),
            row.source,
        )
    return forms


def _products(
    check: _Checker, rows: list[_Product], forms: dict[int, DoseForm], name: str
) -> dict[str, RxNormProduct]:
    products: dict[str, RxNormProduct] = {}
    for i, row in enumerate(rows):
        where = f"{name} products[{i}]"
        if not _RXCUI.match(row.rxcui):
            raise TableError(f"{where}.rxcui", f"expected an RxCUI (digits), got {row.rxcui!r}")
        if row.rxcui in products:
            raise TableError(where, f"RxCUI {row.rxcui} appears twice")
        if not _INGREDIENT.match(row.ingredient):
            raise TableError(
                f"{where}.ingredient",
                f"expected a lower-case ingredient name, got {row.ingredient!r}",
            )
        form = forms.get(row.form)
        if form is None:
            raise TableError(f"{where}.form", f"dose form {row.form} is not in [forms]")
        if row.unit not in STRENGTH_UNITS:
            raise TableError(f"{where}.unit", f"expected one of {list(STRENGTH_UNITS)}")
        if row.unit == "mcg/h" and form.form != "patch":
            raise TableError(f"{where}.unit", "mcg/h (a labelled rate) is the unit of patches")
        if not row.strength.is_finite() or row.strength <= 0:
            raise TableError(f"{where}.strength", f"expected a number above 0, got {row.strength}")
        check.source(row.source, f"{where}.source")
        products[row.rxcui] = RxNormProduct(
            row.rxcui, row.name, row.ingredient, form, row.strength, row.unit, row.source
        )
    return products


def _routes(check: _Checker, rows: list[_Route], name: str) -> dict[str, RouteCode]:
    routes: dict[str, RouteCode] = {}
    for i, row in enumerate(rows):
        where = f"{name} routes[{i}]"
        if row.code in routes:
            raise TableError(where, f"route code {row.code} appears twice")
        if row.route not in ROUTES:
            raise TableError(f"{where}.route", f"expected one of {list(ROUTES)}")
        check.source(row.source, f"{where}.source")
        routes[row.code] = RouteCode(row.code, row.route, row.source)
    return routes


def parse_rxnorm(check: _Checker, raw: RawTable) -> RxNormTable:
    if raw.meta:
        raise TableError(f"{raw.name} [meta]", f"unknown keys {sorted(raw.meta)}")
    try:
        body = msgspec.convert(raw.body, _Body)
    except msgspec.ValidationError as exc:
        raise TableError(raw.name, str(exc)) from exc
    forms = _forms(check, body.forms, raw.name)
    return RxNormTable(
        ref=raw.ref,
        products=_products(check, body.products, forms, raw.name),
        routes=_routes(check, body.routes, raw.name),
        notes=raw.notes,
    )
