"""The application state: the reference tables, loaded once at start-up."""

from __future__ import annotations

from litestar.datastructures import State

from calc.reference import Reference


REFERENCE_KEY = "reference"


def reference_of(state: State) -> Reference:
    reference: Reference = state[REFERENCE_KEY]
    return reference
