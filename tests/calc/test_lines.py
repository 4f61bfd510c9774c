"""
Medication lines in their three shapes (calc/lines.py): dose-based, dispensing-based and by
RxCUI.  The RxCUI cases are a sample of products of each drug of the rxnorm-opioids table; the
expected ingredient, route, form, strength and release are read from the RxNorm name (RxNav,
OMTK-RXNORM), for example "fentanyl 0.1 MG Buccal Tablet" is fentanyl, buccal, tablet, 0.1 mg.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.lines import LineInput, _resolve, resolve_lines
from calc.models import Medication
from calc.reference import Reference
from tables.loader import load_reference


def one(reference: Reference, line: LineInput) -> Medication:
    (med,) = resolve_lines(reference.rxnorm, [line], "medications")
    return med


# (rxcui, RxNorm name, drug, route, form, release, strength in mg (or mcg/h for a patch))
PRODUCTS = [
    ("668363", "fentanyl 0.1 MG Buccal Tablet", "fentanyl", "buccal", "tablet", "immediate", "0.1"),
    ("310293", "fentanyl 1.2 MG Oral Lozenge", "fentanyl", "buccal", "lozenge", "immediate", "1.2"),
    ("858087", "fentanyl 1.2 MG Buccal Film", "fentanyl", "buccal", "film", "immediate", "1.2"),
    (
        "1237050",
        "fentanyl 0.1 MG/ACTUAT Mucosal Spray",
        "fentanyl",
        "sublingual",
        "spray",
        "immediate",
        "0.1",
    ),
    (
        "1115573",
        "fentanyl 0.1 MG/ACTUAT Metered Dose Nasal Spray",
        "fentanyl",
        "intranasal",
        "spray",
        "immediate",
        "0.1",
    ),
    (
        "245136",
        "72 HR fentanyl 0.1 MG/HR Transdermal System",
        "fentanyl",
        "transdermal",
        "patch",
        "extended",
        "100",
    ),
    (
        "351264",
        "buprenorphine 2 MG Sublingual Tablet",
        "buprenorphine",
        "sublingual",
        "tablet",
        "immediate",
        "2",
    ),
    (
        "904870",
        "168 HR buprenorphine 0.01 MG/HR Transdermal System",
        "buprenorphine",
        "transdermal",
        "patch",
        "extended",
        "10",
    ),
    (
        "886634",
        "butorphanol tartrate 1 MG/ACTUAT Metered Dose Nasal Spray",
        "butorphanol",
        "intranasal",
        "spray",
        "immediate",
        "1",
    ),
    ("997170", "codeine sulfate 15 MG Oral Tablet", "codeine", "oral", "tablet", "immediate", "15"),
    (
        "1234872",
        "aspirin 356.4 MG / caffeine 30 MG / dihydrocodeine bitartrate 16 MG Oral Capsule",
        "dihydrocodeine",
        "oral",
        "capsule",
        "immediate",
        "16",
    ),
    (
        "1860491",
        "12 HR hydrocodone bitartrate 10 MG Extended Release Oral Capsule",
        "hydrocodone",
        "oral",
        "capsule",
        "extended",
        "10",
    ),
    (
        "897749",
        "hydromorphone hydrochloride 3 MG Rectal Suppository",
        "hydromorphone",
        "rectal",
        "suppository",
        "immediate",
        "3",
    ),
    (
        "311297",
        "levomethadyl 10 MG/ML Oral Solution",
        "levomethadyl",
        "oral",
        "solution",
        "immediate",
        "10",
    ),
    (
        "197873",
        "levorphanol tartrate 2 MG Oral Tablet",
        "levorphanol",
        "oral",
        "tablet",
        "immediate",
        "2",
    ),
    (
        "861467",
        "meperidine hydrochloride 50 MG Oral Tablet",
        "meperidine",
        "oral",
        "tablet",
        "immediate",
        "50",
    ),
    (
        "864761",
        "methadone hydrochloride 1 MG/ML Oral Solution",
        "methadone",
        "oral",
        "solution",
        "immediate",
        "1",
    ),
    (
        "895217",
        "morphine sulfate 5 MG Extended Release Oral Tablet",
        "morphine",
        "oral",
        "tablet",
        "extended",
        "5",
    ),
    (
        "312104",
        "belladonna alkaloids 16.2 MG / opium 30 MG Rectal Suppository",
        "opium",
        "rectal",
        "suppository",
        "immediate",
        "30",
    ),
    (
        "1049621",
        "oxycodone hydrochloride 5 MG Oral Tablet",
        "oxycodone",
        "oral",
        "tablet",
        "immediate",
        "5",
    ),
    (
        "977939",
        "oxymorphone hydrochloride 5 MG Oral Tablet",
        "oxymorphone",
        "oral",
        "tablet",
        "immediate",
        "5",
    ),
    ("250485", "pentazocine 25 MG Oral Tablet", "pentazocine", "oral", "tablet", "immediate", "25"),
    (
        "849279",
        "propoxyphene hydrochloride 65 MG Oral Capsule",
        "propoxyphene",
        "oral",
        "capsule",
        "immediate",
        "65",
    ),
    (
        "1148809",
        "12 HR tapentadol 50 MG Extended Release Oral Tablet",
        "tapentadol",
        "oral",
        "tablet",
        "extended",
        "50",
    ),
    (
        "835603",
        "tramadol hydrochloride 50 MG Oral Tablet",
        "tramadol",
        "oral",
        "tablet",
        "immediate",
        "50",
    ),
]


class TestByRxCUI:
    """A line named by RxCUI carries the product's ingredient, route, form and strength."""

    @pytest.mark.parametrize(
        ("rxcui", "name", "drug", "route", "form", "release", "strength"),
        PRODUCTS,
        ids=[f"{p[2]}-{p[4]}-{p[0]}" for p in PRODUCTS],
    )
    def test_product(
        self,
        reference: Reference,
        rxcui: str,
        name: str,
        drug: str,
        route: str,
        form: str,
        release: str,
        strength: str,
    ) -> None:
        """One unit a day: the dose is one unit's strength (a patch: its rate)."""
        line = LineInput(rxcui=rxcui, units_per_dose=D(1), doses_per_day=D(1))
        if form == "patch":
            line = LineInput(rxcui=rxcui, interval_hours=D(72))
        med = one(reference, line)
        unit = "mcg/h" if form == "patch" else "mg"
        assert reference.rxnorm is not None
        assert name == reference.rxnorm.products[rxcui].name

        assert (drug, route, form, release, D(strength), unit) == (
            med.drug,
            med.route,
            med.form,
            med.release,
            med.dose,
            med.dose_unit,
        )

    def test_every_drug_is_sampled(self, reference: Reference) -> None:
        """The sample covers every ingredient of the table but the parenteral-only nalbuphine."""
        assert reference.rxnorm is not None
        drugs = {p.ingredient for p in reference.rxnorm.products.values()}

        assert drugs - {p[2] for p in PRODUCTS} == {"nalbuphine"}

    def test_units_per_dose(self, reference: Reference) -> None:
        """Two 5 mg oxycodone tablets every 6 h: 10 mg per dose."""
        med = one(reference, LineInput(rxcui="1049621", units_per_dose=D(2), interval_hours=D(6)))

        assert (D(10), "mg", D(6)) == (med.dose, med.dose_unit, med.interval_hours)

    def test_liquid_units_are_ml(self, reference: Reference) -> None:
        """Methadone 1 mg/mL oral solution, 5 mL twice a day: 5 mg per dose."""
        med = one(reference, LineInput(rxcui="864761", units_per_dose=D(5), doses_per_day=D(2)))

        assert (D(5), "mg") == (med.dose, med.dose_unit)

    def test_two_patches_at_once(self, reference: Reference) -> None:
        med = one(reference, LineInput(rxcui="245136", units_per_dose=D(2)))

        assert (D(200), "mcg/h") == (med.dose, med.dose_unit)

    def test_dispensing(self, reference: Reference) -> None:
        """A dispensed product: its strength per unit, the quantity and the days supply."""
        line = LineInput(rxcui="1049621", quantity_dispensed=D(120), days_supply=D(30))
        med = one(reference, line)

        assert (D(5), D(120), D(30), True) == (
            med.dose,
            med.quantity_dispensed,
            med.days_supply,
            med.dispensing,
        )

    def test_route_of_an_injection(self, reference: Reference) -> None:
        """An injectable product may be given by several routes: the line names one."""
        line = LineInput(rxcui="897653", route="subcutaneous", units_per_dose=D(1))

        assert "subcutaneous" == one(reference, line).route


