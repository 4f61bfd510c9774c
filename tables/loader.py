"""
Reads and validates every table file once, at start-up, and builds the frozen
``calc.reference.Reference`` the core works with.  This is the only file I/O of the product.

A file that breaks a rule of tables/README.md raises ``TableError`` naming the file and row.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import attrs

from calc.alerts import RenalOpioids
from calc.dosing_tables import AdjunctTable, FormulaTable
from calc.errors import TableError
from calc.label_tables import LabelColumn, PatchTable, ToleranceRow
from calc.plausibility import PlausibilityTable
from calc.products import InfusionProduct, Product, ProductCatalog
from calc.reference import (
    Band,
    BandSet,
    Factor,
    FactorTable,
    MethadoneScheme,
    RateFactor,
    Reference,
    Source,
    TaperPreset,
    TaperPresets,
    Threshold,
    Thresholds,
)
from calc.results import TableRef
from calc.rxnorm import RxNormTable
from calc.vocabulary import INFUSION_ROUTES, RATE_UNITS
from tables import dosing_loader
from tables.plausibility_loader import parse_plausibility, parse_renal_opioids
from tables.rxnorm_loader import parse_rxnorm


__all__ = ["ENV_VAR", "TABLES_DIR", "load_reference"]

TABLES_DIR = Path(__file__).resolve().parent
ENV_VAR = "OPIOID_CALC_TABLES_DIR"
SOURCES_FILE = "sources.toml"

ROUTES = frozenset(
    {
        "oral",
        "intravenous",
        "subcutaneous",
        "intramuscular",
        "transdermal",
        "sublingual",
        "buccal",
        "intranasal",
        "rectal",
    }
)
UNITS = frozenset({"mg", "mcg", "mcg/h", "mg/h"})
MAX_UNITS_LIMIT = 40
_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{1,39}$")
RELEASES = frozenset({"immediate", "extended"})
TAPER_BASES = frozenset({"original", "current", "original-then-current"})
KINDS = frozenset(
    {
        "mme",
        "equianalgesic",
        "methadone-scheme",
        "fentanyl-patch",
        "buprenorphine-patch",
        "products",
        "thresholds",
        "taper-presets",
        "formula",
        "adjunct",
        "plausibility",
        "renal-opioids",
        "rxnorm",
    }
)
_META_REQUIRED = {
    "id": str,
    "kind": str,
    "title": str,
    "publisher": str,
    "year": int,
    "document": str,
    "version": str,
    "checked": date,
    "source": str,
}
_META_OPTIONAL: dict[str, Any] = {"url": str, "notes": list}


class _Checker:
    """Type and key checks that name the file and the row."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self.sources = sources

    def fields(
        self,
        raw: Any,
        where: str,
        required: Mapping[str, Any],
        optional: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise TableError(where, f"expected a table, got {type(raw).__name__}")
        optional = optional or {}
        unknown = sorted(set(raw) - set(required) - set(optional))
        if unknown:
            raise TableError(where, f"unknown keys {unknown}")
        out: dict[str, Any] = {}
        for name, kind in {**required, **optional}.items():
            if name not in raw:
                if name in required:
                    raise TableError(where, f"missing key {name!r}")
                continue
            out[name] = self.value(raw[name], kind, f"{where}.{name}")
        for name, value in out.items():
            if name == "source" or name.endswith("_source"):
                self.source(value, f"{where}.{name}")
        return out

    def value(self, value: Any, kind: Any, where: str) -> Any:
        if kind is Decimal:
            if isinstance(value, bool) or not isinstance(value, int | Decimal):
                raise TableError(where, f"expected a number, got {value!r}")
            number = Decimal(value)
            if not number.is_finite() or number < 0:
                raise TableError(where, f"expected a finite number >= 0, got {value!r}")
            return number
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TableError(where, f"expected {kind.__name__}, got {value!r}")
        return value

    def source(self, key: str, where: str) -> str:
        if key not in self.sources:
            raise TableError(where, f"source key {key!r} does not resolve in {SOURCES_FILE}")
        return key

    def positive(self, raw: dict[str, Any], name: str, where: str) -> Decimal:
        number: Decimal = raw[name]
        if number <= 0:
            raise TableError(f"{where}.{name}", f"expected a number > 0, got {number}")
        return number

    def member(self, value: Any, allowed: frozenset[str], where: str) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise TableError(where, f"expected one of {sorted(allowed)}, got {value!r}")
        return value

    def numbers(self, raw: Any, where: str) -> tuple[Decimal, ...]:
        if not isinstance(raw, list) or not raw:
            raise TableError(where, "expected a non-empty list of numbers")
        out = tuple(self.value(v, Decimal, f"{where}[{i}]") for i, v in enumerate(raw))
        if any(v <= 0 for v in out) or list(out) != sorted(set(out)):
            raise TableError(where, f"expected ascending distinct numbers > 0, got {raw}")
        return out

    def bands(self, raw: Any, where: str, value_key: str) -> BandSet:
        if not isinstance(raw, list) or not raw:
            raise TableError(where, "expected a non-empty array of bands")
        bands: list[Band] = []
        for i, item in enumerate(raw):
            at = f"{where}[{i}]"
            row = self.fields(
                item,
                at,
                {"min": Decimal, value_key: Decimal, "source": str},
                {
                    "max": Decimal,
                    "min_inclusive": bool,
                    "max_inclusive": bool,
                    "advice": str,
                    "note": str,
                },
            )
            band = Band(
                low=row["min"],
                high=row.get("max"),
                low_inclusive=row.get("min_inclusive", True),
                high_inclusive=row.get("max_inclusive", False),
                value=self.positive(row, value_key, at),
                source=row["source"],
                advice=row.get("advice"),
            )
            if band.high is not None and band.high <= band.low:
                raise TableError(at, f"max {band.high} must be above min {band.low}")
            if bands:
                self._touch(bands[-1], band, where, i)
            bands.append(band)
        return BandSet(tuple(bands))

    @staticmethod
    def _touch(prev: Band, band: Band, where: str, i: int) -> None:
        at = f"{where}[{i}]"
        if prev.high is None:
            raise TableError(at, "only the last band may be open-ended (no max)")
        if prev.high != band.low:
            raise TableError(at, f"gap or overlap: previous max {prev.high}, this min {band.low}")
        if prev.high_inclusive == band.low_inclusive:
            raise TableError(at, f"exactly one of two touching bands must own the edge {band.low}")


def _read(path: Path) -> tuple[dict[str, Any], str]:
    data = path.read_bytes()
    try:
        parsed = tomllib.loads(data.decode("utf-8"), parse_float=Decimal)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TableError(path.name, f"not valid TOML: {exc}") from exc
    return parsed, "sha256:" + hashlib.sha256(data).hexdigest()


def _load_sources(paths: list[Path]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    check = _Checker({})
    for path in paths:
        parsed, _ = _read(path)
        for key, raw in parsed.items():
            where = f"{path.name} [{key}]"
            if key in sources:
                raise TableError(where, "source key defined twice")
            row = check.fields(raw, where, {"citation": str}, {"url": str, "note": str})
            sources[key] = Source(key=key, citation=row["citation"], url=row.get("url"))
    return sources


def _ref(meta: dict[str, Any], checksum: str, sources: Mapping[str, Source]) -> TableRef:
    return TableRef(
        id=meta["id"],
        kind=meta["kind"],
        version=meta["version"],
        title=meta["title"],
        citation=meta["document"],
        url=meta.get("url") or sources[meta["source"]].url,
        checksum=checksum,
        source=meta["source"],
    )


_FORM = re.compile(r"^[a-z][a-z-]{1,29}$")
FactorRows = tuple[dict[tuple[str, str], Factor], dict[tuple[str, str], dict[str, Factor]]]


def _forms(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise TableError(where, "expected a non-empty list of dose forms")
    for form in raw:
        if not isinstance(form, str) or not _FORM.match(form):
            raise TableError(where, f"expected forms matching {_FORM.pattern}, got {form!r}")
    if len(set(raw)) != len(raw):
        raise TableError(where, f"a form appears twice in {raw}")
    return tuple(raw)


def _factor_rows(check: _Checker, raw: Any, name: str, kind: str) -> FactorRows:
    """Rows by (drug, route), and rows limited to dose forms by (drug, route) then form."""
    if not isinstance(raw, list) or not raw:
        raise TableError(f"{name} rows", "expected a non-empty array [[rows]]")
    rows: dict[tuple[str, str], Factor] = {}
    by_form: dict[tuple[str, str], dict[str, Factor]] = {}
    optional: dict[str, Any] = {"factor": Decimal, "bands": list, "note": str}
    if kind == "equianalgesic":
        optional["alternatives"] = list
    else:
        optional["forms"] = list
    for i, item in enumerate(raw):
        where = f"{name} rows[{i}]"
        row = check.fields(
            item, where, {"drug": str, "routes": list, "unit": str, "source": str}, optional
        )
        routes = tuple(check.member(r, ROUTES, f"{where}.routes") for r in row["routes"])
        if not routes:
            raise TableError(f"{where}.routes", "expected at least one route")
        if ("factor" in row) == ("bands" in row):
            raise TableError(where, "give exactly one of 'factor' or 'bands'")
        bands = None
        if "bands" in row:
            bands = check.bands(row["bands"], f"{where}.bands", "factor")
            if bands.bands[0].low != 0 or bands.top.high is not None:
                raise TableError(f"{where}.bands", "factor bands must start at 0 and end open")
        alternatives = tuple(
            (
                check.positive(alt, "factor", f"{where}.alternatives[{j}]"),
                alt["source"],
            )
            for j, alt in enumerate(
                check.fields(a, f"{where}.alternatives[{j}]", {"factor": Decimal, "source": str})
                for j, a in enumerate(row.get("alternatives", []))
            )
        )
        factor = Factor(
            drug=row["drug"],
            routes=routes,
            unit=check.member(row["unit"], UNITS - {"mg/h"}, f"{where}.unit"),
            factor=check.positive(row, "factor", where) if "factor" in row else None,
            bands=bands,
            source=row["source"],
            note=row.get("note"),
            alternatives=alternatives,
            forms=_forms(row["forms"], f"{where}.forms") if "forms" in row else (),
        )
        _register(factor, (rows, by_form), where)
    return rows, by_form


def _register(factor: Factor, into: FactorRows, where: str) -> None:
    """A row under each of its routes (and forms); a key may not appear twice."""
    rows, by_form = into
    for route in factor.routes:
        key = (factor.drug, route)
        if key in rows or (key in by_form and not factor.forms):
            raise TableError(where, f"({factor.drug}, {route}) appears twice")
        if not factor.forms:
            rows[key] = factor
            continue
        listed = by_form.setdefault(key, {})
        for form in factor.forms:
            if form in listed:
                raise TableError(where, f"({factor.drug}, {route}, {form}) appears twice")
            listed[form] = factor


class _Builder:
    def __init__(self, sources: Mapping[str, Source]) -> None:
        self.sources = sources
        self.check = _Checker(sources)
        self.mme: dict[str, FactorTable] = {}
        self.equianalgesic: dict[str, FactorTable] = {}
        self.methadone: dict[str, MethadoneScheme] = {}
        self.fentanyl: dict[str, PatchTable] = {}
        self.buprenorphine: dict[str, PatchTable] = {}
        self.products: dict[str, ProductCatalog] = {}
        self.thresholds: dict[str, Thresholds] = {}
        self.tapers: dict[str, TaperPresets] = {}
        self.formulas: dict[str, FormulaTable] = {}
        self.adjuncts: dict[str, AdjunctTable] = {}
        self.plausibility: dict[str, PlausibilityTable] = {}
        self.renal_opioids: dict[str, RenalOpioids] = {}
        self.rxnorm: dict[str, RxNormTable] = {}
        # An equianalgesic table that lists only the rows where it differs from another.
        self.extends: dict[str, tuple[str, str]] = {}
        self.seen: dict[str, str] = {}

    def add(self, path: Path) -> None:
        parsed, checksum = _read(path)
        name = path.name
        extra = {k: v for k, v in parsed.items() if k != "meta"}
        meta_raw = parsed.get("meta")
        meta_extra = {}
        if isinstance(meta_raw, dict):
            meta_extra = {k: v for k, v in meta_raw.items() if k not in _META_REQUIRED}
            meta_extra = {k: v for k, v in meta_extra.items() if k not in _META_OPTIONAL}
            meta_raw = {k: v for k, v in meta_raw.items() if k not in meta_extra}
        meta = self.check.fields(meta_raw, f"{name} [meta]", _META_REQUIRED, _META_OPTIONAL)
        kind = self.check.member(meta["kind"], KINDS, f"{name} [meta].kind")
        table_id = meta["id"]
        if not _ID.match(table_id):
            raise TableError(f"{name} [meta].id", f"expected {_ID.pattern}, got {table_id!r}")
        if table_id in self.seen:
            raise TableError(
                f"{name} [meta].id", f"id {table_id!r} already used by {self.seen[table_id]}"
            )
        self.seen[table_id] = name
        ref = _ref(meta, checksum, self.sources)
        notes = tuple(str(n) for n in meta.get("notes", []))
        handler: Callable[[dosing_loader.RawTable], None]
        handler = getattr(self, "_" + kind.replace("-", "_"))
        handler(dosing_loader.RawTable(name, ref, notes, meta_extra, extra))

    def _no_extra_meta(self, name: str, meta_extra: dict[str, Any]) -> None:
        if meta_extra:
            raise TableError(f"{name} [meta]", f"unknown keys {sorted(meta_extra)}")

    def _only(self, name: str, extra: dict[str, Any], key: str) -> Any:
        unknown = sorted(set(extra) - {key})
        if unknown:
            raise TableError(name, f"unknown top-level keys {unknown}")
        if key not in extra:
            raise TableError(name, f"missing [[{key}]]")
        return extra[key]

    def _mme(self, raw: dosing_loader.RawTable) -> None:
        meta = self.check.fields(
            raw.meta,
            f"{raw.name} [meta]",
            {},
            {"not_compared": list, "not_compared_source": str},
        )
        if ("not_compared" in meta) != ("not_compared_source" in meta):
            raise TableError(
                f"{raw.name} [meta]", "not_compared and not_compared_source go together"
            )
        left_out = tuple(meta.get("not_compared", ()))
        if not all(isinstance(d, str) for d in left_out):
            raise TableError(f"{raw.name} [meta].not_compared", "expected a list of drug names")
        items = self._only(raw.name, raw.body, "rows")
        rows, by_form = _factor_rows(self.check, items, raw.name, "mme")
        self.mme[raw.ref.id] = FactorTable(
            ref=raw.ref, rows=rows, notes=raw.notes, forms=by_form, not_compared=left_out
        )

    def _equianalgesic(self, raw: dosing_loader.RawTable) -> None:
        meta = self.check.fields(raw.meta, f"{raw.name} [meta]", {}, {"extends": str})
        if "extends" in meta:
            self.extends[raw.ref.id] = (meta["extends"], raw.name)
        body = {k: v for k, v in raw.body.items() if k != "rates"}
        items = self._only(raw.name, body, "rows")
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and "bands" in item:
                raise TableError(
                    f"{raw.name} rows[{i}]", "equianalgesic rows take a single factor, not bands"
                )
        rows, _ = _factor_rows(self.check, items, raw.name, "equianalgesic")
        rates = self._rates(raw.body.get("rates", []), f"{raw.name} rates")
        self.equianalgesic[raw.ref.id] = FactorTable(
            ref=raw.ref, rows=rows, notes=raw.notes, rates=rates
        )

    def _rates(self, raw: Any, where: str) -> dict[tuple[str, str], RateFactor]:
        """Continuous-infusion rows: a factor from the infusion and one to it, each cited."""
        rates: dict[tuple[str, str], RateFactor] = {}
        required = {"factor": Decimal, "target_factor": Decimal, "target_source": str}
        for at, row, routes in self._keyed_rows(raw, where, required, {"alternatives": list}):
            if row["unit"] not in RATE_UNITS or any(r not in INFUSION_ROUTES for r in routes):
                raise TableError(
                    at, f"an infusion row is in {list(RATE_UNITS)} on {list(INFUSION_ROUTES)}"
                )
            rate = RateFactor(
                drug=row["drug"],
                routes=routes,
                unit=row["unit"],
                factor=self.check.positive(row, "factor", at),
                source=row["source"],
                target_factor=self.check.positive(row, "target_factor", at),
                target_source=row["target_source"],
                note=row.get("note"),
                alternatives=tuple(
                    (
                        self.check.positive(alt, "factor", f"{at}.alternatives[{j}]"),
                        alt["source"],
                    )
                    for j, alt in enumerate(
                        self.check.fields(
                            a, f"{at}.alternatives[{j}]", {"factor": Decimal, "source": str}
                        )
                        for j, a in enumerate(row.get("alternatives", []))
                    )
                ),
            )
            for route in routes:
                if (rate.drug, route) in rates:
                    raise TableError(at, f"({rate.drug}, {route}) appears twice")
                rates[rate.drug, route] = rate
        return rates

    def _methadone_scheme(self, raw: dosing_loader.RawTable) -> None:
        where = f"{raw.name} [meta]"
        meta = self.check.fields(
            raw.meta,
            where,
            {
                "default_reduction_percent": Decimal,
                "reduction_max_percent": Decimal,
                "reduction_source": str,
            },
        )
        if not meta["default_reduction_percent"] <= meta["reduction_max_percent"] <= 100:
            raise TableError(
                where, "expected default_reduction_percent <= reduction_max_percent <= 100"
            )
        bands = self.check.bands(
            self._only(raw.name, raw.body, "bands"), f"{raw.name} bands", "ratio"
        )
        if bands.bands[0].low != 0:
            raise TableError(f"{raw.name} bands[0]", "a methadone scheme must start at 0 mg/day")
        ratios = [b.value for b in bands.bands]
        if ratios != sorted(ratios):
            raise TableError(
                f"{raw.name} bands", f"ratios must not decrease as the dose rises: {ratios}"
            )
        self.methadone[raw.ref.id] = MethadoneScheme(
            ref=raw.ref,
            bands=bands,
            default_reduction_percent=meta["default_reduction_percent"],
            reduction_source=meta["reduction_source"],
            reduction_max_percent=meta["reduction_max_percent"],
            notes=raw.notes,
        )

    def _patch(self, raw: dosing_loader.RawTable, drug: str) -> PatchTable:
        meta = self.check.fields(
            raw.meta, f"{raw.name} [meta]", {}, {"max_rate": Decimal, "max_rate_source": str}
        )
        if ("max_rate" in meta) != ("max_rate_source" in meta):
            raise TableError(f"{raw.name} [meta]", "max_rate and max_rate_source go together")
        unknown = sorted(set(raw.body) - {"bands", "columns", "tolerance"})
        if unknown:
            raise TableError(raw.name, f"unknown top-level keys {unknown}")
        if "bands" not in raw.body:
            raise TableError(raw.name, "missing [[bands]]")
        bands = self.check.bands(raw.body["bands"], f"{raw.name} bands", "rate")
        rates = [b.value for b in bands.bands]
        if rates != sorted(rates):
            raise TableError(
                f"{raw.name} bands", f"rates must not decrease as the dose rises: {rates}"
            )
        if "max_rate" in meta and rates[-1] > meta["max_rate"]:
            raise TableError(
                f"{raw.name} bands", f"a band rate exceeds max_rate {meta['max_rate']}"
            )
        return PatchTable(
            ref=raw.ref,
            drug=drug,
            bands=bands,
            max_rate=meta.get("max_rate"),
            max_rate_source=meta.get("max_rate_source"),
            notes=raw.notes,
            columns=self._label_columns(raw.body.get("columns", []), f"{raw.name} columns"),
            tolerance=self._tolerance(raw.body.get("tolerance", []), f"{raw.name} tolerance"),
        )

    def _keyed_rows(
        self,
        raw: Any,
        where: str,
        required: dict[str, Any],
        optional: dict[str, Any] | None = None,
    ) -> list[tuple[str, dict[str, Any], tuple[str, ...]]]:
        """Rows keyed by drug and routes: (where, fields, routes), routes checked."""
        if not isinstance(raw, list):
            raise TableError(where, "expected an array of tables")
        rows = []
        for i, item in enumerate(raw):
            at = f"{where}[{i}]"
            row = self.check.fields(
                item,
                at,
                {"drug": str, "routes": list, "unit": str, "source": str, **required},
                {"note": str, **(optional or {})},
            )
            routes = tuple(self.check.member(r, ROUTES, f"{at}.routes") for r in row["routes"])
            if not routes:
                raise TableError(f"{at}.routes", "expected at least one route")
            self.check.member(row["unit"], UNITS, f"{at}.unit")
            rows.append((at, row, routes))
        return rows

    def _label_columns(self, raw: Any, where: str) -> dict[tuple[str, str], LabelColumn]:
        columns: dict[tuple[str, str], LabelColumn] = {}
        for at, row, routes in self._keyed_rows(raw, where, {"bands": list}):
            bands = self.check.bands(row["bands"], f"{at}.bands", "rate")
            if bands.top.high is None:
                raise TableError(f"{at}.bands", "a label column ends where the label's table ends")
            column = LabelColumn(row["drug"], routes, row["unit"], bands, row["source"])
            for route in routes:
                if (row["drug"], route) in columns:
                    raise TableError(at, f"({row['drug']}, {route}) appears twice")
                columns[row["drug"], route] = column
        return columns

    def _tolerance(self, raw: Any, where: str) -> dict[tuple[str, str], ToleranceRow]:
        rows: dict[tuple[str, str], ToleranceRow] = {}
        for at, row, routes in self._keyed_rows(raw, where, {"daily_min": Decimal}):
            threshold = ToleranceRow(
                row["drug"],
                routes,
                row["unit"],
                self.check.positive(row, "daily_min", at),
                row["source"],
            )
            for route in routes:
                if (row["drug"], route) in rows:
                    raise TableError(at, f"({row['drug']}, {route}) appears twice")
                rows[row["drug"], route] = threshold
        return rows

    def _fentanyl_patch(self, raw: dosing_loader.RawTable) -> None:
        self.fentanyl[raw.ref.id] = self._patch(raw, "fentanyl")

    def _buprenorphine_patch(self, raw: dosing_loader.RawTable) -> None:
        self.buprenorphine[raw.ref.id] = self._patch(raw, "buprenorphine")

    def _products(self, raw: dosing_loader.RawTable) -> None:
        meta = self.check.fields(
            raw.meta,
            f"{raw.name} [meta]",
            {"max_units_per_dose": int, "max_units_per_dose_source": str},
        )
        max_units = meta["max_units_per_dose"]
        if not 1 <= max_units <= 8:
            raise TableError(
                f"{raw.name} [meta].max_units_per_dose", f"expected 1-8, got {max_units}"
            )
        body = {k: v for k, v in raw.body.items() if k != "infusions"}
        items = self._only(raw.name, body, "products")
        if not isinstance(items, list) or not items:
            raise TableError(f"{raw.name} products", "expected a non-empty array [[products]]")
        products: list[Product] = []
        keys: set[tuple[str, str, str, str]] = set()
        for i, item in enumerate(items):
            product = self._product(item, f"{raw.name} products[{i}]", max_units)
            key = (product.drug, product.route, product.release, product.form)
            if key in keys:
                raise TableError(f"{raw.name} products[{i}]", f"{key} appears twice")
            keys.add(key)
            products.append(product)
        infusions = self._infusions(raw.body.get("infusions", []), f"{raw.name} infusions")
        self.products[raw.ref.id] = ProductCatalog(
            ref=raw.ref, products=tuple(products), infusions=infusions
        )

    def _infusions(self, raw: Any, where: str) -> dict[tuple[str, str], InfusionProduct]:
        infusions: dict[tuple[str, str], InfusionProduct] = {}
        required = {"concentration_per_ml": Decimal, "rate_step_ml_per_h": Decimal}
        for at, row, routes in self._keyed_rows(raw, where, required):
            if row["unit"] not in {"mg", "mcg"} or any(r not in INFUSION_ROUTES for r in routes):
                raise TableError(
                    at, f"an infusion is in mg or mcg per mL on {list(INFUSION_ROUTES)}"
                )
            product = InfusionProduct(
                drug=row["drug"],
                routes=routes,
                unit=row["unit"],
                concentration_per_ml=self.check.positive(row, "concentration_per_ml", at),
                rate_step_ml_per_h=self.check.positive(row, "rate_step_ml_per_h", at),
                source=row["source"],
            )
            for route in routes:
                if (product.drug, route) in infusions:
                    raise TableError(at, f"({product.drug}, {route}) appears twice")
                infusions[product.drug, route] = product
        return infusions

    def _product(self, item: Any, where: str, max_units: int) -> Product:
        """
        One product: a solid's unit ``strengths``, or a liquid's ``concentration_per_ml`` measured
        in ``volume_step_ml`` steps up to ``max_volume_ml`` per dose (its "strength" is one step).
        """
        row = self.check.fields(
            item,
            where,
            {
                "drug": str,
                "route": str,
                "release": str,
                "form": str,
                "unit": str,
                "intervals_hours": list,
                "source": str,
                "intervals_source": str,
            },
            {
                "note": str,
                "max_units_per_dose": int,
                "strengths": list,
                "concentration_per_ml": Decimal,
                "volume_step_ml": Decimal,
                "max_volume_ml": Decimal,
                "tolerant_only": bool,
            },
        )
        unit = self.check.member(row["unit"], UNITS, f"{where}.unit")
        liquid = ("concentration_per_ml", "volume_step_ml", "max_volume_ml")
        given = [k for k in liquid if k in row]
        concentration = None
        strengths: tuple[Decimal, ...]
        if given:
            if len(given) != len(liquid) or "strengths" in row or "max_units_per_dose" in row:
                raise TableError(
                    where,
                    f"a liquid gives all of {list(liquid)} and neither strengths nor "
                    "max_units_per_dose",
                )
            concentration = self.check.positive(row, "concentration_per_ml", where)
            step = self.check.positive(row, "volume_step_ml", where)
            steps = row["max_volume_ml"] / step
            if steps != steps.to_integral_value() or not 1 <= steps <= MAX_UNITS_LIMIT:
                raise TableError(
                    f"{where}.max_volume_ml",
                    f"expected 1-{MAX_UNITS_LIMIT} whole volume steps, got {steps}",
                )
            amount = concentration * step
            amount = (
                amount.quantize(Decimal(1))
                if amount == amount.to_integral()
                else amount.normalize()
            )
            strengths, units = (amount,), int(steps)
        elif "strengths" in row:
            strengths = self.check.numbers(row["strengths"], f"{where}.strengths")
            units = row.get("max_units_per_dose", max_units)
        else:
            raise TableError(where, "give strengths (a solid) or concentration_per_ml (a liquid)")
        if not 1 <= units <= MAX_UNITS_LIMIT:
            raise TableError(
                f"{where}.max_units_per_dose", f"expected 1-{MAX_UNITS_LIMIT}, got {units}"
            )
        intervals = self.check.numbers(row["intervals_hours"], f"{where}.intervals_hours")
        if unit != "mcg/h" and any(Decimal(24) % i for i in intervals):
            raise TableError(
                f"{where}.intervals_hours",
                f"intervals must divide 24 h into whole administrations, got {list(intervals)}",
            )
        return Product(
            drug=row["drug"],
            route=self.check.member(row["route"], ROUTES, f"{where}.route"),
            release=self.check.member(row["release"], RELEASES, f"{where}.release"),
            form=row["form"],
            unit=unit,
            strengths=strengths,
            intervals_hours=intervals,
            source=row["source"],
            intervals_source=row["intervals_source"],
            max_units_per_dose=units,
            concentration_per_ml=concentration,
            tolerant_only=row.get("tolerant_only", False),
        )

    def _thresholds(self, raw: dosing_loader.RawTable) -> None:
        self._no_extra_meta(raw.name, raw.meta)
        items = self._only(raw.name, raw.body, "values")
        if not isinstance(items, list):
            raise TableError(f"{raw.name} values", "expected an array [[values]]")
        values: dict[str, Threshold] = {}
        for i, item in enumerate(items):
            where = f"{raw.name} values[{i}]"
            row = self.check.fields(
                item,
                where,
                {"name": str, "value": Decimal, "unit": str, "source": str},
                {"note": str},
            )
            if row["name"] in values:
                raise TableError(where, f"threshold {row['name']!r} defined twice")
            values[row["name"]] = Threshold(row["value"], row["unit"], row["source"])
        self.thresholds[raw.ref.id] = Thresholds(ref=raw.ref, values=values)

    def _taper_presets(self, raw: dosing_loader.RawTable) -> None:
        self._no_extra_meta(raw.name, raw.meta)
        items = self._only(raw.name, raw.body, "presets")
        if not isinstance(items, list) or not items:
            raise TableError(f"{raw.name} presets", "expected a non-empty array [[presets]]")
        presets: dict[str, TaperPreset] = {}
        numbers: tuple[str, ...] = ("percent", "percent_min", "percent_max", "interval_days")
        numbers += ("interval_days_min", "interval_days_max")
        for i, item in enumerate(items):
            where = f"{raw.name} presets[{i}]"
            row = self.check.fields(
                item,
                where,
                {"name": str, "basis": str, "source": str, "unconfirmed": bool}
                | dict.fromkeys(numbers, Decimal),
                {"switch_at_percent": Decimal},
            )
            for key in numbers:
                self.check.positive(row, key, where)
            if not row["percent_min"] <= row["percent"] <= row["percent_max"] <= 100:
                raise TableError(where, "expected percent_min <= percent <= percent_max <= 100")
            if not row["interval_days_min"] <= row["interval_days"] <= row["interval_days_max"]:
                raise TableError(where, "expected interval_days_min <= interval_days <= max")
            basis = self.check.member(row["basis"], TAPER_BASES, f"{where}.basis")
            if (basis == "original-then-current") != ("switch_at_percent" in row):
                raise TableError(where, "switch_at_percent goes with basis original-then-current")
            if row["name"] in presets:
                raise TableError(where, f"preset {row['name']!r} defined twice")
            presets[row["name"]] = TaperPreset(
                name=row["name"],
                percent=row["percent"],
                percent_min=row["percent_min"],
                percent_max=row["percent_max"],
                interval_days=row["interval_days"],
                interval_days_min=row["interval_days_min"],
                interval_days_max=row["interval_days_max"],
                basis=basis,
                source=row["source"],
                unconfirmed=row["unconfirmed"],
                switch_at_percent=row.get("switch_at_percent"),
            )
        self.tapers[raw.ref.id] = TaperPresets(ref=raw.ref, presets=presets, notes=raw.notes)

    def _formula(self, raw: dosing_loader.RawTable) -> None:
        self.formulas[raw.ref.id] = dosing_loader.parse_formula(self.check, raw)

    def _adjunct(self, raw: dosing_loader.RawTable) -> None:
        table = dosing_loader.parse_adjunct(self.check, raw)
        if table.drug in self.adjuncts:
            msg = f"a second table for {table.drug} (first: {self.adjuncts[table.drug].ref.id})"
            raise TableError(f"{raw.name} [meta].drug", msg)
        self.adjuncts[table.drug] = table

    def _plausibility(self, raw: dosing_loader.RawTable) -> None:
        self.plausibility[raw.ref.id] = parse_plausibility(self.check, raw)

    def _renal_opioids(self, raw: dosing_loader.RawTable) -> None:
        self.renal_opioids[raw.ref.id] = parse_renal_opioids(self.check, raw)

    def _rxnorm(self, raw: dosing_loader.RawTable) -> None:
        self.rxnorm[raw.ref.id] = parse_rxnorm(self.check, raw)

    def _merge_extensions(self) -> None:
        """Each extending table: its base's rows and rates, overridden by its own."""
        for table_id, (base_id, name) in self.extends.items():
            base = self.equianalgesic.get(base_id)
            if base is None:
                msg = f"required table {base_id!r} was not found (extended by {name})"
                raise TableError(base_id, msg)
            if base_id in self.extends:
                raise TableError(f"{name} [meta].extends", f"{base_id!r} extends another table")
            own = self.equianalgesic[table_id]
            self.equianalgesic[table_id] = attrs.evolve(
                own, rows={**base.rows, **own.rows}, rates={**base.rates, **own.rates}
            )

    def build(self) -> Reference:
        self._merge_extensions()
        dosing_loader.check_complete(self.formulas, self.adjuncts)
        return Reference(
            sources=self.sources,
            mme=self.mme,
            equianalgesic=self.equianalgesic,
            methadone=self.methadone,
            fentanyl_patch=_required(self.fentanyl, "duragesic-label"),
            buprenorphine_patch=_required(self.buprenorphine, "butrans-label"),
            products=_required(self.products, "us-products"),
            thresholds=_required(self.thresholds, "thresholds"),
            tapers=_required(self.tapers, "taper-presets"),
            formulas=self.formulas,
            adjuncts=self.adjuncts,
            plausibility=_required(self.plausibility, "plausibility-us"),
            renal_opioids=_required(self.renal_opioids, "renal-opioids"),
            rxnorm=_required(self.rxnorm, "rxnorm-opioids"),
        )


_T = TypeVar("_T")


def _required(tables: Mapping[str, _T], table_id: str) -> _T:
    if table_id not in tables:
        raise TableError(table_id, f"required table {table_id!r} was not found")
    return tables[table_id]


REQUIRED_THRESHOLDS = (
    "mme_caution",
    "mme_high",
    "cross_tolerance_low_percent",
    "cross_tolerance_high_percent",
    "cross_tolerance_default_percent",
    "cross_tolerance_max_percent",
    "breakthrough_default_percent",
    "breakthrough_min_percent",
    "breakthrough_max_percent",
    "methadone_cap_mg_per_day",
    "qtc_caution_ms",
    "qtc_avoid_ms",
    "older_adult_age",
    "renal_impairment_crcl",
    "opioid_tolerance_days",
    "three_day_switch_days",
    "taper_max_intervals",
    "taper_large_step_multiple",
    "methadone_titration_min_days",
    "methadone_titration_max_days",
    "oih_cut_low_percent",
    "oih_cut_high_percent",
    "oih_methadone_max_mg_per_day",
    "oih_methadone_default_mg_per_day",
    "mme_very_high",
    "regimen_shortfall_percent",
    "long_term_opioid_days",
    "weeks_opioid_days",
    "breakthrough_max_doses_per_day",
    "opioid_tolerant_mme_per_day",
    "methadone_oral_to_parenteral_ratio",
    "morley_makin_ratio",
    "morley_makin_interval_hours",
    "infusion_rate_step_ml_per_h",
    "fentanyl_infusion_halve_hours",
    "fentanyl_infusion_stop_hours",
)


def load_reference(tables_dir: Path = TABLES_DIR, extra_dir: Path | None = None) -> Reference:
    """Load, validate and freeze every table; ``extra_dir`` holds institution tables."""
    if extra_dir is None and os.environ.get(ENV_VAR):
        extra_dir = Path(os.environ[ENV_VAR])
    dirs = [tables_dir] + ([extra_dir] if extra_dir is not None else [])
    for folder in dirs:
        if not folder.is_dir():
            raise TableError(str(folder), "tables folder does not exist")
    source_files = [d / SOURCES_FILE for d in dirs if (d / SOURCES_FILE).is_file()]
    builder = _Builder(_load_sources(source_files))
    for folder in dirs:
        for path in sorted(folder.glob("*.toml")):
            if path.name != SOURCES_FILE:
                builder.add(path)
    reference = builder.build()
    missing = [n for n in REQUIRED_THRESHOLDS if n not in reference.thresholds.values]
    if missing:
        raise TableError("thresholds.toml", f"missing thresholds {missing}")
    for default, tables in (
        (reference.default_mme, reference.mme),
        (reference.default_equianalgesic, reference.equianalgesic),
        (reference.default_methadone, reference.methadone),
    ):
        _required(tables, default)
    return reference
