"""The Rust-free check (scripts/check_rust_free.py; the full check runs as ``make rustfree``)."""

from __future__ import annotations

import importlib.util
import site
from pathlib import Path
from typing import TYPE_CHECKING

import pytest


if TYPE_CHECKING:
    from types import ModuleType


SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_rust_free.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_rust_free", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_path_markers_are_found_and_the_bare_word_is_not(tmp_path: Path) -> None:
    check = _script()
    (tmp_path / "pkg").mkdir()
    rust = tmp_path / "pkg" / "_native.abi3.so"
    rust.write_bytes(b"\x7fELF...panicked at /rustc/90b35a623/library/core/src/str/mod.rs\x00")
    cargo = tmp_path / "pkg" / "_other.cpython-311-x86_64-linux-gnu.so"
    cargo.write_bytes(b"\x7fELF.../root/.cargo/registry/src/index.crates.io-6f17d22bba15001f/")
    brotli = tmp_path / "pkg" / "_brotli.so"
    brotli.write_bytes(b"\x7fELF...dictionary: rustc rustacean crate\x00")
    c_only = tmp_path / "pkg" / "_speedups.so.1"
    c_only.write_bytes(b"\x7fELF...GCC: (GNU) 12.2.0\x00")
    (tmp_path / "pkg" / "module.py").write_text("# /rustc/ in Python source is not a binary\n")
    files, found = check.scan(tmp_path)
    assert files == sorted([rust, cargo, brotli, c_only])
    assert found == [(rust, b"/rustc/"), (cargo, b".cargo/registry")]


def test_a_real_rust_extension_is_recognised() -> None:
    """jsonschema-rs (a test-only dependency of schemathesis) is built from Rust."""
    check = _script()
    candidates = [Path(p) / "jsonschema_rs" for p in site.getsitepackages()]
    present = [c for c in candidates if c.is_dir()]
    if not present:
        pytest.skip("jsonschema-rs is not installed here")
    _, found = check.scan(present[0])
    assert found