class TestRefusals:
    """Unknown products, missing and conflicting fields are 422s naming the field."""

    @pytest.mark.parametrize(
        "rxcui",
        ["161", "2670", "1"],
        ids=["acetaminophen", "codeine-ingredient-not-a-product", "nothing"],
    )
    def test_unknown_or_non_opioid_rxcui(self, reference: Reference, rxcui: str) -> None:
        """An RxCUI that is not an opioid product of the table (acetaminophen 161)."""
        with pytest.raises(UnknownEntryError) as info:
            one(reference, LineInput(rxcui=rxcui, units_per_dose=D(1), doses_per_day=D(1)))

        assert ("rxnorm.unknown_rxcui", "medications[0].rxcui") == (
            info.value.code,
            info.value.field,
        )
        assert "not an opioid product of the rxnorm-opioids table" in info.value.detail

    def test_no_rxnorm_table(self) -> None:
        with pytest.raises(UnknownEntryError, match="rxnorm table"):
            resolve_lines(None, [LineInput(rxcui="1049621", units_per_dose=D(1))], "medications")

    @pytest.mark.parametrize(
        ("route", "problem"),
        [(None, "needs its route"), ("oral", "is not given by route oral")],
    )
    def test_injection_route(self, reference: Reference, route: str | None, problem: str) -> None:
        with pytest.raises(UnknownEntryError) as info:
            one(reference, LineInput(rxcui="897653", route=route, units_per_dose=D(1)))

        assert ("rxnorm.route_not_for_product", "medications[0].route") == (
            info.value.code,
            info.value.field,
        )
        assert problem in info.value.detail

    @pytest.mark.parametrize(
        ("line", "field", "code"),
        [
            (LineInput(rxcui="1049621", doses_per_day=D(4)), "units_per_dose", "field_missing"),
            (LineInput(rxcui="1049621", drug="oxycodone"), "drug", "shape_conflict"),
            (LineInput(rxcui="1049621", dose=D(5)), "dose", "shape_conflict"),
            (LineInput(rxcui="1049621", form="tablet"), "form", "shape_conflict"),
            (LineInput(rxcui="1049621", strength=D(5)), "strength", "shape_conflict"),
            (
                LineInput(
                    rxcui="1049621", units_per_dose=D(1), quantity_dispensed=D(1), days_supply=D(1)
                ),
                "units_per_dose",
                "shape_conflict",
            ),
            (LineInput(route="oral", dose=D(5), dose_unit="mg"), "drug", "field_missing"),
            (LineInput(drug="oxycodone", dose=D(5), dose_unit="mg"), "route", "field_missing"),
            (LineInput(drug="oxycodone", route="oral", dose_unit="mg"), "dose", "field_missing"),
            (LineInput(drug="oxycodone", route="oral", dose=D(5)), "dose_unit", "field_missing"),
            (
                LineInput(drug="oxycodone", route="oral", dose=D(5), units_per_dose=D(1)),
                "units_per_dose",
                "shape_conflict",
            ),
            (
                LineInput(drug="oxycodone", route="oral", strength=D(5), strength_unit="mg"),
                "quantity_dispensed",
                "field_missing",
            ),
            (
                LineInput(
                    drug="oxycodone",
                    route="oral",
                    dose=D(5),
                    strength=D(5),
                    strength_unit="mg",
                    quantity_dispensed=D(1),
                    days_supply=D(1),
                ),
                "dose",
                "shape_conflict",
            ),
            (
                LineInput(drug="oxycodone", route="oral", quantity_dispensed=D(1)),
                "strength",
                "field_missing",
            ),
        ],
        ids=[
            "rxcui-without-units",
            "rxcui-and-drug",
            "rxcui-and-dose",
            "rxcui-and-form",
            "rxcui-and-strength",
            "rxcui-dispensed-and-units",
            "no-drug",
            "no-route",
            "no-dose",
            "no-dose-unit",
            "units-without-rxcui",
            "strength-without-quantity",
            "dose-and-strength",
            "quantity-without-strength",
        ],
    )
    def test_shape(self, reference: Reference, line: LineInput, field: str, code: str) -> None:
        with pytest.raises(OutOfRangeError) as info:
            one(reference, line)

        assert (f"medication.{code}", f"medications[0].{field}") == (
            info.value.code,
            info.value.field,
        )


