"""
The MME/day of a taper's steps, without converting every step's regimen anew.

A step's lines are real regimens of their products, so one line's MME/day on one MME table is the
same on every request: it is converted once (``convert_lines``, as ``regimen_mme`` would) and kept
with the table (calc/memo.py), keyed by the product's drug, route and unit and the line's daily
total as written (its exponent too: 30 and 30.0 may give totals written differently).  Only the
totals of a product's own regimens are kept (a scheduled line of a catalogue product after its
first cut), never a patient's own dose, so no more are kept than the products offer.  A step adds
its lines' MME in their order, as ``convert_lines`` does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from calc.conversion import convert_lines
from calc.errors import CalcError
from calc.kinds.factors import FactorTable
from calc.kinds.products import ProductCatalog
from calc.memo import cache_of
from calc.models import Medication
from calc.taper_lines import LineState, TaperLine


__all__ = ["step_totals"]

_KEPT = "taper step lines"

_Kept = dict[tuple[str, str, str, str], Decimal | None]


def step_totals(
    table: FactorTable, products: ProductCatalog, states: Sequence[LineState]
) -> Callable[[Sequence[TaperLine]], Decimal | None]:
    """
    A step's total MME/day from its lines (``regimen_mme``'s total, and what it compares) when
    ``table`` covers and compares every dosed line; otherwise None, and the caller converts the
    step in full.
    """
    cache = cache_of(table)
    kept: _Kept | None = cache.get(_KEPT)
    if kept is None:
        kept = cache[_KEPT] = {}
    # A line whose totals may be kept: scheduled (an as-needed count is the patient's) on the
    # catalogue's own product (one allowed more units for a patient's high dose offers more).
    keepable = [
        state.count is None
        and products.find(state.med.drug, state.med.route, state.med.release) is state.product
        for state in states
    ]

    def total(lines: Sequence[TaperLine]) -> Decimal | None:
        found = Decimal(0)
        for state, line, may_keep in zip(states, lines, keepable, strict=True):
            if line.daily_dose > 0:  # a stopped line is not converted (as for the full step)
                # Kept only once cut: its total is then one of the product's options.
                own = may_keep and state.current is not state.original
                mme = _line_mme(table, kept, own, state, line)
                if mme is None:
                    return None
                found += mme
        return found

    return total


def _line_mme(
    table: FactorTable, kept: _Kept, own: bool, state: LineState, line: TaperLine
) -> Decimal | None:
    product = state.product
    key = (product.drug, product.route, line.unit, str(line.daily_dose))
    if own and key in kept:
        return kept[key]
    unit = line.unit.removesuffix("/day")
    try:
        med = Medication(
            line.drug,
            line.route,
            line.daily_dose,
            unit,
            doses_per_day=None if line.unit == "mcg/h" else Decimal(1),
        )
        converted = convert_lines(table, [med], "medications", strict=False, traced=False)
    except CalcError:
        return None  # the full conversion refuses it, with its own field
    found = converted.lines[0] if converted.lines else None
    mme = found.mme_per_day if found is not None and found.compared else None
    if own:
        kept[key] = mme
    return mme
