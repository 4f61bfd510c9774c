"""
Build the pharmacist's page into api/web/static/, or check that the committed build is current.

    python scripts/web.py build    # `make web`: npm ci (once per lockfile), type-check, bundle
    python scripts/web.py drift    # part of `make drift`: build, then fail on any git change

The page is TypeScript (web/src/) on the generated client (clients/typescript/src/), so the
client's node_modules (openapi-fetch) are installed too. esbuild, TypeScript, the vendored docs
assets (swagger-ui-dist, redoc) and the browser-test tools (playwright-core, axe-core) are pinned
in web/package-lock.json; they are build and test tools only, never needed to serve the page.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.clients import NODE_MODULES as CLIENT_MODULES
from scripts.clients import ROOT, StepError, _digest, _run, _tool, node_deps


WEB = ROOT / "web"
WEB_MODULES = WEB / "node_modules"
OUTPUT = "api/web/static/"


def web_deps() -> None:
    """`npm ci` in web/ (no install scripts: web/.npmrc), skipped while it matches the lockfile."""
    manifests = (WEB / "package.json", WEB / "package-lock.json", WEB / ".npmrc")
    stamp = WEB_MODULES / f".installed-{_digest(*manifests)}"
    if stamp.exists():
        return
    print("npm ci in web")
    _run([_tool("npm"), "ci", "--no-audit", "--no-fund", "--prefer-offline"], cwd=WEB)
    stamp.touch()


def build() -> None:
    node_deps()  # clients/typescript: openapi-fetch, which the page's client imports
    if not (CLIENT_MODULES / "openapi-fetch").exists():
        raise StepError("clients/typescript/node_modules has no openapi-fetch")
    web_deps()
    _run([WEB_MODULES / ".bin" / "tsc", "--noEmit", "-p", "tsconfig.json"], cwd=WEB)
    _run([_tool("node"), "build.mjs"], cwd=WEB)
    print(f"built {OUTPUT}")


def drift() -> None:
    build()
    git = _tool("git")
    status = _run([git, "status", "--porcelain", "--untracked-files=all", "--", OUTPUT])
    if status.stdout.strip():
        raise StepError(
            f"{OUTPUT} differs from what is committed after rebuilding the page:\n{status.stdout}"
            "Run `make web` and commit the result; built files are never edited by hand."
        )
    print(f"no drift: {OUTPUT} matches web/")


def main() -> None:
    commands = {"build": build, "drift": drift, "deps": web_deps}
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("command", choices=sorted(commands))
    try:
        commands[parser.parse_args().command]()
    except StepError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
