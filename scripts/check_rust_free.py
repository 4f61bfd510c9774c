"""
Check that the server as ``make serve`` installs it pulls in no compiled extension built from Rust.

Creates a fresh virtual environment, runs ``pip install <project>[fast]`` (runtime dependencies
and the ``fast`` extra, httptools and uvloop, which ``make serve`` installs; no test tools), and
searches every compiled extension in it for the paths the Rust toolchain embeds (``/rustc/<hash>/``
and ``.cargo/registry``).  Path markers, not the bare word "rustc": brotli's
dictionary contains that word (reference/stack.md).  Exit status 1 names the offending files.

    python scripts/check_rust_free.py [--project DIR] [--keep]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
MARKERS = (b"/rustc/", b".cargo/registry")
EXTENSIONS = (".so", ".pyd", ".dylib")


def rust_built(path: Path) -> bytes | None:
    """The first Rust toolchain marker in a compiled file, or None."""
    data = path.read_bytes()
    for marker in MARKERS:
        if marker in data:
            return marker
    return None


def compiled_files(root: Path) -> list[Path]:
    return sorted(
        p for p in root.rglob("*") if p.is_file() and (p.suffix in EXTENSIONS or ".so." in p.name)
    )


def scan(site_packages: Path) -> tuple[list[Path], list[tuple[Path, bytes]]]:
    """Every compiled file under ``site_packages`` and those carrying a Rust marker."""
    files = compiled_files(site_packages)
    found = [(p, m) for p in files if (m := rust_built(p)) is not None]
    return files, found


def _site_packages(env: Path) -> Path:
    found = sorted(env.glob("lib/python3*/site-packages")) + sorted(env.glob("Lib/site-packages"))
    if not found:
        msg = f"no site-packages under {env}"
        raise FileNotFoundError(msg)
    return found[0]


def install(project: Path, env: Path) -> Path:
    venv.EnvBuilder(with_pip=True, clear=True).create(env)
    python = env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    quiet = ["--quiet", "--disable-pip-version-check", "--no-input"]
    served = f"{project}[fast]"  # what `make serve` installs
    subprocess.run([python, "-m", "pip", "install", *quiet, served], check=True)  # noqa: S603
    return _site_packages(env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--keep", action="store_true", help="keep the environment, print its path")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="rust-free-"))
    try:
        site = install(args.project, tmp / "venv")
        files, found = scan(site)
        names = sorted({p.relative_to(site).parts[0] for p in files})
        print(f"{len(files)} compiled extension(s) in the served install, in: {', '.join(names)}")
        for path, marker in found:
            print(f"RUST: {path.relative_to(site)} contains {marker.decode()!r}", file=sys.stderr)
    finally:
        if args.keep:
            print(f"environment kept at {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    if found:
        print("the runtime dependency tree is not Rust-free", file=sys.stderr)
        return 1
    print("Rust-free: no compiled extension carries a Rust toolchain path")
    return 0


if __name__ == "__main__":
    sys.exit(main())
