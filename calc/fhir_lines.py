"""
Medication lines from medication orders (FHIR R4 MedicationRequest, as the HTTP layer reduces
them to ``OrderFacts``): the RxCUI names the product (tables/rxnorm-opioids.toml), the dosage
gives the amount and the timing.  Pure: no FHIR parsing, no I/O.

- A dose range or a frequency range is counted at its maximum (the CDC MME calculator,
  MMECalculator.cql: "the most aggressive dosing"); the line's ``notes`` say so.
- As needed: ``as_needed`` with ``max_doses_per_day`` from ``maxDosePerPeriod`` when given, else
  from the timing's maximum frequency over its shortest period.
- Amounts: ``mg``, ``ug``; ``mL`` of a liquid through its strength per mL; a count of units
  (``{tbl}``, ``TAB``...) through the product's strength; a patch's ``ug/h`` or a count of
  patches; an infusion's ``rateQuantity`` in ``mg/h``, ``ug/h`` or ``mL/h`` of a solution.
- A timing the calculation cannot read (none on a scheduled line, months or years, a period
  range without a frequency) is a reason, never a guess: the CDC logic's default of one dose a day
  is not used.
- Every line passes the same checks as a line of the native API (calc/models.py and
  calc/plausibility.py); a refusal becomes the order's reason.

An order that cannot be used gives a ``Reason`` (code, field, message) instead of a line; the
other orders of the batch are unaffected.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from calc.errors import CalcError
from calc.kinds.plausibility import PlausibilityTable
from calc.kinds.rxnorm import RxNormProduct, RxNormTable
from calc.models import Medication
from calc.plausibility import check_regimen
from calc.results import Alert
from calc.units import DAYS_PER_WEEK, HOURS_PER_DAY, MCG_PER_MG


__all__ = [
    "Amount",
    "DosageFacts",
    "OrderFacts",
    "Reason",
    "Translated",
    "translate_order",
    "translate_orders",
]

# Hours per UCUM time unit of Timing.repeat.periodUnit an opioid order is written in; `mo` and `a`
# (months and years) have no fixed length, and `s` and `min` are not how doses are spaced: refused.
_HOURS = {"h": Decimal(1), "d": HOURS_PER_DAY, "wk": HOURS_PER_DAY * DAYS_PER_WEEK}
_MASS = {"mg": "mg", "ug": "mcg"}
_RATE = {"mg/h": "mg/h", "ug/h": "mcg/h"}
_LIQUID = ("mg/mL",)
_SOURCE = "CDC-MME-CQL"


@attrs.frozen
class Amount:
    """A quantity: its value and its code (UCUM, or an HL7 v3 orderableDrugForm code)."""

    value: Decimal
    code: str


@attrs.frozen
class DosageFacts:
    """
    The parts of one FHIR Dosage the calculation reads.

    Attributes:
        dose: ``doseQuantity``, or the high end of ``doseRange``.
        dose_low: the low end of ``doseRange`` (only to say that a range was counted at its top).
        rate: ``rateQuantity`` (a continuous infusion).
        frequency, frequency_max: ``timing.repeat.frequency`` and ``frequencyMax``.
        period, period_max, period_unit: ``timing.repeat.period``, ``periodMax``, ``periodUnit``.
        as_needed: ``asNeededBoolean`` true, or an ``asNeededCodeableConcept``.
        max_per_period: ``maxDosePerPeriod`` as (numerator, denominator).
        route_code: the SNOMED CT code of ``route``.
    """

    dose: Amount | None = None
    dose_low: Amount | None = None
    rate: Amount | None = None
    frequency: Decimal | None = None
    frequency_max: Decimal | None = None
    period: Decimal | None = None
    period_max: Decimal | None = None
    period_unit: str | None = None
    as_needed: bool = False
    max_per_period: tuple[Amount, Amount] | None = None
    route_code: str | None = None


@attrs.frozen
class OrderFacts:
    """One order: its id, the RxCUIs of its medication (in coding order), its dosage, its field."""

    request_id: str
    rxcuis: tuple[str, ...]
    dosage: DosageFacts
    field: str


@attrs.frozen
class Translated:
    """An order the calculation can use: the line, the product, what was read and assumed."""

    request_id: str
    medication: Medication
    product: RxNormProduct
    notes: tuple[Alert, ...]


@attrs.frozen
class Reason:
    """Why an order gave no line: a stable code, the request field, a sentence."""

    request_id: str
    code: str
    field: str
    message: str


class _RefusedError(Exception):
    def __init__(self, code: str, field: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.message = message


def _product(table: RxNormTable, order: OrderFacts) -> RxNormProduct:
    for rxcui in order.rxcuis:
        product = table.products.get(rxcui)
        if product is not None:
            return product
    at = f"{order.field}.medication"
    if not order.rxcuis:
        msg = f"{at}: no RxNorm coding; the calculation identifies a product by its RxCUI."
        raise _RefusedError("fhir.no_rxnorm_code", at, msg)
    codes = ", ".join(order.rxcuis)
    msg = (
        f"{at}: RxCUI {codes} is not an opioid product of the {table.ref.id} table (not an "
        f"opioid, or a product the table does not list)."
    )
    raise _RefusedError("fhir.not_an_opioid_product", at, msg)


def _route(table: RxNormTable, product: RxNormProduct, dosage: DosageFacts, at: str) -> str:
    routes = product.form.routes
    coded = table.routes.get(dosage.route_code) if dosage.route_code is not None else None
    if coded is not None:
        if coded.route not in routes:
            msg = (
                f"{at}.dosageInstruction[0].route: {coded.route} does not fit "
                f"{product.name} (given by {', '.join(routes)})."
            )
            raise _RefusedError("fhir.route_mismatch", f"{at}.dosageInstruction[0].route", msg)
        return coded.route
    if len(routes) == 1:
        return routes[0]
    msg = (
        f"{at}.dosageInstruction[0].route: {product.name} may be given by "
        f"{', '.join(routes)}; the order must name the route (SNOMED CT route code)."
    )
    raise _RefusedError("fhir.route_missing", f"{at}.dosageInstruction[0].route", msg)


def _n(x: Decimal) -> str:
    """A number as written in a message: no exponent, no trailing zeros."""
    return f"{x.normalize():f}"


def _positive(amount: Amount, field: str) -> None:
    if amount.value <= 0:
        msg = f"{field}: {amount.value} {amount.code} is not an amount above 0."
        raise _RefusedError("fhir.not_positive", field, msg)


def _dose(product: RxNormProduct, amount: Amount, at: str) -> tuple[Decimal, str]:
    """An amount per administration in mg or mcg."""
    field = f"{at}.dosageInstruction[0].doseAndRate[0].dose"
    _positive(amount, field)
    unit = product.unit
    if amount.code in _MASS and unit != "mcg/h":
        return amount.value, _MASS[amount.code]
    if amount.code == "mL" and unit in _LIQUID:
        return amount.value * product.strength, "mg"
    if amount.code in product.form.count_codes and unit != "mcg/h":
        return amount.value * product.strength, "mg"
    msg = (
        f"{field}: {amount.value} {amount.code} cannot be converted to an amount of "
        f"{product.ingredient} for {product.name} (strength {product.strength} {unit})."
    )
    raise _RefusedError("fhir.unit_not_convertible", field, msg)


def _patch_rate(product: RxNormProduct, amount: Amount | None, at: str) -> Decimal:
    field = f"{at}.dosageInstruction[0].doseAndRate[0].dose"
    if amount is None:
        return product.strength
    _positive(amount, field)
    if amount.code == "ug/h":
        return amount.value
    if amount.code in product.form.count_codes:
        return amount.value * product.strength
    msg = (
        f"{field}: a patch is dosed as a number of patches or its rate in ug/h; got "
        f"{amount.value} {amount.code}."
    )
    raise _RefusedError("fhir.unit_not_convertible", field, msg)


def _hours(dosage: DosageFacts, at: str, period: Decimal) -> Decimal:
    field = f"{at}.dosageInstruction[0].timing.repeat.periodUnit"
    unit = dosage.period_unit or "d"
    if unit not in _HOURS:
        msg = (
            f"{field}: a period in {unit!r} has no fixed length in hours; give the timing in "
            f"h, d or wk."
        )
        raise _RefusedError("fhir.timing_ambiguous", field, msg)
    _positive(Amount(period, unit), field)
    return period * _HOURS[unit]


@attrs.frozen
class _Timing:
    per_day: Decimal | None
    interval_hours: Decimal | None


def _timing(dosage: DosageFacts, at: str, notes: list[Alert]) -> _Timing:
    """Administrations per day at the most (frequency max over the shortest period)."""
    if dosage.period is None:
        if dosage.frequency is None and dosage.frequency_max is None:
            return _Timing(None, None)
        field = f"{at}.dosageInstruction[0].timing.repeat.period"
        msg = f"{field}: a frequency needs its period (for example 1 per 12 h)."
        raise _RefusedError("fhir.timing_ambiguous", field, msg)
    hours = _hours(dosage, at, dosage.period)
    frequency = dosage.frequency if dosage.frequency is not None else Decimal(1)
    if dosage.frequency_max is not None and dosage.frequency_max > frequency:
        notes.append(
            Alert(
                "fhir.frequency_range_maximum",
                "info",
                f"{at}: frequency {_n(frequency)}-{_n(dosage.frequency_max)} per period is counted at "
                f"its maximum, {_n(dosage.frequency_max)} (as the CDC MME calculator does).",
                _SOURCE,
            )
        )
        frequency = dosage.frequency_max
    if dosage.period_max is not None and dosage.period_max > dosage.period:
        notes.append(
            Alert(
                "fhir.period_range_shortest",
                "info",
                f"{at}: every {_n(dosage.period)}-{_n(dosage.period_max)} {dosage.period_unit or 'd'} "
                f"is counted at the shortest period, every {_n(dosage.period)} (the most doses a "
                "day).",
                _SOURCE,
            )
        )
    per_day = frequency * HOURS_PER_DAY / hours
    if per_day > HOURS_PER_DAY:
        field = f"{at}.dosageInstruction[0].timing.repeat"
        msg = f"{field}: {per_day.normalize():f} doses a day is more often than once an hour."
        raise _RefusedError("fhir.timing_out_of_range", field, msg)
    if frequency == 1:
        return _Timing(per_day, hours)
    return _Timing(per_day, None)


def _max_per_day(
    dosage: DosageFacts, dose: Decimal, unit: str, at: str, product: RxNormProduct
) -> Decimal | None:
    """An as-needed order's maximum administrations a day from ``maxDosePerPeriod``."""
    if dosage.max_per_period is None:
        return None
    numerator, denominator = dosage.max_per_period
    hours = _hours(DosageFacts(period_unit=denominator.code), at, denominator.value)
    amount, amount_unit = _dose(product, numerator, at)
    if amount_unit != unit:
        amount = amount * MCG_PER_MG if amount_unit == "mg" else amount / MCG_PER_MG
    return amount / dose * HOURS_PER_DAY / hours


