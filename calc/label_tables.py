"""
A patch label's tables as the core sees them: conversion bands, the label's per-drug columns and
its definition of opioid tolerance.  ``tables/loader.py`` builds them; nothing here reads a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from calc.reference import BandSet
from calc.results import TableRef


__all__ = ["LabelColumn", "PatchTable", "ToleranceRow"]


@attrs.frozen
class LabelColumn:
    """A label's conversion column for one drug and route: its daily amount -> patch rate."""

    drug: str
    routes: tuple[str, ...]
    unit: str
    bands: BandSet
    source: str


@attrs.frozen
class ToleranceRow:
    """A label's opioid-tolerance threshold for one drug and route (a daily amount or a rate)."""

    drug: str
    routes: tuple[str, ...]
    unit: str
    daily_min: Decimal
    source: str


@attrs.frozen
class PatchTable:
    """
    Label conversion bands from oral morphine mg/day to a patch rate (mcg/h); optionally the
    label's per-drug columns and its definition of opioid tolerance (both by (drug, route)).
    """

    ref: TableRef
    drug: str
    bands: BandSet
    max_rate: Decimal | None = None
    max_rate_source: str | None = None
    notes: tuple[str, ...] = ()
    columns: Mapping[tuple[str, str], LabelColumn] = attrs.field(eq=False, factory=dict)
    tolerance: Mapping[tuple[str, str], ToleranceRow] = attrs.field(eq=False, factory=dict)
