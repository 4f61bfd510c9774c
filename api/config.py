"""
Deployment settings, read from the environment once at start-up (a bad value stops the start-up).

- ``OPIOID_CALC_MAX_BODY_BYTES`` (default 65536): largest request body; larger ones get 413.
- ``OPIOID_CALC_RATE_LIMIT`` (default off): ``N/second``, ``N/minute``, ``N/hour`` or ``N/day``
  per client address and per worker, on ``/v1`` only; the excess gets 429.
- ``OPIOID_CALC_CORS_ORIGINS`` (default none): comma-separated exact origins such as
  ``https://ehr.example``; ``*`` is refused.  None configured: no CORS headers at all.
- ``OPIOID_CALC_ACCESS_LOG`` (default on): ``on`` or ``off``, one JSON line per request on stderr.
- ``OPIOID_CALC_BATCH_MAX_BYTES`` (default 67108864): largest body of POST /v1/batch/period-mme.
- ``OPIOID_CALC_BATCH_MAX_ROWS`` (default 100000): most lines (patients) in one batch request.
- ``OPIOID_CALC_CDS_JWT`` (default off): ``on`` makes every /cds-services request present a JWT
  signed by a trusted CDS Client (api/cds/jwt.py); then ``OPIOID_CALC_CDS_JWKS_FILE`` (a JWK Set
  of the clients' public keys, ES384 on P-384 or RS384), ``OPIOID_CALC_CDS_ISSUERS``
  (comma-separated trusted ``iss`` values) and ``OPIOID_CALC_CDS_BASE_URL`` (this service's
  public base URL, against which ``aud`` is checked) are required.

- ``OPIOID_CALC_RATE_LIMIT_STORE`` (default none): a SQLite file in which every worker counts
  the rate limit (``opioid-calc serve --workers N`` sets one); none: each process counts alone.
- ``OPIOID_CALC_API_KEYS`` (default off): comma-separated ``key_id:sha256hex`` entries (the hex
  SHA-256 of each key; ``opioid-calc keys new ID`` makes a key and its entry);
  ``OPIOID_CALC_API_KEYS_FILE``: a file of such entries, one a line (``#`` comments). Either
  makes every /v1 request present a key (api/guards.py).
- ``OPIOID_CALC_METRICS`` (default on): ``GET /metrics`` in Prometheus' text format.
- ``OPIOID_CALC_OTEL`` (default off): ``on`` traces every request with OpenTelemetry (the
  ``otel`` extra; exporters are configured by the standard ``OTEL_*`` variables).
- ``OPIOID_CALC_TABLES_DIR``: institution tables (tables/loader.py reads it).
- ``OPIOID_CALC_DRAIN_SECONDS`` (default 0): on SIGTERM, how long /health/ready answers 503
  (while requests are still served) before the server stops taking connections.
- Read by ``opioid-calc serve`` (api/cli/serve.py, api/server.py): ``OPIOID_CALC_GRACE_SECONDS``
  (default 30: in-flight requests may finish for this long after the drain),
  ``OPIOID_CALC_READ_TIMEOUT_SECONDS`` (default 10: a request's headers and body must arrive
  within it), ``OPIOID_CALC_KEEP_ALIVE_SECONDS`` (default 5) and ``OPIOID_CALC_MAX_CONNECTIONS``
  (default 1000: beyond it, 503).

Any other ``OPIOID_CALC_*`` variable stops the start-up with the list of known ones (a misspelt
``OPIOID_CALC_RATE_LIMT`` would otherwise leave the service unlimited without a word).

The contract (openapi.json) does not depend on these values: 401, 413 and 429 are documented
whatever the deployment chooses.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

import attrs

from api.cds.jwt import Key, load_jwks


if TYPE_CHECKING:
    from collections.abc import Callable


__all__ = ["KNOWN", "CdsAuth", "ConfigError", "ServeSettings", "Settings"]

RateUnit = Literal["second", "minute", "hour", "day"]

PREFIX = "OPIOID_CALC_"
DEFAULT_MAX_BODY_BYTES = 65_536
DEFAULT_BATCH_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_BATCH_MAX_ROWS = 100_000
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour|day)\s*$")
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d{1,5})?$")
_KEY_ENTRY = re.compile(r"^([A-Za-z0-9._-]{1,64}):([0-9a-f]{64})$")
_SWITCH = {"on": True, "1": True, "true": True, "off": False, "0": False, "false": False}


class ConfigError(ValueError):
    """An environment variable with a value the service refuses to start with."""

    def __init__(self, *, name: str, expected: str, received: str) -> None:
        super().__init__(f"{PREFIX}{name}: expected {expected}, got {received!r}")
        self.name = PREFIX + name


@attrs.frozen
class CdsAuth:
    """JWT verification of CDS Clients: their public keys, trusted issuers, our public URL."""

    keys: Mapping[str, tuple[str, Key]] = attrs.field(eq=False)
    issuers: tuple[str, ...]
    base_url: str


@attrs.frozen
class Settings:
    """What a deployment may change; the defaults are safe for a single local worker."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    rate_limit: tuple[RateUnit, int] | None = None
    cors_origins: tuple[str, ...] = ()
    access_log: bool = True
    batch_max_bytes: int = DEFAULT_BATCH_MAX_BYTES
    batch_max_rows: int = DEFAULT_BATCH_MAX_ROWS
    cds_auth: CdsAuth | None = None
    rate_limit_store: str | None = None
    api_keys: Mapping[str, str] = attrs.field(factory=dict)  # digest -> key id
    metrics: bool = True
    otel: bool = False
    drain_seconds: int = 0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        check_names(env)

        def get(name: str) -> str:
            return env.get(PREFIX + name, "").strip()

        return cls(
            rate_limit_store=get("RATE_LIMIT_STORE") or None,
            api_keys=_api_keys(get("API_KEYS"), get("API_KEYS_FILE")),
            metrics=_switch("METRICS", get("METRICS"), default=True),
            otel=_switch("OTEL", get("OTEL"), default=False),
            drain_seconds=_integer("DRAIN_SECONDS", get("DRAIN_SECONDS"), 0, 0, 600),
            max_body_bytes=_body_limit(get("MAX_BODY_BYTES")),
            rate_limit=_rate_limit(get("RATE_LIMIT")),
            cors_origins=_origins(get("CORS_ORIGINS")),
            access_log=_switch("ACCESS_LOG", get("ACCESS_LOG"), default=True),
            batch_max_bytes=_integer(
                "BATCH_MAX_BYTES", get("BATCH_MAX_BYTES"), DEFAULT_BATCH_MAX_BYTES, 1024, 2**34
            ),
            batch_max_rows=_integer(
                "BATCH_MAX_ROWS", get("BATCH_MAX_ROWS"), DEFAULT_BATCH_MAX_ROWS, 1, 10_000_000
            ),
            cds_auth=_cds_auth(get),
        )


