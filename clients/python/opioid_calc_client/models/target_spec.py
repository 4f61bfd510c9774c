from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.target_spec_release_type_1 import TargetSpecReleaseType1, check_target_spec_release_type_1
from ..models.target_spec_release_type_2_type_1 import (
    TargetSpecReleaseType2Type1,
    check_target_spec_release_type_2_type_1,
)
from ..models.target_spec_release_type_3_type_1 import (
    TargetSpecReleaseType3Type1,
    check_target_spec_release_type_3_type_1,
)
from ..models.target_spec_route import TargetSpecRoute, check_target_spec_route
from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetSpec")


@_attrs_define
class TargetSpec:
    """The drug, route and (optionally) release to rotate to; `infusion` for a continuous one.

    Attributes:
        drug (str): Lower-case ingredient name, for example `oxycodone`.
        route (TargetSpecRoute): Route of administration; any capitals; also PO (oral), IV (intravenous), SC
            (subcutaneous), SQ (subcutaneous), subcut (subcutaneous), IM (intramuscular), TD (transdermal), patch
            (transdermal), SL (sublingual), IN (intranasal), nasal (intranasal), PR (rectal) (README, spellings).
        infusion (bool | Unset): A continuous intravenous or subcutaneous infusion (a rate in mg/h or mcg/h) rather than
            doses. Default: False.
        release (None | TargetSpecReleaseType1 | TargetSpecReleaseType2Type1 | TargetSpecReleaseType3Type1 | Unset):
            Immediate or extended release; any capitals; also IR (immediate), ER (extended), SR (extended), XR (extended),
            CR (extended), XL (extended).
    """

    drug: str
    route: TargetSpecRoute
    infusion: bool | Unset = False
    release: None | TargetSpecReleaseType1 | TargetSpecReleaseType2Type1 | TargetSpecReleaseType3Type1 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        drug = self.drug

        route: str = self.route

        infusion = self.infusion

        release: None | str | Unset
        if isinstance(self.release, Unset):
            release = UNSET
        elif isinstance(self.release, str):
            release = self.release
        elif isinstance(self.release, str):
            release = self.release
        elif isinstance(self.release, str):
            release = self.release
        else:
            release = self.release

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "drug": drug,
                "route": route,
            }
        )
        if infusion is not UNSET:
            field_dict["infusion"] = infusion
        if release is not UNSET:
            field_dict["release"] = release

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drug = d.pop("drug")

        route = check_target_spec_route(d.pop("route"))

        infusion = d.pop("infusion", UNSET)

        def _parse_release(
            data: object,
        ) -> None | TargetSpecReleaseType1 | TargetSpecReleaseType2Type1 | TargetSpecReleaseType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_1 = check_target_spec_release_type_1(data)

                return release_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_2_type_1 = check_target_spec_release_type_2_type_1(data)

                return release_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_3_type_1 = check_target_spec_release_type_3_type_1(data)

                return release_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | TargetSpecReleaseType1 | TargetSpecReleaseType2Type1 | TargetSpecReleaseType3Type1 | Unset, data
            )

        release = _parse_release(d.pop("release", UNSET))

        target_spec = cls(
            drug=drug,
            route=route,
            infusion=infusion,
            release=release,
        )

        return target_spec
