"""The warnings of period MME, one per key of calc/period/engine.py, built once."""

from __future__ import annotations

from collections.abc import Mapping

from calc.period import engine as e
from calc.results import Alert


__all__ = ["ALERTS"]

ALERTS: Mapping[str, Alert] = {
    e.RESEARCH: Alert(
        "period.research_use",
        "info",
        "Period MME is a research and surveillance measure (NIH HEAL calculator definitions, "
        "Opioid Data Lab equations): it is not a dose for a patient, and its factors are not for "
        "converting one opioid to another.",
        "NIHHEAL25",
    ),
    e.BUPRENORPHINE_INCLUDED: Alert(
        "period.buprenorphine_included",
        "warning",
        "Buprenorphine is a partial agonist: do not compare the totals with buprenorphine with "
        "full-agonist thresholds such as 50 or 90 MME/day; the totals without buprenorphine are "
        "the ones to compare.",
        "CDC22",
    ),
    e.NO_FULL_AGONIST: Alert(
        "period.no_full_agonist",
        "info",
        "Every prescription is buprenorphine: the totals without buprenorphine are 0 and their "
        "mme1 is undefined (null), as in the NIH HEAL calculator.",
        "NIHHEAL25",
    ),
    e.THERAPY_BELOW_LONGEST: Alert(
        "period.therapy_days_below_longest",
        "warning",
        "The therapy days are fewer than the days of the longest prescription; on-therapy days "
        "count each calendar day once and cannot be fewer, so mme2 is overstated.",
        "NIHHEAL25",
    ),
    e.THERAPY_ABOVE_TOTAL: Alert(
        "period.therapy_days_above_total",
        "warning",
        "The therapy days exceed the total days of medication; on-therapy days count each "
        "calendar day once and cannot exceed the sum of the prescriptions' days, so mme2 is "
        "understated.",
        "NIHHEAL25",
    ),
    e.THERAPY_DIFFERS: Alert(
        "period.therapy_days_differ_from_dates",
        "warning",
        "The therapy days given differ from the calendar days the dated prescriptions cover; "
        "mme2 uses the value given.",
        "NIHHEAL25",
    ),
    e.BEYOND_WINDOW: Alert(
        "period.supply_beyond_window",
        "info",
        "A prescription's days supply runs past the end of the observation window: the daily "
        "curve stops at the window's end, while the totals and the equations count every "
        "prescription whole.",
        "ODL-MME",
    ),
    e.PATCH_QUANTITY: Alert(
        "period.patch_quantity_not_used",
        "info",
        "For a dispensed patch the MME/day is the labelled rate (mcg/h) times the factor, one "
        "patch worn at a time over the days supplied; the quantity dispensed is not used.",
        "CDC22",
    ),
    e.WINDOW_FROM_DATES: Alert(
        "period.window_from_dates",
        "info",
        "No observation window was given: it runs from the first dispensing to the last day "
        "supplied.",
        "ODL-MME",
    ),
}
