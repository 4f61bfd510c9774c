"""
The process's serving state: readiness turns 503 while it drains before a graceful shutdown
(api/cli/serve.py flips it on SIGTERM; in-flight requests then finish within the grace period).
"""

from __future__ import annotations

import threading


__all__ = ["DRAINING", "draining"]

DRAINING = threading.Event()


def draining() -> bool:
    """True once a shutdown has begun: GET /health/ready answers 503."""
    return DRAINING.is_set()
