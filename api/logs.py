"""
Structured logs: one JSON object per line on stderr, for the ``opioid_calc`` loggers (errors).

The access and audit lines have the same shape but are written by api/edge.py straight to the
stream: it wraps the whole ASGI app (so 404, 405, 413 and 429 are logged too) and records only
what the transport and the service know (ids, status, sizes, timing, versions), never the
request body, the query string or a header's value, so no patient field (age, weight,
creatinine, doses) can reach a log line; tests/api/test_access_log.py asserts it.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, TextIO

import msgspec


__all__ = ["ACCESS_LOGGER", "AUDIT_LOGGER", "JsonFormatter", "configure_logging"]

ROOT_LOGGER = "opioid_calc"
ACCESS_LOGGER = "opioid_calc.access"  # the access lines' "logger" (api/edge.py writes them)
AUDIT_LOGGER = "opioid_calc.audit"
_HANDLER_NAME = "opioid_calc.json"


_encode = msgspec.json.Encoder(enc_hook=str).encode


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "message", ...}`` plus the ``extra={"fields": {...}}``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": round(record.created, 6),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
            entry["traceback"] = self.formatException(record.exc_info)
        return _encode(entry).decode()


def configure_logging(stream: TextIO | None = None) -> logging.Handler:
    """Attach the JSON handler to the ``opioid_calc`` logger once (idempotent); return it."""
    logger = logging.getLogger(ROOT_LOGGER)
    for handler in logger.handlers:
        if handler.get_name() == _HANDLER_NAME:
            return handler
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return handler
