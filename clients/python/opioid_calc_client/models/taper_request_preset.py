from typing import Literal

TaperRequestPreset = Literal[
    "acute-short", "acute-weeks", "cdc-2022-long-term", "cdc-2022-weeks", "custom", "oih-rapid"
]

TAPER_REQUEST_PRESET_VALUES: set[TaperRequestPreset] = {
    "acute-short",
    "acute-weeks",
    "cdc-2022-long-term",
    "cdc-2022-weeks",
    "custom",
    "oih-rapid",
}


def check_taper_request_preset(value: str) -> TaperRequestPreset:
    if value in TAPER_REQUEST_PRESET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAPER_REQUEST_PRESET_VALUES!r}")
