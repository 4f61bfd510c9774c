"""POST /v1/rotations."""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.params import JSONBody

from api.area import Area
from api.convert import adapters as a
from api.convert.rotation import rotation_response
from api.schemas import rotation as s
from api.state import reference_of
from calc import (
    RotationOptions,
    Target,
    plan_rotation,
)


__all__ = ["RotationController"]


class RotationController(Area):
    """Rotation to another opioid."""

    tags = ("calculations",)
    problems = (400, 413, 422)

    @post(
        "/rotations",
        operation_id="plan_rotation",
        summary="Rotate a regimen to another opioid",
        description="Total oral morphine equivalent (equianalgesic table), the target's "
        "equianalgesic dose, the 25%/50% cross-tolerance range and the applied reduction, a practical "
        "regimen from real strengths that never exceeds the reduced dose, a breakthrough dose, and "
        "warnings. Methadone uses a dose-dependent scheme with a cap; patches use label bands.",
        status_code=200,
        sync_to_thread=False,
    )
    def plan_rotation_handler(
        self, data: JSONBody[s.RotationRequest], request: Request[Any, Any, Any]
    ) -> s.RotationResponse:
        reference = reference_of(request)
        methadone = data.methadone or s.MethadoneOptions()
        # Positional arguments: a frozen attrs object is built about a third faster than by keyword.
        options = RotationOptions(
            a.opt_dec(data.cross_tolerance_reduction_percent),  # reduction_percent
            a.opt_dec(data.breakthrough_percent),  # breakthrough_percent
            data.table,  # table_id
            methadone.scheme,  # methadone_scheme
            methadone.strategy,  # methadone_strategy
            a.opt_dec(methadone.max_daily_dose_mg),  # methadone_max_daily_mg
            data.mme_table,  # mme_table_id
            data.allow_renal_avoid,  # allow_renal_avoid
            a.opt_dec(data.infusion_concentration_per_ml),  # infusion_concentration_per_ml
            tuple((c.drug, c.route, c.source) for c in data.factor_choices),  # factor_choices
        )
        target = Target(data.to.drug, data.to.route, data.to.release, data.to.infusion)
        result = plan_rotation(
            reference,
            a.medications(reference, data.from_, "from"),
            target,
            options,
            a.patient(data.patient),
        )
        return a.answer(
            request, "plan_rotation", data, reference, lambda i: rotation_response(result, i)
        )
