from typing import Literal

WarningSeverity = Literal["critical", "info", "warning"]

WARNING_SEVERITY_VALUES: set[WarningSeverity] = {
    "critical",
    "info",
    "warning",
}


def check_warning_severity(value: str) -> WarningSeverity:
    if value in WARNING_SEVERITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WARNING_SEVERITY_VALUES!r}")
