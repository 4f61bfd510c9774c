"""
Properties of DESIGN.md section 6, proved with Hypothesis on the core.

Monotonic, bounded, round trip, deterministic.
"""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import example, given
from hypothesis import strategies as st

from calc import Medication, calculate_mme
from calc.models import Target
from calc.reference import Reference
from calc.rotation import RotationOptions, plan_rotation
from tests.strategies import doses, morphine, oral_line, regimens, totals


ORAL_TARGETS = [
    Target("oxycodone", "oral", "immediate"),
    Target("oxycodone", "oral", "extended"),
    Target("morphine", "oral", "extended"),
    Target("hydromorphone", "oral", "immediate"),
    Target("oxymorphone", "oral", "extended"),
    Target("tapentadol", "oral", "immediate"),
]
SCHEMES = {"ccdhb-2009": D(600), "msd-2023": D(5000)}


class TestMonotonic:
    """More opioid in never gives less out."""

    @given(regimen=regimens(), extra=oral_line())
    def test_adding_a_line_never_lowers_mme(
        self, reference: Reference, regimen: list[Medication], extra: Medication
    ) -> None:
        """MME of a regimen plus a line >= MME of the regimen."""
        before = calculate_mme(reference, regimen).total_mme_per_day
        after = calculate_mme(reference, [*regimen, extra]).total_mme_per_day

        assert after >= before

    @given(line=oral_line(), more=doses("50"))
    def test_raising_a_dose_never_lowers_mme(
        self, reference: Reference, line: Medication, more: D
    ) -> None:
        """Including the cdc-2016 methadone tiers (checked on the tiered table too)."""
        higher = Medication(
            line.drug,
            line.route,
            line.dose + more,
            line.dose_unit,
            doses_per_day=line.doses_per_day,
        )
        for table in ("cdc-2022", "cdc-2016"):
            low = calculate_mme(reference, [line], table).total_mme_per_day
            high = calculate_mme(reference, [higher], table).total_mme_per_day
            assert high >= low

    @given(
        a=st.decimals(min_value=D(1), max_value=D(600), places=2),
        b=st.decimals(min_value=D(1), max_value=D(600), places=2),
        scheme=st.sampled_from(sorted(SCHEMES)),
    )
    @example(a=D("89.99"), b=D(90), scheme="ccdhb-2009")
    @example(a=D(300), b=D("300.01"), scheme="ccdhb-2009")
    @example(a=D("99.99"), b=D(100), scheme="msd-2023")
    def test_methadone_never_decreases(self, reference: Reference, a: D, b: D, scheme: str) -> None:
        """Methadone target (equianalgesic, reduced and practical) never falls as MME rises."""
        low, high = sorted((a, b))
        target = Target("methadone", "oral")
        options = RotationOptions(methadone_scheme=scheme)
        r_low = plan_rotation(reference, [morphine(low)], target, options)
        r_high = plan_rotation(reference, [morphine(high)], target, options)

        assert r_high.equianalgesic_daily_dose >= r_low.equianalgesic_daily_dose
        assert r_high.reduction.reduced_daily_dose >= r_low.reduction.reduced_daily_dose
        practical_low = r_low.practical_regimen.daily_total if r_low.practical_regimen else D(0)
        practical_high = r_high.practical_regimen.daily_total if r_high.practical_regimen else D(0)
        assert practical_high >= practical_low


class TestBounded:
    """Practical regimens never exceed the reduced dose; methadone never exceeds its cap."""

    @given(
        total=totals,
        target=st.sampled_from(ORAL_TARGETS),
        percent=st.decimals(min_value=D(0), max_value=D(75), places=2),
    )
    def test_practical_never_above_reduced(
        self, reference: Reference, total: D, target: Target, percent: D
    ) -> None:
        """daily_total <= reduced <= equianalgesic, for every oral target and percent."""
        result = plan_rotation(
            reference, [morphine(total)], target, RotationOptions(reduction_percent=percent)
        )

        assert result.reduction.reduced_daily_dose <= result.equianalgesic_daily_dose
        if result.practical_regimen is not None:
            assert result.practical_regimen.daily_total <= result.reduction.reduced_daily_dose
            assert result.practical_regimen.daily_total > 0
        if result.breakthrough is not None and result.breakthrough.dose is not None:
            assert D(0) < result.breakthrough.dose <= result.breakthrough.computed_dose

    @given(
        total=st.decimals(min_value=D(1), max_value=D(5000), places=2),
        percent=st.decimals(min_value=D(75), max_value=D(90), places=1),
    )
    @example(total=D(5000), percent=D(75))
    def test_methadone_never_above_cap(self, reference: Reference, total: D, percent: D) -> None:
        """30 mg/day [STELIZ], whatever the MME or the MSD scheme's own 75-90% reduction."""
        cap = reference.thresholds["methadone_cap_mg_per_day"]
        result = plan_rotation(
            reference,
            [morphine(total)],
            Target("methadone", "oral"),
            RotationOptions(reduction_percent=percent, methadone_scheme="msd-2023"),
        )

        assert result.reduction.reduced_daily_dose <= cap
        assert max(result.reduction.dose_at_low, result.reduction.dose_at_high) <= cap
        if result.practical_regimen is not None:
            assert result.practical_regimen.daily_total <= min(
                cap, result.reduction.reduced_daily_dose
            )

    @given(
        total=st.decimals(min_value=D(60), max_value=D(2000), places=2),
        percent=st.decimals(min_value=D(0), max_value=D(75), places=1),
    )
    def test_fentanyl_patch_never_above_reduced_rate(
        self, reference: Reference, total: D, percent: D
    ) -> None:
        """The patch offered never exceeds the reduced label rate."""
        result = plan_rotation(
            reference,
            [morphine(total)],
            Target("fentanyl", "transdermal"),
            RotationOptions(reduction_percent=percent),
        )

        if result.practical_regimen is not None:
            assert result.practical_regimen.daily_total <= result.reduction.reduced_daily_dose


class TestRoundTrip:
    """A -> B -> A with no reduction never exceeds the original."""

    @given(total=totals, target=st.sampled_from(ORAL_TARGETS))
    def test_round_trip(self, reference: Reference, total: D, target: Target) -> None:
        """Morphine -> target -> morphine, 0% reduction, using the dose actually offered."""
        none = RotationOptions(reduction_percent=D(0))
        there = plan_rotation(reference, [morphine(total)], target, none)
        daily = (
            there.practical_regimen.daily_total
            if there.practical_regimen is not None
            else there.reduction.reduced_daily_dose
        )
        if daily == 0:
            return
        # Twice daily for extended release, six times for immediate release: each dose inside
        # the plausible range per administration (plausibility-us).
        per_day = D(2) if target.release == "extended" else D(6)
        per_day = per_day if daily >= per_day else D(1)
        line = Medication(
            target.drug, target.route, daily / per_day, "mg", target.release, doses_per_day=per_day
        )
        back = plan_rotation(reference, [line], Target("morphine", "oral", "extended"), none)

        assert back.reduction.reduced_daily_dose <= total


class TestDeterministic:
    """The same input gives the same result."""

    @given(regimen=regimens(), target=st.sampled_from(ORAL_TARGETS))
    def test_same_result(
        self, reference: Reference, regimen: list[Medication], target: Target
    ) -> None:
        """Results are equal value objects (calc is pure)."""
        assert calculate_mme(reference, regimen) == calculate_mme(reference, regimen)
        assert plan_rotation(reference, regimen, target) == plan_rotation(
            reference, regimen, target
        )
