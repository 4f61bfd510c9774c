"""
The page in a real browser (web/test/page.test.ts): Debian's Chromium, headless, driven by
playwright-core against the app served by uvicorn on loopback. Screenshots of each view, the
printed taper as a PDF, the axe-core findings and every URL the browser asked for are written to
web/test-artifacts/ (git-ignored); CI keeps them.

Chromium is a system package (`apt-get install chromium`; .ci/run installs it): a test tool's
own browser download does not work on this network. Set OPIOID_CALC_CHROMIUM to use another
binary.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live import ROOT, live_server


WEB = ROOT / "web"
ARTIFACTS = WEB / "test-artifacts"
CHROMIUM = os.environ.get("OPIOID_CALC_CHROMIUM", "/usr/bin/chromium")
TIMEOUT_S = 600


def _run(
    args: list[str | Path], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  (fixed argument lists, no shell)
        [str(a) for a in args],
        cwd=WEB,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT_S,
    )


def test_page_in_chromium() -> None:
    """Every scenario of web/test/page.test.ts passes (node's test runner, one Chromium)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does), or set OPIOID_CALC_CHROMIUM"
        )
    node = shutil.which("node")
    assert node is not None, "node is not on PATH"
    deps = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "scripts" / "web.py"), "deps"],
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT_S,
    )
    assert deps.returncode == 0, deps.stdout + deps.stderr
    compiled = _run([WEB / "node_modules" / ".bin" / "tsc", "-p", "tsconfig.test.json"])
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    with live_server() as url:
        env = {**os.environ, "BASE_URL": url, "ARTIFACTS": str(ARTIFACTS), "CHROMIUM": CHROMIUM}
        done = _run([node, "--test", "--test-reporter=spec", ".test-build/test/"], env=env)

    assert done.returncode == 0, done.stdout + done.stderr
    shots = sorted(p.name for p in ARTIFACTS.glob("*.png"))
    views = ("mme", "rotation", "taper", "oih", "adjuncts", "renal")
    assert {f"{v}.png" for v in views} <= set(shots), shots
