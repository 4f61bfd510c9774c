from typing import Literal

SafetyWarningSeverity = Literal["critical", "info", "warning"]

SAFETY_WARNING_SEVERITY_VALUES: set[SafetyWarningSeverity] = {
    "critical",
    "info",
    "warning",
}


def check_safety_warning_severity(value: str) -> SafetyWarningSeverity:
    if value in SAFETY_WARNING_SEVERITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAFETY_WARNING_SEVERITY_VALUES!r}")