@attrs.frozen
class ServeSettings:
    """How ``opioid-calc serve`` runs uvicorn (seconds; connections)."""

    grace_seconds: int = 30
    read_timeout_seconds: int = 10
    keep_alive_seconds: int = 5
    max_connections: int = 1000

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServeSettings:
        env = os.environ if environ is None else environ
        check_names(env)

        def number(name: str, default: int, low: int, high: int) -> int:
            return _integer(name, env.get(PREFIX + name, "").strip(), default, low, high)

        return cls(
            grace_seconds=number("GRACE_SECONDS", 30, 0, 3600),
            read_timeout_seconds=number("READ_TIMEOUT_SECONDS", 10, 1, 600),
            keep_alive_seconds=number("KEEP_ALIVE_SECONDS", 5, 1, 600),
            max_connections=number("MAX_CONNECTIONS", 1000, 1, 100_000),
        )


# Every variable the service and its tools read; any other OPIOID_CALC_* stops the start-up.
KNOWN = (
    "ACCESS_LOG",
    "API_KEY",  # the TypeScript client's tests: the key they send (tests/clients)
    "API_KEYS",
    "API_KEYS_FILE",
    "BATCH_MAX_BYTES",
    "BASE_URL",  # the TypeScript client's tests: the server they call (tests/clients)
    "BATCH_MAX_ROWS",
    "CDS_BASE_URL",
    "CDS_ISSUERS",
    "CDS_JWKS_FILE",
    "CDS_JWT",
    "CHROMIUM",  # the browser tests' Chromium (tests/web)
    "CORS_ORIGINS",
    "DRAIN_SECONDS",
    "GRACE_SECONDS",
    "KEEP_ALIVE_SECONDS",
    "MAX_BODY_BYTES",
    "MAX_CONNECTIONS",
    "METRICS",
    "OPENAPI",  # the TypeScript client's tests: the contract they read (tests/clients)
    "OTEL",
    "RATE_LIMIT",
    "RATE_LIMIT_STORE",
    "READ_TIMEOUT_SECONDS",
    "TABLES_DIR",
)


