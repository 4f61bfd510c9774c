"""HTTP layer of opioid-calc: Litestar app, msgspec boundary Structs, problem+json errors."""

from api.app import create_app


__all__ = ["create_app"]
