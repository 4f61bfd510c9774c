"""Hypothesis strategies, in one place, mirroring the API bounds."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from calc.models import Medication


# (drug, route, unit) lines the default tables convert, with realistic dose ceilings.
ORAL_MG = ("morphine", "oxycodone", "hydromorphone", "hydrocodone", "oxymorphone", "codeine")


def doses(max_value: str = "400") -> st.SearchStrategy[Decimal]:
    """Doses inside every oral row of tables/plausibility-us.toml (codeine's floor is 2 mg)."""
    return st.decimals(min_value=Decimal(2), max_value=Decimal(max_value), places=2)


@st.composite
def oral_line(draw: st.DrawFn, drugs: tuple[str, ...] = ORAL_MG) -> Medication:
    return Medication(
        drug=draw(st.sampled_from(drugs)),
        route="oral",
        dose=draw(doses("200")),
        dose_unit="mg",
        doses_per_day=Decimal(draw(st.sampled_from([1, 2, 3, 4, 6]))),
    )


def regimens(max_lines: int = 3) -> st.SearchStrategy[list[Medication]]:
    return st.lists(oral_line(), min_size=1, max_size=max_lines)


def morphine(daily_mg: Decimal) -> Medication:
    """
    Oral morphine, ``daily_mg`` mg/day: once daily up to 2,000 mg, else every 6 hours, so that
    each dose stays inside the plausible 0.5-2,000 mg per administration (plausibility-us).
    """
    per_day = Decimal(1) if daily_mg <= 2000 else Decimal(4)
    return Medication(
        drug="morphine",
        route="oral",
        dose=daily_mg / per_day,
        dose_unit="mg",
        doses_per_day=per_day,
    )


totals = st.decimals(min_value=Decimal(1), max_value=Decimal(1200), places=2)