def check_names(env: Mapping[str, str]) -> None:
    """Refuse any ``OPIOID_CALC_*`` variable this service does not read (a misspelling)."""
    for name in sorted(env):
        if name.startswith(PREFIX) and name[len(PREFIX) :] not in KNOWN:
            known = ", ".join(PREFIX + k for k in KNOWN)
            raise ConfigError(
                name=name[len(PREFIX) :],
                expected=f"no unknown {PREFIX}* variable (known: {known})",
                received="set",  # not its value: a misspelt key variable would hold a key
            )


def _api_keys(entries: str, file: str) -> dict[str, str]:
    lines = [e.strip() for e in entries.split(",") if e.strip()]
    name = "API_KEYS"
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            expected = f"a readable file of key_id:sha256hex lines ({exc.strerror})"
            raise ConfigError(name="API_KEYS_FILE", expected=expected, received=file) from exc
        lines += [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        name = "API_KEYS_FILE" if not entries else name
    keys: dict[str, str] = {}
    for line in lines:
        match = _KEY_ENTRY.match(line)
        if match is None:
            expected = "key_id:sha256hex entries (an id of letters, digits, . _ -; 64 hex digits)"
            # Never the line itself: it could be a key pasted by mistake.
            raise ConfigError(
                name=name, expected=expected, received=f"an entry of {len(line)} characters"
            )
        keys[match.group(2)] = match.group(1)
    return keys


def _body_limit(raw: str) -> int:
    if not raw:
        return DEFAULT_MAX_BODY_BYTES
    if not raw.isdigit() or not 1024 <= int(raw) <= 10_000_000:
        expected = "an integer from 1024 to 10000000"
        raise ConfigError(name="MAX_BODY_BYTES", expected=expected, received=raw)
    return int(raw)


def _rate_limit(raw: str) -> tuple[RateUnit, int] | None:
    if not raw or raw.lower() == "off":
        return None
    match = _RATE.match(raw)
    if match is None or int(match.group(1)) < 1:
        expected = "N/second, N/minute, N/hour or N/day with N >= 1"
        raise ConfigError(name="RATE_LIMIT", expected=expected, received=raw)
    return cast("RateUnit", match.group(2)), int(match.group(1))


def _origins(raw: str) -> tuple[str, ...]:
    origins = tuple(o.strip().rstrip("/") for o in raw.split(",") if o.strip())
    for origin in origins:
        if not _ORIGIN.match(origin):
            expected = "comma-separated origins such as https://ehr.example (no path, no *)"
            raise ConfigError(name="CORS_ORIGINS", expected=expected, received=origin)
    return origins


def _switch(name: str, raw: str, *, default: bool) -> bool:
    if not raw:
        return default
    value = _SWITCH.get(raw.lower())
    if value is None:
        expected = "on or off"
        raise ConfigError(name=name, expected=expected, received=raw)
    return value


def _integer(name: str, raw: str, default: int, low: int, high: int) -> int:
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ConfigError(name=name, expected=f"an integer from {low} to {high}", received=raw)
    return int(raw)


_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d{1,5})?(/[A-Za-z0-9._~/-]*)?$")


def _cds_auth(get: Callable[[str], str]) -> CdsAuth | None:
    if not _switch("CDS_JWT", get("CDS_JWT"), default=False):
        return None
    path = get("CDS_JWKS_FILE")
    try:
        keys = load_jwks(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        expected = f"a readable JWK Set file of public ES384 or RS384 keys ({exc})"
        raise ConfigError(name="CDS_JWKS_FILE", expected=expected, received=path) from exc
    issuers = tuple(i.strip() for i in get("CDS_ISSUERS").split(",") if i.strip())
    if not issuers:
        expected = "comma-separated trusted issuers (iss) when CDS_JWT is on"
        raise ConfigError(name="CDS_ISSUERS", expected=expected, received="")
    base_url = get("CDS_BASE_URL").rstrip("/")
    if not _URL.match(base_url):
        expected = "this service's public base URL, such as https://cds.example.org"
        raise ConfigError(name="CDS_BASE_URL", expected=expected, received=base_url)
    return CdsAuth(keys, issuers, base_url)
