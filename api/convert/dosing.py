"""
calc -> Struct conversion for the renal-function and adjunct results (the shared parts).
Numbers leave as floats of values the core already rounded (doses) or rounded here by the
core's metric policy (``adapters.num``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from api.convert import adapters as a
from api.schemas import dosing as s
from api.schemas.renal import RenalFunctionResponse
from calc import renal_summary


if TYPE_CHECKING:
    from collections.abc import Iterable

    from api.schemas.common import TableRef
    from calc import Clearance, DosingWeight, Regimen, RenalDoseBand, RenalResult
    from calc import TableRef as CalcTableRef


__all__ = ["band", "body_weight", "clearance", "regimen", "renal_response", "table_refs"]


def body_weight(w: DosingWeight) -> s.BodyWeight:
    return s.BodyWeight(
        basis=w.basis,
        basis_defaulted=w.basis_defaulted,
        dosing_weight_kg=a.num(w.kg),
        actual_weight_kg=a.num(w.actual_kg),
        ideal_body_weight_kg=a.opt_num(w.ideal_kg),
        adjusted_body_weight_kg=a.opt_num(w.adjusted_kg),
        actual_weight_used=w.actual_used,
    )


def clearance(c: Clearance) -> s.Clearance:
    reported = c.ml_min if c.estimate is None else c.estimate.creatinine_clearance_reported_ml_min
    return s.Clearance(
        creatinine_clearance_ml_min=a.num(reported),
        method="given" if c.method == "given" else "cockcroft-gault",
        weight=None if c.estimate is None else body_weight(c.estimate.weight),
    )


def band(b: RenalDoseBand) -> s.RenalBand:
    return s.RenalBand(
        label=b.label,
        min_ml_min=float(b.edge.low),
        max_ml_min=None if b.edge.high is None else float(b.edge.high),
        min_inclusive=b.edge.low_inclusive,
        max_inclusive=b.edge.high_inclusive,
        daily_min_mg=float(b.daily_min),
        daily_max_mg=float(b.daily_max),
        doses_per_day=list(b.doses_per_day),
        source=b.source,
    )


def regimen(r: Regimen) -> s.Regimen:
    return s.Regimen(
        doses_per_day=r.doses_per_day,
        dose_mg=a.opt_num(r.dose_mg),
        daily_mg=a.opt_num(r.daily_mg),
        units_mg=[float(u) for u in r.units],
    )


def table_refs(refs: Iterable[CalcTableRef]) -> list[TableRef]:
    return [a.table_ref(r) for r in refs]


def renal_response(result: RenalResult, calculation_id: str) -> RenalFunctionResponse:
    return RenalFunctionResponse(
        summary=list(renal_summary(result)),
        creatinine_clearance_ml_min=a.num(result.creatinine_clearance_reported_ml_min),
        formula="cockcroft-gault",
        serum_creatinine_mg_dl=a.num(result.serum_creatinine_mg_dl),
        weight=body_weight(result.weight),
        renal_impairment=result.renal_impairment,
        warnings=a.warnings(result.warnings),
        trace=a.trace(result.trace),
        table=a.table_ref(result.tables[0]),
        tables=table_refs(result.tables),
        calculation_id=calculation_id,
    )
