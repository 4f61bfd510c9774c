"""msgspec Structs of the HTTP contract (DESIGN.md section 4)."""
