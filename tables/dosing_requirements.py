"""
What the dosing tables must contain: the value names, sections and advice codes ``calc/`` relies
on, per formula table id and per adjunct drug (tables/README.md, kinds ``formula`` and
``adjunct``).  ``tables/dosing_loader.py`` enforces them.
"""

from __future__ import annotations


__all__ = ["FORMULAS", "REQUIRED_ADJUNCTS", "SEVERITIES"]

SEVERITIES = frozenset({"info", "warning", "critical"})

# The numbers each table must give: calc/ looks them up by these names.
FORMULAS: dict[str, tuple[str, ...]] = {
    "body-weight": (
        "ibw_male_base_kg",
        "ibw_female_base_kg",
        "ibw_kg_per_inch",
        "ibw_base_height_in",
        "cm_per_inch",
        "adjusted_weight_fraction",
        "weight_min_kg",
        "weight_max_kg",
        "height_min_cm",
        "height_max_cm",
    ),
    "cockcroft-gault": (
        "age_offset_years",
        "creatinine_factor",
        "female_factor",
        "creatinine_umol_l_per_mg_dl",
        "age_min_years",
        "age_max_years",
        "creatinine_min_mg_dl",
        "creatinine_max_mg_dl",
    ),
}
# Per adjunct: required values, and the sections it must have (strengths, renal, hemodialysis,
# drug lists, advice codes).  An edit that drops a "secondary only" or "UNCONFIRMED" warning fails.
REQUIRED_ADJUNCTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ketamine": {
        "values": (
            "rate_min_mg_per_kg_per_h",
            "rate_max_mg_per_kg_per_h",
            "bolus_max_mg_per_kg",
            "unmonitored_infusion_max_mg_per_kg_per_h",
        ),
        "advice": (
            "ketamine.range_secondary_only",
            "ketamine.contraindications",
            "ketamine.monitoring",
        ),
        "sections": ("default_weight_basis",),
    },
    "clonidine": {
        "values": (
            "dose_min_mg",
            "dose_max_mg",
            "doses_per_day",
            "start_dose_mg",
            "titration_step_mg_per_day",
            "titration_interval_days",
            "hold_systolic_below_mmhg",
            "hold_diastolic_below_mmhg",
            "taper_days_min",
            "taper_days_max",
            "lower_start_dose_mg",
        ),
        "advice": ("clonidine.range_unconfirmed", "clonidine.taper_unconfirmed"),
        "sections": ("strengths",),
    },
    "gabapentin": {
        "values": (
            "daily_min_mg",
            "daily_max_mg",
            "titration_start_mg_per_day",
            "titration_step_mg_per_day",
            "taper_min_days",
        ),
        "advice": ("gabapentin.range_unconfirmed",),
        "sections": ("strengths", "renal", "hemodialysis"),
    },
    "pregabalin": {
        "values": (
            "label_start_mg_per_day",
            "titration_first_step_days",
            "titration_later_step_days",
            "titration_max_step_ratio",
            "taper_min_days",
        ),
        "advice": ("pregabalin.label_columns_unconfirmed",),
        "sections": ("strengths", "renal", "hemodialysis"),
    },
    "naltrexone": {
        "values": (
            "daily_min_mg",
            "daily_max_mg",
            "start_min_mg",
            "start_max_mg",
            "step_min_mg",
            "step_max_mg",
            "step_interval_min_days",
            "step_interval_max_days",
            "default_start_mg",
            "default_step_mg",
            "default_step_interval_days",
            "opioid_free_days_min",
            "opioid_free_days_max",
        ),
        "advice": ("naltrexone.titration_secondary",),
        "sections": ("partial_agonists",),
    },
}
