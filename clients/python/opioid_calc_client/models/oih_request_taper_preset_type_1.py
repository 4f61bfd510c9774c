from typing import Literal

OIHRequestTaperPresetType1 = Literal["acute-short", "acute-weeks", "cdc-2022-long-term", "cdc-2022-weeks", "oih-rapid"]

OIH_REQUEST_TAPER_PRESET_TYPE_1_VALUES: set[OIHRequestTaperPresetType1] = {
    "acute-short",
    "acute-weeks",
    "cdc-2022-long-term",
    "cdc-2022-weeks",
    "oih-rapid",
}


def check_oih_request_taper_preset_type_1(value: str) -> OIHRequestTaperPresetType1:
    if value in OIH_REQUEST_TAPER_PRESET_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OIH_REQUEST_TAPER_PRESET_TYPE_1_VALUES!r}")
