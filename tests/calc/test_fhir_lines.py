"""
calc/fhir_lines.py: orders (reduced from FHIR MedicationRequests) to medication lines.

Expected values come from the sources: the CDC MME calculator counts a dose range at its high end
and a frequency range at frequencyMax (MMECalculator.cql); patches are their labelled rate; the
product strengths are the RxNorm rows (OMTKData.cql).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from calc.fhir_lines import (
    Amount,
    DosageFacts,
    OrderFacts,
    Reason,
    Translated,
    translate_order,
    translate_orders,
)
from calc.reference import Reference


OXY_5_TAB = "1049621"  # oxycodone hydrochloride 5 MG Oral Tablet
OXY_ER_10 = "1049502"  # 12 HR oxycodone hydrochloride 10 MG Extended Release Oral Tablet
FENT_25 = "245134"  # 72 HR fentanyl 0.025 MG/HR Transdermal System
METHADONE_SOL_1 = "864761"  # methadone hydrochloride 1 MG/ML Oral Solution
MORPHINE_INJ_2 = "2003714"  # 1 ML morphine sulfate 2 MG/ML Injection
HYDROMORPHONE_INJ_1 = "897653"  # 1 ML hydromorphone hydrochloride 1 MG/ML Injection
IONSYS = "1666831"  # 80 ACTUAT fentanyl 0.04 MG/ACTUAT Transdermal System
ORAL, IV, SC, TD = "26643006", "47625008", "34206005", "45890007"


def tab(n: str) -> Amount:
    return Amount(D(n), "TAB")


def order(rxcui: str | tuple[str, ...], **dosage: object) -> OrderFacts:
    codes = (rxcui,) if isinstance(rxcui, str) else rxcui
    return OrderFacts("r1", codes, DosageFacts(**dosage), "medication_requests[0]")  # type: ignore[arg-type]


def run(reference: Reference, facts: OrderFacts) -> Translated | Reason:
    assert reference.rxnorm is not None
    return translate_order(reference.rxnorm, reference.plausibility, facts)


def line(reference: Reference, facts: OrderFacts) -> Translated:
    done = run(reference, facts)
    assert isinstance(done, Translated), done
    return done


def reason(reference: Reference, facts: OrderFacts) -> Reason:
    done = run(reference, facts)
    assert isinstance(done, Reason), done
    return done


class TestLines:
    def test_scheduled_tablets_every_12_hours(self, reference: Reference) -> None:
        """1 tablet of 10 mg ER every 12 h: 10 mg, interval 12 h (the CDC example 10 mg BID)."""
        done = line(
            reference,
            order(
                OXY_ER_10,
                dose=tab("1"),
                frequency=D(1),
                period=D(12),
                period_unit="h",
                route_code=ORAL,
            ),
        )
        med = done.medication
        assert (med.drug, med.route, med.release, med.dose, med.dose_unit) == (
            "oxycodone",
            "oral",
            "extended",
            D(10),
            "mg",
        )
        assert (D(12), None) == (med.interval_hours, med.doses_per_day)
        assert done.product.form.form == "extended-release tablet"
        assert done.notes == ()

    def test_four_times_a_day_in_mg(self, reference: Reference) -> None:
        """frequency 4 per 1 d: 4 doses a day; a dose in mg is taken as given."""
        med = line(
            reference,
            order(OXY_5_TAB, dose=Amount(D(5), "mg"), frequency=D(4), period=D(1), period_unit="d"),
        ).medication
        assert (D(5), D(4), None) == (med.dose, med.doses_per_day, med.interval_hours)

    def test_weekly_period_and_default_unit(self, reference: Reference) -> None:
        """periodUnit wk is 168 h; no periodUnit reads as days."""
        med = line(
            reference, order(FENT_25, dose=Amount(D(1), "{patch}"), frequency=D(1), period=D(3))
        ).medication
        assert D(72) == med.interval_hours
        bup = reason(reference, order(FENT_25, frequency=D(1), period=D(1), period_unit="wk"))
        assert "medication.interval_not_for_release" == bup.code

    def test_dose_range_counts_its_maximum(self, reference: Reference) -> None:
        """doseRange 1-2 tablets every 4-6 h as needed: 2 tablets, every 4 h, at most 6 a day."""
        done = line(
            reference,
            order(
                OXY_5_TAB,
                dose=tab("2"),
                dose_low=tab("1"),
                frequency=D(1),
                period=D(4),
                period_max=D(6),
                period_unit="h",
                as_needed=True,
            ),
        )
        med = done.medication
        assert (D(10), True, D(6), D(4)) == (
            med.dose,
            med.as_needed,
            med.max_doses_per_day,
            med.interval_hours,
        )
        assert ["fhir.dose_range_maximum", "fhir.period_range_shortest"] == [
            n.code for n in done.notes
        ]

    def test_frequency_max_counts(self, reference: Reference) -> None:
        """frequency 1-2 per 6 h as needed: 2 per 6 h, 8 a day (frequencyMax, as the CDC does)."""
        done = line(
            reference,
            order(
                OXY_5_TAB,
                dose=tab("1"),
                frequency=D(1),
                frequency_max=D(2),
                period=D(6),
                period_unit="h",
                as_needed=True,
            ),
        )
        assert (D(8), D(3)) == (done.medication.max_doses_per_day, done.medication.interval_hours)
        assert ["fhir.frequency_range_maximum"] == [n.code for n in done.notes]

    def test_max_dose_per_period_is_the_stricter(self, reference: Reference) -> None:
        """Every 4 h as needed, at most 20 mg a day: 4 doses of 5 mg, not 6."""
        per = (Amount(D(20), "mg"), Amount(D(1), "d"))
        done = line(
            reference,
            order(
                OXY_5_TAB,
                dose=tab("1"),
                frequency=D(1),
                period=D(4),
                period_unit="h",
                as_needed=True,
                max_per_period=per,
            ),
        )
        assert D(4) == done.medication.max_doses_per_day
        assert "fhir.max_dose_per_period" in [n.code for n in done.notes]

    def test_max_dose_per_period_alone_and_in_ug(self, reference: Reference) -> None:
        """maxDosePerPeriod alone gives the maximum; an amount in ug is converted to the dose's mg."""
        per = (Amount(D(20000), "ug"), Amount(D(24), "h"))
        med = line(
            reference, order(OXY_5_TAB, dose=Amount(D(5), "mg"), as_needed=True, max_per_period=per)
        ).medication
        assert (D(4), None) == (med.max_doses_per_day, med.interval_hours)
        per_mg = (Amount(D("0.2"), "mg"), Amount(D(1), "d"))
        fent_iv = order(
            HYDROMORPHONE_INJ_1,
            dose=Amount(D(200), "ug"),
            as_needed=True,
            max_per_period=per_mg,
            route_code=IV,
        )
        med = line(reference, fent_iv).medication
        assert (D(200), "mcg", D(1)) == (med.dose, med.dose_unit, med.max_doses_per_day)

    def test_as_needed_several_a_day(self, reference: Reference) -> None:
        """Up to 4 times a day as needed: the shortest interval is 6 h."""
        med = line(
            reference,
            order(
                OXY_5_TAB,
                dose=tab("1"),
                frequency=D(4),
                period=D(1),
                period_unit="d",
                as_needed=True,
            ),
        ).medication
        assert (D(4), D(6)) == (med.max_doses_per_day, med.interval_hours)

    def test_liquid_in_ml(self, reference: Reference) -> None:
        """5 mL of a 1 mg/mL solution is 5 mg."""
        med = line(
            reference,
            order(
                METHADONE_SOL_1,
                dose=Amount(D(5), "mL"),
                frequency=D(1),
                period=D(8),
                period_unit="h",
            ),
        ).medication
        assert (D(5), "mg") == (med.dose, med.dose_unit)

    def test_patch_rate_in_ug_per_h_and_untimed(self, reference: Reference) -> None:
        """A patch dosed as 25 ug/h, or with no dose at all (its strength), without a timing."""
        med = line(reference, order(FENT_25, dose=Amount(D(25), "ug/h"), route_code=TD)).medication
        assert (D(25), "mcg/h", None) == (med.dose, med.dose_unit, med.interval_hours)
        assert D(25) == line(reference, order(FENT_25)).medication.dose

    @pytest.mark.parametrize(
        ("rate", "expected"),
        [
            (Amount(D(2), "mg/h"), (D(2), "mg/h")),
            (Amount(D(50), "ug/h"), (D(50), "mcg/h")),
            (Amount(D(1), "mL/h"), (D(2), "mg/h")),
        ],
        ids=["mg-per-h", "ug-per-h", "ml-per-h-of-2-mg-per-ml"],
    )
    def test_infusion(self, reference: Reference, rate: Amount, expected: tuple[D, str]) -> None:
        med = line(reference, order(MORPHINE_INJ_2, rate=rate, route_code=IV)).medication
        assert expected == (med.dose, med.dose_unit)

    def test_first_known_code_wins(self, reference: Reference) -> None:
        assert (
            "oxycodone"
            == line(
                reference,
                order(
                    ("999999", OXY_5_TAB),
                    dose=tab("1"),
                    frequency=D(1),
                    period=D(6),
                    period_unit="h",
                ),
            ).medication.drug
        )

    def test_batch(self, reference: Reference) -> None:
        assert reference.rxnorm is not None
        lines, reasons = translate_orders(
            reference.rxnorm,
            reference.plausibility,
            [order(FENT_25), order("243670")],
        )
        assert (1, 1) == (len(lines), len(reasons))


