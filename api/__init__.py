"""HTTP layer of opioid-calc: Litestar app, msgspec boundary Structs, problem+json errors."""

from __future__ import annotations

from typing import Any


__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    """``api.create_app`` on first use: importing a part of api/ (the CLI) builds no app."""
    if name == "create_app":
        from api.app import create_app  # noqa: PLC0415

        return create_app
    raise AttributeError(name)
