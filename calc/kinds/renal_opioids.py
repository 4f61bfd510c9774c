"""
Kind ``renal-opioids``: what renal guidance says of each opioid (``avoid``, ``caution``,
``safest``) and the order rescue drugs are tried in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

import attrs
import msgspec
from msgspec import Meta

from calc.kinds.base import Context, Header, Kind
from calc.kinds.grammar import DrugName
from calc.results import TableRef


__all__ = ["KIND", "RenalAdvice", "RenalOpioids", "RenalOpioidsFile", "build"]


@attrs.frozen
class RenalAdvice:
    """What the renal guidance says of one drug: ``avoid``, ``caution`` or ``safest``."""

    drug: str
    advice: str
    source: str


@attrs.frozen
class RenalOpioids:
    """The renal-opioids table: advice by drug, and the order rescue drugs are tried in."""

    ref: TableRef
    drugs: Mapping[str, RenalAdvice] = attrs.field(eq=False)
    breakthrough_order: tuple[str, ...]
    breakthrough_order_source: str

    def avoided(self, drug: str) -> RenalAdvice | None:
        advice = self.drugs.get(drug)
        return advice if advice is not None and advice.advice == "avoid" else None

    def named(self, advice: str) -> tuple[str, ...]:
        return tuple(sorted(d for d, a in self.drugs.items() if a.advice == advice))


class RenalDrugRow(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """What the guidance says of one drug."""

    drug: DrugName
    advice: Literal["avoid", "caution", "safest"]
    source: str
    note: str | None = None


class RenalMeta(Header, kw_only=True):
    """``breakthrough_order``: the rescue drugs, in the order they are tried, with a source."""

    breakthrough_order: Annotated[list[DrugName], Meta(min_length=1)]
    breakthrough_order_source: str


class RenalOpioidsFile(msgspec.Struct, forbid_unknown_fields=True):
    """The renal-opioids table (kind ``renal-opioids``)."""

    meta: RenalMeta
    drugs: list[RenalDrugRow]


def build(file: RenalOpioidsFile, ref: TableRef, ctx: Context) -> RenalOpioids:
    drugs: dict[str, RenalAdvice] = {}
    for i, row in enumerate(file.drugs):
        if row.drug in drugs:
            raise ctx.error(f"drugs[{i}]", f"{row.drug!r} appears twice")
        drugs[row.drug] = RenalAdvice(row.drug, row.advice, row.source)
    if not any(a.advice == "safest" for a in drugs.values()):
        raise ctx.error("drugs", "expected at least one 'safest' drug")
    return RenalOpioids(
        ref=ref,
        drugs=drugs,
        breakthrough_order=tuple(file.meta.breakthrough_order),
        breakthrough_order_source=file.meta.breakthrough_order_source,
    )


KIND: Kind[RenalOpioids] = Kind("renal-opioids", RenalOpioidsFile, build, "renal-opioids")
