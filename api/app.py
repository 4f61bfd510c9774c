"""
Application factory.

``create_app()`` loads and validates the reference tables once (a broken table stops the
start-up), then wires routes, OpenAPI and the problem+json error mapping, and applies the
deployment settings (api/config.py: body limit, optional rate limit, CORS, access log), and
serves the pharmacist's page and the offline docs (api/web/).
"""

from __future__ import annotations

from litestar import Litestar, Router
from litestar.datastructures import State
from litestar.openapi import OpenAPIConfig

from api.adapters import ENGINE_VERSION
from api.body import read_body
from api.cds import routes as cds
from api.cds.jwt import Verifier
from api.config import Settings
from api.fhir import routes as fhir
from api.hardening import cors_config, rate_limit_middleware, with_logging
from api.openapi import (
    DocumentedOperationsPlugin,
    PlatformProblemsPlugin,
    StrictStructSchemaPlugin,
)
from api.problems import EXCEPTION_HANDLERS
from api.routes import adjuncts, health, mme, oih, period, reference, renal, rotation, taper
from api.state import REFERENCE_KEY
from api.web import RedocPage, SwaggerPage, page, static_files, with_security_headers
from calc.reference import Reference
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
    )


def _verifier(settings: Settings) -> Verifier | None:
    auth = settings.cds_auth
    return None if auth is None else Verifier(auth.keys, auth.issuers, auth.base_url)


def create_app(
    reference_data: Reference | None = None, settings: Settings | None = None
) -> Litestar:
    """
    Build the app; ``reference_data`` defaults to the validated tables/ (plus institution dir),
    ``settings`` to the environment (api/config.py).
    """
    ref = reference_data if reference_data is not None else load_reference()
    settings = settings if settings is not None else Settings.from_env()
    v1 = Router(
        path="/v1",
        route_handlers=[
            mme.calculate_mme_handler,
            rotation.plan_rotation_handler,
            taper.plan_taper_handler,
            oih.plan_oih_handler,
            *reference.handlers,
            renal.estimate_creatinine_clearance_handler,
            adjuncts.router,
            period.calculate_period_mme_handler,
            period.batch_handler(settings),
            *fhir.handlers,
        ],
        before_request=read_body,
    )
    app = Litestar(
        route_handlers=[v1, health.live, health.ready, cds.router, page, static_files],
        state=State({REFERENCE_KEY: ref, cds.VERIFIER_KEY: _verifier(settings)}),
        openapi_config=_openapi_config(),
        plugins=[
            StrictStructSchemaPlugin(),
            PlatformProblemsPlugin(),
            DocumentedOperationsPlugin(),
        ],
        exception_handlers=EXCEPTION_HANDLERS,
        request_max_body_size=settings.max_body_bytes,
        middleware=rate_limit_middleware(settings),
        cors_config=cors_config(settings),
    )
    return with_logging(with_security_headers(app), settings)


app = create_app()
