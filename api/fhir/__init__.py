"""FHIR R4 at the boundary: the resources accepted and emitted (msgspec), and their routes."""