class TestReasons:
    @pytest.mark.parametrize(
        ("facts", "code"),
        [
            (order(()), "fhir.no_rxnorm_code"),
            (order("243670"), "fhir.not_an_opioid_product"),
            (order(OXY_5_TAB, route_code=IV, dose=tab("1")), "fhir.route_mismatch"),
            (
                order(
                    MORPHINE_INJ_2,
                    dose=Amount(D(2), "mg"),
                    frequency=D(1),
                    period=D(4),
                    period_unit="h",
                ),
                "fhir.route_missing",
            ),
            (
                order(
                    OXY_5_TAB, dose=Amount(D(1), "g"), frequency=D(1), period=D(4), period_unit="h"
                ),
                "fhir.unit_not_convertible",
            ),
            (
                order(
                    OXY_5_TAB, dose=Amount(D(0), "mg"), frequency=D(1), period=D(4), period_unit="h"
                ),
                "fhir.not_positive",
            ),
            (order(FENT_25, dose=Amount(D(25), "mg")), "fhir.unit_not_convertible"),
            (order(FENT_25, dose=Amount(D(0), "ug/h")), "fhir.not_positive"),
            (order(FENT_25, as_needed=True), "fhir.timing_ambiguous"),
            (order(FENT_25, frequency=D(2), period=D(1), period_unit="d"), "fhir.timing_ambiguous"),
            (order(OXY_5_TAB, dose=tab("1"), frequency=D(2)), "fhir.timing_ambiguous"),
            (
                order(OXY_5_TAB, dose=tab("1"), frequency=D(1), period=D(1), period_unit="mo"),
                "fhir.timing_ambiguous",
            ),
            (
                order(OXY_5_TAB, dose=tab("1"), frequency=D(2), period=D(1), period_unit="h"),
                "fhir.timing_out_of_range",
            ),
            (order(OXY_5_TAB, frequency=D(1), period=D(4), period_unit="h"), "fhir.dose_missing"),
            (order(OXY_5_TAB, dose=tab("1")), "fhir.timing_missing"),
            (order(OXY_5_TAB, dose=tab("1"), as_needed=True), "fhir.timing_missing"),
            (
                order(
                    OXY_5_TAB,
                    dose=tab("1"),
                    as_needed=True,
                    max_per_period=(tab("30"), Amount(D(1), "d")),
                ),
                "fhir.timing_out_of_range",
            ),
            (
                order(MORPHINE_INJ_2, rate=Amount(D(1), "mg/h"), route_code="78421000"),
                "fhir.route_mismatch",
            ),
            (
                order(MORPHINE_INJ_2, rate=Amount(D(1), "mL/min"), route_code=IV),
                "fhir.unit_not_convertible",
            ),
            (order(MORPHINE_INJ_2, rate=Amount(D(0), "mg/h"), route_code=IV), "fhir.not_positive"),
            (
                order(OXY_5_TAB, dose=tab("300"), frequency=D(1), period=D(4), period_unit="h"),
                "dose.implausible",
            ),
            (
                order(OXY_ER_10, dose=tab("1"), frequency=D(1), period=D(4), period_unit="h"),
                "medication.interval_not_for_release",
            ),
            (
                order(
                    OXY_ER_10,
                    dose=tab("1"),
                    frequency=D(1),
                    period=D(12),
                    period_unit="h",
                    as_needed=True,
                ),
                "medication.as_needed_extended_release",
            ),
            (
                order(
                    IONSYS,
                    dose=Amount(D(40), "ug"),
                    frequency=D(1),
                    period=D(1),
                    period_unit="h",
                    route_code=TD,
                ),
                "medication.unit_mismatch",
            ),
        ],
        ids=lambda x: x if isinstance(x, str) else "",
    )
    def test_reason(self, reference: Reference, facts: OrderFacts, code: str) -> None:
        done = run(reference, facts)
        if isinstance(done, Translated):  # a line with a note, not a refusal
            assert code in [n.code for n in done.notes]
            return
        assert code == done.code
        assert done.field.startswith("medication_requests[0]")
        assert done.message.startswith("medication_requests[0]")
