"""Reference data as response Structs (GET /v1/tables, /v1/tables/{id}, /v1/drugs)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from api.convert import adapters as a
from api.schemas import reference as s
from calc import (
    AdjunctTable,
    BandSet,
    DoseRange,
    FactorTable,
    FormulaTable,
    IntervalRange,
    PlausibilityTable,
    ProductCatalog,
    Reference,
    RenalOpioids,
    TableView,
    Thresholds,
    bands_of,
    drug_index,
    table_view,
)


__all__ = ["drug_list", "table_detail", "table_list"]

_Row = TypeVar("_Row", DoseRange, IntervalRange)


def _bands(bands: BandSet | None) -> list[s.FactorBand]:
    if bands is None:
        return []
    return [
        s.FactorBand(
            min=float(b.low),
            max=None if b.high is None else float(b.high),
            min_inclusive=b.low_inclusive,
            max_inclusive=b.high_inclusive,
            value=float(b.value),
            source=b.source,
            advice=b.advice,
        )
        for b in bands.bands
    ]


def table_list(reference: Reference) -> s.TableList:
    return s.TableList(
        tables=[
            s.TableSummary(table=a.table_ref(ref), notes=list(table_view(reference, ref.id).notes))
            for ref in reference.all_refs()
        ]
    )


def table_detail(view: TableView) -> s.TableDetail:
    table = view.table
    factors: list[s.FactorRow] = []
    if isinstance(table, FactorTable):
        seen: set[int] = set()
        rows = [*table.rows.values(), *(r for f in table.forms.values() for r in f.values())]
        for row in rows:
            if id(row) in seen:
                continue
            seen.add(id(row))
            factors.append(
                s.FactorRow(
                    drug=row.drug,
                    routes=list(row.routes),
                    unit=row.unit,
                    factor=None if row.factor is None else float(row.factor),
                    bands=_bands(row.bands) if row.bands is not None else None,
                    source=row.source,
                    note=row.note,
                    alternatives=[
                        s.Alternative(factor=float(f), source=k) for f, k in row.alternatives
                    ],
                    forms=list(row.forms),
                    days_per_unit=None if row.days_per_unit is None else float(row.days_per_unit),
                )
            )
    products = []
    if isinstance(table, ProductCatalog):
        products = [
            s.ProductRow(
                drug=p.drug,
                route=p.route,
                release=p.release,
                form=p.form,
                unit=p.unit,
                strengths=[float(x) for x in p.strengths],
                intervals_hours=[float(x) for x in p.intervals_hours],
                source=p.source,
                intervals_source=p.intervals_source,
            )
            for p in table.products
        ]
    thresholds = []
    if isinstance(table, Thresholds):
        thresholds = [
            s.ThresholdRow(name=name, value=float(t.value), unit=t.unit, source=t.source)
            for name, t in sorted(table.values.items())
        ]
    dosing = None
    if isinstance(table, FormulaTable | AdjunctTable):
        thresholds = [
            s.ThresholdRow(name=v.name, value=float(v.value), unit=v.unit, source=v.source)
            for v in table.values.items.values()
        ]
    if isinstance(table, AdjunctTable):
        dosing = _dosing(table)
    return s.TableDetail(
        table=a.table_ref(view.ref),
        notes=list(view.notes),
        factors=factors,
        bands=_bands(bands_of(table)),
        products=products,
        thresholds=thresholds,
        dosing=dosing,
        plausibility=_plausibility(table) if isinstance(table, PlausibilityTable) else None,
        renal_opioids=_renal(table) if isinstance(table, RenalOpioids) else None,
    )


def drug_list(reference: Reference) -> s.DrugList:
    products = reference.rxnorm.products.values() if reference.rxnorm is not None else ()
    return s.DrugList(
        rxnorm_products=[
            s.RxNormProduct(
                rxcui=p.rxcui,
                name=p.name,
                drug=p.ingredient,
                routes=list(p.form.routes),
                release=p.form.release,
                form=p.form.mme_form,
                strength=float(p.strength),
                strength_unit=p.unit,
            )
            for p in sorted(products, key=lambda p: (p.ingredient, p.name))
        ],
        drugs=[
            s.DrugRoute(
                drug=e.drug,
                route=e.route,
                mme_tables=list(e.mme_tables),
                equianalgesic_tables=list(e.equianalgesic_tables),
                products=list(e.products),
            )
            for e in drug_index(reference)
        ],
    )


def _unique(rows: Iterable[_Row]) -> list[_Row]:
    """Rows as the file lists them (a row covering several routes appears once)."""
    seen: dict[int, _Row] = {}
    for row in rows:
        seen.setdefault(id(row), row)
    return list(seen.values())


def _plausibility(table: PlausibilityTable) -> s.PlausibilityDetail:
    return s.PlausibilityDetail(
        doses=[
            s.PlausibleDoseRow(
                drug=r.drug,
                routes=list(r.routes),
                unit=r.unit,
                dose_min=float(r.dose_min),
                dose_max=float(r.dose_max),
                source=r.source,
            )
            for r in _unique(table.doses.values())
        ],
        intervals=[
            s.PlausibleIntervalRow(
                drug=r.drug,
                routes=list(r.routes),
                releases=list(r.releases),
                interval_min_hours=float(r.interval_min_hours),
                interval_max_hours=float(r.interval_max_hours),
                source=r.source,
            )
            for r in _unique(table.intervals.values())
        ],
    )


def _renal(table: RenalOpioids) -> s.RenalOpioidsDetail:
    return s.RenalOpioidsDetail(
        drugs=[
            s.RenalAdviceRow(drug=r.drug, advice=r.advice, source=r.source)
            for r in table.drugs.values()
        ],
        breakthrough_order=list(table.breakthrough_order),
        breakthrough_order_source=table.breakthrough_order_source,
    )


def _dosing(table: AdjunctTable) -> s.DosingDetail:
    bands = table.renal.bands if table.renal is not None else ()
    hd = table.hemodialysis
    return s.DosingDetail(
        drug=table.drug,
        default_weight_basis=table.default_weight_basis,
        strengths=[float(x) for x in table.strengths.values] if table.strengths else [],
        strengths_source=table.strengths.source if table.strengths else None,
        renal_bands=[
            s.DoseBandRow(
                min=float(b.edge.low),
                max=None if b.edge.high is None else float(b.edge.high),
                min_inclusive=b.edge.low_inclusive,
                max_inclusive=b.edge.high_inclusive,
                doses_per_day=list(b.doses_per_day),
                daily_min=float(b.daily_min),
                daily_max=float(b.daily_max),
                column_doses=[float(x) for x in b.column_doses],
                proportional_below=None
                if b.proportional_below is None
                else float(b.proportional_below),
                source=b.source,
            )
            for b in bands
        ],
        hemodialysis_supplements=[float(x) for x in hd.column_supplements] if hd else [],
        hemodialysis_supplement_range=[
            float(x) for x in (hd.supplement_min, hd.supplement_max) if x is not None
        ]
        if hd
        else [],
        hemodialysis_source=hd.source if hd else None,
        drug_lists={k: list(v.drugs) for k, v in table.drug_lists.items()},
        advice=[
            s.AdviceRow(code=x.code, severity=x.severity, message=x.message, source=x.source)
            for x in table.advice
        ],
    )
