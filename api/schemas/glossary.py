"""
Descriptions of the fields that mean the same wherever they appear (`source`, `warnings`,
`calculation_id`, ...). A Struct's own ``Attributes:`` docstring entry or a field's
``Meta(description=...)`` takes precedence; api/openapi.py puts these into openapi.json.
"""

from __future__ import annotations


__all__ = ["GLOSSARY"]

GLOSSARY: dict[str, str] = {
    "source": "Source key of the number or rule beside it; every key resolves in tables/"
    "sources.toml and is cited by the tables (GET /v1/tables/{table_id}).",
    "drug": "Ingredient, lower case (`oxycodone`); GET /v1/drugs lists those the tables cover.",
    "route": "Route of administration (`oral`, `intravenous`, `subcutaneous`, `transdermal`, ...).",
    "release": "`immediate` or `extended` release; null when it does not apply or was not stated.",
    "form": "Dose form of the product (`tablet`, `capsule`, `patch`, `solution`, `concentrate`, "
    "`injection 10 mg/mL`, ...).",
    "unit": "Unit of the numbers beside it (`mg`, `mcg`, `mcg/h`, `mg/day`, `mg/kg/h`, ...).",
    "warnings": "Safety warnings with stable codes (listed in SafetyWarning.code's `x-codes`): "
    "critical first, then warning, then info, each code once.",
    "trace": "Every step of the calculation in order: what was done, the number with its unit, "
    "and the source key.",
    "table": "The main table of this calculation: id, kind, version, citation and checksum.",
    "tables": "Every table the calculation used, with versions and checksums (the calculation id "
    "covers them all).",
    "calculation_id": "32 hexadecimal digits: a hash of the canonical request, the engine version, "
    "every table checksum and the spellings read (api/spellings.py). The same request always gives "
    "the same id and the same body.",
    "patient": "The patient: age, sex, weight, height, renal function, QTc and so on; it drives "
    "the safety warnings and, for adjuncts and renal function, the doses.",
    "status": "`available` when the strategy applies to this patient (its `result` is given), "
    "`not_applicable` when a clinical rule rules it out (its `refusal` says why).",
    "result": "The strategy's full result, as its own operation returns it; null when refused.",
    "refusal": "Why the strategy does not apply to this patient (code, field, expected, "
    "received, detail); null when it is available.",
    "resulting_mme_per_day": "MME/day (the request's MME table) this strategy leads to: after "
    "the first taper step, after the cut with methadone, on the new regimen, or unchanged for an "
    "adjunct; null when refused or the table gives no factor (CDC 2022: buprenorphine).",
    "medications": "The regimen: 1-20 lines, each a drug, route, dose, unit and frequency.",
    "as_needed": "Taken as needed (PRN) rather than on a schedule; the line's daily amount is its "
    "prescribed maximum.",
    "intervals_source": "Source key of the product's dosing intervals (its label).",
    "factor_source": "Source key of the conversion factor used.",
    "daily_dose_unit": "Unit of `daily_dose` (`mg/day`, `mcg/day`, or `mcg/h` for a patch or "
    "infusion rate).",
    "weight_basis": "Body weight to dose (or to estimate clearance) from: `actual`, `ideal` "
    "(Devine) or `adjusted` (IBW + 0.4 x (actual - IBW)); never above the actual weight. Omitted: "
    "the table's default (`ideal`, or the actual weight when lower).",
    "hemodialysis": "The patient is on hemodialysis: the result adds the supplement after each "
    "session.",
    "min_inclusive": "Whether `min` itself belongs to the band.",
    "max_inclusive": "Whether `max` itself belongs to the band (null `max`: open-ended).",
}
