"""The application state: the reference tables, loaded once at start-up."""

from __future__ import annotations

from typing import Any

from litestar import Request

from calc import (
    Reference,
)


REFERENCE_KEY = "reference"


def reference_of(request: Request[Any, Any, Any]) -> Reference:
    """
    The app's reference tables. Handlers take ``request`` rather than ``state``: Litestar builds a
    new State object for every request that injects it (about 4 us; bench/README.md).
    """
    reference: Reference = request.app.state[REFERENCE_KEY]
    return reference
