"""
The core's vocabularies, defined once: routes, releases, dose units and warning severities.

tables/ validates its files against them and the core's value objects refuse anything else.
"""

from __future__ import annotations


__all__ = ["DOSE_UNITS", "PATCH_UNIT", "RELEASES", "ROUTES", "SEVERITIES", "SEVERITY_RANK"]

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
DOSE_UNITS = ("mg", "mcg", PATCH_UNIT)
# Report order: every result lists its warnings critical first, then warning, then info.
SEVERITIES = ("critical", "warning", "info")
SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