def _infusion(
    product: RxNormProduct, rate: Amount, route: str, order: OrderFacts
) -> tuple[Decimal, str]:
    field = f"{order.field}.dosageInstruction[0].doseAndRate[0].rateQuantity"
    if route not in ("intravenous", "subcutaneous"):
        msg = f"{field}: a continuous infusion runs intravenously or subcutaneously, not {route}."
        raise _RefusedError("fhir.route_mismatch", field, msg)
    _positive(rate, field)
    if rate.code in _RATE:
        return rate.value, _RATE[rate.code]
    if rate.code == "mL/h" and product.unit in _LIQUID:
        return rate.value * product.strength, "mg/h"
    msg = (
        f"{field}: {rate.value} {rate.code} cannot be converted to a rate of "
        f"{product.ingredient} (mg/h, ug/h, or mL/h of a solution with its strength per mL)."
    )
    raise _RefusedError("fhir.unit_not_convertible", field, msg)


def _as_needed(
    product: RxNormProduct,
    route: str,
    dose: Decimal,
    unit: str,
    dosage: DosageFacts,
    timing: _Timing,
    at: str,
    notes: list[Alert],
) -> Medication:
    """The stricter of ``maxDosePerPeriod`` and the timing's maximum is the maximum a day."""
    capped = _max_per_day(dosage, dose, unit, at, product)
    limits = [x for x in (capped, timing.per_day) if x is not None]
    if not limits:
        field = f"{at}.dosageInstruction[0].timing"
        msg = (
            f"{field}: an as-needed order needs its maximum a day (maxDosePerPeriod, or "
            f"a frequency and period)."
        )
        raise _RefusedError("fhir.timing_missing", field, msg)
    most = min(limits)
    if most > HOURS_PER_DAY:
        field = f"{at}.dosageInstruction[0].maxDosePerPeriod"
        msg = f"{field}: {most.normalize():f} doses a day is more often than once an hour."
        raise _RefusedError("fhir.timing_out_of_range", field, msg)
    if capped is not None:
        notes.append(
            Alert(
                "fhir.max_dose_per_period",
                "info",
                f"{at}: as needed, at most {most.normalize():f} doses a day (the stricter of "
                "maxDosePerPeriod and the timing).",
                "FHIR-R4",
            )
        )
    interval = timing.interval_hours
    if interval is None and timing.per_day is not None:
        interval = HOURS_PER_DAY / timing.per_day
    drug, release = product.ingredient, product.form.release
    return Medication(
        drug, route, dose, unit, release, None, interval, as_needed=True, max_doses_per_day=most
    )


