"""
The one place where the spellings a pharmacist types are read as the contract's values.

Before a request body is validated, every string field named below is looked up in its table of
accepted spellings (after trimming spaces and ignoring capitals) and replaced by the contract's
value; anything else is left exactly as it arrived, so validation still refuses it and the 400
shows what was sent. Only spellings of enumerated values and identifiers are read this way:
nothing changes type (a number sent as a string stays a string; see the strict-input issue).
Each replacement is reported as a trace step (``input medications[0].route "PO" read as
"oral"``) and enters the calculation id, so the same body always gives the same id and result.

| field | accepted (any capitals) | read as |
|---|---|---|
| `route` | PO, oral | `oral` |
| | IV | `intravenous` |
| | SC, SQ, subcut | `subcutaneous` |
| | IM | `intramuscular` |
| | TD, patch | `transdermal` |
| | SL | `sublingual` |
| | IN, nasal | `intranasal` |
| | PR | `rectal` |
| `release` | IR | `immediate` |
| | ER, SR, XR, CR, XL | `extended` |
| `dose_unit` | ug, µg, μg | `mcg` |
| | mcg/hr, mcg/hour | `mcg/h` |
| | mg/hr, mg/hour | `mg/h` |
| `sex` | F / M | `female` / `male` |
| `drug`, table ids, presets and the other named values | any capitals | lower case |

The table is ``ALIASES``; the schema's descriptions and the README list it from here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple


if TYPE_CHECKING:
    from litestar import Request


__all__ = [
    "ALIASES",
    "LOWER_CASE_FIELDS",
    "Normalised",
    "accepted",
    "keep_notes",
    "normalise",
    "notes_of",
]

# field name -> {spelling, as it is usually written -> contract value}. Looked up ignoring
# capitals; the contract's own values in any capitals (`ORAL`) are read as themselves.
ALIASES: dict[str, dict[str, str]] = {
    "route": {
        "PO": "oral",
        "IV": "intravenous",
        "SC": "subcutaneous",
        "SQ": "subcutaneous",
        "subcut": "subcutaneous",
        "IM": "intramuscular",
        "TD": "transdermal",
        "patch": "transdermal",
        "SL": "sublingual",
        "IN": "intranasal",
        "nasal": "intranasal",
        "PR": "rectal",
    },
    "release": {
        "IR": "immediate",
        "ER": "extended",
        "SR": "extended",
        "XR": "extended",
        "CR": "extended",
        "XL": "extended",
    },
    "dose_unit": {
        "ug": "mcg",
        "\N{MICRO SIGN}g": "mcg",
        "\N{GREEK SMALL LETTER MU}g": "mcg",
        "mcg/hr": "mcg/h",
        "mcg/hour": "mcg/h",
        "mg/hr": "mg/h",
        "mg/hour": "mg/h",
    },
    "sex": {"F": "female", "M": "male"},
}
_LOOKUP = {
    field: {spelling.lower(): value for spelling, value in aliases.items()}
    for field, aliases in ALIASES.items()
}
# Fields whose values are lower-case names: capitals are ignored, nothing else is changed.
LOWER_CASE_FIELDS = frozenset(
    {
        "route",
        "release",
        "dose_unit",
        "sex",
        "drug",
        "hepatic_impairment",
        "weight_basis",
        "table",
        "mme_table",
        "scheme",
        "strategy",
        "preset",
        "taper_preset",
        "basis",
    }
)
# A field of LOWER_CASE_FIELDS whose string value may need reading: a character other than
# lower-case letters, digits and ``/._+%()-`` (capitals, spaces, any other text), or an alias of
# any field. In JSON text without a backslash no string holds a quote, so a match starts at a key.
_TO_READ = re.compile(
    rb'"(?:'
    + b"|".join(re.escape(f.encode()) for f in sorted(LOWER_CASE_FIELDS))
    + rb')"\s*:\s*"(?:[^"]*[^a-z0-9/._+%()"-][^"]*|'
    + b"|".join(re.escape(a.encode()) for a in sorted({a for v in _LOOKUP.values() for a in v}))
    + rb')"'
)
# Request bodies nest at most this deep (body -> from[i] -> route); deeper parts are not read.
_MAX_DEPTH = 4
_STATE_KEY = "opioid_calc.spellings"


class Normalised(NamedTuple):
    """One field read as the contract's value: where, what arrived, what it was read as."""

    field: str
    received: str
    value: str


def accepted(field: str) -> str:
    """
    The spellings accepted for ``field``, for descriptions and errors: ``any capitals; also PO
    (oral), IV (intravenous), ...``.
    """
    aliases = ALIASES.get(field, {})
    listed = ", ".join(f"{spelling} ({value})" for spelling, value in aliases.items())
    return f"any capitals; also {listed}" if listed else "any capitals"


def _read(field: str, value: str) -> str:
    key = value.strip().lower()
    return _LOOKUP.get(field, {}).get(key, key)


def _walk(node: Any, path: str, depth: int, found: list[Normalised]) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}" if path else str(key)
            if isinstance(value, str) and key in LOWER_CASE_FIELDS:
                read = _read(key, value)
                if read != value:
                    node[key] = read
                    found.append(Normalised(here, value, read))
            else:
                _walk(value, here, depth + 1, found)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _walk(item, f"{path}[{index}]", depth + 1, found)


def _all_read_as_sent(raw: bytes) -> bool:
    """
    Whether every named field of the JSON text is already its contract value (most bodies): then
    the walk would change nothing. A body with a backslash is not scanned (a string may hold a
    quote there), nor one with a value the walk might read: the walk decides.
    """
    return b"\\" not in raw and _TO_READ.search(raw) is None


def normalise(body: Any, raw: bytes | None = None) -> tuple[Normalised, ...]:
    """
    Read the accepted spellings in a decoded JSON body, in place; what was read, in order.
    ``raw``: the JSON text ``body`` was decoded from; a scan of it in C skips the walk when no
    field needs reading.
    """
    if raw is not None and _all_read_as_sent(raw):
        return ()
    found: list[Normalised] = []
    _walk(body, "", 0, found)
    return tuple(found)


def keep_notes(request: Request[Any, Any, Any], found: tuple[Normalised, ...]) -> None:
    """Keep what was read for the handler's trace (``notes_of``)."""
    if found:
        request.scope.setdefault("state", {})[_STATE_KEY] = found


def notes_of(request: Request[Any, Any, Any]) -> tuple[Normalised, ...]:
    """What was read in this request's body (api/body.py; empty when nothing)."""
    state: dict[str, Any] = request.scope.get("state", {})
    notes: tuple[Normalised, ...] = state.get(_STATE_KEY, ())
    return notes