class TestPlainShapes:
    def test_dose_based(self, reference: Reference) -> None:
        line = LineInput(drug="oxycodone", route="oral", dose=D(10), dose_unit="mg", form="tablet")
        med = one(reference, line)

        assert ("oxycodone", D(10), "mg", "tablet", False) == (
            med.drug,
            med.dose,
            med.dose_unit,
            med.form,
            med.dispensing,
        )

    def test_dispensing_based(self, reference: Reference) -> None:
        line = LineInput(
            drug="oxycodone",
            route="oral",
            strength=D(10),
            strength_unit="mg",
            quantity_dispensed=D(120),
            days_supply=D(30),
        )
        med = one(reference, line)

        assert (D(10), "mg", D(120), D(30)) == (
            med.dose,
            med.dose_unit,
            med.quantity_dispensed,
            med.days_supply,
        )
        assert ("strength", "strength_unit") == (med.amount_field, med.unit_field)


def test_every_field_of_a_dispensing_line_lands_on_its_own_name() -> None:
    """resolve_lines builds the Medication positionally (speed): each value on its own name."""
    line = LineInput(
        drug="oxycodone",
        route="oral",
        release="extended",
        strength=D("1.5"),
        strength_unit="mg",
        form="tablet",
        quantity_dispensed=D(60),
        days_supply=D(30),
    )
    expected = Medication(
        drug="oxycodone",
        route="oral",
        dose=D("1.5"),
        dose_unit="mg",
        release="extended",
        form="tablet",
        quantity_dispensed=D(60),
        days_supply=D(30),
    )

    assert (expected,) == resolve_lines(None, [line], "medications")


