"""
What the OIH plan's strategies keep with a product or a table (calc/regimen.py, calc/taper_lines.py,
calc/taper_steps.py, calc/rotation.py) gives the same results, written the same way (a repr shows
a Decimal's exponent), as building them anew, and a patient's own dose is never kept.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

import calc.taper as taper_module
import calc.taper_steps as steps_module
from calc.errors import CalcError, UnknownEntryError
from calc.kinds.products import Product
from calc.memo import cache_of
from calc.models import Medication
from calc.oih import OIHOptions, plan_oih
from calc.phrasing import regimen_text, write_regimen
from calc.reference import Reference
from calc.regimen import _regimen, regimen_of
from calc.rotation import conversion_basis
from calc.taper import TaperOptions, plan_taper
from calc.taper_lines import _options, start_line


START = dt.date(2026, 12, 1)


def _oxycodone_er(reference: Reference) -> Product:
    product = reference.products.find("oxycodone", "oral", "extended")
    assert product is not None
    return product


class TestProductRegimens:
    def test_a_products_own_regimen_is_built_once(self, reference: Reference) -> None:
        for product in reference.products.products:
            for dose in product.doses[:3]:
                for interval in product.intervals_hours:
                    built = regimen_of(product, dose, interval)

                    assert built is regimen_of(product, dose, interval)
                    assert repr(_regimen(product, dose, interval, None)) == repr(built)

    def test_equal_numbers_of_other_objects_are_built_anew(self, reference: Reference) -> None:
        """10 and 10.0 are equal but written differently: a regimen keeps its own numbers."""
        product = _oxycodone_er(reference)
        dose, interval = product.doses[1], product.intervals_hours[0]
        kept = regimen_of(product, dose, interval)
        for other_dose, other_interval in (
            (dose + D("0.0"), interval),
            (D(str(dose)), interval),
            (dose, interval + D("0.0")),
        ):
            built = regimen_of(product, other_dose, other_interval)

            assert built is not kept
            assert built.dose_per_administration is other_dose
            assert built.interval_hours is other_interval
            assert repr(_regimen(product, other_dose, other_interval, None)) == repr(built)
        assert kept is regimen_of(product, dose, interval)

    def test_doses_the_product_cannot_make_are_not_kept(self, reference: Reference) -> None:
        product = _oxycodone_er(reference)
        interval = product.intervals_hours[0]
        for dose in (product.doses[-1] + 1, product.doses[0] + D("0.5")):
            regimen_of(product, dose, interval)

            assert (dose, interval) not in product.regimens

    def test_as_needed_regimens_are_not_kept(self, reference: Reference) -> None:
        product = reference.products.find("oxycodone", "oral", "immediate")
        assert product is not None
        dose, interval = product.doses[0], product.intervals_hours[0]
        product.regimens.pop((dose, interval), None)
        as_needed = regimen_of(product, dose, interval, D(4))

        assert as_needed.as_needed
        assert (dose, interval) not in product.regimens
        assert repr(_regimen(product, dose, interval, D(4))) == repr(as_needed)

    def test_the_prescription_line_is_written_once(self, reference: Reference) -> None:
        product = _oxycodone_er(reference)
        regimen = regimen_of(product, product.doses[2], product.intervals_hours[0])

        assert write_regimen(regimen) == regimen_text(regimen)
        assert regimen_text(regimen) is regimen_text(regimen)


class TestTaperOptions:
    def test_kept_options_are_the_sorted_options(self, reference: Reference) -> None:
        for product in reference.products.products:
            if product.unit == "mcg/h":
                continue
            interval = product.intervals_hours[0]
            for dose in (product.doses[0], product.doses[len(product.doses) // 2]):
                med = Medication(
                    product.drug,
                    product.route,
                    dose,
                    product.unit,
                    product.release,
                    interval_hours=interval,
                )
                first = start_line(product, med, 0, D(0))
                again = start_line(product, med, 0, D(0))
                expected = tuple(sorted(_options(product, dose, interval, None)))

                assert repr(expected) == repr(first.options)
                assert again.options is first.options
                assert tuple(o.total for o in expected) == first.totals


ORAL = ("oxycodone", "oral")
REGIMENS = {
    "scheduled": (Medication(*ORAL, D(40), "mg", "extended", interval_hours=D(12)),),
    "high dose": (Medication(*ORAL, D(360), "mg", "extended", interval_hours=D(12)),),
    "as needed": (
        Medication(*ORAL, D(10), "mg", "immediate", as_needed=True, max_doses_per_day=D(4)),
    ),
    "two lines and a patch": (
        Medication("morphine", "oral", D(37), "mg", "immediate", interval_hours=D(4)),
        Medication(*ORAL, D(20), "mg", "extended", interval_hours=D(12)),
        Medication("fentanyl", "transdermal", D(50), "mcg/h", interval_hours=D(72)),
    ),
    "not compared": (
        Medication("buprenorphine", "transdermal", D(20), "mcg/h", interval_hours=D(168)),
        Medication("methadone", "oral", D(20), "mg", "immediate", interval_hours=D(8)),
    ),
}


def _every_step_converted(*_: object) -> object:
    return lambda _: None


class TestTaperSteps:
    @pytest.mark.parametrize("name", sorted(REGIMENS))
    def test_the_totals_of_converting_every_step(
        self, reference: Reference, name: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        meds = REGIMENS[name]
        for table in (None, *sorted(reference.mme)):
            for preset in ("cdc-2022-long-term", "oih-rapid"):
                options = TaperOptions(start=START, preset=preset, mme_table=table)
                kept = [repr(plan_taper(reference, meds, options)) for _ in range(2)]
                with monkeypatch.context() as m:
                    m.setattr(taper_module, "step_totals", _every_step_converted)
                    full = repr(plan_taper(reference, meds, options))

                assert [full, full] == kept

    def test_a_refused_line_is_converted_with_its_step(
        self, reference: Reference, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def refuse(*_: object, **__: object) -> None:
            raise UnknownEntryError(
                "mme.infusion_not_covered", "medications[0].drug", "an infusion", None, "refused"
            )

        meds = REGIMENS["scheduled"]
        options = TaperOptions(start=START, mme_table="cms-2018")
        expected = repr(plan_taper(reference, meds, options))
        cache_of(reference.mme_table("cms-2018")).pop("taper step lines", None)
        monkeypatch.setattr(steps_module, "convert_lines", refuse)

        assert expected == repr(plan_taper(reference, meds, options))

    def test_a_patients_own_dose_is_not_kept(self, reference: Reference) -> None:
        """Morphine 37 mg every 4 hours (222 mg/day) holds while the other lines are cut."""
        meds = REGIMENS["two lines and a patch"]
        plan_taper(reference, meds, TaperOptions(start=START, mme_table="cdc-2016"))
        kept = cache_of(reference.mme_table("cdc-2016"))["taper step lines"]

        assert ("morphine", "oral", "mg/day", "222") not in kept
        assert all(drug != "oxycodone" or unit == "mg/day" for drug, _, unit, _ in kept)


class TestConversionBasis:
    def test_one_conversion_for_the_plan_and_its_rotations(self, reference: Reference) -> None:
        meds = REGIMENS["scheduled"]
        table = reference.equianalgesic_table(None)
        plan = plan_oih(reference, meds, OIHOptions(start=START))

        assert conversion_basis(table, meds) is conversion_basis(table, meds)
        assert conversion_basis(table, meds).total == plan.oral_morphine_equivalent_per_day
        assert plan.methadone_rotation.result is not None
        assert conversion_basis(table, meds).lines == plan.methadone_rotation.result.lines

    def test_the_plans_refusal_names_its_own_field(self, reference: Reference) -> None:
        meds = (Medication("notadrugname", "oral", D(5), "mg", doses_per_day=D(3)),)
        with pytest.raises(CalcError) as refused:
            plan_oih(reference, meds, OIHOptions(start=START))

        assert refused.value.field.startswith("medications[0]")
