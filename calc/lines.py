"""
A medication line as a request gives it, in one of three shapes, made into a ``Medication``:

- dose-based: drug, route, dose and dose_unit, with the frequency fields;
- dispensing-based (claims and PDMP data, the CDC and CMS data files): drug, route, strength and
  strength_unit of one unit dispensed, quantity_dispensed and days_supply;
- by product: ``rxcui`` (a product of the rxnorm table) instead of drug, release, form and
  strength (and route, unless the product may be given by several), with ``units_per_dose``
  (tablets, mL, actuations or patches per administration; a patch: patches worn at once,
  default 1) and the frequency, or with quantity_dispensed and days_supply.

A shape that is incomplete or mixed is refused naming the field; an RxCUI that is not an opioid
product of the table is refused (``rxnorm.unknown_rxcui``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.kinds.rxnorm import RxNormProduct, RxNormTable
from calc.models import Medication
from calc.vocabulary import PATCH_UNIT


__all__ = ["LineInput", "resolve_lines"]


@attrs.frozen(slots=False)  # built once per request line (calc/results.py, Alert)
class LineInput:
    """A request's medication line before its shape is resolved (every field optional)."""

    drug: str | None = None
    route: str | None = None
    dose: Decimal | None = None
    dose_unit: str | None = None
    release: str | None = None
    doses_per_day: Decimal | None = None
    interval_hours: Decimal | None = None
    as_needed: bool = False
    max_doses_per_day: Decimal | None = None
    average_doses_per_day: Decimal | None = None
    form: str | None = None
    strength: Decimal | None = None
    strength_unit: str | None = None
    quantity_dispensed: Decimal | None = None
    days_supply: Decimal | None = None
    rxcui: str | None = None
    units_per_dose: Decimal | None = None

    @property
    def dispensing(self) -> bool:
        return self.quantity_dispensed is not None or self.days_supply is not None


_SHAPES = (
    "dose-based (drug, route, dose, dose_unit), dispensing-based (drug, route, strength, "
    "strength_unit, quantity_dispensed, days_supply) or by product (rxcui)"
)


def _missing(field: str, what: str) -> OutOfRangeError:
    msg = f"{field} is missing; a medication line is {_SHAPES}"
    return OutOfRangeError("medication.field_missing", field, what, None, msg)


def _conflict(field: str, kind: str, value: object) -> OutOfRangeError:
    msg = f"{field} does not go with a {kind} line; a medication line is {_SHAPES}"
    return OutOfRangeError("medication.shape_conflict", field, f"no {field}", value, msg)


def _required(line: LineInput, at: str, names: Sequence[str]) -> None:
    for name in names:
        if getattr(line, name) is None:
            raise _missing(f"{at}.{name}", name)


def _refused(line: LineInput, at: str, kind: str, names: Sequence[str]) -> None:
    for name in names:
        value = getattr(line, name)
        if value is not None:
            raise _conflict(f"{at}.{name}", kind, value)


def _medication(line: LineInput, drug: str, route: str, dose: Decimal, unit: str) -> Medication:
    # Positional, in Medication's field order: built for every request line.
    return Medication(
        drug,
        route,
        dose,
        unit,
        line.release,
        line.doses_per_day,
        line.interval_hours,
        line.as_needed,
        line.max_doses_per_day,
        line.average_doses_per_day,
        line.form,
        line.quantity_dispensed,
        line.days_supply,
    )


def _product(table: RxNormTable | None, rxcui: str, at: str) -> RxNormProduct:
    product = table.products.get(rxcui) if table is not None else None
    if product is not None:
        return product
    table_id = table.ref.id if table is not None else "rxnorm"
    msg = (
        f"{at}.rxcui: RxCUI {rxcui} is not an opioid product of the {table_id} table (not an "
        "opioid, or a product the table does not list; GET /v1/drugs lists them)"
    )
    raise UnknownEntryError(
        "rxnorm.unknown_rxcui", f"{at}.rxcui", "the RxCUI of an opioid product", rxcui, msg
    )


