"""Paths that only institution tables can reach: missing products, patch rows without a label."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import attrs
import pytest

from calc.errors import OutOfRangeError, UnknownEntryError
from calc.kinds.factors import EQUIANALGESIC, Factor
from calc.kinds.products import KIND as PRODUCTS
from calc.kinds.thresholds import KIND as THRESHOLDS
from calc.kinds.thresholds import Threshold
from calc.models import Medication, Target
from calc.reference import Reference
from calc.taper import TaperOptions, plan_taper
from tests.calc.test_rotation import METHADONE, OXY, rotate


def without_products(reference: Reference, *drugs: str) -> Reference:
    catalog = reference.products
    kept = tuple(p for p in catalog.products if p.drug not in drugs)
    return reference.with_default(PRODUCTS, attrs.evolve(catalog, products=kept))


class TestMissingProducts:
    """A product table without the product a result needs: said, never a silent zero."""

    def test_no_immediate_release_for_breakthrough(self, reference: Reference) -> None:
        """
        Without oxycodone, morphine and hydromorphone IR (the target's own product and every
        drug of the renal-opioids breakthrough order) no breakthrough dose is offered.
        """
        bare = without_products(reference, "oxycodone", "morphine", "hydromorphone")

        result = rotate(bare, "120", OXY)

        assert result.breakthrough is None
        assert "breakthrough.no_product" in [w.code for w in result.warnings]

    def test_three_day_switch_without_methadone_tablets(self, reference: Reference) -> None:
        """Every day of the switch says it has no methadone regimen."""
        bare = without_products(reference, "methadone")

        result = rotate(bare, "240", METHADONE, methadone_strategy="three_day_switch")

        codes = [w.code for w in result.warnings]
        assert result.methadone is not None
        assert [d.methadone for d in result.methadone.schedule] == [None, None, None]
        assert {"methadone.switch_day_below_strength", "regimen.no_product"} <= set(codes)


class TestPatchRowWithoutLabel:
    """An equianalgesic patch row for a drug with no label band table cannot be a target."""

    def test_refused(self, reference: Reference) -> None:
        """The row converts as a source but is refused as a target."""
        table = reference.equianalgesic["equianalgesic-us"]
        row = Factor("newpatch", ("transdermal",), "mcg/h", D(2), None, "PRODUCT")
        rows = {**table.rows, ("newpatch", "transdermal"): row}
        extended = reference.with_tables(
            EQUIANALGESIC, {"equianalgesic-us": attrs.evolve(table, rows=rows)}
        )

        with pytest.raises(UnknownEntryError) as info:
            rotate(extended, "60", Target("newpatch", "transdermal"))

        assert info.value.code == "rotation.target_not_supported"


class TestBands:
    """Band lookups outside the set."""

    def test_below_first_band(self, reference: Reference) -> None:
        """59.99 mg/day lies below the Duragesic table (first band starts at 60 inclusive)."""
        bands = reference.fentanyl_patch.bands

        assert bands.find(D("59.99")) is None
        assert bands.is_below(D("59.99"))
        assert not bands.is_below(D(60))


class TestTieredFactorOutsideBands:
    """A daily amount no band covers is an error, not an assertion or a zero."""

    def test_zero_methadone_in_cdc_2016(self, reference: Reference) -> None:
        """cdc-2016's first methadone band excludes 0 (>0-20 mg/day, CMS18)."""
        row = reference.mme["cdc-2016"].rows[("methadone", "oral")]

        with pytest.raises(OutOfRangeError) as info:
            row.factor_at(D(0))

        assert "mme.outside_bands" == info.value.code


class TestTaperLimit:
    """A schedule that does not end within the interval limit says so."""

    def test_incomplete(self, reference: Reference) -> None:
        """With a limit of 2 intervals a monthly 10% taper cannot finish."""
        values = dict(reference.thresholds.values)
        values["taper_max_intervals"] = Threshold(D(2), "intervals", "PRODUCT")
        short = reference.with_default(
            THRESHOLDS, attrs.evolve(reference.thresholds, values=values)
        )
        med = Medication("oxycodone", "oral", D(30), "mg", "extended", interval_hours=D(12))

        result = plan_taper(short, [med], TaperOptions(start=dt.date(2026, 12, 1)))

        assert "incomplete" == result.ends_at
        assert "taper.incomplete" in [w.code for w in result.warnings]
