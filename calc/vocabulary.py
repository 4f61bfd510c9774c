"""
The core's vocabularies, defined once: routes, releases, dose units and warning severities.

tables/ validates its files against them and the core's value objects refuse anything else.
"""

from __future__ import annotations


__all__ = [
    "DOSE_UNITS",
    "FORMS",
    "INFUSION_ROUTES",
    "PATCH_UNIT",
    "RATE_UNITS",
    "RELEASES",
    "ROUTES",
    "SEVERITIES",
    "SEVERITY_RANK",
]

ROUTES = (
    "oral",
    "intravenous",
    "subcutaneous",
    "intramuscular",
    "transdermal",
    "sublingual",
    "buccal",
    "intranasal",
    "rectal",
)
RELEASES = ("immediate", "extended")
PATCH_UNIT = "mcg/h"
# A rate: a patch's labelled mcg/h on the transdermal route, or a continuous infusion (mg/h or
# mcg/h) on an infusion route.
RATE_UNITS = (PATCH_UNIT, "mg/h")
INFUSION_ROUTES = ("intravenous", "subcutaneous")
DOSE_UNITS = ("mg", "mcg", *RATE_UNITS)
# Dose forms as a medication line and an MME table name them: the route says where (a buccal
# tablet is route buccal, form tablet); a table that splits a drug and route by form lists these.
FORMS = (
    "tablet",
    "capsule",
    "solution",
    "suspension",
    "film",
    "lozenge",
    "spray",
    "patch",
    "injection",
    "suppository",
)
# Report order: every result lists its warnings critical first, then warning, then info.
SEVERITIES = ("critical", "warning", "info")
SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