def _route(product: RxNormProduct, route: str | None, at: str) -> str:
    routes = product.form.routes
    if route is not None and route in routes:
        return route
    if route is None and len(routes) == 1:
        return routes[0]
    given = "needs its route" if route is None else f"is not given by route {route}"
    msg = f"{at}.route: {product.name} {given}: one of {', '.join(routes)}"
    raise UnknownEntryError(
        "rxnorm.route_not_for_product", f"{at}.route", f"one of {list(routes)}", route, msg
    )


def _by_product(table: RxNormTable | None, line: LineInput, at: str) -> Medication:
    assert line.rxcui is not None  # noqa: S101  (the caller's test)
    product = _product(table, line.rxcui, at)
    kind = "by-product (rxcui)"
    _refused(line, at, kind, ("drug", "dose", "dose_unit", "release", "form"))
    _refused(line, at, kind, ("strength", "strength_unit"))
    route = _route(product, line.route, at)
    patch = product.unit == PATCH_UNIT
    unit = PATCH_UNIT if patch else "mg"  # mg, mg/mL, mg/{actuat}: mg per unit counted
    if line.dispensing:
        _refused(line, at, "dispensing-based", ("units_per_dose",))
        units = Decimal(1)
    elif line.units_per_dose is not None:
        units = line.units_per_dose
    elif patch:
        units = Decimal(1)  # one patch worn at a time
    else:
        raise _missing(
            f"{at}.units_per_dose", "units_per_dose (tablets, mL, actuations or patches)"
        )
    release = product.form.release
    resolved = attrs.evolve(line, release=release, form=product.form.mme_form)
    return _medication(resolved, product.ingredient, route, product.strength * units, unit)


def _resolve(table: RxNormTable | None, line: LineInput, at: str) -> Medication:
    if line.rxcui is not None:
        return _by_product(table, line, at)
    _required(line, at, ("drug", "route"))
    assert line.drug is not None  # noqa: S101  (just checked)
    assert line.route is not None  # noqa: S101
    _refused(line, at, "dose-based or dispensing-based", ("units_per_dose",))
    if line.dispensing or line.strength is not None or line.strength_unit is not None:
        _refused(line, at, "dispensing-based", ("dose", "dose_unit"))
        _required(line, at, ("strength", "strength_unit", "quantity_dispensed", "days_supply"))
        assert line.strength is not None  # noqa: S101  (just checked)
        assert line.strength_unit is not None  # noqa: S101
        return _medication(line, line.drug, line.route, line.strength, line.strength_unit)
    _required(line, at, ("dose", "dose_unit"))
    assert line.dose is not None  # noqa: S101  (just checked)
    assert line.dose_unit is not None  # noqa: S101
    return _medication(line, line.drug, line.route, line.dose, line.dose_unit)


def _dose_based(line: LineInput) -> Medication | None:
    """
    A complete dose-based line with no field of another shape (most lines) as its Medication,
    without naming its place; else None (``_resolve`` checks it field by field).
    """
    drug, route, dose, unit = line.drug, line.route, line.dose, line.dose_unit
    if (
        drug is None
        or route is None
        or dose is None
        or unit is None
        or line.rxcui is not None
        or line.units_per_dose is not None
        or line.strength is not None
        or line.strength_unit is not None
        or line.quantity_dispensed is not None
        or line.days_supply is not None
    ):
        return None
    return _medication(line, drug, route, dose, unit)


def resolve_lines(
    table: RxNormTable | None, lines: Sequence[LineInput], field: str
) -> tuple[Medication, ...]:
    """Every line as a ``Medication``; ``field`` names the array in errors (``medications``)."""
    found: list[Medication] = []
    for i, line in enumerate(lines):
        medication = _dose_based(line)
        found.append(
            medication if medication is not None else _resolve(table, line, f"{field}[{i}]")
        )
    return tuple(found)
