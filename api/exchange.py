"""
What one request leaves for its access and audit lines (api/edge.py), set by the parts that know
it: the request id (edge), the API key's id (api/guards.py), the calculation id
(api/adapters.py), a refusal's problem code (api/problems.py) and extra response headers (the
rate limit's). A context variable, so no handler signature carries it; never a patient value.
"""

from __future__ import annotations

from contextvars import ContextVar


__all__ = ["CURRENT", "Exchange", "current"]


class Exchange:
    """One request's log facts (all optional but the id)."""

    __slots__ = ("calculation_id", "headers", "key_id", "problem_code", "request_id")

    def __init__(self, request_id: str) -> None:
        self.request_id = request_id
        self.key_id: str | None = None
        self.calculation_id: str | None = None
        self.problem_code: str | None = None
        self.headers: list[tuple[bytes, bytes]] = []


CURRENT: ContextVar[Exchange | None] = ContextVar("opioid_calc_exchange", default=None)


def current() -> Exchange | None:
    """The request being served, or None outside a request (tests calling handlers directly)."""
    return CURRENT.get()
