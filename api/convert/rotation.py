"""Rotation results as response Structs (POST /v1/rotations, and the OIH plan's rotations)."""

from __future__ import annotations

import functools
import weakref

from api.convert import adapters as a
from api.schemas import rotation as s
from calc import (
    InfusionRegimen,
    MethadoneDetail,
    PracticalRegimen,
    RotationResult,
    UnitCount,
    rotation_summary,
)


__all__ = ["regimen_struct", "rotation_response"]


def _units(units: tuple[UnitCount, ...]) -> list[s.UnitCount]:
    return [s.UnitCount(strength=float(u.strength), count=u.count) for u in units]


# Each regimen's Struct while the regimen lives (by identity, checked through a weak reference):
# the core keeps a product's own regimens with the product (a taper's steps, the rotations), so
# their Structs are built once; any other regimen's entry goes when the regimen does.  A Struct
# is only ever read (encoded), so responses may share one.
_STRUCTS: dict[int, tuple[weakref.ref[PracticalRegimen], s.PracticalRegimen]] = {}


def _forget(key: int, ref: weakref.ref[PracticalRegimen]) -> None:
    """A regimen is gone: its entry goes (unless another regimen's has replaced it)."""
    kept = _STRUCTS.get(key)
    if kept is not None and kept[0] is ref:
        del _STRUCTS[key]


def regimen_struct(reg: PracticalRegimen | None) -> s.PracticalRegimen | None:
    if reg is None:
        return None
    key = id(reg)
    kept = _STRUCTS.get(key)
    if kept is not None and kept[0]() is reg:
        return kept[1]
    struct = _regimen_struct(reg)
    _STRUCTS[key] = (weakref.ref(reg, functools.partial(_forget, key)), struct)
    return struct


def _regimen_struct(reg: PracticalRegimen) -> s.PracticalRegimen:
    return s.PracticalRegimen(
        drug=reg.drug,
        route=reg.route,
        release=reg.release,
        form=reg.form,
        unit=reg.unit,
        dose_per_administration=float(reg.dose_per_administration),
        units=_units(reg.units),
        interval_hours=float(reg.interval_hours),
        doses_per_day=a.num(reg.doses_per_day),
        daily_total=float(reg.daily_total),
        source=reg.source,
        intervals_source=reg.intervals_source,
        as_needed=reg.as_needed,
        volume_ml=a.opt_num(reg.volume_ml),
        concentration_per_ml=a.opt_num(reg.concentration_per_ml),
        tolerant_only=reg.tolerant_only,
    )


def _infusion(x: InfusionRegimen | None) -> s.InfusionRegimen | None:
    if x is None:
        return None
    return s.InfusionRegimen(
        drug=x.drug,
        route=x.route,
        rate=a.num(x.rate),
        rate_unit=x.rate_unit,
        concentration_per_ml=a.num(x.concentration_per_ml),
        concentration_unit=x.concentration_unit,
        ml_per_hour=a.num(x.ml_per_hour),
        daily_total=a.num(x.daily_total),
        daily_unit=x.daily_unit,
        syringe_24h_ml=a.opt_num(x.syringe_24h_ml),
        rate_step_ml_per_h=float(x.rate_step_ml_per_h),
        source=x.source,
    )


def _methadone(m: MethadoneDetail | None) -> s.MethadoneDetail | None:
    if m is None:
        return None
    return s.MethadoneDetail(
        scheme=a.table_ref(m.scheme),
        ratio=float(m.ratio),
        ratio_source=m.ratio_source,
        unsmoothed_daily_dose=a.num(m.unsmoothed_daily_dose),
        smoothed=m.smoothed,
        cap=float(m.cap),
        cap_source=m.cap_source,
        strategy=m.strategy,
        schedule=[
            s.SwitchDay(
                day=d.day,
                previous_percent=float(d.previous_percent),
                previous_lines=[
                    s.PreviousLine(
                        drug=drug, route=route, daily_dose=float(dose), daily_dose_unit=unit
                    )
                    for drug, route, dose, unit in d.previous_lines
                ],
                methadone_daily_target=float(d.methadone_daily_target),
                methadone=regimen_struct(d.methadone),
            )
            for d in m.schedule
        ],
    )


def rotation_response(result: RotationResult, calculation_id: str) -> s.RotationResponse:
    red = result.reduction
    bt = result.breakthrough
    return s.RotationResponse(
        summary=list(rotation_summary(result)),
        total_mme_per_day=a.opt_num(result.total_mme_per_day),
        mme_lines=a.mme_lines(result.mme_lines),
        oral_morphine_equivalent_per_day=a.num(result.oral_morphine_equivalent_per_day),
        lines=[
            s.ConversionLine(
                drug=line.drug,
                route=line.route,
                release=line.release,
                daily_dose=a.num(line.daily_dose),
                daily_dose_unit=line.daily_dose_unit,
                conversion_factor=float(line.conversion_factor),
                factor_source=line.factor_source,
                oral_morphine_equivalent_per_day=a.num(line.mme_per_day),
                as_needed=line.as_needed,
            )
            for line in result.lines
        ],
        target=s.ResolvedTarget(
            drug=result.target.drug, route=result.target.route, release=result.target.release
        ),
        equianalgesic_daily_dose=float(result.equianalgesic_daily_dose),
        unit=result.unit,
        reduction=s.Reduction(
            applied_percent=float(red.applied_percent),
            applied_percent_source=red.applied_percent_source,
            low_percent=float(red.low_percent),
            high_percent=float(red.high_percent),
            dose_at_low=float(red.dose_at_low),
            dose_at_high=float(red.dose_at_high),
            reduced_daily_dose=float(red.reduced_daily_dose),
            unit=red.unit,
            capped=red.capped,
            source=red.source,
        ),
        practical_regimen=regimen_struct(result.practical_regimen),
        breakthrough=None
        if bt is None
        else s.Breakthrough(
            percent=float(bt.percent),
            percent_source=bt.percent_source,
            drug=bt.drug,
            route=bt.route,
            release=bt.release,
            form=bt.form,
            basis_daily_dose=float(bt.basis_daily_dose),
            basis_unit=bt.basis_unit,
            computed_dose=float(bt.computed_dose),
            dose=None if bt.dose is None else float(bt.dose),
            unit=bt.unit,
            units=_units(bt.units),
            source=bt.source,
            interval_hours=float(bt.interval_hours),
            max_doses_per_day=a.num(bt.max_doses_per_day),
            limits_source=bt.limits_source,
            volume_ml=a.opt_num(bt.volume_ml),
            concentration_per_ml=a.opt_num(bt.concentration_per_ml),
        ),
        methadone=_methadone(result.methadone),
        infusion=_infusion(result.infusion),
        transition=[
            s.TransitionStep(hour=float(t.hour), action=t.action, source=t.source)
            for t in result.transition
        ],
        resulting_mme_per_day=a.opt_num(result.resulting_mme_per_day),
        warnings=a.warnings(result.warnings),
        trace=a.trace(result.trace),
        table=a.table_ref(result.tables[0]),
        tables=[a.table_ref(t) for t in result.tables],
        calculation_id=calculation_id,
    )
