"""
The calculations as functions of a JSON body, without HTTP (``opioid-calc mme`` and the other
calculation subcommands).

A body goes through the same steps as over HTTP: strict decoding (api/strict.py: duplicate keys,
UTF-8, numbers in range), the accepted spellings (api/spellings.py), the strict check against the
operation's Struct, then the operation's own handler function, which converts to calc, calls it
and converts the result (one place for each conversion). Only the transport is missing: the
handler's ``request`` is a stand-in carrying the tables and the spellings read.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

import msgspec

from api.spellings import keep_notes, normalise
from api.state import REFERENCE_KEY
from api.strict import check, decode


if TYPE_CHECKING:
    from collections.abc import Callable

    from calc import Reference


__all__ = ["CALCULATIONS", "Calculation", "run"]


class Calculation:
    """One calculation: its operation id, request Struct and handler function."""

    def __init__(self, operation_id: str, handler: Any) -> None:
        self.operation_id = operation_id
        # The handler is a method of its area's Controller (api/area.py) that never reads its
        # controller: called here without one.
        self.fn: Callable[..., msgspec.Struct] = partial(handler.fn, None)
        self.struct: type[msgspec.Struct] = handler.parsed_data_field.annotation


class _App:
    def __init__(self, reference: Reference) -> None:
        self.state = {REFERENCE_KEY: reference}


class _Call:
    """What a handler reads of its request: the app's tables, the scope's state."""

    def __init__(self, reference: Reference) -> None:
        self.app = _App(reference)
        self.scope: dict[str, Any] = {"state": {}}


def _calculations() -> dict[str, Calculation]:
    from api.routes import adjuncts, mme, oih, period, renal, rotation, taper  # noqa: PLC0415

    handlers = [
        mme.MMEController.calculate_mme_handler,
        rotation.RotationController.plan_rotation_handler,
        taper.TaperController.plan_taper_handler,
        oih.OIHController.plan_oih_handler,
        renal.RenalController.estimate_creatinine_clearance_handler,
        period.PeriodController.calculate_period_mme_handler,
        adjuncts.AdjunctsController.dose_ketamine,
        adjuncts.AdjunctsController.dose_clonidine,
        adjuncts.AdjunctsController.dose_gabapentin,
        adjuncts.AdjunctsController.dose_pregabalin,
        adjuncts.AdjunctsController.dose_naltrexone,
    ]
    return {str(h.operation_id): Calculation(str(h.operation_id), h) for h in handlers}


CALCULATIONS: dict[str, Calculation] = {}


def run(operation_id: str, raw: bytes, reference: Reference) -> msgspec.Struct:
    """
    The operation's response to ``raw`` (a JSON body). Raises what the service answers with:
    ``RequestProblem`` (400), ``ValidationException`` (400), ``CalcError`` (422).
    """
    if not CALCULATIONS:
        CALCULATIONS.update(_calculations())
    calculation = CALCULATIONS[operation_id]
    body = decode(raw)
    call = _Call(reference)
    keep_notes(call, normalise(body))  # type: ignore[arg-type]
    check(operation_id, calculation.struct, body)
    data = msgspec.convert(body, calculation.struct, strict=False)
    return calculation.fn(data=data, request=call)
