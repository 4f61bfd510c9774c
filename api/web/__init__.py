"""
The pharmacist's page at ``/``, its assets at ``/static/``, and the offline API docs.

Everything is served from this package (``api/web/static/``, built by web/build.mjs and
committed, so a fresh clone serves it with no build step): no request leaves the origin.

Security headers (``with_security_headers``), on every response outside /v1 and /health:

- the page: ``default-src 'none'`` and only same-origin scripts, styles, images and fetches; no
  inline script or style, no framing, no form posts, no ``<base>``;
- the docs (Swagger UI, Redoc): the same, except that their vendored bundles set inline styles
  and Redoc runs its search in a ``blob:`` worker, so those two are allowed there;
- everywhere: ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: no-referrer``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from litestar import MediaType, Request, get
from litestar.enums import ScopeType
from litestar.openapi.plugins import OpenAPIRenderPlugin
from litestar.static_files import create_static_files_router


if TYPE_CHECKING:
    from litestar import Litestar
    from litestar.types import ASGIApp, Message, Receive, Scope, Send


__all__ = [
    "DOCS_CSP",
    "PAGE_CSP",
    "STATIC",
    "RedocPage",
    "SwaggerPage",
    "page",
    "static_files",
    "with_security_headers",
]

STATIC = Path(__file__).resolve().parent / "static"
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; worker-src 'self' blob:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_COMMON_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
_API_PREFIXES = ("/v1/", "/health/")
_INDEX = (STATIC / "index.html").read_bytes()


@get("/", media_type=MediaType.HTML, include_in_schema=False, sync_to_thread=False)
def page() -> bytes:
    """The page (web/src/index.html, as built)."""
    return _INDEX


static_files = create_static_files_router(path="/static", directories=[STATIC])


def _docs_html(title: str, css: list[str], scripts: list[str], root: str, spec: str) -> bytes:
    links = "".join(f'<link rel="stylesheet" href="{href}">' for href in css)
    tags = "".join(f'<script src="{src}"></script>' for src in scripts)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{title}</title><link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
        f'{links}</head><body><div id="{root}" data-spec="{spec}"></div>{tags}</body></html>'
    ).encode()


class SwaggerPage(OpenAPIRenderPlugin):
    """Swagger UI from the vendored, pinned swagger-ui-dist (web/package.json), no CDN."""

    def __init__(self, path: str | list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(path=path or ["/", "/swagger"], favicon="", **kwargs)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        del openapi_schema
        return _docs_html(
            "opioid-calc API: Swagger UI",
            ["/static/vendor/swagger-ui/swagger-ui.css"],
            ["/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/docs/swagger-init.js"],
            "swagger-ui",
            self.get_openapi_json_route(request),
        )


class RedocPage(OpenAPIRenderPlugin):
    """Redoc from the vendored, pinned redoc standalone bundle (web/package.json), no CDN."""

    def __init__(self, path: str | list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(path=path or "/redoc", favicon="", **kwargs)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        del openapi_schema
        return _docs_html(
            "opioid-calc API: Redoc",
            [],
            ["/static/vendor/redoc/redoc.standalone.js", "/static/docs/redoc-init.js"],
            "redoc",
            self.get_openapi_json_route(request),
        )


def _headers_for(path: str) -> list[tuple[bytes, bytes]]:
    if path == "/docs" or path.startswith("/docs/"):
        return [(b"content-security-policy", DOCS_CSP.encode()), *_COMMON_HEADERS]
    return [(b"content-security-policy", PAGE_CSP.encode()), *_COMMON_HEADERS]


def with_security_headers(app: Litestar) -> Litestar:
    """Wrap the ASGI app: the headers above on the page, its assets and the docs."""
    inner: ASGIApp = app.asgi_handler

    async def handler(scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != ScopeType.HTTP or path.startswith(_API_PREFIXES):
            await inner(scope, receive, send)
            return
        extra = _headers_for(path)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await inner(scope, receive, send_with_headers)

    app.asgi_handler = handler
    return app
