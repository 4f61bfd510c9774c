"""
A rotation's own warnings: about the regimen it converts from, about the regimen it offers
(no product, below the smallest strength, a concentrate, a shortfall) and the renal refusal of a
target to avoid.
"""

from __future__ import annotations

from collections.abc import Sequence

from calc.alerts import SafetyContext
from calc.errors import ClinicalRefusalError
from calc.models import Medication, Target
from calc.reduction import Reduction
from calc.reference import Reference
from calc.regimen import PracticalRegimen
from calc.results import Alert
from calc.rounding import metric, percent_of
from calc.targets import TargetDose


__all__ = ["regimen_alerts", "renal_target", "source_alerts", "target_alerts"]


def source_alerts(medications: Sequence[Medication]) -> list[Alert]:
    alerts = []
    if any(m.drug == "methadone" for m in medications):
        alerts.append(
            Alert(
                "methadone.source_unpredictable",
                "critical",
                "Conversion FROM methadone is unpredictable (long, variable half-life; the ratio "
                "depends on dose); the table's single-dose factor is used: specialist advice.",
                "MSD23",
            )
        )
    if any(m.drug == "fentanyl" and m.route == "transdermal" for m in medications):
        alerts.append(
            Alert(
                "fentanyl_patch.residual",
                "warning",
                "Fentanyl keeps releasing for 12-36 h after patch removal; start the new opioid "
                "accordingly.",
                "GRPH-MME",
            )
        )
    at_maximum = [
        f"{m.drug} {m.route}"
        for m in medications
        if m.as_needed and m.average_doses_per_day is None
    ]
    if at_maximum:
        alerts.append(
            Alert(
                "rotation.as_needed_at_maximum",
                "warning",
                f"As-needed line(s) {', '.join(at_maximum)} are converted at their prescribed "
                "maximum per day; if the patient takes fewer doses, give average_doses_per_day, "
                "or the new regimen may exceed what the patient actually takes.",
                "PRODUCT",
            )
        )
    return alerts


def regimen_alerts(
    reference: Reference,
    dose: TargetDose,
    reduction: Reduction,
    regimen: PracticalRegimen | None,
    target: Target,
) -> list[Alert]:
    if dose.product is None:
        return [
            Alert(
                "regimen.no_product",
                "warning",
                f"No product table covers {target.drug} {target.route}"
                f"{' ' + target.release if target.release else ''}; only the daily dose is given.",
                "PRODUCT",
            )
        ]
    if regimen is None:
        p = dose.product
        return [
            Alert(
                "regimen.below_smallest_strength",
                "critical",
                f"The reduced dose ({reduction.reduced_daily_dose} {reduction.unit}) is below what "
                f"the smallest {p.drug} {p.release} {p.form} ({p.smallest} {p.unit}) gives at its "
                "longest interval; no practical regimen is offered.",
                p.source,
            )
        ]
    t = reference.thresholds
    share = t["regimen_shortfall_percent"]
    alerts = []
    if regimen.tolerant_only:
        alerts.append(
            Alert(
                "regimen.concentrate",
                "warning",
                f"The regimen is measured from the {regimen.drug} {regimen.form} "
                f"({regimen.concentration_per_ml} {regimen.unit}/mL): for opioid-tolerant patients "
                "only (its label); check the volume twice.",
                regimen.source,
            )
        )
    if regimen.daily_total < percent_of(reduction.reduced_daily_dose, share):
        delivered = metric(regimen.daily_total * 100 / reduction.reduced_daily_dose)
        alerts.append(
            Alert(
                "regimen.shortfall",
                "warning",
                f"The practical regimen gives {regimen.daily_total} {reduction.unit}, {delivered}% "
                f"of the reduced target {reduction.reduced_daily_dose} {reduction.unit} (below "
                f"{share}%): the strengths cannot make the target; consider another product or "
                "more units per dose, and titrate to effect.",
                t.source("regimen_shortfall_percent"),
            )
        )
    return alerts


def renal_target(
    reference: Reference, target: Target, context: SafetyContext, allow: bool
) -> list[Alert]:
    """A target the renal guidance says to avoid for this patient: refused, or overridden."""
    table = reference.renal_opioids
    advice = table.avoided(target.drug) if table is not None else None
    if advice is None or not context.renal_impaired or table is None:
        return []
    safer = table.named("safest")
    crcl = metric(context.clearance_ml_min) if context.clearance_ml_min is not None else None
    if not allow:
        expected = f"a drug not avoided in renal impairment (safest: {', '.join(safer)})"
        msg = (
            f"{target.drug} is to be avoided at a creatinine clearance of {crcl} mL/min "
            f"(below {reference.thresholds['renal_impairment_crcl']}); the safest in renal "
            f"impairment are {', '.join(safer)}; or set allow_renal_avoid to override"
        )
        raise ClinicalRefusalError("renal.target_avoid", "to.drug", expected, target.drug, msg)
    return [
        Alert(
            "renal.target_avoid_overridden",
            "critical",
            f"{target.drug} is to be avoided at a creatinine clearance of {crcl} mL/min; the caller "
            f"overrode the refusal (allow_renal_avoid). Safer: {', '.join(safer)}.",
            advice.source,
        )
    ]


def target_alerts(target: Target, dose: TargetDose, reduction: Reduction) -> list[Alert]:
    """A capped dose; a buprenorphine target's induction."""
    alerts = []
    if reduction.capped:
        alerts.append(
            Alert(
                f"{target.drug}.capped",
                "warning",
                f"The reduced dose was capped at {dose.cap} {reduction.unit}.",
                dose.cap_source or "PRODUCT",
            )
        )
    if target.drug == "buprenorphine":
        alerts.append(
            Alert(
                "buprenorphine.induction",
                "warning",
                "Buprenorphine after a full agonist can precipitate withdrawal: wait 8-12 h after "
                "short-acting and 12-24 h after extended-release opioids (longer after methadone), "
                "or use low-dose initiation.",
                "CDC22",
            )
        )
    return alerts
