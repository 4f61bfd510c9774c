"""Request bodies shared by the API tests."""

from __future__ import annotations

from typing import Any, TypeAlias

from litestar import Litestar
from litestar.testing import TestClient


Client: TypeAlias = TestClient[Litestar]

OXY_ER_BID: dict[str, Any] = {
    "drug": "oxycodone",
    "route": "oral",
    "release": "extended",
    "dose": 10,
    "dose_unit": "mg",
    "interval_hours": 12,
}
MORPHINE_BID: dict[str, Any] = {
    "drug": "morphine",
    "route": "oral",
    "release": "extended",
    "dose": 60,
    "dose_unit": "mg",
    "doses_per_day": 2,
}