def test_every_field_of_a_dose_line_lands_on_its_own_name() -> None:
    line = LineInput(
        drug="oxycodone",
        route="oral",
        dose=D("2.5"),
        dose_unit="mg",
        release="immediate",
        doses_per_day=D("3.5"),
        interval_hours=D("4.5"),
        as_needed=True,
        max_doses_per_day=D("5.5"),
        average_doses_per_day=D("6.5"),
        form="solution",
    )
    expected = Medication(
        drug="oxycodone",
        route="oral",
        dose=D("2.5"),
        dose_unit="mg",
        release="immediate",
        doses_per_day=D("3.5"),
        interval_hours=D("4.5"),
        as_needed=True,
        max_doses_per_day=D("5.5"),
        average_doses_per_day=D("6.5"),
        form="solution",
    )

    assert (expected,) == resolve_lines(None, [line], "medications")


@functools.cache
def _reference() -> Reference:
    return load_reference()  # not a fixture: Hypothesis would print it with each example


_OTHER_SHAPES: dict[str, Any] = {
    "strength": D(10),
    "strength_unit": "mg",
    "quantity_dispensed": D(60),
    "days_supply": D(30),
    "rxcui": "1049621",
    "units_per_dose": D(1),
}
_DOSE_BASED = ("drug", "route", "dose", "dose_unit")


@settings(max_examples=300, deadline=None)
@given(
    drug=st.sampled_from(["oxycodone", "morphine", "", "nope"]),
    route=st.sampled_from(["oral", "transdermal", "bogus"]),
    dose_unit=st.sampled_from(["mg", "mcg/h", "tablets"]),
    release=st.none() | st.sampled_from(["immediate", "extended", "slow"]),
    missing=st.sets(st.sampled_from(_DOSE_BASED), max_size=2),
    extra=st.sets(st.sampled_from(sorted(_OTHER_SHAPES)), max_size=2),
)
def test_the_dose_based_shortcut_is_the_checked_path(
    drug: str, route: str, dose_unit: str, release: str | None, missing: set[str], extra: set[str]
) -> None:
    # resolve_lines takes a complete dose-based line without naming its place; any line (a
    # dose-based one with fields missing or fields of the other shapes) gives the same Medication,
    # or the same refusal, as the field-by-field path (_resolve).
    reference = _reference()
    fields: dict[str, Any] = {"drug": drug, "route": route, "dose": D(10), "dose_unit": dose_unit}
    line = attrs.evolve(
        LineInput(release=release, doses_per_day=D(2)),
        **{name: value for name, value in fields.items() if name not in missing},
        **{name: _OTHER_SHAPES[name] for name in extra},
    )
    outcomes: list[object] = []
    ways: tuple[Callable[[], Medication], ...] = (
        lambda: resolve_lines(reference.rxnorm, [line], "medications")[0],
        lambda: _resolve(reference.rxnorm, line, "medications[0]"),
    )
    for way in ways:
        try:
            outcomes.append(way())
        except (OutOfRangeError, UnknownEntryError) as error:
            outcomes.append((type(error), error.code, error.field, str(error)))
    assert outcomes[0] == outcomes[1]
