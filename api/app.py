"""
Application factory.

``create_app()`` loads and validates the reference tables once (a broken table stops the
start-up), then wires routes, OpenAPI and the problem+json error mapping, and applies the
deployment settings (api/config.py: body limit, optional API keys and rate limit, CORS, access
log, metrics, tracing), and serves the pharmacist's page and the offline docs (api/web/). The
edge (api/edge.py) wraps it all: request ids, HEAD, security headers, gzip, logs, metrics.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TextIO

from litestar import Litestar, Router
from litestar.datastructures import State
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components

from api.body import read_body
from api.cds import routes as cds
from api.cds.jwt import Verifier
from api.config import Settings
from api.convert.adapters import ENGINE_VERSION
from api.fhir import routes as fhir
from api.hardening import cors_config, guards, with_edge
from api.lifecycle import install_drain
from api.metrics import METRICS_KEY, Metrics, metrics_handler
from api.openapi import (
    SECURITY,
    SECURITY_SCHEMES,
    DocumentedOperationsPlugin,
    PlatformProblemsPlugin,
    StrictStructSchemaPlugin,
)
from api.problems import EXCEPTION_HANDLERS
from api.routes import adjuncts, health, mme, oih, period, reference, renal, rotation, taper
from api.state import REFERENCE_KEY
from api.web import RedocPage, SwaggerPage, page, static_files
from calc import (
    Reference,
)
from tables.loader import load_reference


__all__ = ["app", "create_app"]

API_DESCRIPTION = (
    "Deterministic opioid rotation and adjunct dosing calculator. Every number comes from a cited "
    "table (GET /v1/tables); every result carries warnings, a trace and a calculation id. "
    "Not a substitute for clinical judgement."
)


def _openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="opioid-calc",
        version=ENGINE_VERSION,
        description=API_DESCRIPTION,
        path="/docs",
        # Vendored, pinned assets (api/web/static/vendor/): the docs work with no internet.
        render_plugins=[SwaggerPage(), RedocPage()],
        create_examples=False,
        components=Components(security_schemes=dict(SECURITY_SCHEMES)),
        security=list(SECURITY),
    )


def _verifier(settings: Settings) -> Verifier | None:
    auth = settings.cds_auth
    return None if auth is None else Verifier(auth.keys, auth.issuers, auth.base_url)


def _drain_on_stop(seconds: int) -> Callable[[], Awaitable[None]]:
    async def install() -> None:
        install_drain(seconds)

    return install


def create_app(
    reference_data: Reference | None = None,
    settings: Settings | None = None,
    log_stream: TextIO | None = None,
) -> Litestar:
    """
    Build the app; ``reference_data`` defaults to the validated tables/ (plus institution dir),
    ``settings`` to the environment (api/config.py), ``log_stream`` (the JSON lines) to stderr.
    """
    ref = reference_data if reference_data is not None else load_reference()
    settings = settings if settings is not None else Settings.from_env()
    v1 = Router(
        path="/v1",
        route_handlers=[
            mme.MMEController,
            rotation.RotationController,
            taper.TaperController,
            oih.OIHController,
            reference.ReferenceController,
            renal.RenalController,
            adjuncts.AdjunctsController,
            period.PeriodController,
            period.batch_controller(settings),
            fhir.FhirController,
        ],
        before_request=read_body,
        guards=guards(settings),
    )
    metrics = Metrics() if settings.metrics else None
    extra = [metrics_handler] if metrics is not None else []
    app = Litestar(
        route_handlers=[v1, health.HealthController, cds.CdsController, page, static_files, *extra],
        state=State(
            {REFERENCE_KEY: ref, cds.VERIFIER_KEY: _verifier(settings), METRICS_KEY: metrics}
        ),
        openapi_config=_openapi_config(),
        plugins=[
            StrictStructSchemaPlugin(),
            PlatformProblemsPlugin(),
            DocumentedOperationsPlugin(),
        ],
        exception_handlers=EXCEPTION_HANDLERS,
        request_max_body_size=settings.max_body_bytes,
        cors_config=cors_config(settings),
        on_startup=[_drain_on_stop(settings.drain_seconds)],
    )
    return with_edge(app, settings, ref, metrics, log_stream)


app = create_app()
