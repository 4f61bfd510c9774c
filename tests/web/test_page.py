"""
The page and the docs as served, without a browser: same origin only, strict CSP, the pinned
vendored assets, and the built files shipped in the package (tests/web/test_browser.py drives
them in Chromium).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from api.web import DOCS_CSP, PAGE_CSP, STATIC
from tests.api.helpers import Client
from tests.live import ROOT


class _References(HTMLParser):
    """Every URL an HTML document refers to (src, href, action, data-spec)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.urls += [
            v for k, v in values.items() if k in {"src", "href", "action", "data-spec"} and v
        ]
        self._in_script = tag == "script"
        if tag == "style" or "style" in values:
            self.inline_scripts += 1  # inline style counts too: the CSP allows none on the page

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts += 1

    def handle_endtag(self, tag: str) -> None:
        del tag
        self._in_script = False


@pytest.mark.parametrize("path", ["/", "/docs", "/docs/swagger", "/docs/redoc"])
def test_served_html_refers_only_to_its_origin(client: Client, path: str) -> None:
    response = client.get(path)
    parser = _References()
    parser.feed(response.text)

    assert response.status_code == 200
    assert parser.urls
    # Same-origin paths (`/static/...`) and in-page fragments (`#rotation`) only.
    outside = [u for u in parser.urls if not u.startswith(("/", "#")) or u.startswith("//")]
    assert outside == []
    assert parser.inline_scripts == 0
    assert not re.search(r"https?://", response.text)


@pytest.mark.parametrize(
    ("path", "policy"),
    [("/", PAGE_CSP), ("/static/app.js", PAGE_CSP), ("/docs", DOCS_CSP), ("/docs/redoc", DOCS_CSP)],
)
def test_security_headers(client: Client, path: str, policy: str) -> None:
    headers = client.get(path).headers

    assert headers["content-security-policy"] == policy
    assert (headers["x-content-type-options"], headers["referrer-policy"]) == (
        "nosniff",
        "no-referrer",
    )


def test_page_policy_is_strict() -> None:
    """No inline script or style, nothing from elsewhere, no framing, no eval."""
    directives = dict(d.strip().split(" ", 1) for d in PAGE_CSP.split(";"))

    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in PAGE_CSP


def test_api_responses_carry_no_page_headers(client: Client) -> None:
    """The /v1 hot path is not wrapped (bench/README.md): JSON answers have no CSP."""
    assert "content-security-policy" not in client.get("/v1/tables").headers


def test_vendored_assets_are_the_pinned_versions() -> None:
    """api/web/static/vendor/ holds exactly the versions web/package.json pins."""
    pins = json.loads((ROOT / "web" / "package.json").read_text(encoding="utf-8"))[
        "devDependencies"
    ]
    versions = json.loads((STATIC / "vendor" / "versions.json").read_text(encoding="utf-8"))

    assert versions["swagger-ui"] == f"swagger-ui-dist@{pins['swagger-ui-dist']}"
    assert versions["redoc"].startswith(f"redoc@{pins['redoc']} ")
    assert "cdn.redoc.ly" not in (STATIC / "vendor" / "redoc" / "redoc.standalone.js").read_text(
        encoding="utf-8"
    )


def test_the_page_is_in_the_package() -> None:
    """The built page is part of the api package (hatch ships api/), so `pip install .` serves it."""
    built = {p.relative_to(STATIC).as_posix() for p in STATIC.rglob("*") if p.is_file()}

    assert {
        "index.html",
        "app.js",
        "app.css",
        "docs/swagger-init.js",
        "docs/redoc-init.js",
    } <= built
