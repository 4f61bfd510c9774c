"""Thin Litestar handlers: decode, call calc, encode. Nothing is computed here."""
