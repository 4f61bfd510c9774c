"""
Prescription language: how the summary lines write numbers, drugs, routes, frequencies, the
units a dose is made of, and warnings.

One phrasing for every result (calc/summary.py, calc/summary_adjuncts.py), so the page, the
clients and a printed note say the same words. Pure functions of the result's own numbers: a
phrase never adds a number the result does not hold (no interval for a breakthrough dose that has
none).

- Numbers as the API reports them: doses exact (the core already rounded them down), metrics
  half-even to 0.01 (``metric``); trailing zeros dropped, thousands separated (``1,200``).
- A drug is its ingredient, capitalised; by mouth the release is written IR or ER.
- Frequencies as a pharmacist writes them: ``every 12 hours``, ``once a day``, ``every 3 days``;
  ``three times a day`` for a count per day; as needed with its maximum.
- Warnings first, critical before warning before info, each with its severity.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from calc.rounding import metric
from calc.units import HOURS_PER_DAY, PATCH_UNIT
from calc.vocabulary import SEVERITY_RANK


if TYPE_CHECKING:
    from calc.kinds.products import UnitCount
    from calc.results import Alert


__all__ = [
    "amount",
    "composition",
    "drug_name",
    "every",
    "label",
    "liquid",
    "number",
    "per_day",
    "regimen_text",
    "route_phrase",
    "times_a_day",
    "warning_lines",
    "write_regimen",
]

# Count words: index 0 is one. Larger counts are written as digits.
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_TIMES = ("once", "twice")
_RELEASE = {"immediate": "IR", "extended": "ER"}
_ROUTE = {
    "oral": "by mouth",
    "intravenous": "intravenously",
    "subcutaneous": "subcutaneously",
    "intramuscular": "intramuscularly",
    "transdermal": "on the skin",
    "sublingual": "under the tongue",
    "buccal": "in the cheek",
    "intranasal": "in the nose",
    "rectal": "rectally",
}
_PLURAL = {"patch": "patches", "capsule or tablet": "capsules or tablets"}
_SEVERITY_WORD = {"critical": "Critical", "warning": "Warning", "info": "Info"}


def number(x: Decimal) -> str:
    """An exact number without trailing zeros, thousands separated: ``1,200``, ``7.5``."""
    if not x:
        return "0"
    # format(n, ",f") is the definition; Decimal's own formatting costs twice str() (a summary
    # writes a hundred numbers), so the common cases take the shorter way to the same text
    # (tests/calc/test_phrasing_numbers.py compares them).
    n = x.normalize()
    text = str(n)
    if "E" in text or n.adjusted() >= _GROUP:  # 3E+1, 1E-7; or separators from a thousand
        return format(n, ",f")
    return text  # plain notation below a thousand: what "f" gives


_GROUP = len("000")  # ``,`` separates the digits of the whole part in groups of three


def amount(x: Decimal) -> str:
    """A metric as the API reports it: half-even to 0.01, then as ``number``."""
    return number(metric(x))


def drug_name(drug: str) -> str:
    """``oxycodone`` -> ``Oxycodone``."""
    return drug[:1].upper() + drug[1:]


def label(drug: str, route: str, release: str | None, capital: bool = True) -> str:
    """The drug as prescribed: ``Morphine ER`` by mouth, else the ingredient alone."""
    name = drug_name(drug) if capital else drug
    abbreviation = _RELEASE.get(release or "") if route == "oral" else None
    return f"{name} {abbreviation}" if abbreviation else name


def route_phrase(route: str) -> str:
    return _ROUTE.get(route, route)


def count_word(count: int) -> str:
    return _COUNT_WORDS[count - 1] if 1 <= count <= len(_COUNT_WORDS) else str(count)


def times_a_day(count: Decimal) -> str:
    """``once a day``, ``twice a day``, ``three times a day``, ``2.5 times a day``."""
    if count == count.to_integral_value():
        whole = int(count)
        if 1 <= whole <= len(_TIMES):
            return f"{_TIMES[whole - 1]} a day"
        return f"{count_word(whole)} times a day"
    return f"{number(count)} times a day"


def every(interval_hours: Decimal) -> str:
    """``every 12 hours``, ``every hour``, ``once a day``, ``every 3 days``."""
    if interval_hours == HOURS_PER_DAY:
        return "once a day"
    days = interval_hours / HOURS_PER_DAY
    if interval_hours > HOURS_PER_DAY and days == days.to_integral_value():
        return f"every {number(days)} days"
    if interval_hours == 1:
        return "every hour"
    return f"every {number(interval_hours)} hours"


def per_day(count: Decimal) -> str:
    """``at most 6 doses a day``."""
    doses = "dose" if count == 1 else "doses"
    return f"at most {number(count)} {doses} a day"


def _noun(form: str, count: int) -> str:
    return form if count == 1 else _PLURAL.get(form, f"{form}s")


def composition(units: Iterable[UnitCount], unit: str, form: str) -> str:
    """
    The units one administration is made of: ``one 30 mg and one 15 mg tablet``, ``two 30 mg
    tablets and one 15 mg tablet``, ``one 25 mcg/h patch``.
    """
    parts = [(u.count, f"{count_word(u.count)} {number(u.strength)} {unit}") for u in units]
    if not parts:
        return ""
    if len(parts) > 1 and all(count == 1 for count, _ in parts):
        words = [text for _, text in parts]
        return f"{_joined(words)} {form}"
    return _joined([f"{text} {_noun(form, count)}" for count, text in parts])


def _joined(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} and {words[-1]}"


def liquid(
    volume_ml: Decimal, concentration: Decimal | None, unit: str, form: str, route: str
) -> str:
    """
    A measured liquid dose: ``2.5 mL of 1 mg/mL oral solution``; an injection's form already
    names its strength: ``0.5 mL of injection 10 mg/mL``.
    """
    if "/mL" in form or concentration is None:
        return f"{number(volume_ml)} mL of {form}"
    oral = "oral " if route == "oral" else ""
    return f"{number(volume_ml)} mL of {number(concentration)} {unit}/mL {oral}{form}"


class Regimen(Protocol):
    """
    What a prescription line is written from: calc/regimen.py's PracticalRegimen (which keeps its
    line once written, so this module does not import it).
    """

    @property
    def drug(self) -> str: ...
    @property
    def route(self) -> str: ...
    @property
    def release(self) -> str: ...
    @property
    def form(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def dose_per_administration(self) -> Decimal: ...
    @property
    def units(self) -> tuple[UnitCount, ...]: ...
    @property
    def interval_hours(self) -> Decimal: ...
    @property
    def doses_per_day(self) -> Decimal: ...
    @property
    def daily_total(self) -> Decimal: ...
    @property
    def as_needed(self) -> bool: ...
    @property
    def volume_ml(self) -> Decimal | None: ...
    @property
    def concentration_per_ml(self) -> Decimal | None: ...
    @property
    def tolerant_only(self) -> bool: ...
    @property
    def text(self) -> str: ...


def regimen_text(regimen: Regimen) -> str:
    """The regimen as a prescription line (``write_regimen``), kept on the regimen once written."""
    return regimen.text


def write_regimen(regimen: Regimen) -> str:
    """
    A practical regimen as a prescription line:

    - ``Morphine ER 45 mg by mouth every 12 hours: one 30 mg and one 15 mg tablet (90 mg/day)``;
    - ``Oxycodone IR 5 mg by mouth every 4 hours as needed, at most 4 doses a day: one 5 mg
      tablet (at most 20 mg/day)``;
    - ``Fentanyl 37.5 mcg/h patch, changed every 3 days: one 25 mcg/h and one 12.5 mcg/h patch``;
    - a liquid is measured, not counted: ``Methadone IR 2.5 mg by mouth every 8 hours: 2.5 mL of
      1 mg/mL oral solution (7.5 mg/day)``; a product for opioid-tolerant patients only says so.
    """
    name = label(regimen.drug, regimen.route, regimen.release)
    dose = f"{number(regimen.dose_per_administration)} {regimen.unit}"
    made_of = composition(regimen.units, regimen.unit, regimen.form)
    if regimen.unit == PATCH_UNIT and regimen.route == "transdermal":
        return f"{name} {dose} patch, changed {every(regimen.interval_hours)}: {made_of}"
    how = f"{route_phrase(regimen.route)} {every(regimen.interval_hours)}"
    daily = f"{number(regimen.daily_total)} {regimen.unit}/day"
    if regimen.as_needed:
        how = f"{how} as needed, {per_day(regimen.doses_per_day)}"
        daily = f"at most {daily}"
    if regimen.volume_ml is not None:
        made_of = liquid(
            regimen.volume_ml,
            regimen.concentration_per_ml,
            regimen.unit,
            regimen.form,
            regimen.route,
        )
    if regimen.tolerant_only:
        daily = f"{daily}; for opioid-tolerant patients only"
    if not made_of:
        return f"{name} {dose} {how} ({daily})"
    return f"{name} {dose} {how}: {made_of} ({daily})"


def warning_lines(warnings: Iterable[Alert]) -> list[str]:
    """``Critical: ...``, then ``Warning: ...``, then ``Info: ...`` (stable within a severity)."""
    ranked = sorted(warnings, key=lambda a: SEVERITY_RANK[a.severity])
    return [f"{_SEVERITY_WORD[a.severity]}: {a.message}" for a in ranked]