def _line(
    table: RxNormTable, order: OrderFacts, notes: list[Alert]
) -> tuple[Medication, RxNormProduct]:
    product = _product(table, order)
    dosage = order.dosage
    at = order.field
    route = _route(table, product, dosage, at)
    drug, release = product.ingredient, product.form.release
    if dosage.rate is not None:
        rate, rate_unit = _infusion(product, dosage.rate, route, order)
        return Medication(drug, route, rate, rate_unit, release), product
    if dosage.dose_low is not None:
        assert dosage.dose is not None  # noqa: S101  (a range has its high end)
        notes.append(
            Alert(
                "fhir.dose_range_maximum",
                "info",
                f"{at}: dose range {_n(dosage.dose_low.value)}-{_n(dosage.dose.value)} "
                f"{dosage.dose.code} is counted at its maximum, {_n(dosage.dose.value)} (as the CDC "
                "MME calculator does).",
                _SOURCE,
            )
        )
    timing = _timing(dosage, at, notes)
    if product.unit == "mcg/h":
        rate = _patch_rate(product, dosage.dose, at)
        if dosage.as_needed:
            field = f"{at}.dosageInstruction[0].asNeededBoolean"
            msg = f"{field}: a patch is worn continuously, not as needed."
            raise _RefusedError("fhir.timing_ambiguous", field, msg)
        if timing.per_day is not None and timing.interval_hours is None:
            field = f"{at}.dosageInstruction[0].timing.repeat.frequency"
            msg = f"{field}: a patch is changed once per period (for example 1 per 72 h)."
            raise _RefusedError("fhir.timing_ambiguous", field, msg)
        line = Medication(drug, route, rate, "mcg/h", release, None, timing.interval_hours)
        return line, product
    if dosage.dose is None:
        field = f"{at}.dosageInstruction[0].doseAndRate"
        msg = f"{field}: no doseQuantity, doseRange or rateQuantity; the amount is unknown."
        raise _RefusedError("fhir.dose_missing", field, msg)
    dose, unit = _dose(product, dosage.dose, at)
    if dosage.as_needed:
        return _as_needed(product, route, dose, unit, dosage, timing, at, notes), product
    if timing.per_day is None:
        field = f"{at}.dosageInstruction[0].timing"
        msg = f"{field}: a scheduled order needs its frequency and period (for example 1 per 12 h)."
        raise _RefusedError("fhir.timing_missing", field, msg)
    if timing.interval_hours is not None:
        return Medication(drug, route, dose, unit, release, None, timing.interval_hours), product
    return Medication(drug, route, dose, unit, release, timing.per_day), product


def translate_order(
    table: RxNormTable, plausibility: PlausibilityTable | None, order: OrderFacts
) -> Translated | Reason:
    """One order as a medication line (checked like a native line), or the reason it is not."""
    notes: list[Alert] = []
    try:
        medication, product = _line(table, order, notes)
        medication = attrs.evolve(medication, form=product.form.mme_form)
        notes += check_regimen(plausibility, [medication], f"{order.field}.medication_line")
    except _RefusedError as refused:
        return Reason(order.request_id, refused.code, refused.field, refused.message)
    except CalcError as error:
        return Reason(order.request_id, error.code, error.field, error.detail)
    return Translated(order.request_id, medication, product, tuple(notes))


def translate_orders(
    table: RxNormTable, plausibility: PlausibilityTable | None, orders: Sequence[OrderFacts]
) -> tuple[tuple[Translated, ...], tuple[Reason, ...]]:
    """Every order: the lines, and the reasons of the orders that gave none."""
    done = [translate_order(table, plausibility, order) for order in orders]
    return (
        tuple(t for t in done if isinstance(t, Translated)),
        tuple(r for r in done if isinstance(r, Reason)),
    )
